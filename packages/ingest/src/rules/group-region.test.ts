import { describe, expect, it } from 'vitest';
import { regionOfDescription } from './group-region.js';

describe('regionOfDescription', () => {
  it.each<[string | null, string | null]>([
    // The first clause is a place: names or adjectives, then a noun of a country's part in any case.
    ['Ахалский и Марыйский велаяты; к ахалским теке принадлежат Б. Ташов.', 'Ахалский и Марыйский велаяты'],
    ['Лебапский велаят.', 'Лебапский велаят'],
    ['Ошская, Джалал-Абадская и Баткенская области', 'Ошская, Джалал-Абадская и Баткенская области'],
    ['Сугдская область; влиятельны в Душанбе.', 'Сугдская область'],
    ['Chui and Talas regions; the north of the country.', 'Chui and Talas regions'],
    ['Kakheti province', 'Kakheti province'],
    // Near misses: people, a verb, a place noun not at the clause's end, a lone noun, too long a clause.
    ['выходцы из Ошской области', null],
    ['Контролируют Ошскую область', null],
    ['Ошская область и бизнес юга', null],
    ['области', null],
    ['Чуйская, Таласская, Нарынская, Иссык-Кульская, Ошская, Джалал-Абадская, Баткенская и Таласская области', null],
    ['Павел Лор, Инга Вовк', null],
    [null, null],
  ])('should read %s', (description, expected) => {
    expect(regionOfDescription(description)).toBe(expected);
  });
});
