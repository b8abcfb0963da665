// The work of the Turborepo "dataset" task of the CLI (lib/dataset-task.js runs it).
//
// The pipeline's work, done once and incrementally: every dataset folder that exists in dist/
// (model/, csv/, jsonld/, markdown/) is brought up to date from the raw pages, with what the build
// cache holds for unchanged pages and countries (see dataset-build.ts). The folders' own tasks
// (`ingest`, `export`) run after it and hash the folders as they are then (Turborepo's just-in-time
// inputs), so the run after an edit is a full cache hit; a folder that is missing is left to its
// own task, which makes it (or gets it from the cache), so that a checkout without dist/ gets
// exactly what a checkout with it would.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { recordInputFolder } from '@profiles/cache';
import { reportFailure, StagedFolder } from '@profiles/io';
import { markDatasetFolder } from './dataset-marker-task.js';
import { buildIncrementally, CacheDamaged, openBuildCache, recordDataset, type DatasetFolder, type FolderSink, type IncrementalResult } from './dataset-build.js';
import { DATASET_FOLDERS } from './dataset-folders.js';

/** A staged folder as one dataset folder's sink. */
function folderSink(staged: StagedFolder, dir: string): FolderSink {
  return {
    previous: dir,
    write: (path, content) => staged.write(path, content),
    keep: (path, from) => staged.keep(path, from),
    copy: (path, from) => staged.copy(path, from),
    append: (path, chunk) => staged.append(path, chunk),
  };
}

/**
 * Brings every existing dataset folder of `distDir` (and those named in `also`) up to date from
 * `rawDir`, each swapped in on its own (lock, journal, marker: see `StagedFolder`), and records
 * what was written. Nothing is
 * written when a page is bad: its problems go to `warn`, and the result says so. With `prewarm`,
 * a worker thread loads the ingest while the pages are read (see `IncrementalOptions`).
 *
 * @returns 0 when the folders are up to date, 1 when a page was bad
 */
export async function updateDataset(rawDir: string, distDir: string, warn: (line: string) => void, also: readonly string[] = [], prewarm = false): Promise<number> {
  const folders = DATASET_FOLDERS.filter((folder) => also.includes(folder) || existsSync(join(distDir, folder)));
  const store = await openBuildCache(join(distDir, 'model'));
  const staged = new Map<DatasetFolder, StagedFolder>();
  const protect = [{ path: rawDir, name: `the raw folder ${rawDir}` }];
  try {
    const open = async () => {
      for (const folder of folders) staged.set(folder, await StagedFolder.open(join(distDir, folder), { protect }));
      return new Map([...staged].map(([folder, s]) => [folder, folderSink(s, join(distDir, folder))]));
    };
    let result: IncrementalResult;
    try {
      result = await buildIncrementally(rawDir, await open(), { warn, quiet: true, store, prewarm });
    } catch (error) {
      if (!(error instanceof CacheDamaged)) throw error;
      for (const s of staged.values()) await s.abort();
      result = await buildIncrementally(rawDir, await open(), { warn: () => undefined, quiet: true, store, verify: true });
    }
    if (result.problems.length) {
      for (const problem of result.problems) warn(problem.message);
      return 1;
    }
    for (const s of staged.values()) await s.commit();
    await recordDataset(store, distDir, result, folders);
    // The raw pages as this build read them: the ingest task then needs not read them again.
    await recordInputFolder(store, rawDir, result.keys.get('model')!);
    await store.keepRoots(result.roots);
    return 0;
  } finally {
    for (const s of staged.values()) await s.abort().catch(() => undefined);
    await store.close();
  }
}

/**
 * The task itself: brings dist/ up to date, then gives dist/ its own marker (the marker task's
 * output) when there is a dist/: only here, never when the ingest task repairs, so the marker task
 * hashes the same either way. The ingest's lines go to stderr as the ingest task always printed
 * them (pages with warnings, bad pages).
 *
 * @returns the exit code
 */
export async function runDatasetTask(rawDir: string, distDir: string): Promise<number> {
  const warn = (line: string) => process.stderr.write(`ingest: ${line}\n`);
  return updateDataset(rawDir, distDir, warn, [], true)
    .then(async (status) => (status === 0 && existsSync(distDir) ? markDatasetFolder(distDir).then(() => 0) : status))
    .catch((error: unknown) => {
      reportFailure(error, 'dataset');
      return Number(process.exitCode ?? 2);
    });
}
