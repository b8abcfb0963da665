import { diffDatasets, type DatasetDiff } from '@profiles/diff';
import { profileJsonSchema, SCHEMA_VERSION, type OutputFiles, type Profile } from '@profiles/model';
import { tarGz } from './archive.js';
import { changelog, changelogEntry } from './changelog.js';
import { DATAPACKAGE_PATH, readDictionary } from './dictionary.js';
import { byPath, type ReleaseFiles } from './files.js';
import { indexHtml } from './index-html.js';
import { DATA_LICENSE } from './license.js';
import { archiveName, buildManifest, sha256sums, type Manifest } from './manifest.js';
import { releaseReadme } from './readme.js';
import { modelSchemaProblems, SCHEMA_PATH } from './schema-check.js';
import { sha256 } from './sha256.js';
import { checkVersion, INITIAL_VERSION, nextVersion, releaseBump, type ReleaseBump } from './version.js';

/** The files a release adds beside the dataset; a dataset may not bring its own. */
export const RELEASE_FILES = ['CHANGELOG.md', 'LICENSE', 'README.md', 'SHA256SUMS', 'index.html', 'manifest.json'] as const;

/** The release a new one is compared with: its profiles, version and changelog, where known. */
export interface PreviousRelease {
  /** Null when the previous dataset is not a release (a `dist/` has no manifest). */
  version: string | null;
  profiles: readonly Profile[];
  /** The previous CHANGELOG.md, whose entries the new one keeps below its own. */
  changelog: string | null;
  /** Its validated manifest (see `parseManifest`); null for a `dist/`. The version is worked out from it. */
  manifest?: Manifest | null;
  /** Its `schema/profile.schema.json`, parsed; null when it has none. A new model file that fails it is a major release. */
  schema?: Record<string, unknown> | null;
}

export interface ReleaseInput {
  /** The validated profiles of the release. */
  profiles: readonly Profile[];
  /** The built dataset of those profiles, by path: `model/…`, `csv/…` (with datapackage.json), `jsonld/…`, `markdown/…`. */
  dataset: OutputFiles;
  /** The raw pages (and their sidecars) the dataset was built from, by path: `raw/kz/executive-branch.txt`. */
  raw?: ReadonlyMap<string, Uint8Array>;
  /**
   * The release version, MAJOR.MINOR.PATCH, later than the previous release's. When absent: the
   * previous release's version bumped as `releaseBump` says, or 1.0.0 without a previous release.
   */
  version?: string;
  /** The previous release; none makes this the initial release. */
  previous?: PreviousRelease | null;
}

export interface Release {
  version: string;
  /** What this release bumps against the previous one; null for an initial release or when there is no previous version. */
  bump: ReleaseBump | null;
  /** Every file of the release folder, by path: text or bytes (raw pages, the archive). */
  files: ReleaseFiles;
  manifest: Manifest;
  /** The diff against the previous release, null for an initial release. */
  diff: DatasetDiff | null;
}

/** True when a new model file fails the previous release's JSON Schema, or the schema version moved. */
function schemaBreaks(previous: PreviousRelease, files: ReleaseFiles): boolean {
  if (previous.manifest && previous.manifest.schemaVersion !== SCHEMA_VERSION) return true;
  if (!previous.schema) return false;
  try {
    return modelSchemaProblems(previous.schema, files).length > 0;
  } catch {
    // A schema that no longer compiles is a schema that changed beyond reading.
    return true;
  }
}

/**
 * Builds a release folder's files from a dataset: the dataset itself, `raw/` (the pages it was built
 * from), `schema/profile.schema.json` (the model's JSON Schema, which every model file is checked
 * against with Ajv before anything is released), `README.md` (with the data dictionary from the
 * table schema), `LICENSE` (the data licence), `CHANGELOG.md` (an entry from the diff against the
 * previous release), `manifest.json`, one reproducible archive `country-profiles-<version>.tar.gz`
 * (all of those and their own SHA256SUMS, under `country-profiles-<version>/`), `index.html` (the
 * download page) and `SHA256SUMS` (every other file). Pure and reproducible: no clock, no disk.
 *
 * @throws Error when the version is not a later semantic version, the dataset brings a file the
 *   release writes, or a model file fails the JSON Schema
 * @example
 * const release = await buildRelease({ profiles, dataset: datasetFiles(profiles), raw, version: '1.2.0' });
 */
export async function buildRelease(input: ReleaseInput): Promise<Release> {
  const { profiles, dataset, raw = new Map(), previous = null } = input;
  for (const name of RELEASE_FILES) {
    if (dataset.has(name)) throw new Error(`the dataset must not contain ${name}: the release writes it`);
  }
  for (const path of dataset.keys()) {
    if (path.startsWith('raw/') || path.startsWith('schema/') || /^country-profiles-.*\.tar\.gz$/.test(path)) throw new Error(`the dataset must not contain ${path}: the release writes it`);
  }
  for (const path of raw.keys()) if (!path.startsWith('raw/')) throw new Error(`a raw page's path must start with raw/: ${path}`);
  if (previous?.version != null && !/^[\w.+-]+$/.test(previous.version)) {
    throw new Error(`the previous release's version must be letters, digits and . + - _ only: ${JSON.stringify(previous.version)}`);
  }

  const schema = profileJsonSchema();
  const content: ReleaseFiles = new Map<string, string | Uint8Array>([...dataset, ...raw]);
  content.set(SCHEMA_PATH, `${JSON.stringify(schema, null, 2)}\n`);
  const problems = modelSchemaProblems(schema, content);
  if (problems.length) throw new Error(`a model file fails the JSON Schema: ${problems.slice(0, 3).join('; ')}${problems.length > 3 ? ` (and ${problems.length - 3} more)` : ''}`);
  content.set('LICENSE', DATA_LICENSE);

  const diff = previous ? diffDatasets(previous.profiles, profiles) : null;
  let bump: ReleaseBump | null = null;
  if (previous?.manifest) {
    const hashes = (files: ReleaseFiles) => new Map([...files].map(([path, body]) => [path, sha256(body)]));
    bump = releaseBump(new Map(previous.manifest.files.map((f) => [f.path, f.sha256])), hashes(content), schemaBreaks(previous, content));
  }
  let version: string;
  if (input.version !== undefined) {
    version = input.version;
    checkVersion(version, previous?.version ?? null);
  } else {
    version = previous?.version != null && bump !== null ? nextVersion(previous.version, bump) : INITIAL_VERSION;
  }

  const descriptor = dataset.get(DATAPACKAGE_PATH);
  if (descriptor === undefined) throw new Error(`the dataset has no ${DATAPACKAGE_PATH}: the data dictionary is read from it`);
  const dictionary = readDictionary(descriptor);
  const rows = new Map(buildManifest(profiles, content, version, null, null).files.filter((f) => f.rows !== undefined).map((f) => [f.path, f.rows!]));
  content.set('README.md', releaseReadme({ version, profiles, dictionary, rows }));
  const changelogText = changelog(changelogEntry(version, profiles, diff, previous?.version ?? null, bump), previous?.changelog ?? null);
  content.set('CHANGELOG.md', changelogText);

  const manifest = buildManifest(profiles, content, version, previous?.version ?? null, diff?.summary ?? null);
  content.set('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  // The archive holds the folder as a downloader unpacks it, checked by its own SHA256SUMS.
  const archived: ReleaseFiles = new Map(content);
  archived.set('SHA256SUMS', sha256sums(content));
  const files: ReleaseFiles = new Map(content);
  files.set(archiveName(version), await tarGz(archiveName(version).replace(/\.tar\.gz$/, ''), archived));
  files.set('index.html', indexHtml({ manifest, profiles, dictionary, files: new Map(files), changelog: changelogText }));
  files.set('SHA256SUMS', sha256sums(files));
  return { version, bump, files: new Map([...files].sort(([a], [b]) => byPath(a, b))), manifest, diff };
}
