import { csvPages } from '@profiles/export-csv';
import { jsonLdPages } from '@profiles/export-jsonld';
import { markdownPages } from '@profiles/export-markdown';
import { ingestPage } from '@profiles/ingest';
import { listRawPages, loadRawPage, modelFilePath, nestFiles, sortProfiles, StagedFolder } from '@profiles/io';
import { isProfileError, ProfileError, serializeProfile, type OutputFiles, type PagedExporter, type Profile } from '@profiles/model';

/** The exporters of a build, each with the `dist/` folder it owns (the same as its Turborepo task). */
export const EXPORTERS: ReadonlyArray<{ folder: string; exporter: PagedExporter }> = [
  { folder: 'csv', exporter: csvPages },
  { folder: 'jsonld', exporter: jsonLdPages() },
  { folder: 'markdown', exporter: markdownPages },
];

/** Every problem of a build, one per bad page or record: the build writes nothing when there is any. */
export class BuildProblems extends Error {
  override readonly name = 'BuildProblems';
  constructor(readonly problems: ProfileError[]) {
    super(problems.map((p) => p.message).join('\n'));
  }
}

/** The files one profile owns in a dataset: its model, its Markdown page, its JSON-LD document. */
function pageFiles(profile: Profile): OutputFiles {
  const files: OutputFiles = new Map([[`model/${modelFilePath(profile)}`, serializeProfile(profile)]]);
  for (const { folder, exporter } of EXPORTERS) for (const [path, content] of nestFiles(folder, exporter.pageFiles(profile))) files.set(path, content);
  return files;
}

/** The files about all profiles together: the CSV tables, the Markdown index, the JSON-LD context. */
function sharedFiles(profiles: readonly Profile[]): OutputFiles {
  const files: OutputFiles = new Map();
  for (const { folder, exporter } of EXPORTERS) for (const [path, content] of nestFiles(folder, exporter.sharedFiles(profiles))) files.set(path, content);
  return files;
}

/**
 * Ingests every page under `rawDir`, one at a time, calling `onProfile` for each valid one. Every
 * page is tried, so one run reports every bad page; problems are collected, not thrown.
 */
async function eachProfile(rawDir: string, onProfile: (profile: Profile) => Promise<void>): Promise<ProfileError[]> {
  const entries = await listRawPages(rawDir);
  if (entries.length === 0) return [new ProfileError(rawDir, 'no profile pages found (expected <country>/<section>.html, .htm or .txt)')];
  const problems: ProfileError[] = [];
  for (const entry of entries) {
    try {
      const profile = ingestPage(await loadRawPage(entry));
      // Once a page has failed nothing more is written, but every page is still checked.
      if (!problems.length) await onProfile(profile);
    } catch (error) {
      if (!isProfileError(error)) throw error;
      // Name the file as the user sees it on disk, not its repository path.
      problems.push(error.file === entry.file ? new ProfileError(entry.diskPath, error.reason, error.line) : error);
    }
  }
  return problems;
}

/** Throws when a page would write a file another page wrote already (`kz/a.html` and `kz/a.txt`). */
function refuseOverwrite(profile: Profile, path: string, written: (path: string) => boolean): void {
  if (written(path)) throw new ProfileError(profile.source.file, `would write ${path}, which another page writes too: rename one of the raw pages`);
}

/**
 * Builds the whole dataset from `rawDir` into `outDir`, all or nothing: each page's own files are
 * written to a staged folder as soon as the page is ingested (so a large build never holds every
 * page's output), the combined files at the end, and the folder is swapped in only when every page
 * was valid. On any problem the previous `outDir` stays exactly as it was.
 *
 * @returns how many profiles and files were written
 * @throws BuildProblems listing every bad page
 */
export async function buildDataset(rawDir: string, outDir: string): Promise<{ profiles: number; files: number }> {
  const staged = await StagedFolder.open(outDir);
  try {
    const profiles: Profile[] = [];
    let count = 0;
    const problems = await eachProfile(rawDir, async (profile) => {
      const files = pageFiles(profile);
      for (const path of files.keys()) refuseOverwrite(profile, path, (p) => staged.has(p));
      await staged.writeAll(files);
      count += files.size;
      profiles.push(profile);
    });
    if (problems.length) throw new BuildProblems(problems);
    const shared = sharedFiles(sortProfiles(profiles));
    await staged.writeAll(shared);
    await staged.commit();
    return { profiles: profiles.length, files: count + shared.size };
  } catch (error) {
    await staged.abort();
    throw error;
  }
}

/**
 * Ingests every page under `rawDir` into validated profiles, in memory. If any page fails,
 * `BuildProblems` lists them all and nothing is returned.
 */
export async function ingestRawFolder(rawDir: string): Promise<Profile[]> {
  const profiles: Profile[] = [];
  const problems = await eachProfile(rawDir, async (profile) => {
    profiles.push(profile);
  });
  if (problems.length) throw new BuildProblems(problems);
  return sortProfiles(profiles);
}

/** Everything a build writes, by path inside the output folder: `model/…`, `csv/…`, `jsonld/…`, `markdown/…`. */
export function datasetFiles(profiles: readonly Profile[]): OutputFiles {
  const files: OutputFiles = new Map();
  for (const profile of sortProfiles(profiles)) {
    for (const [path, content] of pageFiles(profile)) {
      refuseOverwrite(profile, path, (p) => files.has(p));
      files.set(path, content);
    }
  }
  for (const [path, content] of sharedFiles(sortProfiles(profiles))) files.set(path, content);
  return files;
}
