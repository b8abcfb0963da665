import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { parseProfile, RECORD_COLLECTIONS, sampleProfile, type Profile } from '@profiles/model';
import { describe, expect, it } from 'vitest';
import { isFreeText, LIST_SEPARATOR } from './columns.js';
import { compareCodePoints } from './compare.js';
import { mergeCountry } from '@profiles/timeline';
import { countryProfile, exportCsv, RECORD_TABLES } from './export-csv.js';
import { restoreNeutralized } from './neutralize.js';
import { ROW_BUILDERS } from './rows.js';
import { TABLES } from './schema.js';
import type { Row } from './table.js';
import { dataPackageOf, foreignKeyProblems, schemaProblems, tablesOf } from './fixtures/check.js';
import { reversed } from './fixtures/profiles.js';

const profile = sampleProfile();
const files = exportCsv([profile]);
const tables = tablesOf(files);
const dataPackage = dataPackageOf(files);

function table(name: string) {
  const found = tables.get(name);
  if (!found) throw new Error(`no table ${name}`);
  return found;
}

function rowById(name: string, id: string) {
  const row = table(name).rows.find((r) => r.id === id);
  if (!row) throw new Error(`no row ${id} in ${name}`);
  return row;
}

describe('exportCsv on the sample profile', () => {
  it('should write one CSV per table, then datapackage.json', () => {
    expect([...files.keys()]).toEqual([
      'sources.csv',
      'persons.csv',
      'organizations.csv',
      'memberships.csv',
      'events.csv',
      'election_results.csv',
      'tasks.csv',
      'statistics.csv',
      'groups.csv',
      'group_members.csv',
      'materials.csv',
      'notes.csv',
      'issues.csv',
      'provenance.csv',
      'datapackage.json',
    ]);
  });

  it.each(TABLES.map((t) => ({ name: t.name, table: t })))('should write $name.csv as canonical RFC 4180 with CRLF and no BOM', ({ name }) => {
    const text = files.get(`${name}.csv`)!;
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(stringify(table(name).records, { record_delimiter: '\r\n', quoted_match: /[\r\n]/ })).toBe(text);
  });

  it.each(TABLES.map((t) => ({ name: t.name, table: t })))('should write the $name header in the schema’s column order', ({ name, table: spec }) => {
    const order = spec.columns.map((c) => c.name);
    expect(table(name).header).toEqual(order);
    expect(dataPackage.resources.find((r) => r.name === name)!.schema.fields.map((f) => f.name)).toEqual(order);
  });

  it.each(dataPackage.resources.map((r) => ({ name: r.name, resource: r })))(
    'should keep every constraint of the $name Table Schema',
    ({ name, resource }) => {
      expect(schemaProblems(resource, table(name))).toEqual([]);
    },
  );

  it('should resolve every foreign key', () => {
    expect(foreignKeyProblems(dataPackage, tables)).toEqual([]);
  });

  it.each(dataPackage.resources.map((r) => ({ name: r.name, key: r.schema.primaryKey })))(
    'should sort $name rows by primary key in code-point order',
    ({ name, key }) => {
      const rows = table(name).rows;
      const numeric = new Set(['position']);
      const sorted = [...rows].sort((a, b) => {
        for (const k of key) {
          const order = numeric.has(k) ? Number(a[k]) - Number(b[k]) : compareCodePoints(a[k]!, b[k]!);
          if (order) return order;
        }
        return 0;
      });
      expect(rows).toEqual(sorted);
    },
  );

  it('should write one row per record and one provenance row per statement', () => {
    expect(table('sources').rows).toHaveLength(1);
    for (const collection of RECORD_COLLECTIONS) expect(table(collection).rows).toHaveLength(profile[collection].length);
    const statements = RECORD_COLLECTIONS.reduce((n, c) => n + profile[c].reduce((m, r) => m + r.provenance.length, 0), 0);
    expect(table('provenance').rows).toHaveLength(statements);
  });

  it('should carry country and source_id on every row', () => {
    for (const [, parsed] of tables) {
      for (const row of parsed.rows) {
        expect(row.country).toBe('kg');
        expect(row.source_id).toBe(profile.source.id);
      }
    }
  });

  it('should read numbers back as the model’s values', () => {
    const election = profile.events.find((e) => e.kind === 'election')!;
    const row = rowById('events', election.id);
    expect(Number(row.vote_share)).toBe(election.voteShare);
    expect(Number(row.term_years)).toBe(election.termYears);
    expect(row.vote_share).toBe('63.2');
    const statistic = profile.statistics[0]!;
    expect(Number(rowById('statistics', statistic.id).value)).toBe(statistic.value);
    for (const task of profile.tasks) expect(Number(rowById('tasks', task.id).position)).toBe(task.position);
    const person = profile.persons[0]!;
    expect(Number(rowById('persons', person.id).source_line)).toBe(person.provenance[0]!.line);
  });

  it('should give the model’s text back once the formula guard is removed', () => {
    const government = profile.organizations.find((o) => o.description?.startsWith('='))!;
    const cell = rowById('organizations', government.id).description!;
    expect(cell).toBe(`'${government.description}`);
    expect(restoreNeutralized(cell)).toBe(government.description);
    const task = profile.tasks.find((t) => t.text.startsWith('@'))!;
    expect(rowById('tasks', task.id).text).toBe(`'${task.text}`);
    expect(restoreNeutralized(rowById('tasks', task.id).text!)).toBe(task.text);
  });

  it('should keep paragraph breaks and pipes inside a cell', () => {
    const president = profile.organizations.find((o) => o.description?.includes('\n\n'))!;
    expect(rowById('organizations', president.id).description).toBe(president.description);
    const pm = profile.memberships.find((m) => m.title.includes('|'))!;
    expect(rowById('memberships', pm.id).title).toBe(pm.title);
  });

  it.each(TABLES.map((t) => ({ name: t.name, table: t })))('should round-trip every $name cell to the row it was made from', ({ name, table: spec }) => {
    const build = ROW_BUILDERS[spec.name] as (p: Profile) => Row[];
    // Record tables are made from the country's merged records, page tables from the page.
    const made = build(RECORD_TABLES.has(spec.name) ? countryProfile(mergeCountry([profile])) : profile);
    const parsed = table(name).rows;
    const keyOf = (row: Record<string, unknown>) => JSON.stringify(spec.primaryKey.map((k) => String(row[k])));
    const byKey = new Map(parsed.map((row) => [keyOf(row), row]));
    for (const row of made) {
      const read = byKey.get(keyOf(row))!;
      for (const column of spec.columns) {
        const value = row[column.name] ?? null;
        const cell = read[column.name]!;
        const text = isFreeText(column) ? restoreNeutralized(cell) : cell;
        if (value === null) expect(cell).toBe('');
        else if (Array.isArray(value)) expect(text).toBe([...(value as string[])].sort(compareCodePoints).join(LIST_SEPARATOR));
        else if (typeof value === 'number') expect(Number(cell)).toBe(value);
        else expect(text).toBe(value);
      }
    }
  });

  it('should put the names beside the IDs they point to', () => {
    const pm = profile.memberships.find((m) => m.predecessorId !== null)!;
    const row = rowById('memberships', pm.id);
    expect(row.person_name).toBe(profile.persons.find((p) => p.id === pm.personId)!.name);
    expect(row.organization_name).toBe(profile.organizations.find((o) => o.id === pm.organizationId)!.name);
    expect(row.predecessor_name).toBe(profile.persons.find((p) => p.id === pm.predecessorId)!.name);
    const council = profile.organizations.find((o) => o.parentId !== null && o.predecessorId !== null)!;
    const org = rowById('organizations', council.id);
    expect(org.parent_name).toBe('President of the Kyrgyz Republic');
    expect(org.predecessor_name).toBe('Defence Council');
  });

  it('should write a header-only file for a record kind the pages lack', () => {
    const bare = { ...sampleProfile(), statistics: [] };
    const text = exportCsv([bare]).get('statistics.csv');
    expect(text).toBe(`${TABLES.find((t) => t.name === 'statistics')!.columns.map((c) => c.name).join(',')}\r\n`);
  });

  it('should write header-only tables and a descriptor without sources for no profiles', () => {
    const empty = exportCsv([]);
    expect(empty.size).toBe(TABLES.length + 1);
    expect(dataPackageOf(empty).sources).toEqual([]);
  });
});

describe('exportCsv on any page text', () => {
  it('should give back any text exactly, once the formula guard is removed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1 }), fc.string({ unit: 'binary', minLength: 1 }), (description, quote) => {
        const base = sampleProfile();
        const government = base.organizations.find((o) => o.name === 'Government')!;
        government.description = description;
        government.provenance[0]!.quote = quote;
        const read = tablesOf(exportCsv([parseProfile(base, 'fixture')]));
        const row = read.get('organizations')!.rows.find((r) => r.id === government.id)!;
        expect(restoreNeutralized(row.description!)).toBe(description);
        expect(restoreNeutralized(row.source_quote!)).toBe(quote);
        const statement = read.get('provenance')!.rows.find((r) => r.record_id === government.id)!;
        expect(restoreNeutralized(statement.quote!)).toBe(quote);
      }),
      { numRuns: 200, seed: 4180 },
    );
  }, 120_000);

  it.each(['"quoted", with comma', 'line one\r\nline two', 'cr\ronly', '\ttabbed', "'apostrophe", '+1 555', '-minus', '😀 astral', ' leading space'])(
    'should give back %j exactly',
    (description) => {
      const base = sampleProfile();
      const government = base.organizations.find((o) => o.name === 'Government')!;
      government.description = description;
      const row = tablesOf(exportCsv([base])).get('organizations')!.rows.find((r) => r.id === government.id)!;
      expect(restoreNeutralized(row.description!)).toBe(description);
    },
  );
});

describe('exportCsv determinism', () => {
  it('should give byte-identical files for the same profiles', () => {
    expect(exportCsv([sampleProfile()])).toEqual(exportCsv([sampleProfile()]));
  });

  it('should give byte-identical files whatever the order of profiles, records and aliases', async () => {
    const { sampleInCountry } = await import('./fixtures/profiles.js');
    const other = sampleInCountry('uz', 'Uzbekistan');
    const forward = exportCsv([sampleProfile(), other]);
    const backward = exportCsv([reversed(other), reversed(sampleProfile())]);
    expect([...backward.keys()]).toEqual([...forward.keys()]);
    for (const [path, text] of forward) expect(backward.get(path), path).toBe(text);
  });
});

describe('the table checks used above', () => {
  it('should notice a reference without a target', () => {
    const broken = tablesOf(files);
    const persons = broken.get('persons')!;
    persons.rows = persons.rows.filter((row) => row.id !== profile.memberships[0]!.personId);
    expect(foreignKeyProblems(dataPackage, broken).some((p) => p.startsWith('memberships'))).toBe(true);
  });

  it('should notice a reference to the same ID on another page', () => {
    const broken = tablesOf(files);
    const memberships = broken.get('memberships')!;
    memberships.rows = memberships.rows.map((row) => ({ ...row, source_id: 'kg-source-000000000000' }));
    expect(foreignKeyProblems(dataPackage, broken).some((p) => p.startsWith('memberships'))).toBe(true);
  });

  it.each([
    { name: 'a date in another format', column: 'date', value: '30.10.2011' },
    { name: 'an empty required cell', column: 'description', value: '' },
    { name: 'a vote share over 100', column: 'vote_share', value: '100.5' },
    { name: 'a decimal comma', column: 'vote_share', value: '63,2' },
    { name: 'an unknown kind', column: 'kind', value: 'coup' },
  ])('should notice $name', ({ column, value }) => {
    const events = tablesOf(files).get('events')!;
    events.rows[0] = { ...events.rows[0]!, [column]: value };
    const resource = dataPackage.resources.find((r) => r.name === 'events')!;
    expect(schemaProblems(resource, events)).toHaveLength(1);
  });
});
