// The Turborepo "dataset" task of the CLI: node lib/dataset-task.js <raw-dir> <dist-dir>
//
// The pipeline's work, done once and incrementally (see dataset-update.ts): every dataset folder
// that exists in dist/ is brought up to date from the raw pages, with what the build cache holds
// for unchanged pages and countries. As a script it uses a worker thread from the start, which
// loads the ingest while this thread reads the pages (see `IncrementalOptions.prewarm`).
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as update from './dataset-update.js';

const asScript = Boolean(process.argv[1]) && realpathSync(process.argv[1]!) === fileURLToPath(import.meta.url);

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
