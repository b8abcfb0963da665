import { cacheDirFor, codeHash, ContentStore, exportFolderKey, folderIsCurrent, readReceipt, recordFolder, sha256 } from '@profiles/cache';
import { isProfileError, type Exporter, type OutputFiles } from '@profiles/model';
import { DATASET_MARKER, DATASET_MARKER_TEXT, isOutputFolderError, writeFolderAtomically } from './atomic-folder.js';
import { readModels } from './models.js';

/**
 * Prints a user-facing failure as one line and sets the exit code: 1 for bad input, 2 for anything
 * unexpected (a bug: then the stack is worth having, behind PROFILES_DEBUG=1), or an output folder
 * that was refused or could not be written (one line, no stack: "no space left writing …").
 */
export function reportFailure(error: unknown, tool: string): void {
  if (isOutputFolderError(error)) {
    process.stderr.write(`${tool}: ${error.message}\n`);
    process.exitCode = 2;
    return;
  }
  if (isProfileError(error)) {
    process.stderr.write(`${tool}: ${error.message}\n`);
    process.exitCode = 1;
    return;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${tool}: internal error: ${message}${process.env.PROFILES_DEBUG ? `\n${(error as Error).stack}` : ''}\n`);
  process.exitCode = 2;
}

/** What an export task knows of its exporter for the build cache: its identity (with options), and its package. */
export interface ExportTaskCache {
  /** The exporter's `countries.id` (`CountryExporter` of `@profiles/cache`). */
  id: string;
  /** The exporter's package folder, whose code (with its dependencies') keys the output. */
  packageDir: string;
}

/**
 * The key `outDir` must have been written from, when the model folder is exactly what a build
 * recorded (its receipt's key, every file's stamp); else null.
 */
async function exportKey(store: ContentStore, modelDir: string, cache: ExportTaskCache): Promise<string | null> {
  const model = await readReceipt(store, modelDir);
  if (!model || !(await folderIsCurrent(store, modelDir, model.key))) return null;
  return exportFolderKey(model.key, cache.id, await codeHash(cache.packageDir));
}

/** Records what was written into `outDir` (its files and the marker) under `key`. */
async function recordExport(store: ContentStore, outDir: string, key: string, files: OutputFiles): Promise<void> {
  const shas = new Map([...files].map(([path, content]) => [path, sha256(content)]));
  shas.set(DATASET_MARKER, sha256(DATASET_MARKER_TEXT));
  await recordFolder(store, outDir, key, shas);
}

/**
 * The body of a Turborepo export task: `node lib/task.js <model-dir> <out-dir>` reads the validated
 * models and replaces `<out-dir>` with the exporter's files, all at once. With `cache`, a folder
 * the build cache's receipts show to be exactly what these models make (the pipeline's `dataset`
 * task wrote it just before) is left as it is; `exporter` may be `{ load }`, so that such a task
 * never loads the exporter.
 */
export async function runExportTask(name: string, exporter: Exporter | { load: () => Promise<Exporter> }, argv = process.argv.slice(2), cache?: ExportTaskCache): Promise<void> {
  const [modelDir, outDir] = argv;
  if (!modelDir || !outDir || argv.length !== 2) {
    process.stderr.write(`usage: ${name} <model-dir> <out-dir>\n`);
    process.exitCode = 2;
    return;
  }
  try {
    const dir = cache ? cacheDirFor(outDir) : null;
    const store = dir === null ? null : await ContentStore.open(dir);
    const key = store && cache ? await exportKey(store, modelDir, cache) : null;
    if (store && key && (await folderIsCurrent(store, outDir, key))) return;
    const run = typeof exporter === 'function' ? exporter : await exporter.load();
    const files = run(await readModels(modelDir));
    await writeFolderAtomically(outDir, files);
    if (store && key) await recordExport(store, outDir, key, files);
  } catch (error) {
    reportFailure(error, name);
  }
}
