import { diffDatasets, type DatasetDiff } from '@profiles/diff';
import type { OutputFiles, Profile } from '@profiles/model';
import { changelog, changelogEntry } from './changelog.js';
import { buildManifest, sha256sums, type Manifest } from './manifest.js';
import { defaultVersion } from './version.js';

/** The files a release adds beside the dataset; a dataset may not bring its own. */
export const RELEASE_FILES = ['CHANGELOG.md', 'manifest.json', 'SHA256SUMS'] as const;

/** The release a new one is compared with: its profiles, version and changelog, where known. */
export interface PreviousRelease {
  /** Null when the previous dataset is not a release (a `dist/` has no manifest). */
  version: string | null;
  profiles: readonly Profile[];
  /** The previous CHANGELOG.md, whose entries the new one keeps below its own. */
  changelog: string | null;
}

export interface ReleaseInput {
  /** The validated profiles of the release. */
  profiles: readonly Profile[];
  /** The built dataset of those profiles, by path: `model/…`, `csv/…` (with datapackage.json), `jsonld/…`, `markdown/…`. */
  dataset: OutputFiles;
  /** The release version; `defaultVersion(profiles)` when absent. */
  version?: string;
  /** The previous release; none makes this the initial release. */
  previous?: PreviousRelease | null;
}

export interface Release {
  version: string;
  /** Every file of the release folder, by path. */
  files: OutputFiles;
  manifest: Manifest;
  /** The diff against the previous release, null for an initial release. */
  diff: DatasetDiff | null;
}

/**
 * Builds a release folder's files from a dataset: the dataset itself, `CHANGELOG.md` (an entry from
 * the diff against the previous release), `manifest.json` (version, schema version, the raw pages'
 * hashes, every file's hash, size and CSV row count) and `SHA256SUMS` (checks every other file,
 * the manifest included). Pure and reproducible: no clock, no disk; the same input gives the same bytes.
 *
 * @example
 * const release = buildRelease({ profiles, dataset: datasetFiles(profiles), version: '1.2.0' });
 * await writeFolderAtomically('release', release.files);
 */
export function buildRelease(input: ReleaseInput): Release {
  const { profiles, dataset, previous = null } = input;
  const version = input.version ?? defaultVersion(profiles);
  if (!/^[\w.+-]+$/.test(version)) throw new Error(`release version must be letters, digits and . + - _ only: ${JSON.stringify(version)}`);
  for (const name of RELEASE_FILES) {
    if (dataset.has(name)) throw new Error(`the dataset must not contain ${name}: the release writes it`);
  }
  if (previous?.version != null && !/^[\w.+-]+$/.test(previous.version)) {
    throw new Error(`the previous release's version must be letters, digits and . + - _ only: ${JSON.stringify(previous.version)}`);
  }
  const diff = previous ? diffDatasets(previous.profiles, profiles) : null;
  const files: OutputFiles = new Map(dataset);
  files.set('CHANGELOG.md', changelog(changelogEntry(version, profiles, diff, previous?.version ?? null), previous?.changelog ?? null));
  const manifest = buildManifest(profiles, files, version, previous?.version ?? null, diff?.summary ?? null);
  files.set('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  files.set('SHA256SUMS', sha256sums(files));
  return { version, files, manifest, diff };
}
