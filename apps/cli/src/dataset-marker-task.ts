// The Turborepo "export" task of the CLI: node lib/dataset-marker-task.js <dist-dir>
//
// The pipeline writes dist/ folder by folder (model/, csv/, jsonld/, markdown/, each by its own
// task, each with its own marker); this task gives dist/ itself the marker that `profiles build`
// writes, so that `profiles build` accepts the pipeline's dist/ as a dataset of this tool, and the
// two write the same bytes. It refuses a folder holding anything a dataset does not hold.
import { realpathSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// The marker alone: a folder that is already marked loads nothing more (not @profiles/io, not zod).
import { DATASET_MARKER, DATASET_MARKER_TEXT } from '@profiles/io/marker';
import { DATASET_FOLDERS } from './dataset-folders.js';

/** Writes `<dir>/.profiles-dataset`, when `dir` holds only what a dataset holds. */
export async function markDatasetFolder(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const known = new Set<string>([DATASET_MARKER, ...DATASET_FOLDERS]);
  // A task's lock, journal or temporary folder beside its own folder (`.csv.profiles-new-…`).
  const foreign = (await readdir(dir)).filter((name) => !known.has(name) && !/^\.[^/]+\.profiles-/.test(name));
  if (foreign.length) {
    const { OutputFolderError, showPath } = await import('@profiles/io');
    throw new OutputFolderError(`refusing to mark ${showPath(dir)} as a dataset: it holds ${showPath(foreign.sort()[0]!)}, which profiles does not write`, 'refused');
  }
  const marker = join(dir, DATASET_MARKER);
  const current = await readFile(marker, 'utf8').catch(() => null);
  if (current === DATASET_MARKER_TEXT) return;
  await writeFile(`${marker}.tmp-${process.pid}`, DATASET_MARKER_TEXT);
  await rename(`${marker}.tmp-${process.pid}`, marker);
}

// Run as a script only (the dataset task imports `markDatasetFolder` from here).
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, ...rest] = process.argv.slice(2);
  if (!dir || rest.length) {
    process.stderr.write('usage: dataset-marker-task <dist-dir>\n');
    process.exitCode = 2;
  } else {
    await markDatasetFolder(dir).catch(async (error: unknown) => (await import('@profiles/io')).reportFailure(error, 'dataset-marker'));
  }
}
