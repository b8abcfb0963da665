// The Turborepo "ingest" task: node lib/task.js <raw-dir> <model-dir>
//
// In the pipeline, the CLI's `dataset` task (which runs first) has already brought dist/model/ up
// to date from the build cache, and recorded the raw pages it read. This task checks, loading
// nothing but @profiles/cache, that neither the pages nor the folder changed since (their
// receipts), and says nothing when they did not. Otherwise it checks the folder against the pages'
// bytes (their keys), and when it is not what they make (a missing folder, one changed since, a
// run that found the dataset task's result in no cache) it makes the folder again: with the CLI's
// incremental build when it is installed beside this package, else by ingesting every page.
import { createRequire } from 'node:module';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDirFor, codeHash, ContentStore, folderIsCurrent, modelFolderKey, outputOfInputsIsCurrent, pageKey } from '@profiles/cache';
import type { RawPage } from '@profiles/io';
import type { Profile, ProfileError } from '@profiles/model';

const PACKAGE = fileURLToPath(new URL('..', import.meta.url));

/** True when `modelDir` holds exactly what the build cache's receipt says these pages make. */
async function isCurrent(store: ContentStore, pages: readonly RawPage[], modelDir: string): Promise<boolean> {
  const code = await codeHash(PACKAGE);
  return folderIsCurrent(store, modelDir, modelFolderKey(code, pages.map((page) => ({ file: page.file, key: pageKey(code, page) }))));
}

type Update = (raw: string, dist: string, warn: (line: string) => void, also: readonly string[]) => Promise<number>;

/** The CLI's incremental build of a dataset folder's parent, when the CLI is installed here; else null. */
async function incrementalBuild(): Promise<Update | null> {
  try {
    // Not a dependency (the CLI depends on this package): found only in a workspace that has both.
    const module = (await import(createRequire(import.meta.url).resolve('@profiles/cli/lib/dataset-task.js'))) as { updateDataset?: Update };
    return module.updateDataset ?? null;
  } catch {
    return null;
  }
}

/** Ingests every page and replaces the model folder: the task as it is without a cache. */
async function ingestAll(pages: readonly RawPage[], modelDir: string): Promise<void> {
  // Loaded only here: a task whose folder is current never parses a page.
  const [{ ingestPage }, { pageWarningLine }, { isProfileError }, { modelFiles, sortProfiles, writeFolderAtomically }] = await Promise.all([
    import('./ingest.js'),
    import('./warnings.js'),
    import('@profiles/model'),
    import('@profiles/io'),
  ]);
  const profiles: Profile[] = [];
  const problems: ProfileError[] = [];
  for (const page of pages) {
    try {
      profiles.push(ingestPage(page));
    } catch (error) {
      if (!isProfileError(error)) throw error;
      problems.push(error);
    }
  }
  for (const problem of problems) process.stderr.write(`ingest: ${problem.message}\n`);
  // A page with warnings builds; one line says what was not understood on it.
  for (const profile of profiles) {
    const line = pageWarningLine(profile);
    if (line) process.stderr.write(`ingest: ${line}\n`);
  }
  if (problems.length) process.exitCode = 1;
  else await writeFolderAtomically(modelDir, modelFiles(sortProfiles(profiles)));
}

/** The task when the receipts do not vouch for the folder: the pages read, keyed and, if need be, built. */
async function checkAndBuild(rawDir: string, modelDir: string): Promise<void> {
  const { discoverRawPages } = await import('@profiles/io');
  const pages = await discoverRawPages(rawDir);
  const cache = cacheDirFor(modelDir);
  const store = cache === null ? null : await ContentStore.open(cache);
  if (store === null) return ingestAll(pages, modelDir);
  if (await isCurrent(store, pages, modelDir)) return;
  // The dataset's folders beside this one are brought up to date too; a missing one is its own task's.
  const update = basename(resolve(modelDir)) === 'model' ? await incrementalBuild() : null;
  const status = update ? await update(rawDir, dirname(resolve(modelDir)), (line) => process.stderr.write(`ingest: ${line}\n`), ['model']) : null;
  if (status !== null && status !== 0) process.exitCode = status;
  else if (status === null || !(await isCurrent(store, pages, modelDir))) await ingestAll(pages, modelDir);
}

const [rawDir, modelDir] = process.argv.slice(2);
if (!rawDir || !modelDir) {
  process.stderr.write('usage: ingest <raw-dir> <model-dir>\n');
  process.exitCode = 2;
} else if (!(await outputOfInputsIsCurrent(rawDir, modelDir).catch(() => false))) {
  await checkAndBuild(rawDir, modelDir).catch(async (error: unknown) => (await import('@profiles/io')).reportFailure(error, 'ingest'));
}
