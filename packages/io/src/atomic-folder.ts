import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { OutputFiles } from '@profiles/model';

/**
 * Replaces `dir` with exactly `files`, all at once: everything is written to a sibling temporary
 * folder first and swapped in by rename, so a failure leaves the previous folder untouched and a
 * reader never sees half an output.
 */
export async function writeFolderAtomically(dir: string, files: OutputFiles): Promise<void> {
  const target = resolve(dir);
  const stamp = `${process.pid}-${Date.now()}`;
  const temporary = `${target}.tmp-${stamp}`;
  const previous = `${target}.old-${stamp}`;
  await mkdir(dirname(target), { recursive: true });
  try {
    await mkdir(temporary, { recursive: true });
    for (const path of [...files.keys()].sort()) {
      if (path.startsWith('/') || path.split('/').includes('..')) throw new Error(`refusing to write outside the output folder: ${path}`);
      const full = join(temporary, path);
      await mkdir(dirname(full), { recursive: true });
      await writeFile(full, files.get(path)!);
    }
    let hadPrevious = true;
    try {
      await rename(target, previous);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      hadPrevious = false;
    }
    try {
      await rename(temporary, target);
    } catch (error) {
      if (hadPrevious) await rename(previous, target);
      throw error;
    }
    if (hadPrevious) await rm(previous, { recursive: true, force: true });
  } finally {
    await rm(temporary, { recursive: true, force: true });
  }
}

/** Puts each exporter's files under its own folder name: `csv/persons.csv`. */
export function nestFiles(folder: string, files: OutputFiles): OutputFiles {
  const nested: OutputFiles = new Map();
  for (const [path, content] of files) nested.set(`${folder}/${path}`, content);
  return nested;
}
