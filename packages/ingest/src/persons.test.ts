import type { Provenance } from '@profiles/model';
import { describe, expect, it } from 'vitest';
import { PersonIndex } from './persons.js';

const at = (line: number): Provenance => ({ file: 'raw/mn/executive-branch.txt', line, endLine: line, element: null, quote: `line ${line}` });

/** The persons a list of mentions makes, each as its sorted forms. */
function personsOf(...names: string[]): string[][] {
  const index = new PersonIndex();
  names.forEach((name, i) => index.mention(name, at(i + 1)));
  return index.all.map((p) => [...p.forms].sort());
}

describe('PersonIndex', () => {
  it.each<[string[], string[][]]>([
    // The father's name in the genitive (Mongolian order) and as it is: one person.
    [['Battulga Khaltmaa', 'Khaltmaagiin Battulga'], [['Battulga Khaltmaa', 'Khaltmaagiin Battulga']]],
    [['Miyeegombyn Enkhbold', 'Enkhbold Miyeegomb'], [['Enkhbold Miyeegomb', 'Miyeegombyn Enkhbold']]],
    [['Tsakhiagiin Elbegdorj', 'Elbegdorj Tsakhia'], [['Elbegdorj Tsakhia', 'Tsakhiagiin Elbegdorj']]],
    // Another father, or another given name: two persons.
    [['Miyeegombyn Enkhbold', 'Nyamaagiin Enkhbold'], [['Miyeegombyn Enkhbold'], ['Nyamaagiin Enkhbold']]],
    [['Enkhbold Nyamaa', 'Miyeegombyn Enkhbold'], [['Enkhbold Nyamaa'], ['Miyeegombyn Enkhbold']]],
    [['Ivan Petrov', 'Ivan Petrovyn'], [['Ivan Petrov', 'Ivan Petrovyn']]],
    [['Ivan Petrov', 'Ivan Petrovich'], [['Ivan Petrov'], ['Ivan Petrovich']]],
    // Either order of the two words is one person already, and the genitive joins it.
    [['Battulga Khaltmaa', 'Khaltmaa Battulga', 'Khaltmaagiin Battulga'], [['Battulga Khaltmaa', 'Khaltmaa Battulga', 'Khaltmaagiin Battulga']]],
    // A given name in another case beside the same family name: the person already named, either first.
    [['Ирена Жемайтене', 'Ирену Жемайтене'], [['Ирена Жемайтене', 'Ирену Жемайтене']]],
    [['Давид Гелашвили', 'Давида Гелашвили'], [['Давид Гелашвили', 'Давида Гелашвили']]],
    [['Давида Гелашвили', 'Давид Гелашвили'], [['Давид Гелашвили', 'Давида Гелашвили']]],
    [['Давид Гелашвили', 'Давиде Гелашвили'], [['Давид Гелашвили', 'Давиде Гелашвили']]],
    [['Нина Петрова', 'Нину Петрову'], [['Нина Петрова', 'Нину Петрову']]],
    // A given name in "-ка", "-га", "-ша" takes "-и" in the genitive: the person already named, either first.
    [['Ника Мелия', 'Ники Мелия'], [['Ника Мелия', 'Ники Мелия']]],
    [['Ольги Рошка', 'Ольга Рошка'], [['Ольга Рошка', 'Ольги Рошка']]],
    [['Саша Гогуа', 'Саши Гогуа'], [['Саша Гогуа', 'Саши Гогуа']]],
    [['Ника Мелия', 'Нико Мелия'], [['Ника Мелия'], ['Нико Мелия']]],
    // A patronymic in the genitive or the accusative: one person with the nominative, either first.
    [['Гурбангулы Мяликгулыевича Бердымухамедова', 'Бердымухамедов Гурбангулы Мяликгулыевич'], [['Бердымухамедов Гурбангулы Мяликгулыевич', 'Гурбангулы Мяликгулыевича Бердымухамедова']]],
    [['Орлова Анна Петровна', 'Анну Петровну Орлову'], [['Анну Петровну Орлову', 'Орлова Анна Петровна']]],
    [['Сергея Ивановича Лисова', 'Лисов Сергей Иванович'], [['Лисов Сергей Иванович', 'Сергея Ивановича Лисова']]],
    // Another father's name: two persons.
    [['Сергея Ивановича Лисова', 'Лисов Сергей Петрович'], [['Сергея Ивановича Лисова'], ['Лисов Сергей Петрович']]],
    // A given name that drops a vowel in another case: the person already named, either first; not another name.
    [['Павел Климкин', 'Павла Климкина'], [['Павел Климкин', 'Павла Климкина']]],
    [['Льву Орлову', 'Лев Орлов'], [['Лев Орлов', 'Льву Орлову']]],
    [['Пётр Лис', 'Петра Лиса'], [['Петра Лиса', 'Пётр Лис']]],
    [['Павел Климкин', 'Павлину Климкину'], [['Павел Климкин'], ['Павлину Климкину']]],
    // Another given name of the family: two persons.
    [['Тамаз Абашидзе', 'Тамара Абашидзе'], [['Тамаз Абашидзе'], ['Тамара Абашидзе']]],
    [['Ирена Жемайтене', 'Юрате Жемайтене'], [['Ирена Жемайтене'], ['Юрате Жемайтене']]],
    // An initial and a family name in another case: the one person of that family and initial.
    [['Таави Рыйвас', 'Т. Рыйваса'], [['Т. Рыйваса', 'Таави Рыйвас']]],
    [['Ирма Лиепа', 'И. Лиепы'], [['И. Лиепы', 'Ирма Лиепа']]],
    [['Таави Рыйвас', 'К. Рыйваса'], [['Таави Рыйвас'], ['К. Рыйваса']]],
    // The initial first, then the full name in another case: one person, named as the page first named it.
    [['О. Бабанов', 'Омурбека Бабанова'], [['О. Бабанов', 'Омурбека Бабанова']]],
    [['И. Лиепа', 'Ирмы Лиепы'], [['И. Лиепа', 'Ирмы Лиепы']]],
    [['О. Бабанов', 'Тимура Бабанова'], [['О. Бабанов'], ['Тимура Бабанова']]],
    // The full name in another case first, then the initial with the nominative.
    [['Омурбека Бабанова', 'О. Бабанов'], [['О. Бабанов', 'Омурбека Бабанова']]],
    [['Ирмы Лиепы', 'И. Лиепа'], [['И. Лиепа', 'Ирмы Лиепы']]],
    [['Тимура Бабанова', 'О. Бабанов'], [['Тимура Бабанова'], ['О. Бабанов']]],
    // A name in the instrumental: the person in the nominative.
    [['Роберт Кочарян', 'Робертом Кочаряном'], [['Роберт Кочарян']]],
    [['Сиймом Калласом', 'Сийм Каллас'], [['Сийм Каллас']]],
    // A rank or a country in the genitive before a name is no part of it.
    [['Генерал-майор Ильяс Оспанов', 'Ильяс Оспанов'], [['Ильяс Оспанов']]],
    [['Туркменистана Мерген Ахмедов', 'Мерген Ахмедов'], [['Мерген Ахмедов']]],
    // The father's name with its particle between given and family names, and the initials of both.
    [['Фарид Эльдар оглы Гусейнли', 'Ф.Э. Гусейнли'], [['Ф.Э. Гусейнли', 'Фарид Эльдар оглы Гусейнли']]],
    // Initials after the family name, before or after the full name.
    [['Фарид Эльдар оглы Гусейнли', 'Гусейнли Ф.Э.'], [['Гусейнли Ф.Э.', 'Фарид Эльдар оглы Гусейнли']]],
    [['Сидоренко О.П.', 'Сидоренко Олег Петрович'], [['Сидоренко О.П.', 'Сидоренко Олег Петрович']]],
    [['Сидоренко О.П.', 'Сидоренко Анна Петровна'], [['Сидоренко О.П.'], ['Сидоренко Анна Петровна']]],
    // Two fathers: two persons of the same family and given names; one father written two ways: one person.
    [['Гасанов Эльдар Шамиль оглы', 'Гасанов Эльдар Ахмед оглы'], [['Гасанов Эльдар Шамиль оглы'], ['Гасанов Эльдар Ахмед оглы']]],
    [['Петров Иван Сергеевич', 'Иван Петров', 'Петров Иван Николаевич', 'Петров Иван Николаевич'], [['Иван Петров', 'Петров Иван Сергеевич'], ['Петров Иван Николаевич']]],
    [['Жумабеков Нурлан Абишевич', 'Нурлан Абишулы Жумабеков', 'Н.А. Жумабеков'], [['Жумабеков Нурлан Абишевич', 'Н.А. Жумабеков', 'Нурлан Абишулы Жумабеков']]],
    // A family name with and without an ending the language drops, the same given name: one person, either first.
    [['Эмомали Рахмонов', 'Рахмон Эмомали Шарипович'], [['Рахмон Эмомали Шарипович', 'Эмомали Рахмонов']]],
    [['Сапар Курбан', 'Сапар Курбанов'], [['Сапар Курбан', 'Сапар Курбанов']]],
    [['Ахмед Алиев Расулович', 'Алий Ахмед'], [['Ахмед Алиев Расулович'], ['Алий Ахмед']]],
    [['Назаров Зафар Ибрагимович', 'Зафар Назар'], [['Зафар Назар', 'Назаров Зафар Ибрагимович']]],
    [['Rustam Kholov', 'Kholov Rustam', 'Rustam Khol'], [['Kholov Rustam', 'Rustam Khol', 'Rustam Kholov']]],
    // Not another given name, not another father, not the family name alone, not a stem of three letters.
    [['Эмомали Рахмонов', 'Рустам Рахмон'], [['Эмомали Рахмонов'], ['Рустам Рахмон']]],
    [['Рахмонов Эмомали Шарипович', 'Рахмон Эмомали Саидович'], [['Рахмонов Эмомали Шарипович'], ['Рахмон Эмомали Саидович']]],
    [['Рахмонов', 'Рахмон Эмомали'], [['Рахмонов'], ['Рахмон Эмомали']]],
    [['Иван Петров', 'Иван Петрович'], [['Иван Петров'], ['Иван Петрович']]],
    [['Али Ахов', 'Али Ах'], [['Али Ахов'], ['Али Ах']]],
    // A stem under four letters is too short to tell.
    [['Bat Erdene', 'Batyn Erdene'], [['Bat Erdene'], ['Batyn Erdene']]],
  ])('should make of %j the persons %j', (names, persons) => {
    expect(personsOf(...names)).toEqual(persons);
  });

  it.each(['Последним Президент', 'Российской Федерации', 'Верховную Раду', 'Государственную Думу'])('should make no person of %j', (words) => {
    const index = new PersonIndex();
    expect(index.mention(words, at(1))).toBeNull();
    expect(index.all).toEqual([]);
  });

  it('should take a name the page gave in brackets as another form of the person', () => {
    const index = new PersonIndex();
    index.sameAs('Nika Gilauri', 'Nikoloz Gilauri');
    index.mention('Nikoloz Gilauri', at(1));
    index.mention('Nika Gilauri', at(2));
    index.mention('Nino Gilauri', at(3));
    expect(index.all.map((p) => [p.best.written, [...p.forms]])).toEqual([['Nikoloz Gilauri', ['Nikoloz Gilauri', 'Nika Gilauri']], ['Nino Gilauri', ['Nino Gilauri']]]);
  });

  it('should keep the nominative as the name of a person named first in another case', () => {
    const index = new PersonIndex();
    index.mention('Давида Гелашвили', at(1));
    index.mention('Давид Гелашвили', at(2));
    expect(index.all.map((p) => p.best.written)).toEqual(['Давид Гелашвили']);
    index.mention('Давида Гелашвили', at(3));
    expect(index.all.map((p) => p.best.written)).toEqual(['Давид Гелашвили']);
  });
});
