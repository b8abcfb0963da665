import { describe, expect, it } from 'vitest';
import { readInflectedLocalGroups } from './inflected-local-groups.js';

type Row = [name: string, category: string, localName: string | null, region: string | null];
const rows = (paragraph: string): Row[] => readInflectedLocalGroups(paragraph).map((g) => [g.name, g.category, g.localName, g.region]);

describe('readInflectedLocalGroups', () => {
  it.each<[string, Row[]]>([
    // A group's adjective and noun in any case, its own-language name and region in brackets.
    [
      'Жизнь определяют три жуза: Старший жуз («Улы жуз», юг страны), Средний жуз («Орта жуз» – север и центр) и Младшего жуза («Киши жуз», Западный Казахстан).',
      [['Старший жуз', 'zhuz', 'Улы жуз', 'юг страны'], ['Средний жуз', 'zhuz', 'Орта жуз', 'север и центр'], ['Младший жуз', 'zhuz', 'Киши жуз', 'Западный Казахстан']],
    ],
    ['Влиятелен Северный клан («Тундук», Чуйская и Таласская области).', [['Северный клан', 'clan', 'Тундук', 'Чуйская и Таласская области']]],
    ['выходцы из Южной группы («Ичкилик», Ош)', [['Южная группа', 'group', 'Ичкилик', 'Ош']]],
    // "так называемый «…»" in any case, a group's noun inside the quotes.
    ['Растёт роль так называемой «семьи» – родственников Президента.', [['семья', 'elite circle', null, null]]],
    ['Так называемые «кланы» ослабли.', [['клан', 'clan', null, null]]],
    // Near misses: no group's noun, a body in brackets, a quoted word that is no group's.
    ['Верховного Совета («Жогорку Кенеш», Бишкек)', []],
    ['Старший брат («Ага», Ош)', []],
    ['так называемой «оттепели»', []],
  ])('should read %s', (paragraph, expected) => {
    expect(rows(paragraph)).toEqual(expected);
  });
});
