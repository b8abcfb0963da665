import type { Profile } from './profile.js';

/**
 * What an exporter produces: file contents by POSIX path relative to the exporter's own output
 * folder (`persons.csv`, `kz/executive-branch.md`). Writing them is the caller's job, so exporters
 * stay pure and a build can write everything at once.
 */
export type OutputFiles = Map<string, string>;

/** An exporter: all validated profiles in (sorted by source file), its files out. */
export type Exporter = (profiles: readonly Profile[]) => OutputFiles;

/**
 * An exporter that can run page by page, so a build of thousands of pages never holds every
 * page's output at once. `exporter(profiles)` must equal the shared files plus every page's files.
 */
export interface PagedExporter {
  /** Files that belong to one profile alone (its Markdown page, its JSON-LD document). */
  pageFiles(profile: Profile): OutputFiles;
  /** Files about all profiles together (an index, a context, combined tables). */
  sharedFiles(profiles: readonly Profile[]): OutputFiles;
}
