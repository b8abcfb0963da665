// Acceptance of issue 16 so far: each Russian page (src/fixtures/russian/<name>) builds alone, in
// Russian, with no chrome and no wrong record, and holds at least the facts it held when this
// test was last raised (a floor, raised as the rules read more; the facts still missing are in
// `node apps/cli/scripts/acceptance-report.mjs --dir apps/cli/src/fixtures/russian --details`).
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPage, type BuiltPage } from './build-page.js';
import { checkPage, explainViolation, listAcceptancePages, loadExpected } from './expected.js';

const RUSSIAN = fileURLToPath(new URL('../fixtures/russian/', import.meta.url));

/**
 * The facts each page holds today (a fact lost is a failure; a fact gained raises the floor), and
 * whether its persons check holds (false: run as an expected failure, so a fix shows).
 */
const FLOOR: Record<string, { facts: number; persons: boolean }> = {
  'az-2013-ru-html': { facts: 39, persons: true },
  'am-2006-ru-html': { facts: 38, persons: true },
  'by-2011-ru-text': { facts: 38, persons: true },
  'ge-2014-ru-html': { facts: 35, persons: true },
  'kg-2009-ru-text': { facts: 37, persons: true },
  'ru-2012-ru-text': { facts: 38, persons: true },
  'ua-2010-ru-html': { facts: 39, persons: true },
  'uz-2008-ru-text': { facts: 39, persons: true },
  'md-2017-ru-text': { facts: 40, persons: true },
  'tj-2014-ru-html': { facts: 40, persons: true },
  'tm-2007-ru-html': { facts: 40, persons: false },
  'am-2013-ru-html': { facts: 40, persons: false },
  'az-2019-ru-text': { facts: 39, persons: false },
  'kg-2012-ru-html': { facts: 39, persons: true },
  'lt-2009-ru-text': { facts: 40, persons: true },
  'by-2006-ru-html1251': { facts: 40, persons: true },
  'ge-2008-ru-text': { facts: 40, persons: true },
  'lv-2011-ru-html': { facts: 40, persons: true },
  'uz-2017-ru-text': { facts: 39, persons: true },
  'ee-2007-ru-text': { facts: 39, persons: false },
  'md-2010-ru-html': { facts: 38, persons: true },
  'ru-2001-ru-text': { facts: 39, persons: false },
  'tj-2007-ru-html': { facts: 40, persons: true },
  'az-2008-ru-html': { facts: 42, persons: true },
  'by-2020-ru-text': { facts: 39, persons: true },
  'ge-2018-ru-html1251': { facts: 43, persons: true },
  'kg-2021-ru-html1251': { facts: 37, persons: true },
  'kz-2011-ru-text': { facts: 41, persons: true },
  'lt-2019-ru-html1251': { facts: 40, persons: true },
  'md-2020-ru-text': { facts: 40, persons: false },
  'ru-2018-ru-html': { facts: 43, persons: true },
  'tj-2020-ru-text': { facts: 38, persons: true },
  'am-2008-ru-text': { facts: 41, persons: true },
  'ge-2004-ru-html1251': { facts: 40, persons: false },
  'kz-2005-ru-html': { facts: 43, persons: true },
  'ru-2004-ru-text': { facts: 41, persons: false },
  'by-2001-ru-text': { facts: 41, persons: true },
  'kg-2005-ru-text': { facts: 37, persons: true },
  'ua-2014-ru-html1251': { facts: 41, persons: false },
  'uz-2015-ru-html': { facts: 40, persons: false },
  'tm-2017-ru-text': { facts: 38, persons: true },
  'ua-2019-ru-html': { facts: 44, persons: false },
  'uz-2021-ru-text': { facts: 39, persons: false },
  // Held-out round ru-20, measured once (117/180) before they became fixtures: floors at that run.
  'am-2010-ru-text': { facts: 43, persons: false },
  'kz-2016-ru-html': { facts: 41, persons: false },
  'lv-2019-ru-html1251': { facts: 42, persons: false },
  'tj-2010-ru-text': { facts: 38, persons: false },
  // Held-out round ru-21, measured once (143/196) on every rule of the 2026-12-06 session before they became fixtures: floors at that run.
  'by-2010-ru-html1251': { facts: 44, persons: false },
  'ge-2012-ru-text': { facts: 46, persons: true },
  'kg-2014-ru-html': { facts: 48, persons: true },
  'uz-2012-ru-text': { facts: 44, persons: false },
  // Held-out round ru-22, measured once (144/204) on every rule of the second 2026-12-06 session before they became fixtures: floors at that run.
  'am-2015-ru-text': { facts: 47, persons: true },
  'mn-2013-ru-html': { facts: 49, persons: true },
  'tm-2022-ru-text': { facts: 44, persons: true },
  'ua-2007-ru-html1251': { facts: 47, persons: true },
  // Held-out round ru-23, measured once (147/197) on every rule of the third 2026-12-06 session before they became fixtures: floors at that run.
  'ge-2021-ru-html1251': { facts: 48, persons: false },
  'lt-2014-ru-text': { facts: 50, persons: true },
  'mn-2017-ru-text': { facts: 45, persons: false },
  'ru-2010-ru-html': { facts: 50, persons: false },
  // Held-out round ru-24, measured once (149/217) on every rule of the fourth 2026-12-06 session before they became fixtures: floors at that run.
  'kg-2000-ru-text': { facts: 44, persons: false },
  'lv-2007-ru-text': { facts: 44, persons: false },
  'md-2022-ru-html': { facts: 48, persons: false },
  'uz-2004-ru-html1251': { facts: 45, persons: false },
  'kz-text': { facts: 50, persons: true },
  // The 2003 election makes Ilham the President; an earlier President the prose names keeps the post as an ended row (posts have a history, h-members6; in English too since the third 2026-12-06 session), never a current one.
  'az-2003-ru-text': { facts: 40, persons: false },
  // «руководившего Канцелярией при Президенте К. Кальюлайд» gave her a current post titled «Президента», which met m.kaljulaid.predecessor by accident; a post in the prepositional is read no more.
  'ee-2021-ru-html': { facts: 42, persons: false },
  'kz-2019-ru-html1251': { facts: 40, persons: false },
  'ua-2004-ru-text': { facts: 44, persons: false },
  // Held-out round ru-16, at their first run (107/167): windows-1251 HTML, text, HTML, text.
  'kg-2010-ru-text': { facts: 40, persons: false },
  'lv-2015-ru-html': { facts: 38, persons: false },
  'ru-2008-ru-html1251': { facts: 40, persons: true },
  'tm-2012-ru-text': { facts: 42, persons: true },
  // Held-out round ru-17, at their first run (131/170): UTF-8 HTML, text, windows-1251 HTML, text.
  'am-2018-ru-html': { facts: 37, persons: false },
  'by-2015-ru-text': { facts: 41, persons: false },
  'kz-1999-ru-html1251': { facts: 40, persons: true },
  'lt-2004-ru-text': { facts: 36, persons: false },
  // Held-out round ru-18, at their first run (146/171): text, UTF-8 HTML, windows-1251 HTML, text.
  'am-2021-ru-text': { facts: 41, persons: false },
  'ee-2016-ru-html': { facts: 43, persons: true },
  'kz-2022-ru-html1251': { facts: 40, persons: true },
  'ua-2000-ru-text': { facts: 43, persons: true },
  // Held-out round ru-19, at their first run (111/180): windows-1251 HTML, text, UTF-8 HTML, text.
  'az-2016-ru-html1251': { facts: 43, persons: false },
  'kg-2017-ru-text': { facts: 40, persons: false },
  'md-2014-ru-html': { facts: 42, persons: false },
  'ru-2020-ru-text': { facts: 42, persons: false },
};

const PAGES = listAcceptancePages(RUSSIAN, ['.']).map((page) => ({ ...page, spec: loadExpected(page.expected) }));

it('should have a floor for every Russian page, the Russian version of the seed among them', () => {
  expect(PAGES.map((p) => p.name).sort()).toEqual(Object.keys(FLOOR).sort());
});

for (const page of PAGES) {
  describe(`russian/${page.name}`, () => {
    let built: BuiltPage;
    beforeAll(async () => {
      built = await buildPage(page.raw);
    });
    // The page's check, made once for the facts and the never/wrong tests (each check walks every table).
    let checked: ReturnType<typeof checkPage> | undefined;
    const result = () => (checked ??= checkPage(built.tables, page.spec));

    it('should build alone, as a Russian page', () => {
      expect(built.error).toBeNull();
      expect(built.profiles.map((p) => p.source.language)).toEqual(['ru']);
      // The country is the folder's: raw/<country>/….
      expect(built.profiles[0]!.source.country.code).toBe(readdirSync(page.raw)[0]);
    });

    it(`should hold at least ${FLOOR[page.name]!.facts} of its facts`, () => {
      expect(result().facts.filter((f) => f.found).length).toBeGreaterThanOrEqual(FLOOR[page.name]!.facts);
    });

    it('should keep site chrome out of every record, and have no wrong record', () => {
      expect([...result().never, ...result().wrong].map(explainViolation)).toEqual([]);
    });

    (FLOOR[page.name]!.persons ? it : it.fails)('should give each named person once, and as many persons as the page names', () => {
      const result = checkPage(built.tables, { facts: {}, persons: page.spec.persons ?? {} });
      expect(result.persons.problems).toEqual([]);
    });
  });
}
