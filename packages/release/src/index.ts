/**
 * @profiles/release — a dataset as a reproducible release folder.
 *
 * `buildRelease` adds to a built dataset its raw pages, the model's JSON Schema, a README with the
 * data dictionary, the data licence, a `CHANGELOG.md` entry from the diff against the previous
 * release, a `manifest.json`, one reproducible archive, a download page (`index.html`) and a
 * `SHA256SUMS`. Pure: the CLI reads and writes the folders.
 */
export type { Manifest, ManifestFile, ManifestPage } from './manifest.js';
export type { PreviousRelease, Release, ReleaseInput } from './build-release.js';
export type { Dictionary, DictionaryColumn, DictionaryTable } from './dictionary.js';
export type { ReleaseFiles } from './files.js';
export type { ReleaseBump } from './version.js';

export { buildRelease, RELEASE_FILES } from './build-release.js';
export { archiveName, buildManifest, describeFile, sha256sums } from './manifest.js';
export { ManifestSchema, parseManifest } from './manifest-schema.js';
export { changelog, changelogEntries, changelogEntry, inertMarkdown } from './changelog.js';
export { countCsvRows } from './csv-rows.js';
export { checkVersion, INITIAL_VERSION, isSemver, newestPageDate, nextVersion, releaseBump } from './version.js';
export { tarGz } from './archive.js';
export { DATAPACKAGE_PATH, readDictionary } from './dictionary.js';
export { DATA_LICENSE } from './license.js';
export { indexHtml } from './index-html.js';
export { releaseReadme } from './readme.js';
export { modelSchemaProblems, SCHEMA_PATH } from './schema-check.js';
