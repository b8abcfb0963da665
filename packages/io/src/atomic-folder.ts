import { mkdir, open, rename, rm, writeFile, type FileHandle } from 'node:fs/promises';
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
  /** Folders made already, so each file does not ask for its folder again. */
  private readonly folders = new Set<string>();
  /** Files being appended to, kept open: a table gets a chunk from every page. */
  private readonly appending = new Map<string, Promise<FileHandle>>();
  /** The last append to each file: the next one waits for it, so chunks land in call order. */
  private readonly appendTails = new Map<string, Promise<void>>();
  /** Every write and append still running, so `abort` can wait for them before removing the folder. */
  private readonly running = new Set<Promise<unknown>>();

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

  /** The file's place in the temporary folder, with its folder made. */
  private async place(path: string): Promise<string> {
    if (path.startsWith('/') || path.split('/').includes('..')) throw new Error(`refusing to write outside the output folder: ${path}`);
    const full = join(this.temporary, path);
    const folder = dirname(full);
    if (!this.folders.has(folder)) {
      await mkdir(folder, { recursive: true });
      this.folders.add(folder);
    }
    return full;
  }

  /** Runs one file operation, remembered until it settles. */
  private track<T>(operation: Promise<T>): Promise<T> {
    this.running.add(operation);
    const forget = () => this.running.delete(operation);
    operation.then(forget, forget);
    return operation;
  }

  /** Writes one file, by POSIX path relative to the folder. */
  write(path: string, content: string): Promise<void> {
    return this.track(
      (async () => {
        await writeFile(await this.place(path), content);
        this.written.add(path);
      })(),
    );
  }

  /**
   * Appends text to a file, creating it the first time: for tables written page by page. The file
   * stays open until `commit` or `abort`; appends to one file land in the order of the calls.
   */
  append(path: string, chunk: string): Promise<void> {
    let handle = this.appending.get(path);
    if (!handle) {
      handle = this.place(path).then((full) => open(full, 'a'));
      // A failed open is reported by the append that waits for it; `settle` skips it.
      handle.catch(() => undefined);
      this.appending.set(path, handle);
    }
    const opened = handle;
    const previous = this.appendTails.get(path) ?? Promise.resolve();
    const appended = previous.catch(() => undefined).then(async () => {
      await (await opened).appendFile(chunk);
      this.written.add(path);
    });
    this.appendTails.set(path, appended);
    return this.track(appended);
  }

  /** Writes every file of a map, in path order. */
  async writeAll(files: OutputFiles): Promise<void> {
    for (const path of [...files.keys()].sort()) await this.write(path, files.get(path)!);
  }

  /** Waits for every write still running, then closes the files kept open for appending. */
  private async settle(): Promise<void> {
    while (this.running.size) await Promise.allSettled([...this.running]);
    const handles = await Promise.allSettled([...this.appending.values()]);
    this.appending.clear();
    this.appendTails.clear();
    const closed = await Promise.allSettled(handles.flatMap((h) => (h.status === 'fulfilled' ? [h.value.close()] : [])));
    const failed = closed.find((c) => c.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;
  }

  /** Swaps the new folder in for the old one. */
  async commit(): Promise<void> {
    await this.settle();
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

  /**
   * Drops everything written, once no write is running any more (one still running could make a
   * folder again after the removal); the previous folder stays as it was.
   */
  async abort(): Promise<void> {
    await this.settle().catch(() => undefined);
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
