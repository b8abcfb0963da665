// Acceptance of issue 12: every corpus page (src/fixtures/corpus, copied from the shared corpus) and
// every variant page (src/fixtures/variants) builds with no sidecar, and its dataset holds each fact
// an analyst expects of it (expected.json), the persons exactly, no chrome and no wrong row.
// One test per fact, so a failure names the fact; the matching rules are in ./expected.ts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPage, type BuiltPage } from './build-page.js';
import { checkFact, checkNever, checkPersons, checkWrong, explainFact, explainViolation, listAcceptancePages, loadExpected, rawFiles } from './expected.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

// The table of pages and their expectations: read once, when the file is collected.
const PAGES = listAcceptancePages(FIXTURES).map((page) => ({ ...page, spec: loadExpected(page.expected) }));

/** What the ingest does not read yet on a variant, with why (known-gaps.json): each must still fail. */
type Gaps = Record<string, { why: string; facts: string[]; persons: boolean }>;
const { $comment: _comment, ...GAPS } = JSON.parse(readFileSync(new URL('../fixtures/variants/known-gaps.json', import.meta.url), 'utf8')) as Gaps & { $comment?: string };
const gapsOf = (group: string, name: string) => (group === 'variants' ? (GAPS as Gaps)[name] : undefined);

it('should list known gaps only for variants, and only facts their expected.json has', () => {
  for (const [name, gap] of Object.entries(GAPS as Gaps)) {
    const page = PAGES.find((p) => p.group === 'variants' && p.name === name);
    expect(page, name).toBeDefined();
    for (const fact of gap.facts) expect(Object.keys(page!.spec.facts), `${name}: ${fact}`).toContain(fact);
    expect(gap.why, name).not.toBe('');
  }
});

it('should have the three corpus pages and a dozen variants', () => {
  expect(PAGES.filter((p) => p.group === 'corpus').map((p) => p.name)).toEqual(['kg-text', 'kz-html', 'tj-html']);
  expect(PAGES.filter((p) => p.group === 'variants').length).toBeGreaterThanOrEqual(12);
});

for (const page of PAGES) {
  describe(`${page.group}/${page.name}`, () => {
    let built: BuiltPage;
    beforeAll(async () => {
      built = await buildPage(page.raw);
    });

    /** The page's tables, or a failure that says why there are none. */
    const tables = () => {
      if (built.error !== null) expect.fail(`the page did not build:\n${built.error}`);
      return built.tables;
    };

    it('should build with no sidecar', () => {
      expect(rawFiles(page.raw).filter((f) => f.endsWith('.meta.json'))).toEqual([]);
      expect(built.error).toBeNull();
    });

    const gaps = gapsOf(page.group, page.name);
    const known = new Set(gaps?.facts ?? []);
    it.each(Object.entries(page.spec.facts).filter(([key]) => !known.has(key)))('should hold the fact %s', (key, alternatives) => {
      const result = checkFact(tables(), key, alternatives);
      expect(result.found, explainFact(result)).toBe(true);
    });

    // A known gap (known-gaps.json) is expected to fail; once a change reads it, this fails: remove the entry.
    it.fails.each(Object.entries(page.spec.facts).filter(([key]) => known.has(key)))('does not read the fact %s yet (a known gap)', (key, alternatives) => {
      expect(checkFact(tables(), key, alternatives).found).toBe(true);
    });

    (gaps?.persons ? it.fails : it)(`should hold the persons exactly${gaps?.persons ? ' (a known gap)' : ''}`, () => {
      expect(checkPersons(tables(), page.spec.persons).problems).toEqual([]);
    });

    it('should keep site chrome out of every record', () => {
      expect(checkNever(tables(), page.spec.never).map(explainViolation)).toEqual([]);
    });

    it('should have no wrong record', () => {
      expect(checkWrong(tables(), page.spec.wrong).map(explainViolation)).toEqual([]);
    });
  });
}
