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
    // A stem under four letters is too short to tell.
    [['Bat Erdene', 'Batyn Erdene'], [['Bat Erdene'], ['Batyn Erdene']]],
  ])('should make of %j the persons %j', (names, persons) => {
    expect(personsOf(...names)).toEqual(persons);
  });
});
