import { describe, expect, it } from 'vitest';
import { partyPostTitle, readBodyHead, singularPost } from './body-head.js';

const read = (sentence: string, body: string, rest = '') => {
  const line = readBodyHead(sentence, body, rest);
  return line && { name: line.name, titles: line.titles, startDate: line.startDate, predecessor: line.predecessor };
};

describe('readBodyHead: the head of the body under whose heading the sentence stands', () => {
  it.each([
    // The body before the verb, a date opening the sentence.
    // "Офис" is a body's noun as much as "Канцелярия".
    ['С 21 мая 2019 г. Офис возглавляет Тарас Гнатюк.', 'Офис Президента', { name: 'Тарас Гнатюк', titles: ['Руководитель'], startDate: '2019-05-21', predecessor: null }],
    ['С 13 июля 2009 г. Канцелярию возглавляет Арвидас Жемайтис.', 'Канцелярия Президента Литовской Республики', { name: 'Арвидас Жемайтис', titles: ['Руководитель'], startDate: '2009-07-13', predecessor: null }],
    ['Секретариат возглавляет Петренко Ольга Ивановна.', 'Секретариат Президента', { name: 'Петренко Ольга Ивановна', titles: ['Руководитель'], startDate: null, predecessor: null }],
    ['Советом руководит Назира Бакыт кызы.', 'Совет по отбору судей', { name: 'Назира Бакыт кызы', titles: ['Руководитель'], startDate: null, predecessor: null }],
    ['В марте 2011 года Администрацию возглавил… ', 'Администрация Президента', null],
    // The verb first, the holder's own post before the name.
    ['Возглавляет Комиссию советник Президента по правовым вопросам Нийоле Шимкуте.', 'Комиссия по помилованию', { name: 'Нийоле Шимкуте', titles: ['Руководитель', 'советник Президента по правовым вопросам'], startDate: null, predecessor: null }],
    ['С января 2015 года руководит Аппаратом Т.Р. Сатыбалдиев.', 'Аппарат Президента', { name: 'Т.Р. Сатыбалдиев', titles: ['Руководитель'], startDate: '2015-01', predecessor: null }],
    ['Возглавляет Совет заместитель Премьер-министра Ирина Лаптева', 'Совет по делам молодёжи', { name: 'Ирина Лаптева', titles: ['Руководитель', 'заместитель Премьер-министра'], startDate: null, predecessor: null }],
  ])('%j under %j', (sentence, body, expected) => {
    expect(read(sentence, body)).toEqual(expected);
  });

  it('should take the predecessor from what the paragraph says next', () => {
    expect(read('С 2 мая 2012 г. Секретариат возглавляет Мартин Ланс.', 'Секретариат Президента', 'На этом посту он сменил Ромуальдаса Бальчюнаса, который руководил Секретариатом с 2004 года.')?.predecessor).toBe('Ромуальдас Бальчюнас');
  });

  it.each([
    // Another body than the one under whose heading the sentence stands.
    ['Правительство возглавляет Премьер-министр Андрюс Кведарас.', 'Канцелярия Президента'],
    // A clause before the body that is no date; a lower-case word before the name that opens no post.
    ['После отставки кабинета Канцелярию возглавляет Арвидас Жемайтис.', 'Канцелярия Президента'],
    ['Комиссию возглавляет известный юрист Нийоле Шимкуте.', 'Комиссия по помилованию'],
    // No name after the verb.
    ['Совет возглавляет глава государства.', 'Совет безопасности'],
    ['Комиссия руководит работой министерств.', 'Комиссия по помилованию'],
    // No verb of heading.
    ['Канцелярию создали в 1993 году.', 'Канцелярия Президента'],
    // English writes the head in its own prose ("is headed by"), read elsewhere.
    ['The Chancellery is headed by Arvydas Zemaitis.', 'Chancellery of the President'],
  ])('should read no head in %j under %j', (sentence, body) => {
    expect(read(sentence, body)).toBeNull();
  });
});

describe('partyPostTitle: a party post takes the party the paragraph named before it', () => {
  const parties = ['партия «Новый Азербайджан»', 'Монгольская народная партия', 'Демократическая партия', 'Единое национальное движение', 'блок «Сила в единстве»'];
  it.each<[string, string, string | null]>([
    // The party named last before the post, quoted: the post's own noun before the quoted name.
    ['Председатель партии', 'Главной опорой власти остается партия «Новый Азербайджан» (ПНА), основанная в 1992 г. ', 'Председатель партии «Новый Азербайджан»'],
    ['Председатель партии', 'На выборах блок «Сила в единстве» получил 27%. Главная оппозиционная сила – «Единое национальное движение» (ЕНД). ', 'Председатель партии «Единое национальное движение»'],
    ['Основатель партии', 'Партия «Новый Азербайджан» правит с 1993 года. ', 'Основатель партии «Новый Азербайджан»'],
    // A name of words: in the genitive after the post's head.
    ['Председатель партии', 'Монгольская народная партия. ', 'Председатель Монгольской народной партии'],
    ['Лидер партии', 'В 2016 году Демократическая партия проиграла выборы; ', 'Лидер Демократической партии'],
    // A bare post only where the party opens the paragraph: its group's noun before a quoted name.
    ['Председатель', 'Демократическая партия. ', 'Председатель Демократической партии'],
    ['Председатель', 'Блок «Сила в единстве». ', 'Председатель блока «Сила в единстве»'],
    // Near misses: a bare post in a paragraph that opens with something else; no party before; no party's post.
    ['Председатель', 'В 2016 году Демократическая партия проиграла выборы. ', null],
    ['Председатель партии', 'Парламент принял закон о партиях. ', null],
    ['Генеральный секретарь', 'Партия «Новый Азербайджан» правит с 1993 года. ', null],
  ])('%s after %j', (title, before, expected) => {
    expect(partyPostTitle(title, before, parties)).toBe(expected);
  });
});

describe('singularPost: a lead-in\'s plural post is each one\'s in the singular', () => {
  it.each<[string, string]>([
    ['Постоянные члены Совета Безопасности', 'Постоянный член Совета Безопасности'],
    ['Члены Совета', 'Член Совета'],
    ['Полномочные представители Президента в округах', 'Полномочный представитель Президента в округах'],
    ['Внештатные советники Премьер-министра', 'Внештатный советник Премьер-министра'],
    // Near misses: a singular post, a plural that is no member's noun, English.
    ['Член Совета Безопасности', 'Член Совета Безопасности'],
    ['Министры Правительства', 'Министры Правительства'],
    ['Members of the Council', 'Members of the Council'],
  ])('%s → %s', (title, expected) => {
    expect(singularPost(title)).toBe(expected);
  });
});
