import type { Profile } from './profile.js';

/**
 * What an exporter produces: file contents by POSIX path relative to the exporter's own output
 * folder (`persons.csv`, `kz/executive-branch.md`). Writing them is the caller's job, so exporters
 * stay pure and a build can write everything at once.
 */
export type OutputFiles = Map<string, string>;

/** An exporter: all validated profiles in (sorted by source file), its files out. */
export type Exporter = (profiles: readonly Profile[]) => OutputFiles;
