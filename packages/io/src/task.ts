import { isProfileError, type Exporter } from '@profiles/model';
import { isOutputFolderError, writeFolderAtomically } from './atomic-folder.js';
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

/**
 * The body of a Turborepo export task: `node lib/task.js <model-dir> <out-dir>` reads the validated
 * models and replaces `<out-dir>` with the exporter's files, all at once.
 */
export async function runExportTask(name: string, exporter: Exporter, argv = process.argv.slice(2)): Promise<void> {
  const [modelDir, outDir] = argv;
  if (!modelDir || !outDir || argv.length !== 2) {
    process.stderr.write(`usage: ${name} <model-dir> <out-dir>\n`);
    process.exitCode = 2;
    return;
  }
  try {
    const profiles = await readModels(modelDir);
    await writeFolderAtomically(outDir, exporter(profiles));
  } catch (error) {
    reportFailure(error, name);
  }
}
