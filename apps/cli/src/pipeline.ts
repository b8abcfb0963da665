import { join } from 'node:path';
import { csvPages } from '@profiles/export-csv';
import { jsonLdPages } from '@profiles/export-jsonld';
import { markdownPages } from '@profiles/export-markdown';
import { ingestPage } from '@profiles/ingest';
import { DATASET_MARKER, DATASET_MARKER_TEXT, loadRawPage, modelFilePath, nestFiles, scanRawPages, showPath, sortProfiles, StagedFolder, testFault } from '@profiles/io';
import { isProfileError, makeId, ProfileError, serializeProfile, type OutputFiles, type PagedExporter, type Profile } from '@profiles/model';
import { pageWarningLine } from './coverage.js';
import { DATASET_FOLDERS } from './dataset-folders.js';
import { buildIncrementally, CacheDamaged, openBuildCache, recordDataset, type DatasetFolder, type FolderSink, type IncrementalOptions, type IncrementalResult } from './dataset-build.js';
import { Progress } from './progress.js';

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

/** How a build talks to the user while it runs: warnings and progress, both on stderr. */
export interface RunOptions {
  /** Where warning lines go (one per page with warnings, one per skipped file); default stderr. */
  warn?: (line: string) => void;
  /** No progress line (it is shown only when stderr is a terminal anyway). */
  quiet?: boolean;
  /** Country jobs on worker threads when at least this many pages need the ingest (default 50). */
  workersFrom?: number;
  /** Extra text mixed into packages' code hashes, as if their code had changed (for tests). */
  codeSalt?: IncrementalOptions['codeSalt'];
  /** See `IncrementalOptions.onPageRead` (for tests). */
  onPageRead?: IncrementalOptions['onPageRead'];
}

const toStderr = (line: string) => {
  process.stderr.write(`profiles: ${line}\n`);
};

export { DATASET_FOLDERS } from './dataset-folders.js';
export { openBuildCache, recordDataset } from './dataset-build.js';

/** A dataset being built page by page: every exporter's session, under its own folder. */
function startDataset() {
  const sessions = EXPORTERS.map(({ folder, exporter }) => ({ folder, session: exporter.start() }));
  return {
    /** One more profile (in source-ID order): its own files, and text to append to shared ones. */
    add(profile: Profile): { files: OutputFiles; appends: OutputFiles } {
      const files: OutputFiles = new Map([[`model/${modelFilePath(profile)}`, serializeProfile(profile)]]);
      const appends: OutputFiles = new Map();
      for (const { folder, session } of sessions) {
        const result = session.add(profile);
        for (const [path, content] of nestFiles(folder, result.files)) files.set(path, content);
        for (const [path, chunk] of nestFiles(folder, result.appends)) appends.set(path, chunk);
      }
      return { files, appends };
    },
    /** The files written last: indexes, descriptors, contexts. */
    finish(): OutputFiles {
      const files: OutputFiles = new Map();
      for (const { folder, session } of sessions) for (const [path, content] of nestFiles(folder, session.finish())) files.set(path, content);
      // The marker of every folder, as the pipeline's tasks write it: the same bytes either way.
      for (const folder of DATASET_FOLDERS) files.set(`${folder}/${DATASET_MARKER}`, DATASET_MARKER_TEXT);
      return files;
    },
  };
}

/** Source-ID order, the order every combined table lists pages in (see `PagedExporter`). */
function bySourceId(a: { country: string; file: string }, b: { country: string; file: string }): number {
  const ia = makeId('source', a.country, [a.file]);
  const ib = makeId('source', b.country, [b.file]);
  return ia < ib ? -1 : ia > ib ? 1 : 0;
}

/**
 * Ingests every page under `rawDir`, one at a time in source-ID order, calling `onProfile` for
 * each valid one. Every page is tried, so one run reports every bad page; problems are collected.
 */
async function eachProfile(rawDir: string, onProfile: (profile: Profile) => Promise<void>, options: RunOptions = {}): Promise<ProfileError[]> {
  const warn = options.warn ?? toStderr;
  const scan = await scanRawPages(rawDir);
  for (const line of scan.warnings) warn(line);
  const entries = scan.entries.sort(bySourceId);
  // Every problem of the folder and of every page, in one report.
  const problems: ProfileError[] = [...scan.problems];
  if (entries.length === 0 && problems.length === 0) return [new ProfileError(showPath(rawDir), 'no profile pages found (expected <country>/<section>.html, .htm or .txt)')];
  const progress = options.quiet ? null : Progress.forStderr(entries.length);
  try {
    for (const entry of entries) {
      try {
        const profile = ingestPage(await loadRawPage(entry));
        const warning = pageWarningLine(profile);
        if (warning !== null) {
          progress?.clear();
          warn(showPath(warning));
        }
        // Once a page has failed nothing more is written, but every page is still checked.
        if (!problems.length) await onProfile(profile);
      } catch (error) {
        if (!isProfileError(error)) throw error;
        // Name the file as the user sees it on disk, not its repository path.
        problems.push(error.file === entry.file ? new ProfileError(showPath(entry.diskPath), error.reason, error.line) : error);
      }
      progress?.tick();
      await testFault('page');
    }
  } finally {
    progress?.done();
  }
  // Reported in path order, whatever order the pages were read in.
  return problems.sort((a, b) => (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
}

/** The dataset folders of a staged dataset root, each a part of the one staged folder. */
function rootSinks(staged: StagedFolder, outDir: string): Map<DatasetFolder, FolderSink> {
  return new Map(
    DATASET_FOLDERS.map((folder) => [
      folder,
      {
        previous: join(outDir, folder),
        write: (path, content) => staged.write(`${folder}/${path}`, content),
        keep: (path, from) => staged.keep(`${folder}/${path}`, from),
        copy: (path, from) => staged.copy(`${folder}/${path}`, from),
        append: (path, chunk) => staged.append(`${folder}/${path}`, chunk),
      } satisfies FolderSink,
    ]),
  );
}

/**
 * Builds the whole dataset from `rawDir` into `outDir`, all or nothing, and incrementally: what
 * the build cache holds for unchanged pages and countries is reused, files the previous `outDir`
 * holds with the right bytes are kept (linked, not copied), and only what changed is made again.
 * The result is byte for byte what a build from nothing writes. Everything goes to a staged folder
 * swapped in only when every page was valid: on any problem the previous `outDir` stays exactly
 * as it was.
 *
 * @returns how many profiles and files were written
 * @throws BuildProblems listing every bad page
 */
export async function buildDataset(rawDir: string, outDir: string, options: RunOptions = {}): Promise<{ profiles: number; files: number }> {
  const open = () => StagedFolder.open(outDir, { protect: [{ path: rawDir, name: `the raw folder ${showPath(rawDir)}` }] });
  let staged = await open();
  const store = await openBuildCache(outDir).catch(async (error: unknown) => {
    await staged.abort();
    throw error;
  });
  try {
    const run: IncrementalOptions = { warn: options.warn ?? toStderr, quiet: options.quiet === true, store, workersFrom: options.workersFrom, codeSalt: options.codeSalt, onPageRead: options.onPageRead };
    let result: IncrementalResult;
    try {
      result = await buildIncrementally(rawDir, rootSinks(staged, outDir), run);
    } catch (error) {
      if (!(error instanceof CacheDamaged)) throw error;
      // A blob the cache named has gone: start again, trusting only what can be checked.
      await staged.abort();
      staged = await open();
      result = await buildIncrementally(rawDir, rootSinks(staged, outDir), { ...run, verify: true, warn: () => undefined });
    }
    // Bad pages: nothing is written.
    if (result.problems.length) throw new BuildProblems(result.problems);
    await staged.commit();
    await recordDataset(store, outDir, result);
    await store.keepRoots(result.roots);
    return { profiles: result.profiles, files: [...result.files.values()].reduce((n, files) => n + files.size, 0) };
  } catch (error) {
    // `abort` waits for every write still running; its own failure must not hide this error.
    await staged.abort().catch(() => undefined);
    throw error;
  } finally {
    await store.close();
  }
}

/**
 * Ingests every page under `rawDir` into validated profiles, in memory. If any page fails,
 * `BuildProblems` lists them all and nothing is returned.
 */
export async function ingestRawFolder(rawDir: string, options: RunOptions = {}): Promise<Profile[]> {
  const profiles: Profile[] = [];
  const problems = await eachProfile(rawDir, async (profile) => {
    profiles.push(profile);
  }, options);
  if (problems.length) throw new BuildProblems(problems);
  return sortProfiles(profiles);
}

/** Everything a build writes, by path inside the output folder: `model/…`, `csv/…`, `jsonld/…`, `markdown/…`. */
export function datasetFiles(profiles: readonly Profile[]): OutputFiles {
  const dataset = startDataset();
  const files: OutputFiles = new Map();
  for (const profile of [...profiles].sort((a, b) => bySourceId({ country: a.source.country.code, file: a.source.file }, { country: b.source.country.code, file: b.source.file }))) {
    const { files: own, appends } = dataset.add(profile);
    for (const [path, content] of own) {
      if (files.has(path)) throw new ProfileError(profile.source.file, `would write ${path}, which another page writes too: rename one of the raw pages`);
      files.set(path, content);
    }
    for (const [path, chunk] of appends) files.set(path, (files.get(path) ?? '') + chunk);
  }
  for (const [path, content] of dataset.finish()) files.set(path, content);
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
