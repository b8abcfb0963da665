// The Turborepo "dataset" task of the CLI: node lib/dataset-task.js <raw-dir> <dist-dir>
//
// The pipeline's work, done once and incrementally (see dataset-update.ts): every dataset folder
// that exists in dist/ is brought up to date from the raw pages, with what the build cache holds
// for unchanged pages and countries. Run as a script, it first starts the worker thread that will
// ingest an edited page, so that the ingest loads there while this thread loads the rest and reads
// the pages; only then are the build's modules loaded.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startWarmWorker } from './warm-worker.js';

const asScript = Boolean(process.argv[1]) && realpathSync(process.argv[1]!) === fileURLToPath(import.meta.url);
if (asScript) startWarmWorker();

const update = await import('./dataset-update.js');

/** See `updateDataset` of dataset-update.ts (the ingest task imports it from here). */
export const updateDataset = update.updateDataset;

if (asScript) {
  const [rawDir, distDir, ...rest] = process.argv.slice(2);
  if (!rawDir || !distDir || rest.length) {
    process.stderr.write('usage: dataset-task <raw-dir> <dist-dir>\n');
    process.exitCode = 2;
  } else {
    process.exitCode = await update.runDatasetTask(rawDir, distDir);
  }
}
