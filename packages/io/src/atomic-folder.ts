import { randomBytes } from 'node:crypto';
import { hostname, homedir } from 'node:os';
import { copyFile, link, lstat, mkdir, open, readdir, readFile, realpath, rename, rm, rmdir, unlink, writeFile, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, parse, relative, resolve, sep } from 'node:path';
import type { OutputFiles } from '@profiles/model';
import { DATASET_MARKER, DATASET_MARKER_TEXT } from './marker.js';
import { testFault } from './faults.js';
import { showPath } from './show.js';

export { DATASET_MARKER, DATASET_MARKER_TEXT } from './marker.js';

/**
 * The output folder cannot be written as asked: refused (not a dataset of this tool, the raw
 * folder, an ancestor of the current folder…), busy (another build writes it) or a filesystem
 * failure ("no space left writing dist/csv/persons.csv"). One line; the commands exit 2.
 */
export class OutputFolderError extends Error {
  override readonly name = 'OutputFolderError';
  constructor(
    message: string,
    readonly kind: 'refused' | 'busy' | 'filesystem',
  ) {
    super(message);
  }
}

export function isOutputFolderError(error: unknown): error is OutputFolderError {
  return error instanceof OutputFolderError;
}

/** One line for a failed filesystem call on `shown` (a path as the user knows it). */
export function describeFsError(error: unknown, shown: string, doing = 'writing'): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOSPC':
      return `no space left ${doing} ${shown}`;
    case 'EDQUOT':
      return `disk quota exceeded ${doing} ${shown}`;
    case 'EACCES':
    case 'EPERM':
      return `permission denied: ${shown}`;
    case 'EROFS':
      return `read-only file system: ${shown}`;
    case 'ENOTDIR':
      return `not a folder on the way to ${shown}`;
    case 'EISDIR':
      return `${shown} is a folder`;
    case 'EMFILE':
    case 'ENFILE':
      return `too many open files ${doing} ${shown}`;
    case 'EIO':
      return `input/output error ${doing} ${shown}`;
    case 'ENOENT':
      return `not found: ${shown}`;
    default:
      return `${code ?? 'failed'} ${doing} ${shown}${code ? '' : `: ${(error as Error)?.message ?? String(error)}`}`;
  }
}

/** Why a filesystem call failed, in words: "permission denied", "it is a folder". */
export function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const reasons: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'it is a folder',
    ENOTDIR: 'not a folder',
    ENOENT: 'not found',
    ELOOP: 'symbolic link loop',
    EIO: 'input/output error',
    EMFILE: 'too many open files',
  };
  return (code && reasons[code]) ?? (code || (error as Error)?.message || String(error));
}

/** Turns a failed filesystem call into an OutputFolderError; anything else passes through. */
function fsFailure(error: unknown, shown: string, doing = 'writing'): unknown {
  if (error instanceof OutputFolderError) return error;
  if (typeof (error as NodeJS.ErrnoException | null)?.code !== 'string') return error;
  return new OutputFolderError(describeFsError(error, shown, doing), 'filesystem');
}

/** True when `inner` is `outer` or lies inside it. */
function within(inner: string, outer: string): boolean {
  const path = relative(outer, inner);
  return path === '' || (!path.startsWith(`..${sep}`) && path !== '..' && !path.startsWith(sep) && !/^[A-Za-z]:/.test(path));
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/** The real path of `path`, or of its nearest existing ancestor with the rest appended. */
async function realish(path: string): Promise<string> {
  const rest: string[] = [];
  let at = path;
  for (;;) {
    try {
      return join(await realpath(at), ...rest.reverse());
    } catch {
      const up = dirname(at);
      if (up === at) return path;
      rest.push(basename(at));
      at = up;
    }
  }
}

/** A folder an output folder must never replace, hold or sit in: `{ path: 'raw', name: 'the raw folder raw' }`. */
export interface ProtectedFolder {
  path: string;
  name: string;
}

export interface OutputOptions {
  /** Input folders the output must not be, hold or lie inside (the raw folder, a previous release). */
  protect?: readonly ProtectedFolder[];
  /** Write `DATASET_MARKER` into the new folder (default true). */
  marker?: boolean;
}

/** True when `dir` holds a marker this tool wrote. */
async function hasMarker(dir: string): Promise<boolean> {
  try {
    const marker = JSON.parse(await readFile(join(dir, DATASET_MARKER), 'utf8')) as { generator?: unknown } | null;
    return marker?.generator === 'country-profiles';
  } catch {
    return false;
  }
}

/**
 * Refuses an output folder that must not be replaced, before anything is touched: an empty name,
 * the filesystem root, the home folder, the current folder or an ancestor of it, a protected input
 * folder (or a folder holding it or inside it), a file, a symbolic link, a repository root.
 *
 * @throws OutputFolderError (kind `refused`)
 */
export async function checkOutputPath(dir: string, protect: readonly ProtectedFolder[] = []): Promise<void> {
  if (dir.trim() === '') throw new OutputFolderError('the output folder is an empty string (an unset variable?): give the folder to write', 'refused');
  const shown = showPath(dir);
  const lexical = resolve(dir);
  const real = await realish(lexical);
  const refuse = (why: string) => new OutputFolderError(`refusing to write ${shown}: ${why}`, 'refused');
  for (const target of new Set([lexical, real])) {
    if (target === parse(target).root) throw refuse('it is the filesystem root');
    if (target === resolve(homedir())) throw refuse('it is the home folder');
    for (const cwd of new Set([process.cwd(), await realish(process.cwd())])) {
      if (within(cwd, target)) throw refuse(cwd === target ? 'it is the current folder' : 'it holds the current folder');
    }
    for (const folder of protect) {
      for (const path of new Set([resolve(folder.path), await realish(resolve(folder.path))])) {
        if (path === target) throw refuse(`it is ${folder.name}`);
        if (within(path, target)) throw refuse(`it holds ${folder.name}`);
        if (within(target, path)) throw refuse(`it is inside ${folder.name}`);
      }
    }
  }
  let info;
  try {
    info = await lstat(lexical);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw fsFailure(error, shown, 'reading');
  }
  if (info.isSymbolicLink()) throw refuse('it is a symbolic link (give the folder it points to)');
  if (!info.isDirectory()) throw refuse('it is a file, not a folder');
  if (await exists(join(lexical, '.git')).catch(() => true)) throw refuse('it is a repository root');
}

/**
 * Refuses a folder that holds anything but a dataset this tool wrote: it must be missing, empty or
 * carry `DATASET_MARKER`.
 */
async function checkOutputContent(target: string, shown: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw fsFailure(error, shown, 'reading');
  }
  if (names.length === 0 || (await hasMarker(target))) return;
  throw new OutputFolderError(
    `refusing to replace ${shown}: it is not empty and was not written by profiles (no ${DATASET_MARKER} in it); choose a new or empty folder`,
    'refused',
  );
}

// ---------------------------------------------------------------------------------------------
// The lock: one writer per output folder.

/** True when process `pid` on this host is running (or cannot be asked, which counts as running). */
function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

interface LockOwner {
  pid: number;
  host: string;
}

async function readOwner(path: string): Promise<LockOwner | null> {
  try {
    const owner = JSON.parse(await readFile(path, 'utf8')) as LockOwner;
    return typeof owner?.pid === 'number' && typeof owner.host === 'string' ? owner : null;
  } catch {
    return null;
  }
}

/** A lock held by nobody: its process is gone (same host), or its file is unreadable garbage. */
function isStale(owner: LockOwner | null): boolean {
  return owner === null || (owner.host === hostname() && !isRunning(owner.pid));
}

/**
 * Takes the lock file `path` (created exclusively, holding this process's pid). A lock left by a
 * dead process is taken over; a live one is refused with `busy`.
 *
 * @returns a function that gives the lock back
 */
async function acquireLock(path: string, shown: string): Promise<() => Promise<void>> {
  const mine: LockOwner = { pid: process.pid, host: hostname() };
  for (let attempt = 0; attempt < 5; attempt += 1) {
    try {
      const handle = await open(path, 'wx');
      try {
        await handle.writeFile(`${JSON.stringify(mine)}\n`);
      } finally {
        await handle.close();
      }
      return async () => {
        const owner = await readOwner(path);
        if (owner?.pid === mine.pid && owner.host === mine.host) await unlink(path).catch(() => undefined);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw fsFailure(error, shown);
    }
    const owner = await readOwner(path);
    if (!isStale(owner)) {
      // A lock being written right now reads as garbage for a moment: look again before taking it.
      throw new OutputFolderError(`another build is writing ${shown} (process ${owner!.pid}${owner!.host === mine.host ? '' : ` on ${owner!.host}`}); wait for it to finish`, 'busy');
    }
    if (owner === null && attempt === 0) {
      await new Promise((done) => setTimeout(done, 50));
      continue;
    }
    // Take the dead process's lock over: move it aside (only one taker can), check it is still the
    // dead one, and put back a live lock that was moved by mistake.
    const aside = `${path}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
    try {
      await rename(path, aside);
    } catch {
      continue;
    }
    const moved = await readOwner(aside);
    if (!isStale(moved)) await rename(aside, path).catch(() => undefined);
    else await unlink(aside).catch(() => undefined);
  }
  throw new OutputFolderError(`another build is writing ${shown}; wait for it to finish`, 'busy');
}

// ---------------------------------------------------------------------------------------------
// The swap and its repair.

/** The names a swap of `<parent>/<name>` uses beside it. */
function siblings(parent: string, name: string) {
  return {
    lock: join(parent, `.${name}.profiles-lock`),
    journal: join(parent, `.${name}.profiles-swap`),
    newPrefix: `.${name}.profiles-new-`,
    oldPrefix: `.${name}.profiles-old-`,
  };
}

interface Journal {
  staged: string;
  old: string;
}

/**
 * Puts an output folder back in order after a run that died (the lock must be held): a swap that
 * was cut between its two renames gets the previous folder back; the temporary folders of dead
 * runs (and of this tool's older versions) are removed. Returns what was done, one line each.
 */
async function recover(parent: string, name: string, shown: string): Promise<string[]> {
  const target = join(parent, name);
  const { journal: journalPath, newPrefix, oldPrefix } = siblings(parent, name);
  const done: string[] = [];
  let journal: Journal | null = null;
  try {
    journal = JSON.parse(await readFile(journalPath, 'utf8')) as Journal;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') journal = { staged: '', old: '' };
  }
  if (journal) {
    const old = journal.old && basename(journal.old) === journal.old && journal.old.startsWith(oldPrefix) ? join(parent, journal.old) : null;
    if (!(await exists(target)) && old && (await exists(old))) {
      await rename(old, target);
      done.push(`${shown}: put the previous dataset back after a build that died while swapping it`);
    }
  }
  let names: string[] = [];
  try {
    names = await readdir(parent);
  } catch {
    return done;
  }
  let removed = 0;
  for (const entry of names) {
    const legacy = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.tmp-(\\d+)-\\d+(\\.old)?$`).exec(entry);
    if (legacy) {
      // Left by an older version of this tool, which had no lock: only when its process is gone.
      if (isRunning(Number(legacy[1]))) continue;
      if (legacy[2] && !(await exists(target))) {
        await rename(join(parent, entry), target);
        done.push(`${shown}: put the previous dataset back after a build that died while swapping it`);
        continue;
      }
    } else if (!entry.startsWith(newPrefix) && !entry.startsWith(oldPrefix) && !entry.startsWith(`.${name}.profiles-lock.stale-`)) {
      continue;
    }
    await rm(join(parent, entry), { recursive: true, force: true });
    removed += 1;
  }
  if (removed) done.push(`${shown}: removed ${removed} temporary folder${removed === 1 ? '' : 's'} of a build that did not finish`);
  if (journal) await unlink(journalPath).catch(() => undefined);
  return done;
}

/**
 * Repairs an output folder left by a build that died (see `StagedFolder`): finishes or undoes a
 * cut swap and removes dead runs' temporary folders. Does nothing while another build holds the
 * folder. For readers of a dataset (`diff`, `release --previous`, `validate`) before they read it.
 *
 * @returns what was repaired, one line each (empty when nothing needed it)
 */
export async function repairOutputFolder(dir: string): Promise<string[]> {
  const target = resolve(dir);
  const parent = dirname(target);
  const name = basename(target);
  const { lock, journal, newPrefix, oldPrefix } = siblings(parent, name);
  let names: string[];
  try {
    names = await readdir(parent);
  } catch {
    return [];
  }
  // Nothing to repair: don't take a lock (a reader may have no right to write there).
  const leftover = names.some((n) => n === basename(journal) || n.startsWith(newPrefix) || n.startsWith(oldPrefix) || n.startsWith(`${name}.tmp-`));
  if (!leftover) {
    // A lock alone, of a process that died before it staged anything: nothing else to undo.
    if (names.includes(basename(lock)) && isStale(await readOwner(lock))) {
      const release = await acquireLock(lock, showPath(dir)).catch(() => null);
      await release?.();
    }
    return [];
  }
  let release: () => Promise<void>;
  try {
    release = await acquireLock(lock, showPath(dir));
  } catch {
    return [];
  }
  try {
    return await recover(parent, name, showPath(dir));
  } finally {
    await release();
  }
}

// ---------------------------------------------------------------------------------------------
// Signals: a build stopped by Ctrl-C or SIGTERM removes what it staged before it exits.

const active = new Set<StagedFolder>();
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
let stopping = false;

function onSignal(signal: NodeJS.Signals): void {
  if (stopping) return;
  stopping = true;
  void Promise.allSettled([...active].map((folder) => folder.interrupt())).then(() => {
    for (const s of SIGNALS) process.removeListener(s, onSignal);
    // Die of the signal as if no handler had been installed: the caller sees 130 for Ctrl-C.
    process.kill(process.pid, signal);
  });
}

function watchSignals(folder: StagedFolder): void {
  if (active.size === 0) for (const s of SIGNALS) process.on(s, onSignal);
  active.add(folder);
}

function unwatchSignals(folder: StagedFolder): void {
  if (!active.delete(folder) || active.size) return;
  if (!stopping) for (const s of SIGNALS) process.removeListener(s, onSignal);
}

/**
 * Removes a folder this tool wrote (the previous dataset once swapped out): its entries all at
 * once, each by its known type (no `lstat` per file, as a generic recursive removal asks), with
 * the generic removal for whatever is left after a failure.
 */
async function removeTree(dir: string): Promise<void> {
  const empty = async (at: string): Promise<void> => {
    const entries = await readdir(at, { withFileTypes: true });
    await Promise.all(entries.map((entry) => (entry.isDirectory() ? empty(join(at, entry.name)).then(() => rmdir(join(at, entry.name))) : unlink(join(at, entry.name)))));
  };
  await empty(dir)
    .then(() => rmdir(dir))
    .catch(() => rm(dir, { recursive: true, force: true }));
}

/**
 * An output folder being written: files go to a temporary folder beside it, and `commit` swaps it
 * in, so a reader never sees half an output and a failure leaves the previous folder untouched.
 * Lets a build write page by page instead of holding every file in memory.
 *
 * Safe against the user and against crashes:
 * - `open` refuses a folder that is not a dataset of this tool (see `checkOutputPath`, `DATASET_MARKER`);
 * - one writer per folder: a lock file beside it (`.<name>.profiles-lock`, a dead process's is taken over);
 * - the swap is recorded first (`.<name>.profiles-swap`): a run that dies between moving the
 *   previous folder aside and moving the new one in is undone by the next run, which also removes
 *   the temporary folders of dead runs;
 * - SIGINT, SIGTERM and SIGHUP remove the temporary folder (or let a started swap finish) before exiting.
 */
export class StagedFolder {
  private readonly written = new Set<string>();
  /** Folders made or being made, so each file does not ask for its folder again (nor do files written at once). */
  private readonly folders = new Map<string, Promise<unknown>>();
  /** Files being appended to, kept open: a table gets a chunk from every page. */
  private readonly appending = new Map<string, Promise<FileHandle>>();
  /** The last append to each file: the next one waits for it, so chunks land in call order. */
  private readonly appendTails = new Map<string, Promise<void>>();
  /** Every write and append still running, so `abort` can wait for them before removing the folder. */
  private readonly running = new Set<Promise<unknown>>();
  private state: 'open' | 'committing' | 'closed' = 'open';
  private committing: Promise<void> | null = null;
  /** True from the moment the swap is recorded: from then on it runs to its end. */
  private swapping = false;

  private constructor(
    private readonly target: string,
    /** The folder as the user named it, for messages. */
    private readonly shown: string,
    private readonly temporary: string,
    private readonly marker: boolean,
    private readonly unlock: () => Promise<void>,
  ) {}

  /**
   * Starts writing a new version of `dir`.
   *
   * @throws OutputFolderError when `dir` must not be replaced, another build writes it, or it cannot be written
   */
  static async open(dir: string, options: OutputOptions = {}): Promise<StagedFolder> {
    await checkOutputPath(dir, options.protect);
    const shown = showPath(dir.replace(/(.)[/\\]+$/, '$1'));
    const target = resolve(dir);
    const parent = dirname(target);
    const name = basename(target);
    try {
      await mkdir(parent, { recursive: true });
    } catch (error) {
      throw fsFailure(error, showPath(dirname(dir)));
    }
    const { lock, newPrefix } = siblings(parent, name);
    const unlock = await acquireLock(lock, shown);
    try {
      for (const line of await recover(parent, name, shown)) process.stderr.write(`profiles: ${line}\n`);
      await checkOutputContent(target, shown);
      await testFault('locked');
      const temporary = join(parent, `${newPrefix}${process.pid}-${randomBytes(4).toString('hex')}`);
      try {
        await testFault('mkdir-staged');
        await mkdir(temporary);
      } catch (error) {
        throw fsFailure(error, `${showPath(dirname(dir))} (the new ${shown} is written beside the old one)`);
      }
      const folder = new StagedFolder(target, shown, temporary, options.marker ?? true, unlock);
      watchSignals(folder);
      return folder;
    } catch (error) {
      await unlock();
      throw error;
    }
  }

  /** True when `path` was written already: two pages must not claim one output file. */
  has(path: string): boolean {
    return this.written.has(path);
  }

  /** The file's place in the temporary folder, with its folder made. */
  private async place(path: string): Promise<string> {
    if (this.state !== 'open') throw new Error(`${this.shown} is no longer being written`);
    if (path.startsWith('/') || path.split('/').includes('..')) throw new Error(`refusing to write outside the output folder: ${path}`);
    const full = join(this.temporary, path);
    const folder = dirname(full);
    let made = this.folders.get(folder);
    if (!made) {
      made = mkdir(folder, { recursive: true });
      this.folders.set(folder, made);
      // A failed mkdir is asked again by the next file (and reported by this one).
      made.catch(() => this.folders.delete(folder));
    }
    await made;
    return full;
  }

  /** Runs one file operation on `path`, remembered until it settles; a system error names the file. */
  private track<T>(path: string, operation: () => Promise<T>): Promise<T> {
    const running = (async () => {
      try {
        await testFault(path);
        return await operation();
      } catch (error) {
        throw fsFailure(error, `${this.shown}/${showPath(path)}`);
      }
    })();
    this.running.add(running);
    const forget = () => this.running.delete(running);
    running.then(forget, forget);
    return running;
  }

  /** Writes one file, by POSIX path relative to the folder. */
  write(path: string, content: string): Promise<void> {
    return this.track(path, async () => {
      await writeFile(await this.place(path), content);
      this.written.add(path);
    });
  }

  /**
   * Puts in, as `path`, a file the previous folder holds with the right bytes already (an
   * incremental build keeps every file an edit did not change): a hard link to it, so nothing is
   * read or copied, else a copy. The previous folder itself is never touched.
   *
   * @returns true when it is the very file (linked), false when it is a copy
   */
  keep(path: string, from: string): Promise<boolean> {
    return this.track(path, async () => {
      const to = await this.place(path);
      const linked = await link(from, to).then(
        () => true,
        () => copyFile(from, to).then(() => false),
      );
      this.written.add(path);
      return linked;
    });
  }

  /** Copies the file `from` (the build's cache holds it) in as `path`. */
  copy(path: string, from: string): Promise<void> {
    return this.track(path, async () => {
      await copyFile(from, await this.place(path));
      this.written.add(path);
    });
  }

  /**
   * Appends text to a file, creating it the first time: for tables written page by page. The file
   * stays open until `commit` or `abort`; appends to one file land in the order of the calls.
   */
  append(path: string, chunk: string | Uint8Array): Promise<void> {
    let handle = this.appending.get(path);
    if (!handle) {
      handle = this.place(path).then((full) => open(full, 'a'));
      // A failed open is reported by the append that waits for it; `settle` skips it.
      handle.catch(() => undefined);
      this.appending.set(path, handle);
    }
    const opened = handle;
    const previous = this.appendTails.get(path) ?? Promise.resolve();
    const appended = this.track(path, () =>
      previous.catch(() => undefined).then(async () => {
        await (await opened).appendFile(chunk);
        this.written.add(path);
      }),
    );
    this.appendTails.set(path, appended.catch(() => undefined));
    return appended;
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
    if (failed) throw fsFailure((failed as PromiseRejectedResult).reason, this.shown);
  }

  /**
   * Swaps the new folder in for the old one. The swap is recorded before the first rename, so a
   * run that dies in it is repaired by the next (see `repairOutputFolder`).
   */
  async commit(): Promise<void> {
    if (this.state !== 'open') throw new Error(`${this.shown} is no longer being written`);
    this.state = 'committing';
    this.committing = this.swap();
    try {
      await this.committing;
    } catch (error) {
      // Put things back as they were: the previous folder in place, no temporary folder.
      await this.cleanUp();
      throw error;
    } finally {
      this.state = 'closed';
      await this.unlock();
      unwatchSignals(this);
    }
  }

  private async swap(): Promise<void> {
    await this.settle();
    if (this.marker && !this.written.has(DATASET_MARKER)) {
      try {
        await writeFile(join(this.temporary, DATASET_MARKER), DATASET_MARKER_TEXT);
      } catch (error) {
        throw fsFailure(error, `${this.shown}/${DATASET_MARKER}`);
      }
    }
    await testFault('staged');
    // Interrupted while the last writes settled: `interrupt` has dropped the folder.
    if (this.state !== 'committing') throw new Error(`${this.shown}: the build was interrupted`);
    this.swapping = true;
    const parent = dirname(this.target);
    const name = basename(this.target);
    const { journal, oldPrefix } = siblings(parent, name);
    const old = join(parent, `${oldPrefix}${process.pid}-${randomBytes(4).toString('hex')}`);
    try {
      await writeFile(`${journal}.tmp`, `${JSON.stringify({ staged: basename(this.temporary), old: basename(old) } satisfies Journal)}\n`);
      await rename(`${journal}.tmp`, journal);
    } catch (error) {
      throw fsFailure(error, showPath(join(dirname(this.shown), basename(journal))));
    }
    await testFault('journal');
    let hadPrevious = true;
    try {
      await testFault('rename-old');
      await rename(this.target, old);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw fsFailure(error, this.shown, 'replacing');
      hadPrevious = false;
    }
    await testFault('moved-old');
    try {
      await rename(this.temporary, this.target);
    } catch (error) {
      if (hadPrevious) await rename(old, this.target).catch(() => undefined);
      throw fsFailure(error, this.shown, 'replacing');
    }
    await testFault('moved-new');
    if (hadPrevious) await removeTree(old);
    await testFault('removed-old');
    await unlink(journal).catch(() => undefined);
  }

  /** After a failure: the previous folder back if the swap was cut, every temporary folder removed. */
  private async cleanUp(): Promise<void> {
    await this.settle().catch(() => undefined);
    await rm(this.temporary, { recursive: true, force: true }).catch(() => undefined);
    await recover(dirname(this.target), basename(this.target), this.shown).catch(() => undefined);
  }

  /**
   * Drops everything written, once no write is running any more (one still running could make a
   * folder again after the removal); the previous folder stays as it was.
   */
  async abort(): Promise<void> {
    if (this.state === 'closed') return;
    if (this.state === 'committing') {
      await this.committing?.catch(() => undefined);
      return;
    }
    this.state = 'closed';
    try {
      await this.cleanUp();
    } finally {
      await this.unlock();
      unwatchSignals(this);
    }
  }

  /** On a signal: a swap that started finishes (it is quick, and a cut one needs a repair); anything else is dropped. */
  async interrupt(): Promise<void> {
    if (this.state === 'committing' && this.swapping) {
      await this.committing?.catch(() => undefined);
      return;
    }
    if (this.state === 'committing') {
      // Not swapping yet: drop the new folder, the previous one stays.
      this.state = 'closed';
      try {
        await this.cleanUp();
      } finally {
        await this.unlock();
        unwatchSignals(this);
      }
      return;
    }
    await this.abort();
  }
}

/**
 * Replaces `dir` with exactly `files` (and the marker), all at once (see `StagedFolder`): on any
 * failure the previous folder is untouched and no temporary folder is left behind.
 */
export async function writeFolderAtomically(dir: string, files: OutputFiles, options: OutputOptions = {}): Promise<void> {
  const staged = await StagedFolder.open(dir, options);
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
