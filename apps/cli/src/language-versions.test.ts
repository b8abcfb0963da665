// Issue 16: a country folder holding the seed and its Russian version (our own translation, so
// only ever in a temporary folder, never in the repository's raw/) builds with `profiles build`:
// two pages of one section, no page stem, source, ID or output file shared, and one person per
// person of the seed, the Russian spelling among the aliases.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from './run-in-process.js';
import { readTree, REPO, SEED, tempTree, type Run } from './test-helpers.js';

const RUSSIAN = fileURLToPath(new URL('fixtures/russian/kz-text/raw/kz/executive-branch.ru.txt', import.meta.url));
const SEED_META = join(REPO, 'raw/kz/executive-branch.meta.json');

type Row = Record<string, string>;
const rows = (out: string, table: string): Row[] => parse(readFileSync(join(out, 'csv', `${table}.csv`)), { columns: true }) as Row[];

/** Builds a temporary raw folder with `profiles build` (in this process: the test is about what it writes), the cache off. */
async function build(files: Record<string, string | Buffer>): Promise<{ run: Run; out: string }> {
  const root = tempTree(files);
  const run = await runInProcess(['build', '--raw', join(root, 'raw'), '--out', join(root, 'out'), '-q'], {}, { cwd: root });
  return { run, out: join(root, 'out') };
}

let both: { run: Run; out: string };
let englishOnly: { run: Run; out: string };

beforeAll(async () => {
  const seed = { 'raw/kz/executive-branch.txt': readFileSync(SEED), 'raw/kz/executive-branch.meta.json': readFileSync(SEED_META) };
  both = await build({ ...seed, 'raw/kz/executive-branch.ru.txt': readFileSync(RUSSIAN) });
  englishOnly = await build(seed);
}, 120_000);

describe('profiles build of the seed beside its Russian version', () => {
  it('should build both pages, each to its own files', () => {
    expect(both.run.status, both.run.stderr).toBe(0);
    const files = [...readTree(both.out).keys()];
    for (const stem of ['kz/executive-branch', 'kz/executive-branch.ru']) {
      expect(files).toEqual(expect.arrayContaining([`model/${stem}.json`, `jsonld/${stem}.jsonld`, `markdown/${stem}.md`]));
    }
    const sources = rows(both.out, 'sources');
    expect(sources.map((s) => `${s.file} ${s.language}`).sort()).toEqual(['raw/kz/executive-branch.ru.txt ru', 'raw/kz/executive-branch.txt en']);
    expect(new Set(sources.map((s) => s.source_id)).size).toBe(2);
  });

  it("should write the English page's own files as an English-only build does", () => {
    const alone = readTree(englishOnly.out);
    const beside = readTree(both.out);
    for (const file of ['model/kz/executive-branch.json', 'jsonld/kz/executive-branch.jsonld', 'markdown/kz/executive-branch.md']) {
      expect(beside.get(file)?.equals(alone.get(file)!), file).toBe(true);
    }
  });

  it('should give each person of the seed once, with its English ID and name and the Russian spelling as an alias', () => {
    const english = rows(englishOnly.out, 'persons');
    const linked = rows(both.out, 'persons');
    expect(linked.map((p) => [p.id, p.name])).toEqual(english.map((p) => [p.id, p.name]));
    const withRussian = linked.filter((p) => /[А-Яа-яЁё]/.test(p.aliases!));
    // The Russian page names 13 of the seed's 14 persons (Kelimbetov only as a predecessor, which its reading misses).
    expect(withRussian.length).toBeGreaterThanOrEqual(13);
    expect(linked.find((p) => p.family_name === 'Masimov')!.aliases).toBe('Masimov Karim Kazhimkhanovich; Масимов Карим Кажимканович');
    // Every Russian post points at one of those persons.
    const ids = new Set(linked.map((p) => p.id));
    for (const m of rows(both.out, 'memberships')) expect(ids.has(m.person_id!), m.id).toBe(true);
  });
});
