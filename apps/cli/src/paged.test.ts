import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportCsv } from '@profiles/export-csv';
import { exportJsonLd } from '@profiles/export-jsonld';
import { exportMarkdown } from '@profiles/export-markdown';
import { ingestPage } from '@profiles/ingest';
import { describe, expect, it } from 'vitest';
import { runInProcess } from './run-in-process.js';
import { readTree, SEED, tempDir, tempTree } from './test-helpers.js';

// The CLI builds page by page; the Turborepo tasks run each exporter over all models at once.
// With several pages the two must still write the same bytes.
const other = readFileSync(fileURLToPath(new URL('../../../packages/ingest/src/fixtures/xx-other-country.txt', import.meta.url)));
const pages = { 'kz/executive-branch.txt': readFileSync(SEED), 'tj/executive-branch.txt': other, 'kz/legislative-branch.txt': readFileSync(SEED) };

describe('profiles build on several pages', () => {
  it('should write what each exporter writes over all the profiles at once', async () => {
    const raw = tempTree(pages);
    const out = join(tempDir(), 'dist');
    const run = await runInProcess(['build', '--raw', raw, '--out', out]);
    expect(run.stderr).toBe('');
    const built = readTree(out);
    const ingested = Object.entries(pages).map(([path, bytes]) => {
      const [country, name] = path.split('/') as [string, string];
      return ingestPage({ file: `raw/${path}`, country, section: name.replace(/\.txt$/, ''), format: 'text', bytes, meta: null });
    });
    const expected = new Map<string, string>();
    for (const [folder, files] of [['csv', exportCsv(ingested)], ['jsonld', exportJsonLd(ingested)], ['markdown', exportMarkdown(ingested)]] as const) {
      for (const [path, content] of files) expected.set(`${folder}/${path}`, content);
    }
    for (const [path, content] of expected) expect(built.get(path)?.toString('utf8'), path).toBe(content);
    expect([...built.keys()].filter((p) => !p.startsWith('model/') && !p.endsWith('.profiles-dataset')).sort()).toEqual([...expected.keys()].sort());
    // One row per person and country: the two kz pages name the same 14 people.
    expect(built.get('csv/persons.csv')!.toString('utf8').split('\r\n').length - 2).toBe(14 + 11);
  });
});
