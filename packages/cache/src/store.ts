import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { sha256 } from './hash.js';

/** A blob as a record names it: its SHA-256 and its size in bytes. */
export interface BlobRef {
  sha256: string;
  size: number;
}

/** What one build used: its records (kind and key) and the blobs they name. */
export interface BuildRoots {
  records: Array<[kind: string, key: string]>;
  blobs: string[];
}

/** The names of the entries of `dir`, or none. */
async function names(dir: string): Promise<string[]> {
  return readdir(dir).catch(() => []);
}

/** Writes `path` whole or not at all: a temporary file beside it, then a rename. */
async function writeAtomically(path: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await writeFile(temporary, content);
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/**
 * A content-addressed store on disk, the cache a build owns: blobs named by their SHA-256
 * (`objects/ab/abcd…`) and small JSON records named by a key made of what they were made from
 * (`records/<kind>/ab/abcd….json`). Nothing in it is ever keyed by a time.
 *
 * A store is only a cache: a write that fails (a full disk, a read-only folder) is dropped and the
 * store stops writing, so a build never fails because of it; a record whose blob has gone is a miss.
 * Two builds may share a store: every write is a rename of a complete file.
 */
export class ContentStore {
  private writable = true;

  private constructor(
    /** The store's folder. */
    readonly dir: string,
    private readonly owned: boolean,
  ) {}

  /** The store in `dir`, made if missing. */
  static async open(dir: string): Promise<ContentStore> {
    const store = new ContentStore(dir, false);
    await mkdir(dir, { recursive: true }).catch(() => {
      store.writable = false;
    });
    return store;
  }

  /** A store for one run only, in the system's temporary folder: `close` removes it. */
  static async temporary(): Promise<ContentStore> {
    return new ContentStore(await mkdtemp(join(tmpdir(), 'profiles-cache-')), true);
  }

  /** Removes a temporary store; a shared one stays. */
  async close(): Promise<void> {
    if (this.owned) await rm(this.dir, { recursive: true, force: true });
  }

  /** Where the blob with this SHA-256 lives (it may not exist). */
  blobPath(sha: string): string {
    return join(this.dir, 'objects', sha.slice(0, 2), sha);
  }

  private recordPath(kind: string, key: string): string {
    return join(this.dir, 'records', kind, key.slice(0, 2), `${key}.json`);
  }

  /** Keeps `content` (once: a blob already there is not written again). */
  async putBlob(content: string | Uint8Array): Promise<BlobRef> {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const ref = { sha256: sha256(bytes), size: bytes.length };
    if (this.writable) {
      const path = this.blobPath(ref.sha256);
      const there = await stat(path).then((s) => s.size === ref.size, () => false);
      if (!there) await this.attempt(() => writeAtomically(path, bytes));
    }
    return ref;
  }

  /** The blob's bytes, or null when it is not in the store. */
  async readBlob(sha: string): Promise<Buffer | null> {
    return readFile(this.blobPath(sha)).catch(() => null);
  }

  /** True when every blob is in the store. */
  async hasBlobs(refs: readonly BlobRef[]): Promise<boolean> {
    const sizes = await Promise.all(refs.map((ref) => stat(this.blobPath(ref.sha256)).then((s) => s.size === ref.size, () => false)));
    return sizes.every(Boolean);
  }

  /** The record of `kind` made from `key`, or null. */
  async getRecord<T>(kind: string, key: string): Promise<T | null> {
    try {
      return JSON.parse(await readFile(this.recordPath(kind, key), 'utf8')) as T;
    } catch {
      return null;
    }
  }

  /** Keeps a record (JSON) of `kind` under `key`. */
  async putRecord(kind: string, key: string, value: unknown): Promise<void> {
    if (this.writable) await this.attempt(() => writeAtomically(this.recordPath(kind, key), JSON.stringify(value)));
  }

  /** Drops a record, so the next build makes it again. */
  async dropRecord(kind: string, key: string): Promise<void> {
    await unlink(this.recordPath(kind, key)).catch(() => undefined);
  }

  /**
   * Remembers what a build used, and every `sweepEvery`-th build removes every record and blob
   * that none of the last `keep` builds used: the store stays the size of a few builds, however
   * many edits there were. Builds are counted, never timed.
   */
  async keepRoots(roots: BuildRoots, keep = 8, sweepEvery = 8): Promise<void> {
    if (!this.writable) return;
    const dir = join(this.dir, 'roots');
    const known = (await names(dir)).filter((n) => /^\d+\.json$/.test(n)).sort();
    const next = known.length ? Number.parseInt(known.at(-1)!, 10) + 1 : 1;
    await this.attempt(() => writeAtomically(join(dir, `${String(next).padStart(12, '0')}.json`), JSON.stringify(roots)));
    if (next % sweepEvery === 0) await this.sweep(keep).catch(() => undefined);
  }

  /** Removes the roots of all but the last `keep` builds, then every record and blob no kept build used. */
  async sweep(keep: number): Promise<void> {
    const dir = join(this.dir, 'roots');
    const all = (await names(dir)).filter((n) => /^\d+\.json$/.test(n)).sort();
    for (const old of all.slice(0, Math.max(0, all.length - keep))) await unlink(join(dir, old)).catch(() => undefined);
    const records = new Set<string>();
    const blobs = new Set<string>();
    for (const name of all.slice(-keep)) {
      const roots = JSON.parse(await readFile(join(dir, name), 'utf8').catch(() => '{"records":[],"blobs":[]}')) as BuildRoots;
      for (const [kind, key] of roots.records) records.add(`${kind}/${key}`);
      for (const sha of roots.blobs) blobs.add(sha);
    }
    for (const kind of await names(join(this.dir, 'records'))) {
      // Receipts are a folder's, not a build's: they stay.
      if (kind === 'receipt') continue;
      for (const prefix of await names(join(this.dir, 'records', kind))) {
        for (const file of await names(join(this.dir, 'records', kind, prefix))) {
          if (!records.has(`${kind}/${file.replace(/\.json$/, '')}`)) await unlink(join(this.dir, 'records', kind, prefix, file)).catch(() => undefined);
        }
      }
    }
    for (const prefix of await names(join(this.dir, 'objects'))) {
      for (const file of await names(join(this.dir, 'objects', prefix))) {
        if (!blobs.has(file)) await unlink(join(this.dir, 'objects', prefix, file)).catch(() => undefined);
      }
    }
  }

  private async attempt(write: () => Promise<void>): Promise<void> {
    try {
      await write();
    } catch {
      this.writable = false;
    }
  }
}
