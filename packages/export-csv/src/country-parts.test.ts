import { runByCountry } from '@profiles/cache';
import { sampleProfile, type Profile } from '@profiles/model';
import { describe, expect, it } from 'vitest';
import { CSV_EXPORTER_ID } from './exporter-id.js';
import { csvPages, exportCsv } from './export-csv.js';
import { sampleAsSection, sampleInCountry } from './fixtures/profiles.js';

const sorted = (files: Map<string, string>) => [...files].sort(([a], [b]) => (a < b ? -1 : 1));

describe('the CSV exporter by country parts', () => {
  const kg = sampleProfile();
  it.each<[string, Profile[]]>([
    ['one page', [kg]],
    ['two countries', [kg, sampleInCountry('uz', 'Uzbekistan')]],
    ['two pages of one country and another country', [sampleAsSection('legislative-branch'), sampleInCountry('am', 'Armenia'), kg]],
    ['no page', []],
  ])('should give the bytes of exportCsv for %s', (_, profiles) => {
    expect(sorted(runByCountry(csvPages.countries, profiles))).toEqual(sorted(exportCsv(profiles)));
  });

  it('should give each page its rows of the page tables, each country its merged records’ rows, and keep the headers shared', () => {
    const page = csvPages.countries.page!(kg);
    const part = csvPages.countries.part([kg]);
    expect(part.files).toEqual({});
    expect([...Object.keys(page.appends), ...Object.keys(part.appends)].sort()).toEqual([...csvPages.countries.shared.keys()].sort());
    expect(Object.keys(page.appends)).toContain('provenance.csv');
    expect(Object.keys(part.appends)).toContain('persons.csv');
    expect(part.appends['persons.csv']).not.toContain(csvPages.countries.shared.get('persons.csv'));
  });

  it('should have the identity its export task keys the build cache with', () => {
    expect(csvPages.countries.id).toBe(CSV_EXPORTER_ID);
  });
});
