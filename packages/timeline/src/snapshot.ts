import { isValidPartialDate, ProfileError, type Profile } from '@profiles/model';
import { compareCodePoints } from './order.js';
import type { SnapshotInfo } from './schema.js';

/** `…/<country>/<section>/<YYYY-MM-DD>.<ext>`: one dated retrieval of a page. */
const DATED = /(?:^|\/)([a-z]{2})\/([^/]+)\/(\d{4}-\d{2}-\d{2})\.(?:html?|txt)$/i;
/** `…/<country>/<section>.<ext>`: the single-file layout. */
const SINGLE = /(?:^|\/)([a-z]{2})\/([^/]+)\.(?:html?|txt)$/i;

/**
 * The section a page's slug names: `executive-branch.ru` → `executive-branch` when the page is in
 * that language (its file name gives it, as the ingest reads it), so the two language versions of
 * a page are two pages (two keys, two series of snapshots) of one section.
 */
function sectionOf(slug: string, language: string): string {
  const suffix = `.${language.toLowerCase()}`;
  return slug.toLowerCase().endsWith(suffix) && slug.length > suffix.length ? slug.slice(0, -suffix.length) : slug;
}

/** "Executive branch" → "executive-branch", for a source whose file follows neither layout. */
function slugOf(section: string): string {
  return section.trim().toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || 'page';
}

/**
 * Which page a profile is a snapshot of and when it was taken. The date is, in this order:
 * the file's layout `raw/<country>/<section>/<YYYY-MM-DD>.(html|htm|txt)`; the sidecar's
 * `retrieved` (`source.retrieved`); the newest date the page mentions (`source.latestDate`);
 * else null. The page key is `<country>/<slug>`, the slug being the folder of a dated snapshot or
 * the file name of a single-file page (else the section title as a slug); the section is the slug
 * without the page's language (`executive-branch.ru` → `executive-branch`), and `language` the
 * page's (`source.language`).
 *
 * Throws a `ProfileError` for a dated file name that is not a real date (`2012-02-30.txt`).
 *
 * @example snapshotOf(profile) // { page: 'kz/executive-branch', date: '2012-03-05', dateFrom: 'path', … }
 */
export function snapshotOf(profile: Profile): SnapshotInfo {
  const { source } = profile;
  const country = source.country.code;
  const file = source.file.replace(/\\/g, '/');
  const base = { id: source.id, country, file, language: source.language };
  const dated = DATED.exec(file);
  if (dated && dated[1]!.toLowerCase() === country) {
    if (!isValidPartialDate(dated[3]!)) throw new ProfileError(source.file, `snapshot date ${dated[3]} in the file name is not a real date`);
    const slug = dated[2]!;
    return { ...base, page: `${country}/${slug}`, section: sectionOf(slug, source.language), date: dated[3]!, dateFrom: 'path' };
  }
  const single = SINGLE.exec(file);
  const slug = single && single[1]!.toLowerCase() === country ? single[2]! : slugOf(source.section);
  const page = `${country}/${slug}`;
  const section = sectionOf(slug, source.language);
  if (source.retrieved) return { ...base, page, section, date: source.retrieved, dateFrom: 'retrieved' };
  if (source.latestDate) return { ...base, page, section, date: source.latestDate, dateFrom: 'latestDate' };
  return { ...base, page, section, date: null, dateFrom: 'none' };
}

/** Orders snapshots oldest first (undated first), then by page and file, in code-point order. */
export function compareSnapshots(a: SnapshotInfo, b: SnapshotInfo): number {
  const da = a.date ?? '';
  const db = b.date ?? '';
  if (da !== db) return da < db ? -1 : 1;
  return compareCodePoints(a.page, b.page) || compareCodePoints(a.file, b.file);
}
