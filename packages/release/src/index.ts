/**
 * @profiles/release — a dataset as a reproducible release folder.
 *
 * `buildRelease` adds to a built dataset a `manifest.json`, a `SHA256SUMS` and a `CHANGELOG.md`
 * entry from the diff against the previous release. Pure: the CLI reads and writes the folders.
 */
export type { Manifest, ManifestFile, ManifestPage } from './manifest.js';
export type { PreviousRelease, Release, ReleaseInput } from './build-release.js';

export { buildRelease, RELEASE_FILES } from './build-release.js';
export { buildManifest, describeFile, sha256sums } from './manifest.js';
export { changelog, changelogEntries, changelogEntry, inertMarkdown } from './changelog.js';
export { countCsvRows } from './csv-rows.js';
export { defaultVersion, newestPageDate } from './version.js';
