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
  ])('should give the page\'s one Мусин the predecessor of %j', (text, predecessor) => {
    const persons = new PersonIndex();
    const line = block('Аслан Мусин - Руководитель Администрации Президента', 1);
    const post: SuccessionPost = { person: persons.mention('Аслан Мусин', at(line)), role: 'Руководитель', predecessor: null, provenance: [at(line)] };
    attachSuccessions([{ text, block: block(text, 3) }], persons, [post], at);
    expect(post.predecessor?.best.written).toBe(predecessor);
  });

  it('should leave a post whose holder the genitive cannot tell (two people of that surname)', () => {
    const persons = new PersonIndex();
    const line = block('x', 1);
    const post: SuccessionPost = { person: persons.mention('Аслан Мусин', at(line)), role: 'Руководитель', predecessor: null, provenance: [at(line)] };
    persons.mention('Ерлан Мусин', at(line));
    const text = 'Предшественником Мусина на этом посту был Кайрат Келимбетов.';
    attachSuccessions([{ text, block: block(text, 5) }], persons, [post], at);
    expect(post.predecessor).toBeNull();
  });
});
