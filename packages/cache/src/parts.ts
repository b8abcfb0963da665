import type { OutputFiles, Profile } from '@profiles/model';
import { sha256 } from './hash.js';

/**
 * What a page or a country adds to an exporter's output: whole files it owns, text it adds to the
 * shared files (table rows), and what `finish` needs of it (index entries, sources: plain JSON).
 */
export interface OutputPart {
  files: Record<string, string>;
  appends: Record<string, string>;
  data: unknown;
}

/** What one page adds whatever its country's other pages are (its rows of the page tables, its own page). */
export type PagePart = OutputPart;

/**
 * What one country adds besides its pages' parts: what the merge of its pages gives (its records'
 * rows, its country documents). A country's pages are merged into one dataset
 * (`@profiles/timeline`), so a changed page changes its own page part and its country's part,
 * never another country's.
 */
export type CountryPart = OutputPart;

/** What `finish` gets of one country: its pages' data, in order, and its own. */
export interface CountryData {
  pages: unknown[];
  country: unknown;
}

/** A file's size in bytes and SHA-256, as the data package lists its tables. */
export interface FileDigest {
  bytes: number;
  sha256: string;
}

/**
 * An exporter that builds its output from parts, so a build can keep every unchanged page's and
 * country's part and redo only what an edit touches: a shared file is its head, then for each
 * country (in source-ID order) its pages' appends (in order) and the country's. The parts
 * assembled by `assembleParts` give the same bytes as the exporter run over every profile.
 */
export interface CountryExporter {
  /** What the exporter is, with its options (`csv`, `jsonld <base> <vocab>`): part of every key of its output. */
  readonly id: string;
  /** The files every country appends to, each with the text it starts with (a table's header). */
  readonly shared: ReadonlyMap<string, string>;
  /** One page's part (what depends on the page alone); absent when everything waits for the merge. */
  page?(profile: Profile): PagePart;
  /** One country's part, from its pages in source-ID order. */
  part(profiles: readonly Profile[]): CountryPart;
  /** The files made last from every country's data and the shared files' digests (an index, a descriptor). */
  finish(data: readonly CountryData[], shared: ReadonlyMap<string, FileDigest>): OutputFiles;
}

/** One country's parts, as a build assembles them: its pages' parts, then its own. */
export interface CountryParts {
  pages: PagePart[];
  country: CountryPart;
}

/** Source-ID order (code points), the order a build takes pages and countries in. */
function bySourceId(a: Profile, b: Profile): number {
  return a.source.id < b.source.id ? -1 : a.source.id > b.source.id ? 1 : 0;
}

/**
 * Profiles in source-ID order, one list per country (IDs start with the country code, so a
 * country's pages come together).
 *
 * @example groupCountries([kzA, kgB, kzC]) // [[kgB], [kzA, kzC]]
 */
export function groupCountries(profiles: readonly Profile[]): Profile[][] {
  const countries: Profile[][] = [];
  for (const profile of [...profiles].sort(bySourceId)) {
    const last = countries.at(-1);
    if (last && last[0]!.source.country.code === profile.source.country.code) last.push(profile);
    else countries.push([profile]);
  }
  return countries;
}

/**
 * A shared file, assembled: its head, then every country's appends in order; with its digest.
 */
export function sharedFile(head: string, appends: readonly string[]): { content: string; digest: FileDigest } {
  const content = head + appends.join('');
  return { content, digest: { bytes: Buffer.byteLength(content, 'utf8'), sha256: sha256(content) } };
}

/**
 * Every file of an exporter's output from its countries' parts (in country order), in memory: the
 * whole files of every part, the shared files, and the last files. What a build writes file by file.
 *
 * @throws Error when two parts claim one file (an exporter's bug: pages of one country that would
 *   write one file are refused by the exporter's `part`)
 */
export function assembleParts(exporter: CountryExporter, countries: readonly CountryParts[]): OutputFiles {
  const files: OutputFiles = new Map();
  const parts = countries.flatMap((c) => [...c.pages, c.country]);
  for (const part of parts) {
    for (const [path, content] of Object.entries(part.files)) {
      if (files.has(path)) throw new Error(`${path}: two parts would write this file`);
      files.set(path, content);
    }
  }
  const digests = new Map<string, FileDigest>();
  for (const [path, head] of exporter.shared) {
    const { content, digest } = sharedFile(head, parts.map((part) => part.appends[path] ?? ''));
    files.set(path, content);
    digests.set(path, digest);
  }
  const data = countries.map((c) => ({ pages: c.pages.map((p) => p.data), country: c.country.data }));
  for (const [path, content] of exporter.finish(data, digests)) files.set(path, content);
  return files;
}

/** One country's parts: each page's (when the exporter has them) and the country's. */
export function countryParts(exporter: CountryExporter, profiles: readonly Profile[]): CountryParts {
  return { pages: exporter.page ? profiles.map((profile) => exporter.page!(profile)) : [], country: exporter.part(profiles) };
}

/** An exporter's output over every profile, by parts: `assembleParts` of every country's parts. */
export function runByCountry(exporter: CountryExporter, profiles: readonly Profile[]): OutputFiles {
  return assembleParts(exporter, groupCountries(profiles).map((country) => countryParts(exporter, country)));
}
