import { sampleProfile } from '@profiles/model';
import { describe, expect, it } from 'vitest';
import { exportCsv } from './export-csv.js';
import { TABLES } from './schema.js';
import { dataPackageOf, foreignKeyProblems, schemaProblems, tablesOf } from './fixtures/check.js';
import { sampleAsSection, sampleInCountry } from './fixtures/profiles.js';

describe('exportCsv on several profiles', () => {
  const kg = sampleProfile();
  const uz = sampleInCountry('uz', 'Uzbekistan');
  const files = exportCsv([kg, uz]);
  const tables = tablesOf(files);
  const dataPackage = dataPackageOf(files);

  it('should combine both countries into the same tables', () => {
    for (const spec of TABLES) {
      const single = tablesOf(exportCsv([kg])).get(spec.name)!.rows.length;
      const rows = tables.get(spec.name)!.rows;
      expect(rows).toHaveLength(single * 2);
      expect(new Set(rows.map((row) => row.country))).toEqual(new Set(['kg', 'uz']));
    }
  });

  it('should list one source per profile in sources.csv and in the data package', () => {
    expect(tables.get('sources')!.rows.map((row) => row.file)).toEqual(['raw/kg/executive-branch.html', 'raw/uz/executive-branch.html']);
    expect(dataPackage.sources.map((s) => s.title)).toEqual([kg.source.title, uz.source.title]);
  });

  it('should keep every constraint and foreign key in the combined tables', () => {
    for (const resource of dataPackage.resources) expect(schemaProblems(resource, tables.get(resource.name)!)).toEqual([]);
    expect(foreignKeyProblems(dataPackage, tables)).toEqual([]);
  });

  it('should keep the rows of one page together, sorted by ID (the country comes first)', () => {
    const countries = tables.get('persons')!.rows.map((row) => row.country);
    expect(countries).toEqual([...countries].sort());
  });
});

describe('exportCsv on two pages of one country', () => {
  const executive = sampleProfile();
  const legislative = sampleAsSection('legislative-branch');
  const files = exportCsv([executive, legislative]);
  const tables = tablesOf(files);
  const dataPackage = dataPackageOf(files);

  it('should keep a record both pages state once, with both pages, keyed by its ID alone', () => {
    const person = executive.persons[0]!.id;
    const rows = tables.get('persons')!.rows.filter((row) => row.id === person);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.pages).toBe('kg/executive-branch; kg/legislative-branch');
    expect(tables.get('persons')!.rows).toHaveLength(executive.persons.length);
    expect(tables.get('sources')!.rows).toHaveLength(2);
    for (const resource of dataPackage.resources) expect(schemaProblems(resource, tables.get(resource.name)!)).toEqual([]);
  });

  it('should keep the row count when memberships are joined onto persons (every person_id is one row)', () => {
    const persons = new Map(tables.get('persons')!.rows.map((row) => [row.id, row]));
    const memberships = tables.get('memberships')!.rows;
    expect(memberships.length).toBeGreaterThan(0);
    expect(memberships.flatMap((m) => (persons.has(m.person_id!) ? [m] : []))).toHaveLength(memberships.length);
    expect(persons.size).toBe(tables.get('persons')!.rows.length);
  });

  it('should resolve every reference', () => {
    expect(foreignKeyProblems(dataPackage, tables)).toEqual([]);
  });

  it('should refuse the same page twice instead of writing duplicate keys', () => {
    expect(() => exportCsv([executive, sampleProfile()])).toThrow(/raw\/kg\/executive-branch\.html: this page is in the models twice/);
  });
});
