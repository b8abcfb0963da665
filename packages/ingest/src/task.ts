// The Turborepo "ingest" task: node lib/task.js <raw-dir> <model-dir>
//
// In the pipeline, the CLI's `dataset` task (which runs first) has already brought dist/model/ up
// to date from the build cache; this task checks that the folder is exactly what the raw pages
// and the ingest's code make (its receipt: the key of every page, every file's stamp), and says
// nothing when it is. Otherwise (a missing folder, one changed since, a run that found the task's
// result in no cache) it makes the folder again: with the CLI's incremental build when it is
// installed beside this package, else by ingesting every page.
import { createRequire } from 'node:module';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDirFor, codeHash, ContentStore, folderIsCurrent, modelFolderKey, pageKey } from '@profiles/cache';
import { discoverRawPages, modelFiles, reportFailure, sortProfiles, writeFolderAtomically, type RawPage } from '@profiles/io';
import { isProfileError, ProfileError, type Profile } from '@profiles/model';

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
  const [{ ingestPage }, { pageWarningLine }] = await Promise.all([import('./ingest.js'), import('./warnings.js')]);
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

const [rawDir, modelDir] = process.argv.slice(2);
if (!rawDir || !modelDir) {
  process.stderr.write('usage: ingest <raw-dir> <model-dir>\n');
  process.exitCode = 2;
} else {
  try {
    const pages = await discoverRawPages(rawDir);
    const cache = cacheDirFor(modelDir);
    const store = cache === null ? null : await ContentStore.open(cache);
    if (store === null) await ingestAll(pages, modelDir);
    else if (!(await isCurrent(store, pages, modelDir))) {
      // The dataset's folders beside this one are brought up to date too; a missing one is its own task's.
      const update = basename(resolve(modelDir)) === 'model' ? await incrementalBuild() : null;
      const status = update ? await update(rawDir, dirname(resolve(modelDir)), (line) => process.stderr.write(`ingest: ${line}\n`), ['model']) : null;
      if (status !== null && status !== 0) process.exitCode = status;
      else if (status === null || !(await isCurrent(store, pages, modelDir))) await ingestAll(pages, modelDir);
    }
  } catch (error) {
    reportFailure(error, 'ingest');
  }
}
