import { appendFile, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { OutputFiles } from '@profiles/model';

/**
 * An output folder being written: files go to a temporary sibling folder, and `commit` swaps it in
 * by rename, so a failure leaves the previous folder untouched and a reader never sees half an
 * output. Lets a build write page by page instead of holding every file in memory.
 */
export class StagedFolder {
  private readonly target: string;
  private readonly temporary: string;
  private readonly written = new Set<string>();

  private constructor(target: string, temporary: string) {
    this.target = target;
    this.temporary = temporary;
  }

  /** Starts writing a new version of `dir`. */
  static async open(dir: string): Promise<StagedFolder> {
    const target = resolve(dir);
    const temporary = `${target}.tmp-${process.pid}-${Date.now()}`;
    await mkdir(dirname(target), { recursive: true });
    await mkdir(temporary, { recursive: true });
    return new StagedFolder(target, temporary);
  }

  /** True when `path` was written already: two pages must not claim one output file. */
  has(path: string): boolean {
    return this.written.has(path);
  }

  /** Writes one file, by POSIX path relative to the folder. */
  async write(path: string, content: string): Promise<void> {
    if (path.startsWith('/') || path.split('/').includes('..')) throw new Error(`refusing to write outside the output folder: ${path}`);
    const full = join(this.temporary, path);
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, content);
    this.written.add(path);
  }

  /** Appends text to a file, creating it the first time: for tables written page by page. */
  async append(path: string, chunk: string): Promise<void> {
    if (path.startsWith('/') || path.split('/').includes('..')) throw new Error(`refusing to write outside the output folder: ${path}`);
    const full = join(this.temporary, path);
    if (!this.written.has(path)) await mkdir(dirname(full), { recursive: true });
    await appendFile(full, chunk);
    this.written.add(path);
  }

  /** Writes every file of a map, in path order. */
  async writeAll(files: OutputFiles): Promise<void> {
    for (const path of [...files.keys()].sort()) await this.write(path, files.get(path)!);
  }

  /** Swaps the new folder in for the old one. */
  async commit(): Promise<void> {
    const previous = `${this.temporary}.old`;
    let hadPrevious = true;
    try {
      await rename(this.target, previous);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      hadPrevious = false;
    }
    try {
      await rename(this.temporary, this.target);
    } catch (error) {
      if (hadPrevious) await rename(previous, this.target);
      throw error;
    }
    if (hadPrevious) await rm(previous, { recursive: true, force: true });
  }

  /** Drops everything written; the previous folder stays as it was. */
  async abort(): Promise<void> {
    await rm(this.temporary, { recursive: true, force: true });
  }
}

/**
 * Replaces `dir` with exactly `files`, all at once (see `StagedFolder`): on any failure the
 * previous folder is untouched and no temporary folder is left behind.
 */
export async function writeFolderAtomically(dir: string, files: OutputFiles): Promise<void> {
  const staged = await StagedFolder.open(dir);
  try {
    await staged.writeAll(files);
    await staged.commit();
  } catch (error) {
    await staged.abort();
    throw error;
  }
}

/** Puts each exporter's files under its own folder name: `csv/persons.csv`. */
export function nestFiles(folder: string, files: OutputFiles): OutputFiles {
  const nested: OutputFiles = new Map();
  for (const [path, content] of files) nested.set(`${folder}/${path}`, content);
  return nested;
}
