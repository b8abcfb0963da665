import { describe, expect, it } from 'vitest';
import { nameFault, postFault, roleFault } from './post-check.js';

describe('roleFault', () => {
  it.each<[string, string | null]>([
    // Posts: a role noun, its modifiers and its complement, in the nominative.
    ['Премьер-министр', null],
    ['Министр сельского хозяйства и продовольствия', null],
    ['Временно исполняющий обязанности министра внутренних дел', null],
    ['Исполняющий обязанности Премьер-министра', null],
    ['Первый заместитель Руководителя Аппарата Президента', null],
    ['Государственный секретарь Совета безопасности', null],
    ['Советник Президента по вопросам молодёжной политики', null],
    ['Посол', null],
    ['Руководитель Совета', null],
    ['Председатель Совета по развитию предпринимательства', null],
    ['Управляющий делами', null],
    ['Начальник отдела кадров', null],
    ['Head of the Presidential Administration', null],
    ['Minister of Foreign Affairs', null],
    // A kin noun heads a relation, no post, maybe after an adjective.
    ['старшая дочь Президента', 'a kin noun heads it'],
    ['Сын Президента', 'a kin noun heads it'],
    ['младший брат министра обороны', 'a kin noun heads it'],
    // Near misses: a body's word that begins as a kin noun does is no kin.
    ['Председатель Комитета женщин Узбекистана', null],
    ['Председатель Союза братства', null],
    // A verb is no part of a post.
    ['Премьер-министр отправил в отставку', 'a verb'],
    ['Нового министр его обязанности исполняет', 'a verb'],
    ['Президент по внешнеполитическим вопросам является', 'a verb'],
    ['Министр юстиции был освобождён', 'a verb'],
    ['Глава Правительства она сменила', 'a verb'],
    ['Председатель рассматривается палатами', 'a verb'],
    ['President said', 'a verb'],
    ['Возглавляет Совет Заместитель Премьер-министра', 'a verb'],
    ['Руководит Комиссией председатель', 'a verb'],
    // An adjective left in another case than its noun.
    ['Действующего Президент', 'an adjective in another case than its noun'],
    ['Первого вице-премьер', 'an adjective in another case than its noun'],
    ['Прежнего секретарь', 'an adjective in another case than its noun'],
    // A dangling small word, a word of one letter.
    ['Глава с', 'a small word ends it'],
    ['Председатель по', 'a small word ends it'],
    ['President of the', 'a small word ends it'],
    ['Руководитель ж Аппарата', 'a word of one letter'],
    // A role noun in the genitive plural opens no post ("Кабинет министров X").
    ['Министров', 'a role noun in the genitive plural'],
    ['Советников Президента', 'a role noun in the genitive plural'],
    ['Депутатов', 'a role noun in the genitive plural'],
    ['Министр', null],
    ['Ministers', null],
  ])('should judge %s', (title, fault) => {
    expect(roleFault(title)).toBe(fault);
  });
});

describe('nameFault', () => {
  it.each<[string, string | null]>([
    ['Вадим Сергеевич Лебедев', null],
    ['Ильхом Тахирович Шарипов', null],
    ['Г.Т. Лордкипанидзе', null],
    ['Ирина Петрова', null],
    ['Лебедев', null],
    ['Adil Shayakhmetov', null],
    ['Вадимом Сергеевичем Лебедевым', 'a name in the instrumental'],
    ['Карлисом Думбрисом', 'a name in the instrumental'],
    ['Ириной Петровой', 'a name in the instrumental'],
    ['В.С. Лебедевым Игорем', 'a name in the instrumental'],
  ])('should judge %s', (name, fault) => {
    expect(nameFault(name)).toBe(fault);
  });
});

describe('postFault', () => {
  it('should name the role first, then the name, and pass a sound post', () => {
    expect(postFault('Вадимом Лебедевым', 'Глава с')).toBe('role "Глава с": a small word ends it');
    expect(postFault('Вадимом Лебедевым', 'Руководитель партии')).toBe('name "Вадимом Лебедевым": a name in the instrumental');
    expect(postFault('Вадим Лебедев', 'Руководитель партии')).toBeNull();
  });
});
