import semver from 'semver';
import { compareCodePoints } from '@profiles/diff';
import { comparePartialDates, type Profile } from '@profiles/model';
import { sha256 } from './sha256.js';

/** The raw pages of a dataset, one line each (`<sha256>  <file>`), sorted by file. */
export function pageDigestLines(profiles: readonly Profile[]): string[] {
  return [...profiles]
    .sort((a, b) => compareCodePoints(a.source.file, b.source.file))
    .map((p) => `${p.source.sha256}  ${p.source.file}`);
}

/** The newest `latestDate` of all pages, or null when no page gives a date. */
export function newestPageDate(profiles: readonly Profile[]): string | null {
  let newest: string | null = null;
  for (const { source } of profiles) {
    if (source.latestDate !== null && (newest === null || comparePartialDates(source.latestDate, newest) > 0)) newest = source.latestDate;
  }
  return newest;
}

/** The version of an initial release when none is given. */
export const INITIAL_VERSION = '1.0.0';

/**
 * What a release changes against the one before it, the part of the version it bumps:
 * `major` when the schema breaks (the model's schema version changed, or a new model file does
 * not validate against the previous release's JSON Schema), `minor` when the data changes (a
 * model, table, linked-data or raw file, or the JSON Schema, differs, appears or goes), `patch`
 * when only presentation does (Markdown pages, README, LICENSE) or nothing at all.
 */
export type ReleaseBump = 'major' | 'minor' | 'patch';

/** The paths whose content is data: a difference there is a minor release at least. */
export function isDataPath(path: string): boolean {
  return /^(model|csv|jsonld|raw|schema)\//.test(path);
}

/**
 * The bump from the previous release's files to the new ones.
 *
 * @param previousFiles path → sha256 of the previous release's files (its manifest's `files`)
 * @param files path → sha256 of the new release's files
 * @param schemaBreaks whether the schema broke (see `ReleaseBump`)
 */
export function releaseBump(previousFiles: ReadonlyMap<string, string>, files: ReadonlyMap<string, string>, schemaBreaks: boolean): ReleaseBump {
  if (schemaBreaks) return 'major';
  for (const path of new Set([...previousFiles.keys(), ...files.keys()])) {
    if (isDataPath(path) && previousFiles.get(path) !== files.get(path)) return 'minor';
  }
  return 'patch';
}

/** True for a plain `MAJOR.MINOR.PATCH` semantic version (pre-release and build parts allowed). */
export function isSemver(version: string): boolean {
  return semver.valid(version) === version;
}

/**
 * The version after `previous` for a bump: `1.0.0` and `minor` give `1.1.0`, `major` `2.0.0`.
 *
 * @throws Error when `previous` is not a semantic version
 */
export function nextVersion(previous: string, bump: ReleaseBump): string {
  if (!isSemver(previous)) throw new Error(`the previous release's version ${JSON.stringify(previous)} is not MAJOR.MINOR.PATCH: give --version`);
  return semver.inc(previous, bump)!;
}

/**
 * Checks a version given for a release: a semantic version, and later than the previous one.
 *
 * @throws Error saying what is wrong
 */
export function checkVersion(version: string, previous: string | null): void {
  if (!isSemver(version)) throw new Error(`release version must be MAJOR.MINOR.PATCH (a semantic version): ${JSON.stringify(version)}`);
  if (previous !== null && isSemver(previous) && !semver.gt(version, previous)) {
    throw new Error(`release version ${version} must be later than the previous release's ${previous}`);
  }
}
