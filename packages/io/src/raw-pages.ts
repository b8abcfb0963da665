import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { PageMetaSchema, ProfileError, type PageMeta } from '@profiles/model';

/** A raw profile page as found on disk, before any parsing. */
export interface RawPage {
  /** Where the page lives in a repository, `raw/<country>/<section>.<ext>`: used in provenance. */
  file: string;
  /** The path on this disk, for messages. */
  diskPath: string;
  /** ISO 3166-1 alpha-2 code from the folder name, lower case. */
  country: string;
  /** The section slug from the file name: `executive-branch`. */
  section: string;
  format: 'html' | 'text';
  bytes: Buffer;
  meta: PageMeta | null;
}

const PAGE_EXTENSIONS: Record<string, 'html' | 'text'> = { '.html': 'html', '.htm': 'html', '.txt': 'text' };

/** Refuse pages past this size with a clear message instead of parsing them: profile pages are ~100 KB. */
export const MAX_PAGE_BYTES = 8 * 1024 * 1024;

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}

async function readMeta(diskPath: string, file: string): Promise<PageMeta | null> {
  let text: string;
  try {
    text = await readFile(diskPath, 'utf8');
  } catch {
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ProfileError(file, `sidecar is not valid JSON (${(error as Error).message})`);
  }
  const parsed = PageMetaSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ProfileError(file, `sidecar field ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

/** A raw page found on disk, not read yet: enough to order pages and name them in messages. */
export type RawPageEntry = Omit<RawPage, 'bytes' | 'meta'>;

/**
 * Lists every profile page under `rawDir` without reading it: `<country>/<section>.(html|htm|txt)`,
 * sorted by path. Files of other kinds are ignored; a misplaced page (wrong depth, bad country
 * folder) or a page over the size limit is an error.
 */
export async function listRawPages(rawDir: string): Promise<RawPageEntry[]> {
  let countries: string[];
  try {
    countries = (await readdir(rawDir)).sort();
  } catch {
    throw new ProfileError(rawDir, 'raw folder not found');
  }
  const entries: RawPageEntry[] = [];
  for (const country of countries) {
    const countryDir = join(rawDir, country);
    if (!(await stat(countryDir)).isDirectory()) {
      if (PAGE_EXTENSIONS[extensionOf(country)]) {
        throw new ProfileError(join(rawDir, country), 'a page must sit in a country folder: raw/<country>/<section>.html');
      }
      continue;
    }
    if (!/^[a-z]{2}$/.test(country)) {
      throw new ProfileError(countryDir, 'country folder must be an ISO 3166-1 alpha-2 code in lower case, like "kz"');
    }
    for (const name of (await readdir(countryDir)).sort()) {
      const format = PAGE_EXTENSIONS[extensionOf(name)];
      if (!format) continue;
      const diskPath = join(countryDir, name);
      const info = await stat(diskPath);
      if (!info.isFile()) continue;
      if (info.size > MAX_PAGE_BYTES) {
        throw new ProfileError(diskPath, `page is ${(info.size / 1048576).toFixed(1)} MB, over the ${MAX_PAGE_BYTES / 1048576} MB limit for one profile page`);
      }
      const section = name.slice(0, name.length - extensionOf(name).length);
      entries.push({ file: `raw/${country}/${name}`, diskPath, country, section, format });
    }
  }
  return entries;
}

/** Reads a listed page's bytes and its optional `<section>.meta.json` sidecar. */
export async function loadRawPage(entry: RawPageEntry): Promise<RawPage> {
  const bytes = await readFile(entry.diskPath);
  const sidecar = join(entry.diskPath, '..', `${entry.section}.meta.json`);
  const meta = await readMeta(sidecar, `raw/${entry.country}/${entry.section}.meta.json`);
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
