// What a build keeps in its store for a country's pages and parts, and what a country job is sent
// and answers: nothing heavy is imported here, so the build's main thread loads no ingest for it.
import type { BlobRef, CountryData } from '@profiles/cache';
import type { RawPage } from '@profiles/io';
import type { ExporterFolder } from './dataset-folders.js';

/**
 * The kinds of record this build keeps in the store, with the version of their shape: a build
 * never reads a record of another shape (an older build's).
 */
export const RECORDS = { page: 'page.1', pagePart: 'page-part.1', part: 'country-part.3', finish: 'last-files.1', countryPages: 'country-pages.1' } as const;

/** What the cache keeps of one page: where its model goes, the model, its warning line. */
export interface PageRecord {
  file: string;
  sourceId: string;
  country: string;
  /** The model file's path inside the model folder: `kz/executive-branch.json`. */
  modelPath: string;
  model: BlobRef;
  warning: string | null;
}

/** What the cache keeps of one page's part of an exporter: its files and appends as blobs. */
export interface PagePartRecord {
  files: Record<string, BlobRef>;
  appends: Record<string, BlobRef>;
  data: unknown;
}

/**
 * What the cache keeps of one country's output of an exporter, assembled: every file (its pages'
 * and its own) and, for each shared file, the blobs the country appends in order.
 */
export interface PartRecord {
  files: Record<string, BlobRef>;
  /** Each shared file's text of the country (its pages' appends and its own, in order), as one blob. */
  appends: Record<string, BlobRef>;
  data: CountryData;
  /** The keys of the pages' part records it was made of (kept with it). */
  pageParts: string[];
}

/** A page the ingest refused, as a `ProfileError` says it (it crosses threads as plain data). */
export interface PageProblem {
  file: string;
  reason: string;
  line: number | undefined;
}

/** One page of a country job: its key, and either its cached record or the page to ingest. */
export interface JobPage {
  key: string;
  record: PageRecord | null;
  page: RawPage | null;
}

/** One exporter as a job needs it: its folder, and the key of the country's part. */
export interface JobExporter {
  folder: ExporterFolder;
  id: string;
  code: string;
}

export interface CountryJob {
  storeDir: string;
  /** Trust a cached part only when its blobs are all there (after a build found one missing). */
  verify: boolean;
  pages: JobPage[];
  exporters: JobExporter[];
}

export type PageOutcome = { record: PageRecord } | { problem: PageProblem };

export interface CountryOutcome {
  pages: PageOutcome[];
  /** Each exporter's part record by folder; null when a page of the country was refused. */
  parts: Partial<Record<ExporterFolder, PartRecord>> | null;
}

/** Every blob a part record names. */
export function partBlobs(record: PartRecord): BlobRef[] {
  return [...Object.values(record.files), ...Object.values(record.appends)];
}

