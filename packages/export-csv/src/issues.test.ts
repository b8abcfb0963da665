import { makeId, sampleProfile, type Profile } from '@profiles/model';
import { describe, expect, it } from 'vitest';
import { exportCsv } from './export-csv.js';
import { ISSUE_CODE_PATTERN } from './schema.js';
import { dataPackageOf, foreignKeyProblems, schemaProblems, tablesOf } from './fixtures/check.js';

/** The sample with a second warning whose message starts like a formula, and no publisher or pollster named. */
function warned(): Profile {
  const profile = sampleProfile();
  profile.source.publisher = null;
  profile.statistics[0]!.author = null;
  profile.issues.push({
    id: makeId('issue', 'kg', ['no-publisher']),
    level: 'warning',
    code: 'no-publisher',
    message: '=no masthead, no sidecar: the publisher is unknown',
    provenance: [{ file: profile.source.file, line: 1, endLine: 1, element: 'head > title', quote: 'Country profile :: Kyrgyzstan' }],
  });
  return profile;
}

const files = exportCsv([warned()]);
const tables = tablesOf(files);
const pkg = dataPackageOf(files);
const issues = pkg.resources.find((r) => r.name === 'issues')!;

describe('issues.csv', () => {
  it('should be declared between notes and provenance, keyed by page and ID, linked to its page', () => {
    expect(pkg.resources.map((r) => r.name).slice(-3)).toEqual(['notes', 'issues', 'provenance']);
    expect(issues.schema.primaryKey).toEqual(['source_id', 'id']);
    expect(issues.schema.foreignKeys).toEqual([{ fields: ['source_id'], reference: { resource: 'sources', fields: ['source_id'] } }]);
    expect(issues.schema.fields.map((f) => [f.name, f.type, f.constraints?.required ?? false])).toEqual([
      ['id', 'string', true],
      ['level', 'string', true],
      ['code', 'string', true],
      ['message', 'string', true],
      ['country', 'string', true],
      ['source_id', 'string', true],
      ['source_file', 'string', true],
      ['source_line', 'integer', true],
      ['source_quote', 'string', true],
    ]);
    expect(issues.schema.fields.find((f) => f.name === 'level')!.constraints!.enum).toEqual(['warning']);
  });

  it('should write one row per warning, sorted by key, the formula guard on the message only', () => {
    const { source } = warned();
    expect(files.get('issues.csv')).toBe(
      [
        'id,level,code,message,country,source_id,source_file,source_line,source_quote',
        `kg-issue-3b87eddc6fa8,warning,no-publisher,"'=no masthead, no sidecar: the publisher is unknown",kg,${source.id},${source.file},1,Country profile :: Kyrgyzstan`,
        `kg-issue-f13816862bcb,warning,unread-person-line,a line that names a post but no person this ingest can read,kg,${source.id},${source.file},63,Minister of Finance –`,
        '',
      ].join('\r\n'),
    );
  });

  it('should meet its own Table Schema and foreign keys, as every table does with nulls in them', () => {
    for (const resource of pkg.resources) expect(schemaProblems(resource, tables.get(resource.name)!), resource.name).toEqual([]);
    expect(foreignKeyProblems(pkg, tables)).toEqual([]);
  });

  it('should list each warning’s statements in provenance.csv as record_kind issue', () => {
    const rows = tables.get('provenance')!.rows.filter((r) => r.record_kind === 'issue');
    expect(rows.map((r) => [r.line, r.element, r.quote])).toEqual(
      expect.arrayContaining([
        ['63', '', 'Minister of Finance –'],
        ['1', 'head > title', 'Country profile :: Kyrgyzstan'],
      ]),
    );
    expect(rows).toHaveLength(2);
  });

  it.each([
    ['no-publisher', true],
    ['unread-person-line', true],
    ['duplicate-mention2', true],
    ['No-Publisher', false],
    ['no_publisher', false],
    ['-x', false],
    ['x-', false],
    ['a--b', false],
  ])('should declare a code pattern that takes %s: %s, as the model does', (code, ok) => {
    expect(new RegExp(`^(?:${ISSUE_CODE_PATTERN})$`).test(code)).toBe(ok);
  });
});

describe('a page with no publisher and a figure with no pollster', () => {
  it('should write empty cells, which the schema allows (the columns are not required)', () => {
    expect(tables.get('sources')!.rows[0]!.publisher).toBe('');
    expect(tables.get('statistics')!.rows[0]!.author).toBe('');
    const field = (resource: string, name: string) => pkg.resources.find((r) => r.name === resource)!.schema.fields.find((f) => f.name === name)!;
    expect(field('sources', 'publisher').constraints?.required).toBeUndefined();
    expect(field('statistics', 'author').constraints?.required).toBeUndefined();
  });

  it('should write no issues.csv rows for a page without warnings, only the header', () => {
    const clean = sampleProfile();
    clean.issues = [];
    expect(exportCsv([clean]).get('issues.csv')).toBe('id,level,code,message,country,source_id,source_file,source_line,source_quote\r\n');
  });
});
