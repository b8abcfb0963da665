import { createHash } from 'node:crypto';
import { sampleProfile } from '@profiles/model';
import { describe, expect, it } from 'vitest';
import { isFreeText, NEUTRALIZED_NOTE } from './columns.js';
import { DATA_PACKAGE_PROFILE } from './datapackage.js';
import { exportCsv } from './export-csv.js';
import { TABLES } from './schema.js';
import { dataPackageOf } from './fixtures/check.js';
import { sampleInCountry } from './fixtures/profiles.js';

/*
 * No maintained JavaScript validator for Data Package v2 runs offline (the v1-era `datapackage`
 * package fetches profiles and predates v2), so these are the structural rules of the v2 Data
 * Package, Data Resource, Table Dialect and Table Schema specifications, checked by hand.
 */

const files = exportCsv([sampleProfile(), sampleInCountry('uz', 'Uzbekistan')]);
const text = files.get('datapackage.json')!;
const pkg = dataPackageOf(files);

const NAME = /^[a-z0-9._-]+$/;
const FIELD_TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'list', 'date', 'time', 'datetime', 'year', 'yearmonth', 'duration', 'geopoint', 'geojson', 'any'];
const STRING_FORMATS = ['default', 'email', 'uri', 'binary', 'uuid'];
const ORDERED_TYPES = ['integer', 'number', 'date', 'time', 'datetime', 'year', 'yearmonth', 'duration'];
const CSV_DIALECT_KEYS = ['$schema', 'header', 'headerRows', 'headerJoin', 'commentRows', 'commentChar', 'delimiter', 'lineTerminator', 'quoteChar', 'doubleQuote', 'escapeChar', 'nullSequence', 'skipInitialSpace'];
const CONSTRAINT_KEYS = ['required', 'unique', 'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'jsonSchema', 'pattern', 'enum'];

function isRelativePosixPath(path: string): boolean {
  return !path.startsWith('/') && !path.includes('\\') && !path.split('/').includes('..') && !/^[a-z][a-z0-9+.-]*:/i.test(path);
}

describe('datapackage.json', () => {
  it('should be stable, pretty-printed JSON with a trailing newline and no timestamps', () => {
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    expect(text).not.toMatch(/"created"|\d{4}-\d{2}-\d{2}T\d{2}:/);
    expect(exportCsv([sampleProfile(), sampleInCountry('uz', 'Uzbekistan')]).get('datapackage.json')).toBe(text);
  });

  it('should name the Data Package v2 profile and carry name, title, description and version', () => {
    expect(pkg.$schema).toBe(DATA_PACKAGE_PROFILE);
    expect(pkg.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
    expect(pkg.name).toMatch(NAME);
    expect(pkg.title.length).toBeGreaterThan(0);
    expect(pkg.description.length).toBeGreaterThan(0);
    expect(pkg.version).toMatch(/^4\.\d+\.\d+$/);
  });

  it('should license the compilation as ODC-BY-1.0 and leave the page text to its publisher', () => {
    expect(pkg.licenses.length).toBeGreaterThan(0);
    for (const license of pkg.licenses) expect(license.name ?? license.path).toBeTruthy();
    expect(pkg.licenses[0]).toMatchObject({ name: 'ODC-BY-1.0' });
    expect(URL.canParse(pkg.licenses[0]!.path)).toBe(true);
    expect(pkg.description).toMatch(/belongs to the page’s publisher/);
  });

  it('should list one source per profile, each with a title and a path', () => {
    expect(pkg.sources).toHaveLength(2);
    for (const source of pkg.sources) {
      expect(source.title.length).toBeGreaterThan(0);
      expect(URL.canParse(source.path) || isRelativePosixPath(source.path)).toBe(true);
    }
  });

  it('should give resources unique names and relative paths to files that exist', () => {
    const names = pkg.resources.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const resource of pkg.resources) {
      expect(resource.name).toMatch(NAME);
      expect(isRelativePosixPath(resource.path)).toBe(true);
      expect(files.has(resource.path)).toBe(true);
    }
    expect([...files.keys()].filter((p) => p.endsWith('.csv')).sort()).toEqual(pkg.resources.map((r) => r.path).sort());
  });

  it.each(pkg.resources.map((r) => ({ name: r.name, resource: r })))('should describe $name as a CSV table with its true size and hash', ({ resource }) => {
    expect(resource).toMatchObject({ type: 'table', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8' });
    const content = files.get(resource.path)!;
    expect(resource.bytes).toBe(Buffer.byteLength(content, 'utf8'));
    expect(resource.hash).toBe(`sha256:${createHash('sha256').update(content, 'utf8').digest('hex')}`);
  });

  it.each(pkg.resources.map((r) => ({ name: r.name, resource: r })))('should give $name a Table Dialect that matches the file', ({ resource }) => {
    for (const key of Object.keys(resource.dialect)) expect(CSV_DIALECT_KEYS).toContain(key);
    expect(resource.dialect).toEqual({ header: true, delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true });
    const content = files.get(resource.path)!;
    expect(content.split(resource.dialect.lineTerminator)[0]).toBe(resource.schema.fields.map((f) => f.name).join(resource.dialect.delimiter));
  });

  it.each(pkg.resources.map((r) => ({ name: r.name, resource: r })))('should give $name a well-formed Table Schema', ({ resource }) => {
    const { fields, primaryKey, foreignKeys, missingValues } = resource.schema;
    expect(fields.length).toBeGreaterThan(0);
    const names = fields.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z][a-z0-9_]*$/);
    expect(missingValues.every((v) => typeof v === 'string')).toBe(true);
    for (const field of fields) {
      expect(FIELD_TYPES).toContain(field.type);
      expect(field.description.length).toBeGreaterThan(0);
      if (field.format !== undefined) {
        expect(field.type).toBe('string');
        expect(STRING_FORMATS).toContain(field.format);
      }
      const constraints = field.constraints ?? {};
      for (const key of Object.keys(constraints)) expect(CONSTRAINT_KEYS).toContain(key);
      if (constraints.required !== undefined) expect(constraints.required).toBe(true);
      if (constraints.unique !== undefined) expect(constraints.unique).toBe(true);
      if (constraints.pattern !== undefined) {
        expect(field.type).toBe('string');
        expect(constraints.pattern).not.toMatch(/^\^|\$$|\(\?/);
        expect(() => new RegExp(constraints.pattern!)).not.toThrow();
      }
      if (constraints.minimum !== undefined || constraints.maximum !== undefined) expect(ORDERED_TYPES).toContain(field.type);
      if (constraints.enum !== undefined) {
        expect(constraints.enum.length).toBeGreaterThan(0);
        expect(constraints.enum.every((v) => typeof v === 'string')).toBe(true);
      }
    }
    expect(primaryKey.length).toBeGreaterThan(0);
    for (const key of primaryKey) expect(names).toContain(key);
    for (const fk of foreignKeys) {
      expect(fk.fields.length).toBe(fk.reference.fields.length);
      for (const field of fk.fields) expect(names).toContain(field);
      const target = pkg.resources.find((r) => r.name === fk.reference.resource);
      expect(target, `${resource.name} → ${fk.reference.resource}`).toBeDefined();
      const targetNames = target!.schema.fields.map((f) => f.name);
      for (const field of fk.reference.fields) expect(targetNames).toContain(field);
    }
  });

  it('should link the tables as the model links the records', () => {
    const links = pkg.resources.flatMap((r) =>
      r.schema.foreignKeys.map((fk) => `${r.name}.${fk.fields.join('+')} → ${fk.reference.resource}.${fk.reference.fields.join('+')}`),
    );
    expect(links).toEqual([
      'persons.source_id → sources.source_id',
      'organizations.parent_id → organizations.id',
      'organizations.predecessor_id → organizations.id',
      'organizations.source_id → sources.source_id',
      'memberships.person_id → persons.id',
      'memberships.organization_id → organizations.id',
      'memberships.predecessor_id → persons.id',
      'memberships.source_id → sources.source_id',
      'events.organization_id → organizations.id',
      'events.person_id → persons.id',
      'events.source_id → sources.source_id',
      'election_results.event_id → events.id',
      'election_results.person_id → persons.id',
      'election_results.source_id → sources.source_id',
      'tasks.organization_id → organizations.id',
      'tasks.source_id → sources.source_id',
      'statistics.source_id → sources.source_id',
      'groups.source_id → sources.source_id',
      'group_members.group_id → groups.id',
      'group_members.person_id → persons.id',
      'group_members.source_id → sources.source_id',
      'materials.source_id → sources.source_id',
      'notes.organization_id → organizations.id',
      'notes.source_id → sources.source_id',
      'issues.source_id → sources.source_id',
      'provenance.source_id → sources.source_id',
    ]);
  });

  it('should say in each guarded field, and only there, that a leading quote was added', () => {
    for (const resource of pkg.resources) {
      for (const field of resource.schema.fields) {
        const guarded = field.description.includes(NEUTRALIZED_NOTE);
        if (field.type !== 'string' || field.constraints?.pattern !== undefined || field.constraints?.enum !== undefined || field.format === 'uri') {
          expect(guarded, `${resource.name}.${field.name}`).toBe(false);
        }
      }
    }
    for (const table of TABLES) {
      for (const column of table.columns) expect(column.description.includes(NEUTRALIZED_NOTE), `${table.name}.${column.name}`).toBe(isFreeText(column));
    }
    const described = (table: string, field: string) =>
      pkg.resources.find((r) => r.name === table)!.schema.fields.find((f) => f.name === field)!.description;
    expect(described('organizations', 'description')).toContain(NEUTRALIZED_NOTE);
    expect(described('tasks', 'text')).toContain(NEUTRALIZED_NOTE);
    expect(described('events', 'vote_share')).not.toContain(NEUTRALIZED_NOTE);
    expect(described('persons', 'aliases')).toContain('"; "');
  });

  it('should describe partial dates as patterned strings, not as date types', () => {
    const dates = pkg.resources.flatMap((r) => r.schema.fields.filter((f) => /(^|_)date$|^founded$|^retrieved$/.test(f.name)));
    expect(dates.length).toBeGreaterThan(0);
    for (const field of dates) {
      expect(field.type).toBe('string');
      expect(field.constraints?.pattern).toBe('[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?');
      expect(field.description).toMatch(/YYYY, YYYY-MM or YYYY-MM-DD/);
    }
  });
});
