import { compareCodePoints } from '@profiles/diff';
import { comparePartialDates, SCHEMA_VERSION, type Profile } from '@profiles/model';
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

/**
 * The version of a release when none is given, from the raw pages alone, so the same pages always
 * give the same version: `<schema version>.<newest page date, digits only>+<8 hex of the pages' hashes>`,
 * e.g. `1.20120305+3f2a9c1b` (`1.0+…` when no page gives a date). Semver-shaped: the schema version
 * is the major, the date the minor, the hash build metadata that tells two versions of one day apart.
 */
export function defaultVersion(profiles: readonly Profile[]): string {
  const date = newestPageDate(profiles)?.replace(/-/g, '') ?? '0';
  const digest = sha256(pageDigestLines(profiles).map((line) => `${line}\n`).join('')).slice(0, 8);
  return `${SCHEMA_VERSION}.${date}+${digest}`;
}
