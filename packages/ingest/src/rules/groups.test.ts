import { describe, expect, it } from 'vitest';
import { findGroups } from './groups.js';

const ZHUZ = 'Political life is determined by a struggle within three groups: the Elder zhuz (“zhuz”– a historically formed tribal community) –“Uly” (Southern and South-Eastern Kazakhstan); the Middle zhuz–“Orta” (Northern, Central and Eastern Kazakhstan), and the Younger zhuz–“Kishi” (Western Kazakhstan).';

describe('findGroups', () => {
  it('should read named groups with their local names and regions', () => {
    expect(findGroups([ZHUZ]).map((g) => [g.name, g.category, g.localName, g.region])).toEqual([
      ['Elder zhuz', 'zhuz', 'Uly', 'Southern and South-Eastern Kazakhstan'],
      ['Middle zhuz', 'zhuz', 'Orta', 'Northern, Central and Eastern Kazakhstan'],
      ['Younger zhuz', 'zhuz', 'Kishi', 'Western Kazakhstan'],
    ]);
  });

  it('should read a so-called group only when it shares the named groups’ noun', () => {
    const groups = findGroups([
      'So-called “patron-client” relations feature the system. ' + ZHUZ,
      'Current development stimulates formation of a new, so-called “fourth zhuz”. It involves representatives of new economic elite.',
    ]);
    expect(groups.map((g) => g.name)).toEqual(['Elder zhuz', 'Middle zhuz', 'Younger zhuz', 'fourth zhuz']);
    expect(groups[3]!.description).toBe('It involves representatives of new economic elite.');
  });

  it('should read quoted interest groups', () => {
    const groups = findGroups(['Two interest groups can be distinguished: the “institutional” and the “economic. The “institutional” group acts within the state machinery. The “economic” group asserts interests of the business elite.']);
    expect(groups.map((g) => [g.name, g.category])).toEqual([
      ['institutional interest group', 'interest group'],
      ['economic interest group', 'interest group'],
    ]);
  });
});
