import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { OutputFiles } from '@profiles/model';
import { dataPackageOf, foreignKeyProblems, schemaProblems, tablesOf } from './fixtures/check.js';

// The committed dist/csv, checked against its own datapackage.json as a data user would.
const folder = fileURLToPath(new URL('../../../dist/csv/', import.meta.url));
const files: OutputFiles = new Map(readdirSync(folder).sort().map((name) => [name, readFileSync(folder + name, 'utf8')]));
const dataPackage = dataPackageOf(files);
const tables = tablesOf(files);

describe('dist/csv', () => {
  it('should hold exactly the resources datapackage.json lists', () => {
    expect([...files.keys()].filter((n) => n.endsWith('.csv')).sort()).toEqual(dataPackage.resources.map((r) => r.path).sort());
  });

  it('should match every table schema: header order, types, constraints, unique keys', () => {
    for (const resource of dataPackage.resources) {
      const table = tables.get(resource.name)!;
      expect(table, resource.name).toBeDefined();
      expect(schemaProblems(resource, table), resource.name).toEqual([]);
    }
    expect(tables.get('persons')!.rows.length).toBe(14);
  });

  it('should resolve every foreign key', () => {
    expect(foreignKeyProblems(dataPackage, tables)).toEqual([]);
  });
});

/** True when every CR or LF that is not part of a CRLF record end stands inside a quoted field. */
function lineBreaksQuoted(text: string): boolean {
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '\r' && text[i + 1] === '\n') i += 1;
    else if (!quoted && (c === '\n' || c === '\r')) return false;
  }
  return !quoted;
}

describe('line breaks inside cells', () => {
  it('should be quoted in every table, so strict CSV readers keep one record per row', () => {
    const multiLine = [...files].filter(([name, text]) => name.endsWith('.csv') && /[^\r]\n/.test(text));
    expect(multiLine.length).toBeGreaterThan(0);
    for (const [name, text] of files) if (name.endsWith('.csv')) expect(lineBreaksQuoted(text), name).toBe(true);
  });

  it('should catch an unquoted line break', () => {
    expect(lineBreaksQuoted('a,b\r\n"x\ny",z\r\n')).toBe(true);
    expect(lineBreaksQuoted('a,b\r\nx\ny,z\r\n')).toBe(false);
  });
});
