import { hash } from 'node:crypto';
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { fileLanguage, sectionSlug, type RawPage } from '@profiles/io';
import { ProfileError, type Profile, type Provenance } from '@profiles/model';
import { assembleProfile, type PageFacts } from './assemble.js';
import type { Block } from './blocks.js';
import { decodePage, looksBinary } from './decode.js';
import { findFrame, type PageFrame } from './frame.js';
import { htmlToBlocks, readHtmlPage, type HtmlHead } from './html-blocks.js';
import { startPage } from './page-cache.js';
import { textToBlocks } from './text-blocks.js';
import { repairProfile } from './repair.js';
import { provenanceOf, walkContent } from './walk.js';
import { WarningLog } from './warnings.js';
import { countryNameForms, listedCountryCode } from './country-names.js';
import { detectLanguage, LEXICONS, pageLexicon, setPageLanguage } from './lexicon/index.js';

// Country names in every lexicon's language, to check the breadcrumb against the folder's code.
const requireJson = createRequire(import.meta.url);
for (const locale of new Set(LEXICONS.map((l) => l.countryLocale))) countries.registerLocale(requireJson(`i18n-iso-countries/langs/${locale}.json`));

const alpha2Codes = new Map<string, string | undefined>();

/**
 * The ISO code of a country name, as i18n-iso-countries finds it (which takes a while): in the
 * page's language first, then in every other lexicon's ("Казахстан", "Kazakhstan"); then the
 * names the lexicons list that the library lacks ("Кыргызстан", "Kyrgyz Republic").
 */
function alpha2Code(name: string): string | undefined {
  const key = `${pageLexicon().countryLocale}:${name}`;
  if (!alpha2Codes.has(key)) {
    if (alpha2Codes.size >= 1000) alpha2Codes.clear();
    const locales = [pageLexicon().countryLocale, ...LEXICONS.map((l) => l.countryLocale)];
    // As the library names it, else a lexicon's other name ("Кыргызстан"), else the short name of a long form ("Республика Беларусь").
    const code =
      locales.map((locale) => countries.getAlpha2Code(name, locale)).find((c) => c !== undefined) ??
      listedCountryCode(name)?.toUpperCase() ??
      countryNameForms(name).slice(1).flatMap((form) => locales.map((locale) => countries.getAlpha2Code(form, locale))).find((c) => c !== undefined);
    // A copy of the key: the name can be a slice of the page's whole text, which must not stay alive.
    alpha2Codes.set(structuredClone(key), code);
  }
  return alpha2Codes.get(key);
}

/**
 * The page's language: its file name's (`executive-branch.ru.txt`), else the sidecar's
 * `language`, else the script most of its letters are in.
 */
export function pageLanguage(file: string, metaLanguage: string | null | undefined, blocks: readonly Block[]): string {
  return fileLanguage(file) ?? metaLanguage ?? detectLanguage(blocks.map((b) => b.text).join('\n'));
}

/**
 * The most records (persons, bodies, posts, events, tasks, figures, groups, materials, notes) one
 * page may give. A profile page gives about a hundred; a page past this is refused like a page past
 * the size limit, because the exporters' cost grows with the records and a build must stay within a
 * minute and 1 GB (issue 13): 25,000 records build in about 10 s and 500 MB on a 2-core machine.
 */
export const MAX_RECORDS_PER_PAGE = 25_000;

const RECORD_KINDS = ['persons', 'organizations', 'memberships', 'events', 'tasks', 'statistics', 'groups', 'materials', 'notes'] as const;

/** How many records a profile holds, of every kind. */
export function recordCount(profile: Pick<Profile, (typeof RECORD_KINDS)[number]>): number {
  return RECORD_KINDS.reduce((sum, kind) => sum + profile[kind].length, 0);
}

/** What `ingestPage` needs of a page: its bytes and where it sits (`raw/<country>/<section>.<ext>`). */
export type PageInput = Pick<RawPage, 'file' | 'country' | 'section' | 'format' | 'bytes' | 'meta'>;

/** The bounds `ingestPage` holds a page to; tests lower them to reach the refusal with a small page. */
export interface IngestLimits {
  /** The most records a page may give (default `MAX_RECORDS_PER_PAGE`). */
  maxRecords: number;
}

/** Turns a page's text into blocks, by its form. */
export function pageBlocks(text: string, format: 'html' | 'text', baseUrl: string | null): Block[] {
  return format === 'html' ? htmlToBlocks(text, baseUrl) : textToBlocks(text);
}

/** A page's blocks and what an HTML page's head says. */
function readPage(text: string, format: 'html' | 'text', baseUrl: string | null): { blocks: Block[]; head: HtmlHead } {
  if (format === 'html') {
    const { blocks, ...head } = readHtmlPage(text, baseUrl);
    return { blocks, head };
  }
  return { blocks: textToBlocks(text), head: { title: null, imageAlts: [] } };
}

/** "executive-branch" → "Executive branch", for a page whose title line was not found. */
function sectionFromSlug(slug: string): string {
  const words = slug.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Where a page-level warning points: the section title, else the page's first block. */
function pageProvenance(file: string, blocks: readonly Block[], frame: PageFrame): Provenance {
  const block = frame.title ?? blocks.find((b) => b.kind !== 'break')!;
  return provenanceOf(block, file);
}

/**
 * Ingests one profile page (HTML in any declared charset, or a text dump) into a validated
 * profile. Throws a `ProfileError` naming the file (and line where it can) only when the bytes
 * are not a profile page at all: empty, binary, undecodable, no breadcrumb and no section title
 * anywhere, about another country than its folder's, or giving more than `MAX_RECORDS_PER_PAGE`
 * records. Whatever else a rule cannot read on a
 * page of the template is a warning kept in `profile.issues`.
 *
 * @example ingestPage({ file: 'raw/kz/executive-branch.txt', country: 'kz', section: 'executive-branch', format: 'text', bytes, meta: null })
 */
export function ingestPage(page: PageInput, limits: IngestLimits = { maxRecords: MAX_RECORDS_PER_PAGE }): Profile {
  try {
    return ingestOnePage(page, limits);
  } finally {
    // The rules outside a page read as English pages do.
    setPageLanguage('en');
  }
}

function ingestOnePage(page: PageInput, limits: IngestLimits): Profile {
  const { file } = page;
  startPage();
  if (page.bytes.length === 0) throw new ProfileError(file, 'page is empty');
  if (looksBinary(page.bytes)) throw new ProfileError(file, 'not a text page: the file holds binary data');
  if (!countries.isValid(page.country)) throw new ProfileError(file, `"${page.country}" is not an ISO 3166-1 alpha-2 country code`);
  let decoded;
  try {
    decoded = decodePage(page.bytes, page.format, page.meta?.encoding);
  } catch (error) {
    throw new ProfileError(file, (error as Error).message);
  }
  const { blocks, head } = readPage(decoded.text, page.format, page.meta?.url ?? null);
  if (!blocks.some((b) => b.kind !== 'break')) throw new ProfileError(file, 'page has no text');
  const language = pageLanguage(file, page.meta?.language, blocks);
  setPageLanguage(language);
  const slug = sectionSlug(page.section);
  const frame = findFrame(blocks, head, slug);
  if (!frame.countryName && !frame.title) {
    throw new ProfileError(file, 'not a country profile: no "Country profile / <country> /" breadcrumb and no section title found', blocks.find((b) => b.kind !== 'break')?.line);
  }
  const warnings = new WarningLog(page.country);
  const here = pageProvenance(file, blocks, frame);
  const englishName = countries.getName(page.country, 'en') ?? page.country.toUpperCase();
  // A page in another language names the country in its own words: the dataset keeps one name per country.
  const countryName = (pageLexicon().language === 'en' ? frame.countryName : null) ?? englishName;
  const crumbCountry = frame.countryName ?? countryName;
  if (!frame.countryName) warnings.add('no-breadcrumb', `the page has no "Country profile / <country> /" breadcrumb: the country is taken from its folder (${page.country})`, here);
  const named = alpha2Code(crumbCountry);
  if (named && named.toLowerCase() !== page.country) {
    throw new ProfileError(file, `the page is about ${crumbCountry} (${named.toLowerCase()}) but sits in raw/${page.country}/`, blocks.find((b) => b.text.includes(crumbCountry))?.line);
  }
  if (frame.countryName && !named) warnings.add('unknown-country-name', `the breadcrumb's country "${frame.countryName}" is not a country name this ingest knows: it was not checked against the folder (${page.country})`, here);
  const publisher = frame.publisher ?? page.meta?.publisher ?? null;
  if (!publisher) warnings.add('no-publisher', 'the page has no masthead and no sidecar names its publisher: add "publisher" to the .meta.json sidecar', here);
  const section = frame.title?.text ?? frame.sectionName ?? sectionFromSlug(slug);
  // A breadcrumb that names the section ("Профиль страны / Кыргызстан / Исполнительная власть") is title enough.
  if (!frame.title && !frame.sectionName) warnings.add('no-section-title', `no section title found after the breadcrumb: the section is named "${section}"`, here);
  const facts: PageFacts = {
    file,
    country: { code: page.country, name: countryName },
    section,
    title: page.meta?.title ?? `Country profile / ${countryName} / ${section}`,
    publisher,
    url: page.meta?.url ?? null,
    language,
    retrieved: page.meta?.retrieved ?? null,
    format: page.format,
    encoding: decoded.encoding,
    sha256: hash('sha256', page.bytes, 'hex'),
  };
  const walk = walkContent(frame.content, file, warnings);
  const profile = assembleProfile(facts, frame, walk, warnings);
  const records = recordCount(profile);
  if (records > limits.maxRecords) {
    throw new ProfileError(file, `too many records for one page: ${records.toLocaleString('en-US')}, over the limit of ${limits.maxRecords.toLocaleString('en-US')} (a profile page gives about a hundred): split the page`);
  }
  if (!profile.persons.length && !profile.organizations.length) {
    warnings.add('no-records', 'no bodies and no persons found in the template\'s patterns', here);
  }
  return repairProfile(profile, warnings);
}
