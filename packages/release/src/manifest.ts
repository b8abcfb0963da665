import { compareCodePoints, type DiffSummary } from '@profiles/diff';
import { SCHEMA_VERSION, type PartialDate, type Profile } from '@profiles/model';
import { countCsvRows } from './csv-rows.js';
import { bytesOf, type ReleaseFiles } from './files.js';
import { byteLength, sha256 } from './sha256.js';

/** One raw page a release was built from. */
export interface ManifestPage {
  /** The page's path in the repository: `raw/kz/executive-branch.txt`. */
  file: string;
  country: string;
  section: string;
  /** SHA-256 of the raw page's bytes, as the ingest read them. */
  sha256: string;
  latestDate: PartialDate | null;
}

/** One file of a release. */
export interface ManifestFile {
  /** POSIX path inside the release folder: `csv/persons.csv`. */
  path: string;
  sha256: string;
  bytes: number;
  /** For `.csv` files only: data rows, the header not counted. */
  rows?: number;
}

/** `manifest.json`: what a release is, what it was built from, and every file in it. */
export interface Manifest {
  name: 'country-profiles';
  version: string;
  schemaVersion: typeof SCHEMA_VERSION;
  /** The version of the release this one was compared with, null for an initial release. */
  previousVersion: string | null;
  /** The file name of the release's archive, `country-profiles-1.0.0.tar.gz`: everything but itself, `index.html` and the folder's SHA256SUMS. */
  archive: string;
  /** Counts of the changes since the previous release (see @profiles/diff), null for an initial release. */
  changes: DiffSummary | null;
  pages: ManifestPage[];
  /** Every file of the release except `manifest.json`, `SHA256SUMS`, the archive and `index.html` (which hold or list the manifest), sorted by path. */
  files: ManifestFile[];
}

/** The manifest entry of one file: hash, size and, for a CSV, its row count. */
export function describeFile(path: string, content: string | Uint8Array): ManifestFile {
  const entry: ManifestFile = { path, sha256: sha256(content), bytes: byteLength(content) };
  if (path.endsWith('.csv')) entry.rows = countCsvRows(typeof content === 'string' ? content : bytesOf(content).toString('utf8'));
  return entry;
}

/**
 * Builds the manifest of a release: pages sorted by file, files sorted by path (code points).
 *
 * @param files the release's files the manifest lists (everything but itself, SHA256SUMS, the archive and index.html)
 */
export function buildManifest(
  profiles: readonly Profile[],
  files: ReleaseFiles,
  version: string,
  previousVersion: string | null,
  changes: DiffSummary | null,
): Manifest {
  return {
    name: 'country-profiles',
    version,
    schemaVersion: SCHEMA_VERSION,
    previousVersion,
    archive: archiveName(version),
    changes,
    pages: [...profiles]
      .sort((a, b) => compareCodePoints(a.source.file, b.source.file))
      .map(({ source }) => ({
        file: source.file,
        country: source.country.code,
        section: source.section,
        sha256: source.sha256,
        latestDate: source.latestDate,
      })),
    files: [...files.keys()].sort(compareCodePoints).map((path) => describeFile(path, files.get(path)!)),
  };
}

/**
 * `SHA256SUMS` as `sha256sum` writes it and `sha256sum -c SHA256SUMS` checks it: one
 * `<hex>  <path>` line per file, sorted by path.
 */
export function sha256sums(files: ReleaseFiles): string {
  return [...files.keys()]
    .sort(compareCodePoints)
    .map((path) => `${sha256(files.get(path)!)}  ${path}\n`)
    .join('');
}

/** The archive's file name for a version: `country-profiles-1.0.0.tar.gz`. */
export function archiveName(version: string): string {
  return `country-profiles-${version}.tar.gz`;
}
