import { describe, expect, it } from 'vitest';
import { readKinshipLists } from './kinship-list.js';

const rows = (paragraph: string) => readKinshipLists(paragraph).map((g) => [g.name, g.category, g.region]);

describe('readKinshipLists', () => {
  it.each<[string, Array<[string, string, string | null]>]>([
    // The fixture's shape: one word an item, its place in brackets (an "и" inside them splits nothing), the rest after "а также".
    [
      'Общество родоплеменное. Крупнейшие племена: текинцы (Ахалский и Марыйский велаяты), йомуды (Балканский велаят), а также гоклены и салыры.',
      [['текинцы', 'tribe', 'Ахалский и Марыйский велаяты'], ['йомуды', 'tribe', 'Балканский велаят'], ['гоклены', 'tribe', null], ['салыры', 'tribe', null]],
    ],
    // Invented: clans with places of other countries, capitalized names, no closing full stop.
    ['Влиятельные кланы: Бекташи (Северная область), Ормузы (Южная область, Озёрный район) и Карлуки', [['Бекташи', 'clan', 'Северная область'], ['Ормузы', 'clan', 'Южная область, Озёрный район'], ['Карлуки', 'clan', null]]],
    ['На западе сильны роды: адайцы (Мангистауская область), табынцы и кереи.', [['адайцы', 'clan', 'Мангистауская область'], ['табынцы', 'clan', null], ['кереи', 'clan', null]]],
    // Invented: the plural opening the sentence, spaces inside the brackets, an abbreviation's dot in a place.
    ['Племена: текинцы, йомуды.', [['текинцы', 'tribe', null], ['йомуды', 'tribe', null]]],
    ['Роды: адайцы ( Мангистауская область ), табынцы.', [['адайцы', 'clan', 'Мангистауская область'], ['табынцы', 'clan', null]]],
    ['Роды: адайцы (Мангистауская обл.), табынцы.', [['адайцы', 'clan', 'Мангистауская обл.'], ['табынцы', 'clan', null]]],
    // Near misses: items that are people or phrases, no colon after the plural, a lead-in of no kinship.
    ['Крупнейшие кланы: Павел Лор, Инга Вовк.', []],
    ['Крупнейшие кланы: Бекташи (Северная область), Павел Лор.', []],
    ['Племена текинцы и йомуды соперничают.', []],
    ['Крупнейшие города: Ашхабад (столица), Туркменабат и Дашогуз.', []],
  ])('should read %s', (paragraph, expected) => {
    expect(rows(paragraph)).toEqual(expected);
  });
});
