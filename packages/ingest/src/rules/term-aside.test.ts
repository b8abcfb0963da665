import { describe, expect, it } from 'vitest';
import { findPostHolders } from './post-holder.js';
import { findTermAsides } from './term-aside.js';
import type { PostTerm } from './post-terms.js';

const none = () => undefined;
const held = (name: string, title: string): PostTerm => ({ name, title, startDate: null, endDate: null, ended: false });

describe('findTermAsides', () => {
  it.each([
    // A post and its years in parentheses after the holder, in the nominative.
    ['Иван Грушко (Президент в 2010–2014 гг.) уехал из страны.', [{ name: 'Иван Грушко', title: 'Президент', startDate: '2010', endDate: '2014', ended: true }]],
    ['Сменивший его Тарас Лещук (Премьер-министр в 2005-2007 годах) ушёл из политики.', [{ name: 'Тарас Лещук', title: 'Премьер-министр', startDate: '2005', endDate: '2007', ended: true }]],
    ['Лариса Орбу (министр юстиции 2016–2019 гг.) возглавила фонд.', [{ name: 'Лариса Орбу', title: 'Министр юстиции', startDate: '2016', endDate: '2019', ended: true }]],
    ['Ivan Grushko (President in 2010–2014) left the country.', [{ name: 'Ivan Grushko', title: 'President', startDate: '2010', endDate: '2014', ended: true }]],
    // A post held before, with or without its years.
    ['Ранее пост министра юстиции занимал Олег Ткач (2012–2016 гг.).', [{ name: 'Олег Ткач', title: 'Министр юстиции', startDate: '2012', endDate: '2016', ended: true }]],
    ['Прежде пост Государственного секретаря занимала Инга Бойко.', [{ name: 'Инга Бойко', title: 'Государственный секретарь', startDate: null, endDate: null, ended: true }]],
    // The last holder after "сменил на посту", in the accusative; the post in the genitive, its words capitalized or not.
    ['Полковник Гуцу сменил на посту Министра обороны Петра Лисова.', [{ name: 'Петр Лисов', title: 'Министр обороны', startDate: null, endDate: null, ended: true }]],
    ['Анна Вирт, сменившая на посту Председателя Правительства Ивана Кёрба, начала реформы.', [{ name: 'Иван Кёрб', title: 'Председатель Правительства', startDate: null, endDate: null, ended: true }]],
    // Words that describe the holder, between the post and the name, are no part of the post.
    ['Он пришёл в 2011 г., сменив на посту Премьер-министра скончавшегося Ивана Лорина.', [{ name: 'Иван Лорин', title: 'Премьер-министр', startDate: null, endDate: null, ended: true }]],
    ['Он сменил на посту министра финансов бывшего банкира Ивана Кёрба.', [{ name: 'Иван Кёрб', title: 'Министр финансов', startDate: null, endDate: null, ended: true }]],
    ['Заменив на должности министра финансов Ольгу Мирзоеву, он урезал бюджет.', [{ name: 'Ольга Мирзоева', title: 'Министр финансов', startDate: null, endDate: null, ended: true }]],
  ])('should read %j', (sentence, expected) => {
    expect(findTermAsides(sentence, none)).toEqual(expected);
  });

  it.each([
    // A name after a preposition is in another case: left to the cased readers.
    'При Викторе Лунгу (Президент в 1996–2004 гг.) реформа была остановлена.',
    // No post after "сменил на посту": a person's kin, a body alone.
    'Он сменил на посту друга детства Ивана Петрова.',
    'Он сменил на посту в Правительстве Ивана Петрова.',
    // No post in the parentheses, no years.
    'Иван Грушко (Народная партия, 2010–2014 гг.) уехал.',
    'Иван Грушко (Президент) уехал.',
    // No holder before for a pronoun.
    'Он исполнял обязанности Президента с 3 мая 2004 г. по 1 июня 2005 г.',
  ])('should not read %j', (sentence) => {
    expect(findTermAsides(sentence, none)).toEqual([]);
  });

  it.each([
    // A pronoun for the holder the sentence before named: an acting post, a copula with the post in the instrumental.
    ['Он исполнял обязанности Президента с 3 мая 2004 г. по 1 июня 2005 г.', { title: 'Исполняющий обязанности Президента', startDate: '2004-05-03', endDate: '2005-06-01', ended: true }],
    ['Она временно исполняла обязанности министра финансов с 12 марта 2017 г.', { title: 'Исполняющий обязанности министра финансов', startDate: '2017-03-12', endDate: null, ended: false }],
    ['Она была Председателем Правительства с августа 2009 г. по май 2011 г.', { title: 'Председатель Правительства', startDate: '2009-08', endDate: '2011-05', ended: true }],
  ])('should give %j to the holder named before', (sentence, expected) => {
    expect(findTermAsides(sentence, () => held('Ольга Вербич', 'Премьер-министр'))).toEqual([{ name: 'Ольга Вербич', ...expected }]);
  });

  it('should date the post of the holder a surname names', () => {
    expect(findTermAsides('В должность Петренко вступил 7 мая 2018 года.', (surname) => (surname === 'Петренко' ? held('Б.Г. Петренко', 'Президент') : undefined))).toEqual([
      { name: 'Б.Г. Петренко', title: 'Президент', startDate: '2018-05-07', endDate: null, ended: false },
    ]);
  });
});

describe('findPostHolders: terms beside the holder', () => {
  it('should take the holder of a pronoun from the sentence before', () => {
    const before = 'Временно исполняющим обязанности Президента стал Председатель Сената Аскар Нурланов.';
    expect(findPostHolders('Он исполнял обязанности Президента с 2 апреля 2015 г. по 9 июня 2015 г.', before)).toContainEqual({
      name: 'Аскар Нурланов', title: 'Исполняющий обязанности Президента', startDate: '2015-04-02', endDate: '2015-06-09', ended: true,
    });
  });

  it('should take the holder of a surname from the paragraph before, past a sentence about another', () => {
    const account = 'На выборах 2 апреля 2017 г. Президентом избран Б.Г. Петренко. Второе место занял Олег Ткач.';
    expect(findPostHolders('В должность Петренко вступил 7 мая 2017 года.', 'Второе место занял Олег Ткач.', account)).toContainEqual({
      name: 'Б.Г. Петренко', title: 'Президент', startDate: '2017-05-07', endDate: null, ended: false,
    });
  });
});
