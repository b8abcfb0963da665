import { describe, expect, it } from 'vitest';
import type { Block } from './blocks.js';
import { PersonIndex } from './persons.js';
import { attachSuccessions, readSuccession, type SuccessionPost } from './successions.js';

describe('readSuccession', () => {
  it.each([
    ['He was preceded at this post by Kairat Kelimbetov.', null, 'Kairat Kelimbetov'],
    ['Battulga replaced Tsakhiagiin Elbegdorj, who had been President since 2009.', 'Battulga', 'Tsakhiagiin Elbegdorj'],
    // Russian: the holder in the genitive, the instrumental or a pronoun; the predecessor read back to the nominative.
    ['Предшественником Мусина на этом посту был Кайрат Келимбетов.', 'Мусина', 'Кайрат Келимбетов'],
    ['Предшественницей Самаковой была Галина Ким.', 'Самаковой', 'Галина Ким'],
    ['До него этот пост занимал Ержан Утембаев.', null, 'Ержан Утембаев'],
    ['Перед Ермекбаевым эту должность занимала Анна Кузнецова.', 'Ермекбаевым', 'Анна Кузнецова'],
    ['Его предшественником на этом посту был Бахыт Султанов.', null, 'Бахыт Султанов'],
    ['Тажин сменил на этом посту Ержана Утембаева.', 'Тажин', 'Ержан Утембаев'],
    ['Она сменила Ирину Петрову.', null, 'Ирина Петрова'],
    ['Абдрахманов пришёл на смену Ерлану Идрисову.', 'Абдрахманов', 'Ерлан Идрисов'],
    ['На этом посту он сменил Кахабера Джапаридзе, перешедшего на дипломатическую работу.', null, 'Кахабер Джапаридзе'],
    ['На этой должности Асанова сменила Гульнару Бекову.', 'Асанова', 'Гульнара Бекова'],
    ['Его предшественник – Тимур Ахметов – ушёл в отставку.', null, 'Тимур Ахметов'],
    ['Её предшественница: Айгуль Садыкова.', null, 'Айгуль Садыкова'],
    ['Его предшественник на посту Руководителя Исполнительного аппарата Шарофиддин Имомов был назначен советником.', null, 'Шарофиддин Имомов'],
    ['Её предшественник на посту председателя Агентства Арман Садыков ушёл в отставку.', null, 'Арман Садыков'],
    ['Его предшественник на посту Руководителя Администрации Президента Олжас Бекенов перешёл в Сенат.', null, 'Олжас Бекенов'],
    // The post first ("На посту Президента он сменил"), the holder's name right before a participle anywhere in the sentence.
    ['На посту Президента она сменила Тараса Вовкуна, занимавшего эту должность с 2004 года.', null, 'Тарас Вовкун'],
    ['На должности министра обороны Лиепа сменил Ивана Сокола.', 'Лиепа', 'Иван Сокол'],
    ['Премьер-министром назначена Анна Орлова, сменившая Петра Лиса.', 'Анна Орлова', 'Петр Лис'],
    ['В марте 2019 г. Председателем Правительства стал Илья Гусев, сменивший на этом посту Олега Рудакова.', 'Илья Гусев', 'Олег Рудаков'],
    ['3 июня 2020 г. Гусев вступил в должность, сменив Олега Рудакова, занимавшего пост с 2012 года.', 'Гусев', 'Олег Рудаков'],
    ['Она принесла присягу, сменив на этом посту Ирину Петрову.', null, 'Ирина Петрова'],
    // Members wave 6: the predecessor's rank or role before the name; a name right after "Его предшественник".
    ['Жукас сменил на этом посту генерал-лейтенанта Арвидаса Поцюса.', 'Жукас', 'Арвидас Поцюс'],
    ['На этом посту она сменила бывшего министра финансов Ирину Петрову.', null, 'Ирина Петрова'],
    ['Ким сменил лидера консерваторов Андрея Лисова.', 'Ким', 'Андрей Лисов'],
    ['Его предшественник Ярослав Неверович покинул пост после выхода партии из коалиции.', null, 'Ярослав Неверович'],
    ['Её предшественница Гульнара Бекова ушла в отставку.', null, 'Гульнара Бекова'],
    // History wave 7: the post by its adjective; a date among the verb's words before the gerund; the post's words and an aside before the copula.
    ['Кальюлайд сменила на президентском посту Тоомаса Хендрика Ильвеса.', 'Кальюлайд', 'Тоомас Хендрик Ильвес'],
    ['Орлов сменил на премьерском посту Андрея Лисова.', 'Орлов', 'Андрей Лисов'],
    ['Карис вступил в должность 11 октября 2021 года, сменив Керсти Кальюлайд.', 'Карис', 'Керсти Кальюлайд'],
    ['12 мая 2019 г. Анна Орлова принесла присягу в парламенте, сменив Петра Лиса.', 'Анна Орлова', 'Петр Лис'],
    ['Предшественником Лянкэ на посту премьер-министра, таким образом, был Влад Филат, руководивший кабинетом с сентября 2009 г.', 'Лянкэ', 'Влад Филат'],
    ['Предшественницей Орловой на посту министра финансов была Ирина Петрова.', 'Орловой', 'Ирина Петрова'],
  ])('should read %j', (sentence, holder, predecessor) => {
    const succession = readSuccession(sentence);
    expect([succession?.holder, succession?.predecessor]).toEqual([holder, predecessor]);
  });

  it.each([
    'Правительство сменило курс в 2012 году.',
    'До него этот пост занимал кто-то другой.',
    'The President replaced the government.',
    'На этом посту он сменил курс Правительства.',
    'Его предшественник в Министерстве был опытнее.',
    'На посту Президента он сменил курс.',
    'Анна Орлова, сменившая гнев на милость, промолчала.',
    'Гусев вступил в должность, сменив курс.',
    'Ким сменил курс на более жёсткий.',
    'Его предшественник в правительстве был опытнее.',
    'Кальюлайд сменила на президентском посту гнев на милость.',
    'Карис вступил в должность 11 октября 2021 года, сменив курс.',
    'Предшественником Лянкэ на посту премьер-министра был опытный экономист.',
  ])('should read no succession in %j', (sentence) => {
    expect(readSuccession(sentence)).toBeNull();
  });
});

describe('attachSuccessions', () => {
  const block = (text: string, line: number): Block => ({ kind: 'paragraph', level: 0, text, links: [], line, endLine: line, element: null });
  const at = (b: Block, quote = b.text) => ({ file: 'raw/kz/x.ru.txt', line: b.line, endLine: b.endLine, element: null, quote });

  it.each([
    ['Предшественником Мусина на этом посту был Кайрат Келимбетов.', 'Кайрат Келимбетов'],
    ['Перед Мусиным эту должность занимал Кайрат Келимбетов.', 'Кайрат Келимбетов'],
    ['Мусин сменил на этом посту Кайрата Келимбетова.', 'Кайрат Келимбетов'],
    ['12 мая Мусин вступил в должность, сменив Кайрата Келимбетова.', 'Кайрат Келимбетов'],
  ])('should give the page\'s one Мусин the predecessor of %j', (text, predecessor) => {
    const persons = new PersonIndex();
    const line = block('Аслан Мусин - Руководитель Администрации Президента', 1);
    const post: SuccessionPost = { person: persons.mention('Аслан Мусин', at(line))!, role: 'Руководитель', predecessor: null, provenance: [at(line)] };
    attachSuccessions([{ text, block: block(text, 3) }], persons, [post], at);
    expect(post.predecessor?.best.written).toBe(predecessor);
  });

  it.each([
    // No post named: the holder's first.
    ['Президенту Лиепе доверяют многие. 8 мая Лиепа вступил в должность. Он сменил на этом посту Петра Лиса.', 'Петр Лис', 'Министр обороны'],
    ['Лиепа вступил в должность. На посту Президента он сменил Петра Лиса.', 'Петр Лис', 'Президент'],
    // The family name in another case: "инаугурация А.М. Лиепы".
    ['Состоялась инаугурация А. Лиепы. На посту Президента он сменил Петра Лиса.', 'Петр Лис', 'Президент'],
  ])('should give "Он" of %j the family name named before it', (text, predecessor, role) => {
    const persons = new PersonIndex();
    const line = block('Андрис Лиепа – Министр обороны', 1);
    const minister: SuccessionPost = { person: persons.mention('Андрис Лиепа', at(line))!, role: 'Министр обороны', predecessor: null, provenance: [at(line)] };
    const president: SuccessionPost = { person: minister.person, role: 'Президент', predecessor: null, provenance: [at(line)] };
    attachSuccessions([{ text, block: block(text, 3) }], persons, [minister, president], at);
    const got = [minister, president].find((p) => p.predecessor);
    expect([got?.predecessor?.best.written, got?.role]).toEqual([predecessor, role]);
  });

  it.each([
    // History wave 7: a longer form of a name the page has (its every word the longer one's) is that person, no second one.
    ['Кальюлайд сменила на президентском посту Тоомаса Хендрика Ильвеса.', 'Хендрик Ильвес', 'Хендрик Ильвес', 2],
    ['Кальюлайд сменила Марию Анну Орлову.', 'Анна Орлова', 'Анна Орлова', 2],
    // Near misses: a two-word name is read as written; another given name is another person.
    ['Кальюлайд сменила Ирину Орлову.', 'Анна Орлова', 'Ирина Орлова', 3],
    ['Кальюлайд сменила Марию Елену Орлову.', 'Анна Орлова', 'Мария Елена Орлова', 3],
  ])('should give %j a known person in a shorter form', (text, known, predecessor, count) => {
    const persons = new PersonIndex();
    const line = block('x', 1);
    const post: SuccessionPost = { person: persons.mention('Керсти Кальюлайд', at(line))!, role: 'Президент', predecessor: null, provenance: [at(line)] };
    persons.mention(known, at(line));
    attachSuccessions([{ text, block: block(text, 3) }], persons, [post], at);
    expect([post.predecessor?.best.written, persons.all.length]).toEqual([predecessor, count]);
  });

  it('should not take a family name two people share for "Он"', () => {
    const persons = new PersonIndex();
    const line = block('x', 1);
    const post: SuccessionPost = { person: persons.mention('Андрис Лиепа', at(line))!, role: 'Президент', predecessor: null, provenance: [at(line)] };
    persons.mention('Марис Лиепа', at(line));
    const text = 'Лиепа вступил в должность. Он сменил на этом посту Петра Лиса.';
    attachSuccessions([{ text, block: block(text, 3) }], persons, [post], at);
    expect(post.predecessor).toBeNull();
  });

  it('should leave a post whose holder the genitive cannot tell (two people of that surname)', () => {
    const persons = new PersonIndex();
    const line = block('x', 1);
    const post: SuccessionPost = { person: persons.mention('Аслан Мусин', at(line))!, role: 'Руководитель', predecessor: null, provenance: [at(line)] };
    persons.mention('Ерлан Мусин', at(line));
    const text = 'Предшественником Мусина на этом посту был Кайрат Келимбетов.';
    attachSuccessions([{ text, block: block(text, 5) }], persons, [post], at);
    expect(post.predecessor).toBeNull();
  });
});
