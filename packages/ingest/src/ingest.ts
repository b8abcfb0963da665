import { hash } from 'node:crypto';
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import type { RawPage } from '@profiles/io';
import { ProfileError, validateProfile, type Profile } from '@profiles/model';
import { assembleProfile, type PageFacts } from './assemble.js';
import type { Block } from './blocks.js';
import { decodePage, looksBinary } from './decode.js';
import { findFrame } from './frame.js';
import { htmlToBlocks } from './html-blocks.js';
import { startPage } from './page-cache.js';
import { textToBlocks } from './text-blocks.js';
import { walkContent } from './walk.js';

// Country names in English, to check the breadcrumb against the folder's code.
countries.registerLocale(createRequire(import.meta.url)('i18n-iso-countries/langs/en.json'));

const alpha2Codes = new Map<string, string | undefined>();

/** The ISO code of an English country name, as i18n-iso-countries finds it (which takes a while). */
function alpha2Code(name: string): string | undefined {
  if (!alpha2Codes.has(name)) {
    if (alpha2Codes.size >= 1000) alpha2Codes.clear();
    // A copy of the key: the name can be a slice of the page's whole text, which must not stay alive.
    alpha2Codes.set(structuredClone(name), countries.getAlpha2Code(name, 'en'));
  }
  return alpha2Codes.get(name);
}

/** What `ingestPage` needs of a page: its bytes and where it sits (`raw/<country>/<section>.<ext>`). */
export type PageInput = Pick<RawPage, 'file' | 'country' | 'section' | 'format' | 'bytes' | 'meta'>;

/** Turns a page's text into blocks, by its form. */
export function pageBlocks(text: string, format: 'html' | 'text', baseUrl: string | null): Block[] {
  return format === 'html' ? htmlToBlocks(text, baseUrl) : textToBlocks(text);
}

/** "executive-branch" → "Executive branch", for a page whose title line was not found. */
function sectionFromSlug(slug: string): string {
  const words = slug.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Ingests one profile page (HTML in any declared charset, or a text dump) into a validated
 * profile. Throws a `ProfileError` naming the file (and line where it can) when the bytes are not
 * a page, the page is not a profile in the template, or a record fails validation.
 *
 * @example ingestPage({ file: 'raw/kz/executive-branch.txt', country: 'kz', section: 'executive-branch', format: 'text', bytes, meta: null })
 */
export function ingestPage(page: PageInput): Profile {
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
  const blocks = pageBlocks(decoded.text, page.format, page.meta?.url ?? null);
  if (!blocks.some((b) => b.kind !== 'break')) throw new ProfileError(file, 'page has no text');
  const frame = findFrame(blocks);
  if (!frame.countryName) {
    throw new ProfileError(file, 'not a country profile: no "Country profile / <country> /" breadcrumb found', blocks[0]?.line);
  }
  const named = alpha2Code(frame.countryName);
  if (named && named.toLowerCase() !== page.country) {
    throw new ProfileError(file, `the page is about ${frame.countryName} (${named.toLowerCase()}) but sits in raw/${page.country}/`, blocks.find((b) => b.text.includes(frame.countryName!))?.line);
  }
  const publisher = frame.publisher ?? page.meta?.publisher;
  if (!publisher) throw new ProfileError(file, 'publisher unknown: the page has no masthead; add "publisher" to the .meta.json sidecar');
  const section = frame.title?.text ?? sectionFromSlug(page.section);
  const facts: PageFacts = {
    file,
    country: { code: page.country, name: frame.countryName },
    section,
    title: page.meta?.title ?? `Country profile / ${frame.countryName} / ${section}`,
    publisher,
    url: page.meta?.url ?? null,
    language: page.meta?.language ?? 'en',
    retrieved: page.meta?.retrieved ?? null,
    format: page.format,
    encoding: decoded.encoding,
    sha256: hash('sha256', page.bytes, 'hex'),
  };
  const walk = walkContent(frame.content, file);
  const profile = assembleProfile(facts, frame, walk);
  if (!profile.persons.length && !profile.organizations.length) {
    throw new ProfileError(file, 'no profile content found: no bodies and no persons in the template\'s patterns', frame.title?.line);
  }
  const result = validateProfile(profile, file);
  if (!result.ok) throw result.problems[0]!;
  return result.profile;
}
