import { ProfileError, type OutputFiles, type Profile } from '@profiles/model';
import { sha256 } from './hash.js';

/**
 * What one country adds to an exporter's output: the unit an edit redoes. A country's pages are
 * merged into one dataset (`@profiles/timeline`), so a changed page changes its country's part,
 * never another country's.
 */
export interface CountryPart {
  /** Whole files the country owns (its pages' documents, its country page), by path. */
  files: Record<string, string>;
  /** Text the country adds to each shared file (its table rows): shared files are these in country order. */
  appends: Record<string, string>;
  /** What `finish` needs of the country besides (index entries, sources): plain JSON. */
  data: unknown;
}

/** A file's size in bytes and SHA-256, as the data package lists its tables. */
export interface FileDigest {
  bytes: number;
  sha256: string;
}

/**
 * An exporter that builds its output from one part per country, so a build can keep every
 * unchanged country's part and redo only the changed ones. Its parts, in source-ID order of the
 * countries, assembled by `assembleParts`, give the same bytes as the exporter run over every profile.
 */
export interface CountryExporter {
  /** What the exporter is, with its options (`csv`, `jsonld <base> <vocab>`): part of every key of its output. */
  readonly id: string;
  /** The files every country appends to, each with the text it starts with (a table's header). */
  readonly shared: ReadonlyMap<string, string>;
  /** One country's part, from its pages in source-ID order. */
  part(profiles: readonly Profile[]): CountryPart;
  /** The files made last from every country's `data` and the shared files' digests (an index, a descriptor). */
  finish(data: readonly unknown[], shared: ReadonlyMap<string, FileDigest>): OutputFiles;
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
 * whole files of each part, the shared files, and the last files. What a build writes file by file.
 *
 * @throws ProfileError when two countries' parts claim one file
 */
export function assembleParts(exporter: CountryExporter, parts: readonly CountryPart[]): OutputFiles {
  const files: OutputFiles = new Map();
  for (const part of parts) {
    for (const [path, content] of Object.entries(part.files)) {
      if (files.has(path)) throw new ProfileError(path, 'two countries would write this file');
      files.set(path, content);
    }
  }
  const digests = new Map<string, FileDigest>();
  for (const [path, head] of exporter.shared) {
    const { content, digest } = sharedFile(head, parts.map((part) => part.appends[path] ?? ''));
    files.set(path, content);
    digests.set(path, digest);
  }
  for (const [path, content] of exporter.finish(parts.map((part) => part.data), digests)) files.set(path, content);
  return files;
}

/** An exporter's output over every profile, by country parts: `assembleParts` of `part` per country. */
export function runByCountry(exporter: CountryExporter, profiles: readonly Profile[]): OutputFiles {
  return assembleParts(exporter, groupCountries(profiles).map((country) => exporter.part(country)));
}
