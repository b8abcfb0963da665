import type { BigIntStats } from 'node:fs';
import { lstat, readdir, readFile, readlink, stat } from 'node:fs/promises';
import { join } from 'node:path';
import countries from 'i18n-iso-countries';
import { PageMetaSchema, ProfileError, type PageMeta } from '@profiles/model';
import { fsReason } from './atomic-folder.js';
import { showPath } from './show.js';

/** A raw profile page as found on disk, before any parsing. */
export interface RawPage {
  /**
   * Where the page lives in a repository, `raw/<country>/<section>.<ext>` or, for a dated snapshot,
   * `raw/<country>/<section>/<YYYY-MM-DD>.<ext>`: used in provenance.
   */
  file: string;
  /** The path on this disk, for messages. */
  diskPath: string;
  /** ISO 3166-1 alpha-2 code from the folder name, lower case. */
  country: string;
  /** The section slug from the file name (or a snapshot's folder name): `executive-branch`. */
  section: string;
  format: 'html' | 'text';
  bytes: Buffer;
  meta: PageMeta | null;
}

const PAGE_EXTENSIONS: Record<string, 'html' | 'text'> = { '.html': 'html', '.htm': 'html', '.txt': 'text' };

/** `executive-branch.ru`: a section's name, a dot and a language tag the page is written in. */
const LANGUAGE_SUFFIX = /^(.+)\.([a-z]{2,3})$/;

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** True for an ISO 639 code that names a language ("ru", "kk"), not any two letters ("v2", "zz"). */
function isLanguageCode(code: string): boolean {
  try {
    return languageNames.of(code) !== undefined;
  } catch {
    return false;
  }
}

/**
 * The language a page's file name gives, `<section>.<lang>.<ext>` (`raw/kz/executive-branch.ru.txt`)
 * or, for a dated snapshot, `<section>.<lang>/<YYYY-MM-DD>.<ext>`; null when it gives none. Such a
 * page is a page of its own (`executive-branch.ru` beside `executive-branch`), of the same section.
 *
 * @example fileLanguage('raw/kz/executive-branch.ru.txt') // 'ru'
 */
export function fileLanguage(file: string): string | null {
  const parts = file.replace(/\\/g, '/').split('/');
  const name = parts[parts.length - 1]!;
  const base = name.slice(0, name.length - extensionOf(name).length);
  const page = SNAPSHOT_NAME.test(name) && parts.length >= 2 ? parts[parts.length - 2]! : base;
  const match = LANGUAGE_SUFFIX.exec(page);
  return match && isLanguageCode(match[2]!) ? match[2]! : null;
}

/** `executive-branch.ru` → `executive-branch`: the section a page's slug names, without its language. */
export function sectionSlug(slug: string): string {
  const match = LANGUAGE_SUFFIX.exec(slug);
  return match && isLanguageCode(match[2]!) ? match[1]! : slug;
}

/** Refuse pages past this size with a clear message instead of parsing them: profile pages are ~100 KB. */
export const MAX_PAGE_BYTES = 8 * 1024 * 1024;

/** The fields a sidecar may have, in the order the README lists them. */
const SIDECAR_FIELDS = Object.keys(PageMetaSchema.shape);

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}

/** A sidecar's problems in plain words, all of them in one line. */
function sidecarProblems(json: unknown): string[] {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return ['sidecar must be a JSON object ({"publisher": …})'];
  const parsed = PageMetaSchema.safeParse(json);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) problems.push(`sidecar field \`${showPath(key)}\` is not known; known fields: ${SIDECAR_FIELDS.join(', ')}`);
      } else {
        problems.push(`sidecar field \`${issue.path.join('.') || '(root)'}\`: ${issue.message}`);
      }
    }
  }
  const url = (json as { url?: unknown }).url;
  if (typeof url === 'string') {
    let protocol = '';
    try {
      protocol = new URL(url).protocol;
    } catch {
      // reported by the schema
    }
    if (protocol && protocol !== 'http:' && protocol !== 'https:') problems.push(`sidecar field \`url\` must be an http: or https: address, not ${showPath(protocol)}`);
  }
  return problems;
}

/**
 * Reads and checks a page's `.meta.json` sidecar: null when there is none; a `ProfileError` naming
 * `file` when it cannot be read, is not UTF-8 or JSON, has an unknown field or a bad value.
 */
export async function readSidecar(diskPath: string, file: string): Promise<PageMeta | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(diskPath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new ProfileError(file, `sidecar cannot be read (${fsReason(error)})`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ProfileError(file, 'sidecar is not UTF-8 text (save it as UTF-8: JSON is always UTF-8)');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ProfileError(file, `sidecar is not valid JSON (${showPath((error as Error).message)})`);
  }
  const problems = sidecarProblems(json);
  if (problems.length) throw new ProfileError(file, problems.join('; '));
  return PageMetaSchema.parse(json);
}

/** A raw page found on disk, not read yet: enough to order pages and name them in messages. */
export type RawPageEntry = Omit<RawPage, 'bytes' | 'meta'>;

/** What a look through a raw folder found: the pages, every problem, and what was skipped with a warning. */
export interface RawFolderScan {
  entries: RawPageEntry[];
  /** One per problem: a bad folder name, a page out of place or over the size limit, a broken link. */
  problems: ProfileError[];
  /** Things skipped on purpose, one line each: an editor's lock file, a hidden folder. */
  warnings: string[];
}

/** Why `stat` failed on an entry, in words. */
async function brokenEntry(path: string, error: unknown): Promise<string> {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return 'symbolic link loop: it points back to itself';
  if (code === 'ENOENT') {
    const to = await readlink(path).catch(() => null);
    return to === null ? 'vanished while being read' : `dangling symbolic link: it points to ${showPath(to)}, which does not exist`;
  }
  return fsReason(error);
}

/** The problem with a country folder's name, or null when it is a lower-case ISO 3166-1 alpha-2 code. */
function countryFolderProblem(name: string): string | null {
  if (/^[a-z]{2}$/.test(name)) return countries.isValid(name) ? null : `"${name}" is not an ISO 3166-1 alpha-2 country code`;
  if (/^[A-Za-z]{2}$/.test(name) && countries.isValid(name)) return `country folder must be in lower case: "${name.toLowerCase()}", not "${name}"`;
  if (/^[A-Za-z]{3}$/.test(name)) return `country folder must be a two-letter ISO 3166-1 alpha-2 code, like "kz", not the three-letter "${showPath(name)}"`;
  return 'country folder must be an ISO 3166-1 alpha-2 code in lower case, like "kz"';
}

/**
 * Looks through `rawDir` for profile pages, `<country>/<section>.(html|htm|txt)`, without reading
 * them, and collects every problem instead of stopping at the first: a bad country folder name, a
 * page outside a country folder, a page over the size limit, a dangling or looping symbolic link,
 * a folder named like a page. An editor's lock file (`.#page.html`) and hidden folders are skipped
 * with a warning; other files are ignored. Sorted by path.
 *
 * @throws ProfileError only when `rawDir` itself cannot be read
 */
export async function scanRawPages(rawDir: string): Promise<RawFolderScan> {
  const shownRaw = showPath(rawDir);
  let countryNames: string[];
  try {
    countryNames = (await readdir(rawDir)).sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ProfileError(shownRaw, 'raw folder not found');
    if (code === 'ENOTDIR') throw new ProfileError(shownRaw, 'raw folder is a file, not a folder');
    throw new ProfileError(shownRaw, `raw folder cannot be read (${fsReason(error)})`);
  }
  const scan: RawFolderScan = { entries: [], problems: [], warnings: [] };
  const problem = (path: string, reason: string) => scan.problems.push(new ProfileError(showPath(path), reason));
  for (const country of countryNames) {
    const countryDir = join(rawDir, country);
    if (country.startsWith('.#')) {
      scan.warnings.push(`${showPath(countryDir)}: skipped an editor's lock file`);
      continue;
    }
    let info;
    try {
      info = await stat(countryDir);
    } catch (error) {
      problem(countryDir, await brokenEntry(countryDir, error));
      continue;
    }
    if (!info.isDirectory()) {
      if (PAGE_EXTENSIONS[extensionOf(country)]) problem(countryDir, 'a page must sit in a country folder: raw/<country>/<section>.html');
      continue;
    }
    if (country.startsWith('.')) {
      scan.warnings.push(`${showPath(countryDir)}: skipped a hidden folder`);
      continue;
    }
    const bad = countryFolderProblem(country);
    if (bad) {
      problem(countryDir, bad);
      continue;
    }
    let names: string[];
    try {
      names = (await readdir(countryDir)).sort();
    } catch (error) {
      problem(countryDir, `folder cannot be read (${fsReason(error)})`);
      continue;
    }
    // Every entry's stat asked at once (a large folder is not one wait per page), used in order.
    const stats = new Map(names.map((name) => [name, quietly(stat(join(countryDir, name), { bigint: true }))]));
    for (const name of names) {
      const diskPath = join(countryDir, name);
      if (name.startsWith('.#')) {
        scan.warnings.push(`${showPath(diskPath)}: skipped an editor's lock file`);
        continue;
      }
      const format = PAGE_EXTENSIONS[extensionOf(name)];
      if (!format && !name.startsWith('.') && !name.endsWith('.json') && (await stats.get(name)!.then((s) => s.isDirectory(), () => false))) {
        // raw/<country>/<section>/<YYYY-MM-DD>.<ext>: dated snapshots of one page.
        await scanSnapshots(scan, country, name, diskPath, problem);
        continue;
      }
      if (!format) {
        // A sidecar or a note: a broken link among them is still worth saying.
        if (name.endsWith('.meta.json') && (await lstat(diskPath)).isSymbolicLink()) {
          await stat(diskPath).catch(async (error: unknown) => problem(diskPath, await brokenEntry(diskPath, error)));
        }
        continue;
      }
      const info = await isReadablePage(diskPath, problem, stats.get(name));
      if (!info) continue;
      const section = name.slice(0, name.length - extensionOf(name).length);
      scan.entries.push(noteStamp(noteSidecar({ file: `raw/${country}/${name}`, diskPath, country, section, format }, names, name), info));
    }
  }
  return scan;
}

/** The entries a scan found with no sidecar beside them: `loadRawPage` need not look for one. */
const withoutSidecar = new WeakSet<RawPageEntry>();

/** The stamp of each page file as the scan saw it (see `pageStamp`). */
const stamps = new WeakMap<RawPageEntry, PageStamp>();

/** A page file's size, inode, modification and change times (ns), as strings: what `git` trusts in its index. */
export type PageStamp = [size: string, ino: string, mtimeNs: string, ctimeNs: string];

/** A promise whose failure is only seen by whoever waits for it (none is unhandled). */
function quietly<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

function noteStamp(entry: RawPageEntry, info: BigIntStats): RawPageEntry {
  stamps.set(entry, [String(info.size), String(info.ino), String(info.mtimeNs), String(info.ctimeNs)]);
  return entry;
}

/**
 * The stamp of a page the scan found, when the page is all its input (it has no sidecar): a build
 * that saw the same stamp before may trust the key it worked out then. Null otherwise.
 */
export function pageStamp(entry: RawPageEntry): PageStamp | null {
  return withoutSidecar.has(entry) ? (stamps.get(entry) ?? null) : null;
}

/** Notes whether the folder listing `names` has the sidecar of page `name` (`<name without extension>.meta.json`). */
function noteSidecar(entry: RawPageEntry, names: readonly string[], name: string): RawPageEntry {
  if (!names.includes(`${name.slice(0, name.length - extensionOf(name).length)}.meta.json`)) withoutSidecar.add(entry);
  return entry;
}

/** True for a page file that can be read: not a broken link, not a folder, within the size limit (else a problem). */
async function isReadablePage(diskPath: string, problem: (path: string, reason: string) => void, asked?: Promise<BigIntStats>): Promise<BigIntStats | null> {
  let page;
  try {
    page = await (asked ?? stat(diskPath, { bigint: true }));
  } catch (error) {
    problem(diskPath, await brokenEntry(diskPath, error));
    return null;
  }
  if (!page.isFile()) {
    problem(diskPath, 'is a folder, not a page');
    return null;
  }
  if (page.size > BigInt(MAX_PAGE_BYTES)) {
    problem(diskPath, `page is ${(Number(page.size) / 1048576).toFixed(1)} MB, over the ${MAX_PAGE_BYTES / 1048576} MB limit for one profile page`);
    return null;
  }
  return page;
}

/** A snapshot's file name: the date it was retrieved, `2012-03-05.html`. */
const SNAPSHOT_NAME = /^(\d{4}-\d{2}-\d{2})\.(?:html|htm|txt)$/i;

/**
 * The dated snapshots of one page, `raw/<country>/<section>/<YYYY-MM-DD>.(html|htm|txt)`, each
 * with an optional `<YYYY-MM-DD>.meta.json` sidecar; any other page name in the folder is a problem.
 */
async function scanSnapshots(scan: RawFolderScan, country: string, section: string, sectionDir: string, problem: (path: string, reason: string) => void): Promise<void> {
  let names: string[];
  try {
    names = (await readdir(sectionDir)).sort();
  } catch (error) {
    problem(sectionDir, `folder cannot be read (${fsReason(error)})`);
    return;
  }
  for (const name of names) {
    const diskPath = join(sectionDir, name);
    if (name.startsWith('.') || name.endsWith('.meta.json')) continue;
    const format = PAGE_EXTENSIONS[extensionOf(name)];
    if (!format) continue;
    if (!SNAPSHOT_NAME.test(name) || Number.isNaN(Date.parse(name.slice(0, 10)))) {
      problem(diskPath, `a snapshot must be named by the date it was retrieved: raw/${country}/${section}/YYYY-MM-DD${extensionOf(name)}`);
      continue;
    }
    const info = await isReadablePage(diskPath, problem);
    if (!info) continue;
    scan.entries.push(noteStamp(noteSidecar({ file: `raw/${country}/${section}/${name}`, diskPath, country, section, format }, names, name), info));
  }
}

/**
 * Lists every profile page under `rawDir` without reading it (see `scanRawPages`).
 *
 * @throws ProfileError for the first problem found
 */
export async function listRawPages(rawDir: string): Promise<RawPageEntry[]> {
  const scan = await scanRawPages(rawDir);
  if (scan.problems.length) throw scan.problems[0]!;
  return scan.entries;
}

/**
 * Reads a listed page's bytes and its optional `<section>.meta.json` sidecar. An unreadable
 * sidecar, one that is not UTF-8, not JSON, or has an unknown field or a URL that is not http(s),
 * is a `ProfileError` naming the sidecar.
 */
export async function loadRawPage(entry: RawPageEntry): Promise<RawPage> {
  let bytes: Buffer;
  try {
    bytes = await readFile(entry.diskPath);
  } catch (error) {
    throw new ProfileError(showPath(entry.diskPath), `page cannot be read (${fsReason(error)})`);
  }
  // `<section>.meta.json` beside a page, `<YYYY-MM-DD>.meta.json` beside a snapshot.
  const base = entry.file.split('/').pop()!;
  const sidecar = join(entry.diskPath, '..', `${base.slice(0, base.length - extensionOf(base).length)}.meta.json`);
  // A scan that listed the folder knows there is none: no need to try opening it.
  const meta = withoutSidecar.has(entry) ? null : await readSidecar(sidecar, showPath(sidecar));
  return { ...entry, bytes, meta };
}

/**
 * Finds and reads every profile page under `rawDir` with its sidecar, sorted by path, so every
 * output is in the same order on any disk (see `listRawPages`).
 */
export async function discoverRawPages(rawDir: string): Promise<RawPage[]> {
  const pages: RawPage[] = [];
  for (const entry of await listRawPages(rawDir)) pages.push(await loadRawPage(entry));
  return pages;
}
