// One country of a build, in this thread or on a worker thread: ingest the pages the cache has no
// model for, then make each exporter's part of the country that the cache does not hold.
import { ContentStore, partKey, type CountryExporter, type OutputPart } from '@profiles/cache';
import { modelFilePath } from '@profiles/io';
import { isProfileError, serializeProfile, validateProfile, type Profile } from '@profiles/model';
import { partBlobs, RECORDS, type CountryJob, type CountryOutcome, type JobExporter, type JobPage, type PageOutcome, type PagePartRecord, type PageRecord, type PartRecord } from './country-records.js';
import type { ExporterFolder } from './exporters.js';

export * from './country-records.js';

// Loaded when first needed: a thread that only ingests loads no exporter, one that only makes
// parts (every page's model cached) loads no ingest.
const ingest = () => import('@profiles/ingest');
const exporters = () => import('./exporters.js');

/** Ingests one page: its model kept in the store, its record; or the problem that refused it. */
async function ingestOne(store: ContentStore, job: JobPage, fresh: Map<string, Profile>): Promise<PageOutcome> {
  const page = job.page!;
  const { ingestPage, pageWarningLine } = await ingest();
  let profile: Profile;
  try {
    // A page that crossed threads arrives as a Uint8Array: the ingest reads a Buffer.
    const bytes: Uint8Array = page.bytes;
    profile = ingestPage(Buffer.isBuffer(bytes) ? page : { ...page, bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  } catch (error) {
    if (!isProfileError(error)) throw error;
    return { problem: { file: error.file, reason: error.reason, line: error.line } };
  }
  const model = await store.putBlob(serializeProfile(profile));
  const record: PageRecord = {
    file: profile.source.file,
    sourceId: profile.source.id,
    country: profile.source.country.code,
    modelPath: modelFilePath(profile),
    model,
    warning: pageWarningLine(profile),
  };
  await store.putRecord(RECORDS.page, job.key, record);
  fresh.set(model.sha256, profile);
  return { record };
}

/** The country's profiles, in page order: the fresh ones as ingested, the others read back from their models. */
async function profilesOf(store: ContentStore, records: readonly PageRecord[], fresh: ReadonlyMap<string, Profile>): Promise<Profile[]> {
  return Promise.all(
    records.map(async (record) => {
      const known = fresh.get(record.model.sha256);
      if (known) return known;
      const bytes = await store.readBlob(record.model.sha256);
      if (bytes === null) throw new Error(`the build cache lost the model of ${record.file}: remove ${store.dir} and build again`);
      const result = validateProfile(JSON.parse(bytes.toString('utf8')), record.modelPath);
      if (!result.ok) throw result.problems[0]!;
      return result.profile;
    }),
  );
}

/** Keeps a part's files and appends as blobs. */
async function keepOutput(store: ContentStore, part: OutputPart): Promise<PagePartRecord> {
  const blobs = async (texts: Record<string, string>) =>
    Object.fromEntries(await Promise.all(Object.entries(texts).map(async ([path, text]) => [path, await store.putBlob(text)] as const)));
  return { files: await blobs(part.files), appends: await blobs(part.appends), data: part.data };
}

/** Each page's part of an exporter: from the store when the page's model is unchanged, else made and kept. */
async function pageParts(
  store: ContentStore,
  exporter: JobExporter,
  countries: CountryExporter,
  records: readonly PageRecord[],
  profiles: readonly Profile[],
): Promise<Array<{ key: string; part: PagePartRecord; fresh: OutputPart | null }>> {
  if (!countries.page) return [];
  const keys = records.map((record) => partKey(`${exporter.id} page`, exporter.code, [record.model.sha256]));
  // Every page's cached part looked up at once: an edit finds all but one there.
  const found = await Promise.all(
    keys.map(async (key) => {
      const cached = await store.getRecord<PagePartRecord>(RECORDS.pagePart, key);
      return cached && (await store.hasBlobs([...Object.values(cached.files), ...Object.values(cached.appends)])) ? cached : null;
    }),
  );
  const parts: Array<{ key: string; part: PagePartRecord; fresh: OutputPart | null }> = [];
  for (const [i, key] of keys.entries()) {
    const cached = found[i];
    if (cached) {
      parts.push({ key, part: cached, fresh: null });
      continue;
    }
    const fresh = countries.page(profiles[i]!);
    const part = await keepOutput(store, fresh);
    await store.putRecord(RECORDS.pagePart, key, part);
    parts.push({ key, part, fresh });
  }
  return parts;
}

/** The text of one append of a part: in memory when it was just made, else the store's blob. */
async function appendText(store: ContentStore, part: { part: PagePartRecord; fresh: OutputPart | null }, path: string): Promise<string> {
  const fresh = part.fresh?.appends[path];
  if (fresh !== undefined) return fresh;
  const bytes = await store.readBlob(part.part.appends[path]!.sha256);
  if (bytes === null) throw new Error(`the build cache lost a part of ${path}: remove ${store.dir} and build again`);
  return bytes.toString('utf8');
}

/**
 * One country's output of an exporter, assembled from its pages' parts and its own and kept under
 * `key`: each shared file's text of the country as one blob, so that a build writes a table from
 * one blob per country.
 */
async function countryRecord(store: ContentStore, key: string, exporter: JobExporter, records: readonly PageRecord[], profiles: readonly Profile[]): Promise<PartRecord> {
  const countries = (await exporters()).datasetExporter(exporter.folder).countries;
  const pages = await pageParts(store, exporter, countries, records, profiles);
  const own = countries.part(profiles);
  const kept = await keepOutput(store, { files: own.files, appends: {}, data: own.data });
  const record: PartRecord = { files: {}, appends: {}, data: { pages: pages.map((p) => p.part.data), country: own.data }, pageParts: pages.map((p) => p.key) };
  for (const page of pages) Object.assign(record.files, page.part.files);
  Object.assign(record.files, kept.files);
  for (const path of countries.shared.keys()) {
    const pieces = await Promise.all(pages.filter((p) => p.part.appends[path]).map((p) => appendText(store, p, path)));
    if (own.appends[path] !== undefined) pieces.push(own.appends[path]);
    if (pieces.length) record.appends[path] = await store.putBlob(pieces.join(''));
  }
  await store.putRecord(RECORDS.part, key, record);
  return record;
}

/**
 * Runs one country: every page without a record is ingested (its model kept), then each exporter's
 * part of the country is read from the store or made from the country's profiles and kept. A
 * refused page leaves the country without parts: nothing of it is written.
 */
export async function runCountryJob(job: CountryJob): Promise<CountryOutcome> {
  const store = await ContentStore.open(job.storeDir);
  const fresh = new Map<string, Profile>();
  const pages: PageOutcome[] = [];
  for (const page of job.pages) pages.push(page.record ? { record: page.record } : await ingestOne(store, page, fresh));
  if (pages.some((p) => 'problem' in p)) return { pages, parts: null };
  const records = pages.map((p) => (p as { record: PageRecord }).record);
  const shas = records.map((r) => r.model.sha256);
  const parts: Partial<Record<ExporterFolder, PartRecord>> = {};
  let profiles: Profile[] | null = null;
  for (const exporter of job.exporters) {
    const key = partKey(exporter.id, exporter.code, shas);
    const cached = await store.getRecord<PartRecord>(RECORDS.part, key);
    if (cached && (!job.verify || (await store.hasBlobs(partBlobs(cached))))) {
      parts[exporter.folder] = cached;
      continue;
    }
    profiles ??= await profilesOf(store, records, fresh);
    parts[exporter.folder] = await countryRecord(store, key, exporter, records, profiles);
  }
  return { pages, parts };
}
