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
    // The places a group rests on, after its verb or the dash standing for it: sides of the country as written, names back to the nominative.
    ['второй – на север республики, Гагаузию и значительную часть русскоязычного населения.', 'север республики, Гагаузия'],
    ['Первый опирается на Хатлон и на юг страны.', 'Хатлон, юг страны'],
    ['Кулябский клан традиционно опирается на Дангару, Восе и силовые структуры; …', 'Дангара, Восе'],
    ['Второй базируется на востоке', null],
    ['The second rests on the north and Gagauzia.', 'the north, Gagauzia'],
    ['The Southern group draws on Khatlon, the south and the security services.', 'Khatlon, the south'],
    ['второй – на Приднестровье.', 'Приднестровье'],
    // The list's joining word from the lexicon (`support.and`), in either language: "и", "and", a preposition repeated after it.
    ['The first leans on Sughd and on Khatlon.', 'Sughd, Khatlon'],
    ['Второй клан опирается на Согд и Хатлон.', 'Согд, Хатлон'],
    // Near miss: "или" joins no list of places here.
    ['Второй клан опирается на Согд или Хатлон.', null],
    // Near misses: no place in the list, a body, a country, a place not after what the group rests on.
    ['Первый опирается на правящую коалицию в Парламенте и на поддержку столичных избирателей.', null],
    ['второй – на Парламент и Правительство.', null],
    ['второй – на Россию.', null],
    ['влиятелен в Гагаузии и на севере', null],
    ['Лидер клана выступает на Гагаузию', null],
    [null, null],
  ])('should read %s', (description, expected) => {
    expect(regionOfDescription(description)).toBe(expected);
  });
});
