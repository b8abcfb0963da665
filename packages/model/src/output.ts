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
 * An exporter that can run page by page, so a build of thousands of pages never holds them all:
 * `start()` a session, `add` each profile in source-ID order, then `finish`. Running a session over
 * some profiles must give the same bytes as `exporter(profiles)`.
 */
export interface PagedExporter {
  start(): PageSession;
}

export interface PageSession {
  /** One more profile: whole files it owns, and text to append to files shared by every page. */
  add(profile: Profile): { files: OutputFiles; appends: OutputFiles };
  /** Whole files written last, once every profile was added (an index, a descriptor). */
  finish(): OutputFiles;
}

/** Runs a paged exporter in memory over every profile, in source-ID order. */
export function runPaged(exporter: PagedExporter, profiles: readonly Profile[]): OutputFiles {
  const session = exporter.start();
  const files: OutputFiles = new Map();
  const sorted = [...profiles].sort((a, b) => (a.source.id < b.source.id ? -1 : a.source.id > b.source.id ? 1 : 0));
  for (const profile of sorted) {
    const { files: own, appends } = session.add(profile);
    for (const [path, content] of own) files.set(path, content);
    for (const [path, chunk] of appends) files.set(path, (files.get(path) ?? '') + chunk);
  }
  for (const [path, content] of session.finish()) files.set(path, content);
  return files;
}
