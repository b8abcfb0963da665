import { makeId, sampleProfile, type OutputFiles, type Profile } from '@profiles/model';
import { describe, expect, it } from 'vitest';
import { assembleParts, groupCountries, runByCountry, type CountryExporter } from './parts.js';

/** A profile of `country` from file `file`. */
function page(country: string, file: string): Profile {
  const base = sampleProfile();
  const source = { ...base.source, file, id: makeId('source', country, [file]), country: { ...base.source.country, code: country } };
  return { ...base, source };
}

/** A toy exporter: a file per country, one row per page in a shared table, an index of the files. */
const toy: CountryExporter = {
  id: 'toy',
  shared: new Map([['rows.csv', 'file\n']]),
  page: (profile) => ({ files: {}, appends: { 'rows.csv': `${profile.source.file}\n` }, data: profile.source.file }),
  part: (profiles) => ({
    files: { [`${profiles[0]!.source.country.code}.txt`]: String(profiles.length) },
    appends: { 'rows.csv': `${profiles[0]!.source.country.code} total ${profiles.length}\n` },
    data: null,
  }),
  finish: (data, shared): OutputFiles => new Map([['index.txt', `${data.flatMap((c) => c.pages).join(' ')} ${shared.get('rows.csv')!.bytes}`]]),
};

describe('country parts', () => {
  const profiles = [page('kz', 'raw/kz/b.txt'), page('kg', 'raw/kg/a.txt'), page('kz', 'raw/kz/a.txt')];

  it('should group pages by country in source-ID order', () => {
    const groups = groupCountries(profiles).map((g) => g.map((p) => p.source.file));
    expect(groups.map((g) => g.length).sort()).toEqual([1, 2]);
    expect(groups.flat().sort()).toEqual(profiles.map((p) => p.source.file).sort());
    expect(groups[0]![0]).toBe('raw/kg/a.txt'); // IDs start with the country code
  });

  it('should assemble shared files from the heads and every country’s appends, in order', () => {
    const files = runByCountry(toy, profiles);
    const rows = files.get('rows.csv')!;
    expect(rows.startsWith('file\nraw/kg/a.txt\nkg total 1\n')).toBe(true);
    expect(files.get('kz.txt')).toBe('2');
    expect(files.get('index.txt')).toBe(`${groupCountries(profiles).flat().map((p) => p.source.file).join(' ')} ${Buffer.byteLength(rows)}`);
  });

  it('should refuse two parts writing one file', () => {
    const part = { files: { 'x.txt': '' }, appends: {}, data: null };
    expect(() => assembleParts(toy, [{ pages: [], country: part }, { pages: [], country: part }])).toThrow(/two parts would write this file/);
  });
});
