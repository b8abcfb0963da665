// The incremental build of a whole dataset: every page's model and every country's part of each
// exporter come from the build cache when their inputs are unchanged (keyed by content: page bytes,
// sidecar, code hashes), and only what an edit touches is made again. The output is byte for byte
// what a build from nothing writes.
import { createHash, type Hash } from 'node:crypto';
import { realpath } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  cacheDirFor,
  codeHash,
  ContentStore,
  exportFolderKey,
  hashKey,
  modelFolderKey,
  pageKey,
  partKey,
  readReceipt,
  recordFolder,
  sha256,
  stillStamped,
  type BlobRef,
  type BuildRoots,
  type CountryData,
  type FileStamp,
  type FolderReceipt,
} from '@profiles/cache';
import { DATASET_MARKER, DATASET_MARKER_TEXT, loadRawPage, pageStamp, scanRawPages, showPath, testFault, type PageStamp, type RawPageEntry } from '@profiles/io';
import { isProfileError, makeId, pageStem, ProfileError, type OutputFiles } from '@profiles/model';
import { runCountryJob } from './country-job.js';
import { partBlobs, RECORDS, type CountryJob, type CountryOutcome, type JobPage, type PageRecord, type PartRecord } from './country-records.js';
import { DATASET_FOLDERS, type DatasetFolder } from './dataset-folders.js';
import { datasetExporter, EXPORTER_FOLDERS, exporterPackage, packageDir, type ExporterFolder } from './exporters.js';
import { JobPool } from './job-pool.js';
import { workerCount } from './worker-threads.js';
import { Progress } from './progress.js';

export type { DatasetFolder } from './dataset-folders.js';

/** Where one dataset folder's files go while a build writes it (a `StagedFolder`, or a part of one). */
export interface FolderSink {
  /** The folder as the previous build left it: files the receipt vouches for are kept from there. */
  readonly previous: string;
  write(path: string, content: string): Promise<void>;
  keep(path: string, from: string): Promise<boolean | void>;
  copy(path: string, from: string): Promise<void>;
  append(path: string, chunk: string | Buffer): Promise<void>;
}

export interface IncrementalOptions {
  /** Where warning lines go (one per page with warnings, one per skipped file). */
  warn: (line: string) => void;
  quiet: boolean;
  store: ContentStore;
  /** Trust cached records only when their blobs are there (after a build found one missing). */
  verify?: boolean;
  /** Ingest on worker threads when at least this many pages need it (default 50). */
  workersFrom?: number;
  /** Extra text mixed into a package's code hash, as if its code had changed (for tests). */
  codeSalt?: Partial<Record<'ingest' | ExporterFolder, string>>;
  /**
   * Start one worker thread at once: it loads the ingest while this thread reads and keys the
   * pages, and ingests an edit's pages (see `splitJob`). For a process that builds once.
   */
  prewarm?: boolean;
  /** Called with each page's `raw/…` path as it is read (for tests: which pages a build read). */
  onPageRead?: (file: string) => void;
}

/** A package's code hash, with the salt a test gave it. */
async function codeOf(name: string, salt: string | undefined): Promise<string> {
  const code = await codeHash(packageDir(name));
  return salt === undefined ? code : hashKey([code, salt]);
}

/** What a build wrote: every folder's files with their SHA-256, and the key each folder was made from. */
export interface IncrementalResult {
  profiles: number;
  /** Files kept as they were, with their stamps (for `recordFolder`). */
  kept: Map<DatasetFolder, Map<string, FileStamp>>;
  /** Every record and blob of the store the build used: what the store keeps (see `keepRoots`). */
  roots: BuildRoots;
  problems: ProfileError[];
  files: Map<DatasetFolder, Map<string, string>>;
  keys: Map<DatasetFolder, string>;
}

/** A cached record whose blob has gone: the build starts again, trusting nothing it cannot check. */
export class CacheDamaged extends Error {
  override readonly name = 'CacheDamaged';
}

/** The build cache for a build writing `outDir` (see `cacheDirFor`), or a store for this run only. */
export async function openBuildCache(outDir: string): Promise<ContentStore> {
  const dir = cacheDirFor(outDir);
  return dir === null ? ContentStore.temporary() : ContentStore.open(dir);
}

/** Records what a build wrote into each folder under `root`, for the next build to keep. */
export async function recordDataset(store: ContentStore, root: string, result: IncrementalResult, folders: readonly DatasetFolder[] = DATASET_FOLDERS): Promise<void> {
  for (const folder of folders) {
    const files = result.files.get(folder);
    if (files) await recordFolder(store, join(root, folder), result.keys.get(folder)!, files, result.kept.get(folder));
  }
}

/** One page as the build knows it before its country runs: where it is, its key, its record or page. */
interface PageState {
  entry: RawPageEntry;
  job: JobPage | null;
  problem: ProfileError | null;
}

/** Entries in source-ID order, the order every combined table lists pages in. */
function inSourceIdOrder(entries: readonly RawPageEntry[]): RawPageEntry[] {
  const ids = new Map(entries.map((entry) => [entry, makeId('source', entry.country, [entry.file])]));
  return [...entries].sort((a, b) => (ids.get(a)! < ids.get(b)! ? -1 : ids.get(a)! > ids.get(b)! ? 1 : 0));
}

/** The page's problem, named by the file as the user sees it on disk. */
function asProblem(entry: RawPageEntry, error: { file: string; reason: string; line: number | undefined }): ProfileError {
  return error.file === entry.file ? new ProfileError(showPath(entry.diskPath), error.reason, error.line) : new ProfileError(error.file, error.reason, error.line);
}

/**
 * What the last build saw of each page it read: its stamp then and its key, for this ingest code.
 * A page with the same stamp now (size, inode, modification and change times) is not read again to
 * be keyed, as `git` trusts its index; a key is still made of bytes only.
 */
interface PageStamps {
  code: string;
  pages: Record<string, [...PageStamp, string]>;
}

const PAGE_STAMPS = 'page-stamps.1';

/** Where the stamps of `rawDir`'s pages are kept in the store. */
async function pageStampsKey(rawDir: string): Promise<string> {
  return hashKey(['page-stamps', await realpath(rawDir).catch(() => resolve(rawDir))]);
}

/** The key the last build worked out for a page whose stamp is still the same, else null. */
function stampedKey(entry: RawPageEntry, known: PageStamps | null): string | null {
  const stamp = pageStamp(entry);
  const seen = known?.pages[entry.file];
  return stamp && seen && stamp.every((part, i) => part === seen[i]) ? seen[4] : null;
}

/**
 * Keeps the stamps and keys of the pages this build keyed, except pages changed in the last two
 * seconds before the scan: a file written again within the same clock tick keeps its stamp, so only
 * a stamp older than that vouches for the bytes read (git's "racily clean" entries).
 */
async function keepPageStamps(store: ContentStore, key: string, code: string, states: readonly PageState[], scannedAt: bigint, roots: BuildRoots): Promise<void> {
  const pages: PageStamps['pages'] = {};
  const settled = scannedAt - 2_000_000_000n;
  for (const state of states) {
    const stamp = pageStamp(state.entry);
    if (state.job && stamp && BigInt(stamp[2]) < settled) pages[state.entry.file] = [...stamp, state.job.key];
  }
  await store.putRecord(PAGE_STAMPS, key, { code, pages } satisfies PageStamps);
  roots.records.push([PAGE_STAMPS, key]);
}

/** Reads a page and works out its key: nothing is looked up or ingested yet. */
async function pageState(entry: RawPageEntry, ingestCode: string, onRead?: (file: string) => void): Promise<PageState> {
  let page;
  try {
    onRead?.(entry.file);
    page = await loadRawPage(entry);
  } catch (error) {
    if (!isProfileError(error)) throw error;
    return { entry, job: null, problem: asProblem(entry, error) };
  }
  return { entry, job: { key: pageKey(ingestCode, page), record: null, page }, problem: null };
}

/** The key of a country's page records together: its pages' keys in order. */
function countryPagesKey(states: readonly PageState[]): string | null {
  return states.every((s) => s.job) ? hashKey(['country-pages', ...states.map((s) => s.job!.key)]) : null;
}

/**
 * Looks for the records of a country's pages: all at once when the country is unchanged (one
 * record), else page by page. A page with a record drops its bytes: it will not be ingested.
 */
async function lookUpPages(states: readonly PageState[], options: IncrementalOptions): Promise<void> {
  const key = countryPagesKey(states);
  const together = key === null ? null : await options.store.getRecord<PageRecord[]>(RECORDS.countryPages, key);
  const trusted = together && (!options.verify || (await options.store.hasBlobs(together.map((r) => r.model))));
  for (const [i, state] of states.entries()) {
    if (!state.job) continue;
    let record = trusted ? together[i]! : await options.store.getRecord<PageRecord>(RECORDS.page, state.job.key);
    if (record && !trusted && options.verify && !(await options.store.hasBlobs([record.model]))) record = null;
    if (record) state.job = { key: state.job.key, record, page: null };
  }
}

/**
 * Keys every page, country by country, and looks up their records: a page whose stamp is the one
 * the last build saw has the key it had then, and is read only when no record has that key.
 */
async function readPages(entries: readonly RawPageEntry[], ingestCode: string, known: PageStamps | null, options: IncrementalOptions): Promise<PageState[]> {
  const states: PageState[] = [];
  const stamped = (entry: RawPageEntry) => (known?.code === ingestCode && !options.verify ? stampedKey(entry, known) : null);
  for (const country of countriesOf(entries.map((entry) => ({ entry, job: null, problem: null })))) {
    const keyed = await mapLimit(country, 32, async (s) => {
      const key = stamped(s.entry);
      return key === null ? pageState(s.entry, ingestCode, options.onPageRead) : { entry: s.entry, job: { key, record: null, page: null }, problem: null };
    });
    await lookUpPages(keyed, options);
    // A stamped page without a record (the cache lost it): read after all.
    const read = await mapLimit(keyed, 32, async (s) => (s.job && !s.job.record && !s.job.page ? pageState(s.entry, ingestCode, options.onPageRead) : s));
    if (read.some((s, i) => s !== keyed[i])) await lookUpPages(read, options);
    states.push(...read);
  }
  return states;
}

/** The exporters' identities: folder, options, and the hash of their package's code. */
async function exporterSpecs(options: IncrementalOptions): Promise<CountryJob['exporters']> {
  return Promise.all(
    EXPORTER_FOLDERS.map(async (folder) => ({ folder, id: datasetExporter(folder).countries.id, code: await codeOf(exporterPackage(folder), options.codeSalt?.[folder]) })),
  );
}

/** `map` with at most `limit` calls running at once, results in order (a page read opens a file). */
async function mapLimit<T, R>(items: readonly T[], limit: number, map: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await map(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

/** Pages in source-ID order, cut where the country changes. */
function countriesOf(states: readonly PageState[]): PageState[][] {
  const countries: PageState[][] = [];
  for (const state of states) {
    const last = countries.at(-1);
    if (last && last[0]!.entry.country === state.entry.country) last.push(state);
    else countries.push([state]);
  }
  return countries;
}

/**
 * A country whose every page has a record and every exporter's part is cached needs no job: its
 * outcome is read here. Null when something must be made.
 */
async function cachedOutcome(pages: readonly JobPage[], exporters: CountryJob['exporters'], options: IncrementalOptions): Promise<CountryOutcome | null> {
  if (pages.some((p) => !p.record)) return null;
  const shas = pages.map((p) => p.record!.model.sha256);
  const parts: Partial<Record<ExporterFolder, PartRecord>> = {};
  for (const exporter of exporters) {
    const record = await options.store.getRecord<PartRecord>(RECORDS.part, partKey(exporter.id, exporter.code, shas));
    if (!record || (options.verify && !(await options.store.hasBlobs(partBlobs(record))))) return null;
    parts[exporter.folder] = record;
  }
  return { pages: pages.map((p) => ({ record: p.record! })), parts };
}

/**
 * The writing side of a build: each file of a folder is kept from the previous folder when its
 * receipt vouches for the same bytes, else written (fresh text) or copied (from the store).
 * Remembers every file's SHA-256 for the next receipt, and the digests of the shared files.
 */
class DatasetWriter {
  readonly files = new Map<DatasetFolder, Map<string, string>>();
  /** The files kept as they were (linked), with their previous stamps: the next receipt reuses them. */
  readonly kept = new Map<DatasetFolder, Map<string, FileStamp>>();
  private readonly receipts = new Map<DatasetFolder, FolderReceipt | null>();
  private readonly hashes = new Map<string, { bytes: number; hash: Hash }>();

  constructor(
    private readonly sinks: ReadonlyMap<DatasetFolder, FolderSink>,
    private readonly store: ContentStore,
  ) {}

  async open(): Promise<void> {
    for (const [folder, sink] of this.sinks) {
      this.receipts.set(folder, await readReceipt(this.store, sink.previous));
      this.files.set(folder, new Map());
      this.kept.set(folder, new Map());
    }
  }

  has(folder: DatasetFolder): boolean {
    return this.sinks.has(folder);
  }

  /** One whole file: kept, written from `content`, or copied from the store's blob. */
  async place(folder: DatasetFolder, path: string, ref: BlobRef, content?: string): Promise<void> {
    const sink = this.sinks.get(folder);
    if (!sink) return;
    this.files.get(folder)!.set(path, ref.sha256);
    const stamp = this.receipts.get(folder)?.files[path];
    const previous = join(sink.previous, path);
    if (stamp?.[0] === ref.sha256 && (await stillStamped(previous, stamp))) {
      if ((await sink.keep(path, previous)) === true) this.kept.get(folder)!.set(path, stamp);
      return;
    }
    if (content !== undefined) return sink.write(path, content);
    if (!(await this.store.hasBlobs([ref]))) throw new CacheDamaged(`${folder}/${path}`);
    return sink.copy(path, this.store.blobPath(ref.sha256));
  }

  /** Text added to a shared file (a table), in order; its digest grows with it. */
  async append(folder: DatasetFolder, path: string, text: string | Buffer): Promise<void> {
    const sink = this.sinks.get(folder);
    if (!sink) return;
    const key = `${folder}/${path}`;
    const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
    const digest = this.hashes.get(key) ?? { bytes: 0, hash: createHash('sha256') };
    digest.bytes += bytes.length;
    digest.hash.update(bytes);
    this.hashes.set(key, digest);
    await sink.append(path, bytes);
  }

  /** The size and SHA-256 of every shared file of `folder`, once all is appended. */
  digests(folder: DatasetFolder, paths: Iterable<string>): Map<string, { bytes: number; sha256: string }> {
    const digests = new Map<string, { bytes: number; sha256: string }>();
    for (const path of paths) {
      const digest = this.hashes.get(`${folder}/${path}`) ?? { bytes: 0, hash: createHash('sha256') };
      const sha = digest.hash.copy().digest('hex');
      digests.set(path, { bytes: digest.bytes, sha256: sha });
      this.files.get(folder)?.set(path, sha);
    }
    return digests;
  }
}

/** Waits for every promise; throws the first failure, once none is running any more. */
async function allOrFirstFailure(promises: readonly Promise<unknown>[]): Promise<void> {
  const results = await Promise.allSettled(promises);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}

/**
 * Starts writing one country's files: its pages' models, each exporter's part, and its rows of the
 * shared files (tables). The rows are appended once `turn` has come (the country before has
 * appended its own), so the tables keep the countries' order while the writes of several
 * countries overlap. `appended` is the next country's turn; `done`, every write finished.
 */
function writeCountry(writer: DatasetWriter, store: ContentStore, outcome: CountryOutcome, turn: Promise<void>): { appended: Promise<void>; done: Promise<void> } {
  const writes: Promise<unknown>[] = [];
  for (const page of outcome.pages) if ('record' in page) writes.push(writer.place('model', page.record.modelPath, page.record.model));
  for (const folder of EXPORTER_FOLDERS) {
    const part = outcome.parts?.[folder];
    if (part && writer.has(folder)) for (const [path, ref] of Object.entries(part.files)) writes.push(writer.place(folder, path, ref));
  }
  const rows = sharedRows(writer, outcome);
  // Read while the countries before append; appended in order, each taking its place (and its
  // digest) when it is called.
  const chunks = Promise.all(rows.map(({ ref }) => store.readBlob(ref.sha256)));
  const appends = turn.then(() => chunks).then((bytes) =>
    rows.map(({ folder, path }, i) => (bytes[i] ? writer.append(folder, path, bytes[i]!) : Promise.reject(new CacheDamaged(`${folder}/${path}`)))),
  );
  const appended = appends.then(() => undefined);
  const done = allOrFirstFailure([...writes, appends.then(allOrFirstFailure)]);
  appended.catch(() => undefined);
  done.catch(() => undefined);
  return { appended, done };
}

/** A country's rows of every shared file (table), in the exporters' order. */
function sharedRows(writer: DatasetWriter, outcome: CountryOutcome): Array<{ folder: ExporterFolder; path: string; ref: BlobRef }> {
  const rows: Array<{ folder: ExporterFolder; path: string; ref: BlobRef }> = [];
  for (const folder of EXPORTER_FOLDERS) {
    const part = outcome.parts?.[folder];
    if (!part || !writer.has(folder)) continue;
    for (const path of datasetExporter(folder).countries.shared.keys()) {
      const ref = part.appends[path];
      if (ref) rows.push({ folder, path, ref });
    }
  }
  return rows;
}

/** What the cache keeps of an exporter's last files: each as a blob. */
interface FinishRecord {
  files: Record<string, BlobRef>;
}

/**
 * The files made last (an index, a descriptor, a context), and every folder's marker. They are
 * made from every country's data and the shared files' digests: when those are what an earlier
 * build had, the cache has the files already.
 */
async function writeLast(writer: DatasetWriter, store: ContentStore, data: Map<ExporterFolder, CountryData[]>, exporters: CountryJob['exporters'], roots: BuildRoots): Promise<void> {
  for (const exporter of exporters) {
    if (!writer.has(exporter.folder)) continue;
    const countries = datasetExporter(exporter.folder).countries;
    const digests = writer.digests(exporter.folder, countries.shared.keys());
    const key = partKey(`${exporter.id} last`, exporter.code, [sha256(JSON.stringify(data.get(exporter.folder) ?? [])), JSON.stringify([...digests])]);
    let record = await store.getRecord<FinishRecord>(RECORDS.finish, key);
    let fresh: OutputFiles | null = null;
    if (!record || !(await store.hasBlobs(Object.values(record.files)))) {
      fresh = countries.finish(data.get(exporter.folder) ?? [], digests);
      record = { files: Object.fromEntries(await Promise.all([...fresh].map(async ([path, content]) => [path, await store.putBlob(content)] as const))) };
      await store.putRecord(RECORDS.finish, key, record);
    }
    roots.records.push([RECORDS.finish, key]);
    roots.blobs.push(...Object.values(record.files).map((ref) => ref.sha256));
    for (const [path, ref] of Object.entries(record.files)) await writer.place(exporter.folder, path, ref, fresh?.get(path));
  }
  const marker = { sha256: sha256(DATASET_MARKER_TEXT), size: Buffer.byteLength(DATASET_MARKER_TEXT) };
  for (const folder of ['model', ...EXPORTER_FOLDERS] as const) await writer.place(folder, DATASET_MARKER, marker, DATASET_MARKER_TEXT);
}

export { workerCount } from './worker-threads.js';

/** A country job in this thread (the ingest is loaded only when it has a page to ingest). */
const runHere = runCountryJob;

/**
 * A job in two halves, when a build has one worker and few pages to ingest (an edit): the worker
 * (which loads only the ingest) ingests the new pages, then this thread (which has the exporters
 * loaded) makes the country's parts from their models, so each thread loads half of the code.
 */
async function splitJob(job: CountryJob, pool: JobPool): Promise<CountryOutcome> {
  if (job.pages.every((page) => page.record)) return runHere(job);
  const ingested = await pool.run({ ...job, exporters: [] });
  const records = ingested.pages.map((page) => ('record' in page ? page.record : null));
  if (!job.exporters.length || records.some((record) => record === null)) return { pages: ingested.pages, parts: job.exporters.length ? null : ingested.parts };
  return runHere({ ...job, pages: job.pages.map((page, i) => ({ key: page.key, record: records[i]!, page: null })) });
}

/**
 * Runs the countries' jobs: on worker threads when many pages need the ingest, on the warm worker
 * when there is one, else here; outcomes in order. A few countries are looked up ahead, so that
 * their reads (and a job) overlap the writing of the one before.
 */
function jobRunner(misses: number, options: IncrementalOptions, warm: JobPool | null): { run: (job: CountryJob) => Promise<CountryOutcome>; close: () => Promise<void>; ahead: number } {
  const workers = workerCount();
  if (misses >= (options.workersFrom ?? 50) && workers >= 2) {
    void warm?.close();
    const pool = new JobPool(workers);
    return { run: (job) => pool.run(job), close: () => pool.close(), ahead: workers * 2 };
  }
  if (warm) return { run: (job) => splitJob(job, warm), close: () => warm.close(), ahead: 4 };
  return { run: runHere, close: async () => undefined, ahead: 4 };
}

/** Marks every page after the first that would write the same files (`a.html` and `a.txt`): it is refused. */
function refuseDuplicates(states: PageState[]): void {
  const stems = new Set<string>();
  for (const state of states) {
    const stem = pageStem({ file: state.entry.file, country: { code: state.entry.country, name: '' } });
    if (stems.has(stem) && !state.problem) {
      state.problem = new ProfileError(showPath(state.entry.diskPath), `would write model/${stem}.json, which another page writes too: rename one of the raw pages`);
      state.job = null;
    }
    stems.add(stem);
  }
}

/** One country's outcome: from the cache, else from its job; a country with a refused page is only checked. */
function countryOutcome(states: readonly PageState[], exporters: CountryJob['exporters'], options: IncrementalOptions, run: (job: CountryJob) => Promise<CountryOutcome>): Promise<CountryOutcome> {
  const pages = states.flatMap((s) => (s.job ? [s.job] : []));
  const job = (withExporters: boolean): CountryJob => ({ storeDir: options.store.dir, verify: options.verify ?? false, pages, exporters: withExporters ? exporters : [] });
  if (pages.length < states.length) return run(job(false)).then((outcome) => ({ pages: outcome.pages, parts: null }));
  return cachedOutcome(pages, exporters, options).then((cached) => cached ?? run(job(true)));
}

/** Keeps a country's page records together (one read next time), when every page has one. */
async function keepCountryPages(states: readonly PageState[], outcome: CountryOutcome, roots: BuildRoots, options: IncrementalOptions): Promise<void> {
  const key = countryPagesKey(states);
  if (key === null || outcome.pages.length !== states.length || !outcome.pages.every((p) => 'record' in p)) return;
  const records = outcome.pages.map((p) => (p as { record: PageRecord }).record);
  if (!(await options.store.getRecord<PageRecord[]>(RECORDS.countryPages, key))) await options.store.putRecord(RECORDS.countryPages, key, records);
  roots.records.push([RECORDS.countryPages, key]);
}

/** Adds what a country's outcome used of the store to the build's roots. */
function addRoots(roots: BuildRoots, states: readonly PageState[], outcome: CountryOutcome, exporters: CountryJob['exporters']): void {
  const pages = states.flatMap((s) => (s.job ? [s.job] : []));
  const shas: string[] = [];
  outcome.pages.forEach((page, i) => {
    if (!('record' in page)) return;
    roots.records.push([RECORDS.page, pages[i]!.key]);
    roots.blobs.push(page.record.model.sha256);
    shas.push(page.record.model.sha256);
  });
  for (const exporter of exporters) {
    const part = outcome.parts?.[exporter.folder];
    if (!part) continue;
    roots.records.push([RECORDS.part, partKey(exporter.id, exporter.code, shas)], ...part.pageParts.map((key): [string, string] => [RECORDS.pagePart, key]));
    roots.blobs.push(...partBlobs(part).map((ref) => ref.sha256));
  }
}

/** Reports one country's pages in order: problems collected, warnings shown. */
function reportCountry(states: readonly PageState[], outcome: CountryOutcome, problems: ProfileError[], options: IncrementalOptions, progress: Progress | null): void {
  let next = 0;
  for (const state of states) {
    if (state.problem) {
      problems.push(state.problem);
      continue;
    }
    const page = outcome.pages[next++]!;
    if ('problem' in page) problems.push(asProblem(state.entry, page.problem));
    else if (page.record.warning !== null) {
      progress?.clear();
      options.warn(showPath(page.record.warning));
    }
  }
}

/**
 * Builds the dataset of `rawDir` into the sinks, incrementally: every page is read and keyed; each
 * country is taken from the cache when nothing of it changed, else made again (its new pages
 * ingested, its parts remade) and kept in the cache. Pages are reported (warnings, problems) in
 * source-ID order; once a page is refused nothing more is written, but every page is checked.
 * The caller commits the sinks and records the receipts.
 */
export async function buildIncrementally(rawDir: string, sinks: ReadonlyMap<DatasetFolder, FolderSink>, options: IncrementalOptions): Promise<IncrementalResult> {
  const warm = options.prewarm && workerCount() >= 2 ? new JobPool(1) : null;
  try {
    return await buildWith(rawDir, sinks, options, warm);
  } finally {
    await warm?.close();
  }
}

async function buildWith(rawDir: string, sinks: ReadonlyMap<DatasetFolder, FolderSink>, options: IncrementalOptions, warm: JobPool | null): Promise<IncrementalResult> {
  const scannedAt = BigInt(Date.now()) * 1_000_000n;
  const scan = await scanRawPages(rawDir);
  for (const line of scan.warnings) options.warn(line);
  const entries = inSourceIdOrder(scan.entries);
  const problems: ProfileError[] = [...scan.problems];
  if (entries.length === 0 && problems.length === 0) problems.push(new ProfileError(showPath(rawDir), 'no profile pages found (expected <country>/<section>.html, .htm or .txt)'));
  const ingestCode = await codeOf('@profiles/ingest', options.codeSalt?.ingest);
  const exporters = await exporterSpecs(options);
  const stampsKey = await pageStampsKey(rawDir);
  const states = await readPages(entries, ingestCode, await options.store.getRecord<PageStamps>(PAGE_STAMPS, stampsKey), options);
  refuseDuplicates(states);
  const writer = new DatasetWriter(sinks, options.store);
  await writer.open();
  const runner = jobRunner(states.filter((s) => s.job?.page).length, options, warm);
  const progress = options.quiet ? null : Progress.forStderr(entries.length);
  const data = new Map<ExporterFolder, CountryData[]>(EXPORTER_FOLDERS.map((f) => [f, []]));
  let profiles = 0;
  const roots: BuildRoots = { records: [], blobs: [] };
  try {
    for (const folder of EXPORTER_FOLDERS) for (const [path, head] of datasetExporter(folder).countries.shared) await writer.append(folder, path, head);
    const queue: Array<{ states: PageState[]; outcome: Promise<CountryOutcome> }> = [];
    // Countries are written side by side; their rows of the tables are appended in order.
    let turn = Promise.resolve();
    const writes: Promise<void>[] = [];
    const consume = async ({ states: country, outcome: pending }: (typeof queue)[number]) => {
      const outcome = await pending;
      reportCountry(country, outcome, problems, options, progress);
      addRoots(roots, country, outcome, exporters);
      await keepCountryPages(country, outcome, roots, options);
      // Once a page has failed nothing more is written, but every page is still checked.
      if (outcome.parts && !problems.length) {
        const writing = writeCountry(writer, options.store, outcome, turn);
        turn = writing.appended;
        writes.push(writing.done);
        for (const folder of EXPORTER_FOLDERS) {
          const part = outcome.parts[folder];
          if (part) data.get(folder)!.push(part.data);
        }
        profiles += outcome.pages.length;
      }
      for (const state of country) {
        // The page's bytes are not needed any more: a large build holds only the pages in flight.
        if (state.job) state.job = { ...state.job, page: null };
        progress?.tick();
        await testFault('page');
      }
    };
    for (const country of countriesOf(states)) {
      const outcome = countryOutcome(country, exporters, options, runner.run);
      outcome.catch(() => undefined);
      queue.push({ states: country, outcome });
      while (queue.length > runner.ahead) await consume(queue.shift()!);
    }
    while (queue.length) await consume(queue.shift()!);
    await allOrFirstFailure(writes);
  } finally {
    progress?.done();
    await runner.close();
  }
  if (!problems.length) await writeLast(writer, options.store, data, exporters, roots);
  await keepPageStamps(options.store, stampsKey, ingestCode, states, scannedAt, roots);
  const modelKey = modelFolderKey(ingestCode, states.flatMap((s) => (s.job ? [{ file: s.entry.file, key: s.job.key }] : [])));
  const keys = new Map<DatasetFolder, string>([['model', modelKey], ...exporters.map((e) => [e.folder, exportFolderKey(modelKey, e.id, e.code)] as [DatasetFolder, string])]);
  return { profiles, roots, kept: writer.kept, problems: problems.sort((a, b) => (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)), files: writer.files, keys };
}
