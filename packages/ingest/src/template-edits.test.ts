// Template-preserving edits (issue 12): a page edited the way the publisher's template varies —
// chrome reordered or added, heading levels changed, masthead removed, a sentence repeated, dates
// written the other way, CRLF line ends, a cabinet's "Name – Post" lines as an HTML table — is the
// same page to an analyst. It must still build, and keep every fact it had before the edit.
//
// A fact is compared by its fingerprint: person keys (family|given|patronymic), memberships (person
// family name, role, organization name), events (kind, date, vote share), task texts, statistics
// (value and subject) and materials (kind, date). An edited page may gain facts, never lose one.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { Profile } from '@profiles/model';
import { decodePage } from './decode.js';
import { ingestPage } from './ingest.js';
import { pageInput, SEED_PATH } from './fixtures/index.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const CORPUS = '../../../apps/cli/src/fixtures/corpus/';
const VARIANTS = '../../../apps/cli/src/fixtures/variants/';

interface BasePage {
  name: string;
  country: string;
  format: 'html' | 'text';
  /** The encoding the page's bytes are in, kept when an edited page is written back. */
  encoding: 'utf-8' | 'windows-1251';
  path: string;
}

/** The acceptance variants (apps/cli/src/fixtures/variants/<name>/raw/<cc>/<section>.<ext>): more of the template's variety. */
function variantPages(): BasePage[] {
  const root = here(VARIANTS);
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .sort()
    .flatMap((name) => {
      const raw = join(root, name, 'raw');
      if (!existsSync(raw)) return [];
      return readdirSync(raw).flatMap((country) =>
        readdirSync(join(raw, country))
          .filter((file) => /\.(html?|txt)$/.test(file))
          .map((file): BasePage => {
            const path = join(raw, country, file);
            const format = file.endsWith('.txt') ? 'text' : 'html';
            // The encoding the ingest reads the bytes in (a declaration, else UTF-8, else windows-1251).
            const encoding = decodePage(readFileSync(path), format).encoding === 'utf-8' ? 'utf-8' : 'windows-1251';
            return { name: `variant ${name}`, country, format, encoding, path };
          }),
      );
    });
}

const PAGES: BasePage[] = [
  { name: 'the seed (text)', country: 'kz', format: 'text', encoding: 'utf-8', path: SEED_PATH },
  { name: 'xx-other-country.txt', country: 'tj', format: 'text', encoding: 'utf-8', path: here('fixtures/xx-other-country.txt') },
  { name: 'xx-other-country.html', country: 'tj', format: 'html', encoding: 'utf-8', path: here('fixtures/xx-other-country.html') },
  { name: 'corpus kg-text', country: 'kg', format: 'text', encoding: 'utf-8', path: here(`${CORPUS}kg-text/raw/kg/executive-branch.txt`) },
  { name: 'corpus kz-html (windows-1251)', country: 'kz', format: 'html', encoding: 'windows-1251', path: here(`${CORPUS}kz-html/raw/kz/executive-branch.html`) },
  { name: 'corpus tj-html', country: 'tj', format: 'html', encoding: 'utf-8', path: here(`${CORPUS}tj-html/raw/tj/executive-branch.html`) },
];

/** The variants join the random combinations, not the one-by-one table nor the unedited builds, to keep the file fast. */
const VARIANT_PAGES = variantPages();
const ALL_PAGES = [...PAGES, ...VARIANT_PAGES];

/** A page as text, with the line end it uses. */
interface PageText {
  format: 'html' | 'text';
  text: string;
}

// ---------------------------------------------------------------------------------------------
// The edits. Each returns the edited text, or null when it does not apply to the page.

type EditFn = (page: PageText, pick: number) => string | null;

const MASTHEAD = 'Eurasian Home - analytical resource';
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** Splits on LF, remembering whether the page used CRLF, so edits keep the page's line ends. */
function lines(text: string): { list: string[]; join: (l: string[]) => string } {
  const crlf = text.includes('\r\n');
  return { list: text.split(/\r?\n/), join: (l) => l.join(crlf ? '\r\n' : '\n') };
}

/** The index of the breadcrumb line ("Country profile / X /"), or -1. */
function breadcrumbLine(list: string[]): number {
  return list.findIndex((l) => /Country profile\s*<\/a>\s*\/|^\s*Country profile \/ /.test(l));
}

const CHROME_TEXT = [
  ['Main page | Главная страница'],
  ['expert forum', 'hot topics', 'country profile', 'our authors'],
  ['Русская версия'],
];
const CHROME_HTML = [
  '<div class="lang"><a href="/xml/t/default.xml?lang=en">Main page</a> | <a href="/xml/t/default.xml?lang=ru">Главная страница</a></div>',
  '<ul class="menu"><li><a href="/xml/t/expert.xml?lang=en">expert forum</a></li><li><a href="/xml/t/hot.xml?lang=en">hot topics</a></li><li><a href="/xml/t/authors.xml?lang=en">our authors</a></li></ul>',
  '<div id="banner"><img src="/img/banner.gif" alt="" /></div>',
];

const EDITS: Record<string, EditFn> = {
  /** Site chrome (a language bar, a menu) added before the breadcrumb, or right after it. */
  'chrome added': ({ format, text }, pick) => {
    const { list, join } = lines(text);
    const at = breadcrumbLine(list);
    if (at < 0) return null;
    const where = pick % 2 === 0 ? at : at + 1;
    const block = format === 'html' ? [CHROME_HTML[pick % CHROME_HTML.length]!] : ['', ...CHROME_TEXT[pick % CHROME_TEXT.length]!, ''];
    list.splice(where, 0, ...block);
    return join(list);
  },

  /** The chrome lines before the breadcrumb in another order (the masthead above the menu, say). */
  'chrome reordered': ({ text }, pick) => {
    const { list, join } = lines(text);
    const at = breadcrumbLine(list);
    if (at < 1) return null;
    const before = list.slice(0, at).filter((l) => l.trim() && !/^<(!DOCTYPE|html|head|\/head|meta|title|link|script|body|\/?table|tr|\/tr|td|\/td)\b/i.test(l.trim()));
    if (before.length < 2) return null;
    const indexes = list.slice(0, at).map((l, i) => (before.includes(l) ? i : -1)).filter((i) => i >= 0);
    // Rotate the chrome lines among their own places.
    const rotated = indexes.map((_, k) => list[indexes[(k + 1 + (pick % (indexes.length - 1))) % indexes.length]!]!);
    indexes.forEach((i, k) => (list[i] = rotated[k]!));
    return join(list);
  },

  /** The masthead gone: no masthead line, no logo, no site name in <title>. */
  'masthead removed': ({ format, text }) => {
    if (!text.includes(MASTHEAD)) return null;
    if (format === 'text') {
      const { list, join } = lines(text);
      return join(list.filter((l) => l.trim() !== MASTHEAD));
    }
    return text
      .replace(/<div id="logo">.*?<\/div>/g, '')
      .replace(/<div class="logo">.*?<\/div>/g, '')
      .replace(/(<title>)\s*Eurasian Home[^:<]*::\s*/, '$1')
      .replace(/(<title>)\s*Eurasian Home - /, '$1');
  },

  /** Every body heading one level another way: h2 → h3 → h4 → <p><strong> → h2 (not h1, not the materials box). */
  'heading levels changed': ({ format, text }, pick) => {
    if (format !== 'html') return null;
    const levels = ['h2', 'h3', 'h4', 'strong'];
    const shift = 1 + (pick % 3);
    const to = (level: string) => levels[(levels.indexOf(level) + shift) % levels.length]!;
    const wrap = (level: string, inner: string) => (level === 'strong' ? `<p><strong>${inner}</strong></p>` : `<${level}>${inner}</${level}>`);
    let changed = 0;
    const out = text.replace(/<p>\s*<strong>([^<]*)<\/strong>\s*<\/p>|<(h[234])(?:\s[^>]*)?>([^<]*)<\/\2>/g, (whole, strong: string | undefined, level: string | undefined, inner: string | undefined) => {
      const content = strong ?? inner ?? '';
      if (/Матераилы/.test(content)) return whole;
      changed += 1;
      return wrap(to(strong !== undefined ? 'strong' : level!), content);
    });
    return changed ? out : null;
  },

  /** A sentence with a date (an election, a referendum, an appointment) said again later, as its own paragraph. */
  'sentence repeated': ({ format, text }, pick) => {
    const plain = format === 'html' ? [...text.matchAll(/<p>([^<]*\d{4}[^<]*)<\/p>/g)].map((m) => m[1]!) : text.split(/\r?\n/).filter((l) => /\d{4}/.test(l) && l.length > 40);
    const sentences = plain.flatMap((p) => p.split(/(?<=\.)\s+(?=[A-Z])/)).filter((s) => /\b\d{4}\b/.test(s) && s.length > 30 && !/^\s*(Topic|Opinion|Expert forum)/.test(s));
    if (!sentences.length) return null;
    const sentence = sentences[pick % sentences.length]!.trim();
    const { list, join } = lines(text);
    const materials = list.findIndex((l) => /Матераилы/.test(l));
    if (materials < 0) return null;
    // Before the materials box, as a last paragraph of the analysis.
    const at = format === 'html' ? list.findLastIndex((l, i) => i < materials && /<\/p>\s*$/.test(l)) + 1 : materials;
    list.splice(at, 0, ...(format === 'html' ? [`<p>${sentence}</p>`] : [sentence, '']));
    return join(list);
  },

  /** Dates written the other way: "April 29, 1995" ↔ "29 April 1995" (materials' dd.mm.yyyy untouched). */
  'dates reformatted': ({ text }) => {
    const date = new RegExp(`\\b(?:(${MONTHS}) (\\d{1,2}), (\\d{4})|(\\d{1,2}) (${MONTHS}) (\\d{4}))\\b`, 'g');
    const out = text.replace(date, (_whole, m1?: string, d1?: string, y1?: string, d2?: string, m2?: string, y2?: string) => (m1 ? `${d1} ${m1} ${y1}` : `${m2} ${d2}, ${y2}`));
    return out === text ? null : out;
  },

  /** CRLF line ends (or LF, for a page that had CRLF). */
  'line ends switched': ({ text }) => (text.includes('\r\n') ? text.replace(/\r\n/g, '\n') : text.replace(/\n/g, '\r\n')),

  /** The cabinet's "Name – Post" paragraphs as a <table> of Name | Post rows (Post | Name when `pick` is odd). */
  'cabinet as a table': ({ format, text }, pick) => {
    if (format !== 'html') return null;
    const { list, join } = lines(text);
    // A paragraph of plain text split at its first dash with a space on at least one side; the post names a minister.
    const split = (line: string): [string, string] | null => {
      const p = /^\s*<p>([^<]+)<\/p>\s*$/.exec(line);
      const m = p && /^(.*?\S)(?:(?:\s|&nbsp;)*[-–—](?:\s|&nbsp;)+|(?:\s|&nbsp;)+[-–—](?:\s|&nbsp;)*)(.+)$/.exec(p[1]!);
      if (!m || !/Minister/.test(m[2]!) || /[.()]/.test(m[2]!)) return null;
      return [m[1]!.trim(), m[2]!.trim()];
    };
    const cabinet = { test: (line: string) => split(line) !== null };
    // The longest run of consecutive cabinet lines.
    let best: [number, number] = [0, 0];
    for (let i = 0; i < list.length; ) {
      let j = i;
      while (j < list.length && cabinet.test(list[j]!)) j += 1;
      if (j - i > best[1] - best[0]) best = [i, j];
      i = j > i ? j : i + 1;
    }
    if (best[1] - best[0] < 2) return null;
    const rows = list.slice(best[0], best[1]).map((l) => {
      const [name, post] = split(l)!;
      return pick % 2 === 0 ? `<tr><td>${name}</td><td>${post}</td></tr>` : `<tr><td>${post}</td><td>${name}</td></tr>`;
    });
    list.splice(best[0], best[1] - best[0], '<table class="cabinet">', ...rows, '</table>');
    return join(list);
  },
};

const EDIT_NAMES = Object.keys(EDITS);

// ---------------------------------------------------------------------------------------------
// Pages, builds and fingerprints

function readPage(page: BasePage): PageText {
  const bytes = readFileSync(page.path);
  return { format: page.format, text: page.encoding === 'utf-8' ? bytes.toString('utf8') : iconv.decode(bytes, page.encoding) };
}

/** A page's text as bytes in the page's own encoding. */
function encode(page: BasePage, text: string): Buffer {
  return page.encoding === 'utf-8' ? Buffer.from(text, 'utf8') : iconv.encode(text, page.encoding);
}

function build(page: BasePage, text: string): Profile {
  return ingestPage(pageInput(encode(page, text), page.country, page.format));
}

const fold = (s: string | null | undefined) => (s ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

/** The facts of a profile, each as one string. */
function fingerprint(profile: Profile): Set<string> {
  const persons = new Map(profile.persons.map((p) => [p.id, p]));
  const orgs = new Map(profile.organizations.map((o) => [o.id, o]));
  const facts = new Set<string>();
  for (const p of profile.persons) facts.add(`person: ${fold(p.familyName)}|${fold(p.givenName)}|${fold(p.patronymic)}`);
  for (const m of profile.memberships) {
    facts.add(`membership: ${fold(persons.get(m.personId)?.familyName)} | ${fold(m.role)} | ${fold(m.organizationId ? orgs.get(m.organizationId)?.name : null)}`);
  }
  for (const e of profile.events) facts.add(`event: ${e.kind} ${e.date} ${e.voteShare ?? ''}`);
  for (const t of profile.tasks) facts.add(`task: ${fold(t.text)}`);
  for (const s of profile.statistics) facts.add(`statistic: ${s.value} ${fold(s.subject)}`);
  for (const m of profile.materials) facts.add(`material: ${fold(m.kind)} ${m.date}`);
  return facts;
}

/** What an edited page lost, or the error it threw. */
function lost(page: BasePage, before: Set<string>, text: string): string[] {
  let profile: Profile;
  try {
    profile = build(page, text);
  } catch (error) {
    return [`the edited page did not build: ${(error as Error).message}`];
  }
  const after = fingerprint(profile);
  return [...before].filter((fact) => !after.has(fact)).sort();
}

const baseFacts = new Map<string, Set<string>>();

/** The unedited page's facts (built once); a page that does not build fails every test of its own. */
function factsBefore(page: BasePage): Set<string> {
  let facts = baseFacts.get(page.name);
  if (!facts) {
    facts = fingerprint(build(page, readPage(page).text));
    baseFacts.set(page.name, facts);
  }
  return facts;
}

/** Applies edits in turn (each with its own pick); the names of those that applied. */
function applyEdits(page: BasePage, edits: Array<{ edit: string; pick: number }>): { text: string; applied: string[] } {
  let current = readPage(page);
  const applied: string[] = [];
  for (const { edit, pick } of edits) {
    const next = EDITS[edit]!(current, pick);
    if (next === null) continue;
    current = { ...current, text: next };
    applied.push(`${edit}#${pick}`);
  }
  return { text: current.text, applied };
}

// ---------------------------------------------------------------------------------------------

describe('the edits themselves', () => {
  it.each(ALL_PAGES.map((p) => [p.name, p] as const))('should read %s and write it back byte for byte', (_name, page) => {
    expect(encode(page, readPage(page).text).equals(readFileSync(page.path))).toBe(true);
  });

  it.each(PAGES.map((p) => [p.name, p] as const))('should change %s with most edits, and never drop its text', (_name, page) => {
    const original = readPage(page);
    const applied = EDIT_NAMES.filter((name) => {
      const out = EDITS[name]!(original, 0);
      if (out === null) return false;
      expect(out).not.toBe(original.text);
      return true;
    });
    // Every page has chrome, dates and a materials box; HTML pages also have headings and a cabinet.
    expect(applied.length).toBeGreaterThanOrEqual(page.format === 'html' ? 7 : 5);
  });

  it('should turn cabinet lines into table rows, in either column order', () => {
    const page: PageText = { format: 'html', text: '<p>Intro</p>\n<p>Masimov Karim - Prime Minister of the Republic</p>\n<p>Tazhin Marat – Foreign Minister</p>\n<p>Official Sites</p>' };
    expect(EDITS['cabinet as a table']!(page, 0)).toBe('<p>Intro</p>\n<table class="cabinet">\n<tr><td>Masimov Karim</td><td>Prime Minister of the Republic</td></tr>\n<tr><td>Tazhin Marat</td><td>Foreign Minister</td></tr>\n</table>\n<p>Official Sites</p>');
    expect(EDITS['cabinet as a table']!(page, 1)).toContain('<tr><td>Foreign Minister</td><td>Tazhin Marat</td></tr>');
  });

  it('should write dates the other way both ways', () => {
    expect(EDITS['dates reformatted']!({ format: 'text', text: 'On April 29, 1995 and on 10 January 1999.' }, 0)).toBe('On 29 April 1995 and on January 10, 1999.');
  });

  it('should move heading levels without touching h1 or the materials box', () => {
    const out = EDITS['heading levels changed']!({ format: 'html', text: '<h1>Executive branch</h1>\n<h2 class="tab">Government</h2>\n<p><strong>Official Sites</strong></p>\n<h3>Матераилы портала по стране</h3>' }, 0)!;
    expect(out).toBe('<h1>Executive branch</h1>\n<h3>Government</h3>\n<h2>Official Sites</h2>\n<h3>Матераилы портала по стране</h3>');
  });
});

describe('template-preserving edits keep every fact', () => {
  // The variants' unedited builds are the acceptance tests' (apps/cli, which check every fact of
  // each): here a variant is built only when the random combinations draw it.
  it.each(PAGES.map((p) => [p.name, p] as const))('should build %s unedited', (_name, page) => {
    expect(factsBefore(page).size).toBeGreaterThan(10);
  });

  // One edit at a time, table-driven, so a failure names the page and the edit.
  const single = PAGES.flatMap((page) => EDIT_NAMES.map((edit) => [page.name, edit, page] as const));
  it.each(single)('should keep the facts of %s after "%s"', (_name, edit, page) => {
    const { text, applied } = applyEdits(page, [{ edit, pick: 0 }]);
    if (!applied.length) return; // the edit does not apply to this page (a text dump has no headings to shift)
    expect(lost(page, factsBefore(page), text)).toEqual([]);
  });

  it('should notice a lost fact (a control: an edit that is not template-preserving must fail the comparison)', () => {
    const page = PAGES[0]!;
    const { list, join } = lines(readPage(page).text);
    const withoutCabinet = join(list.filter((l) => !/[-–—]\s*(Deputy )?Prime Minister/.test(l)));
    const missing = lost(page, factsBefore(page), withoutCabinet);
    expect(missing.filter((f) => f.startsWith('membership:')).length).toBeGreaterThanOrEqual(3);
  });

  it('should keep every fact under random combinations of edits', () => {
    const edit = fc.record({ edit: fc.constantFrom(...EDIT_NAMES), pick: fc.nat({ max: 11 }) });
    fc.assert(
      fc.property(fc.constantFrom(...ALL_PAGES), fc.array(edit, { minLength: 2, maxLength: 5 }), (page, edits) => {
        const { text, applied } = applyEdits(page, edits);
        expect(lost(page, factsBefore(page), text), `${page.name} after ${applied.join(', ')}`).toEqual([]);
      }),
      { numRuns: 30, seed: 20261201 },
    );
  });
});
