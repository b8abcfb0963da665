import { describe, expect, it } from 'vitest';
import { withoutNameAliases, withoutPostGlosses } from './name-alias.js';

describe('withoutNameAliases', () => {
  it.each([
    ['Секретарь СНБ – Гига (Гиорги) Бокерия (с ноября 2010 года).', 'Секретарь СНБ – Гига Бокерия (с ноября 2010 года).'],
    ['Он сменил Вано (Иване) Мерабишвили, возглавлявшего Правительство.', 'Он сменил Вано Мерабишвили, возглавлявшего Правительство.'],
    ['Prime Minister – Nikoloz (Nika) Gilauri', 'Prime Minister – Nikoloz Gilauri'],
    // Another case, a hyphened family name, doubled spaces.
    ['назначен Сосо  (Иосиф)  Джугели-Цхакая', 'назначен Сосо Джугели-Цхакая'],
    ['с Ладо (Владимиром) Гургенидзе', 'с Ладо Гургенидзе'],
  ])('%j → %j', (text, expected) => {
    expect(withoutNameAliases(text).text).toBe(expected);
  });

  it.each([
    // A body's or a post's word, a lower-case word, a date or an abbreviation in the brackets: no name's alias.
    ['Кабинет Министров (Правительство) Туркменистана'],
    ['избран Председателем (Торагой) Жогорку Кенеша'],
    ['Ministry of State (National) Policy'],
    ['Гига Бокерия (с ноября 2010 года) Секретарь'],
    ['Совет национальной безопасности (СНБ) Грузии'],
    ['Нино Бурджанадзе (Председатель) Парламента'],
  ])('%j stays', (text) => {
    expect(withoutNameAliases(text)).toEqual({ text, aliases: [] });
  });

  it('should keep the alias as another form of the name', () => {
    expect(withoutNameAliases('Он сменил Вано (Иване) Мерабишвили.').aliases).toEqual([{ name: 'Вано Мерабишвили', alias: 'Иване Мерабишвили' }]);
  });
});

describe('withoutPostGlosses', () => {
  it.each([
    ['из её рядов – Торага (спикер) Жогорку Кенеша Асылбек Жээнбеков', 'из её рядов – Торага Жогорку Кенеша Асылбек Жээнбеков'],
    ['Председателем (Торагой) Жогорку Кенеша нового созыва избран Омурбек Текебаев.', 'Председателем Жогорку Кенеша нового созыва избран Омурбек Текебаев.'],
    ['Торага (председатель) Жогорку Кенеша — Дастанбек Жумабеков', 'Торага Жогорку Кенеша — Дастанбек Жумабеков'],
    ['The Speaker (Chairman) Of The Assembly', 'The Speaker Of The Assembly'],
  ])('%j → %j', (text, expected) => {
    expect(withoutPostGlosses(text)).toBe(expected);
  });

  it.each([
    // An abbreviation, a party, a name, a date in the brackets, or no body after them.
    ['Секретарь (СНБ) Грузии'],
    ['Председатель (СДПК) Жогорку Кенеша'],
    ['Председатель (Иванов) Совета'],
    ['Торага (спикер) избирается депутатами.'],
    ['Совет (Кенеш) Республики'],
  ])('%j stays', (text) => {
    expect(withoutPostGlosses(text)).toBe(text);
  });
});
