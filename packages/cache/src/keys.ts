import { hashKey } from './hash.js';

/** What a page key is made of: the raw page as the ingest reads it (`RawPage` of `@profiles/io`). */
export interface PageInput {
  file: string;
  country: string;
  section: string;
  format: string;
  bytes: Uint8Array;
  meta: unknown;
}

/**
 * The key of one page's model: the ingest's code hash, where the page stands (its repository path,
 * country, section, format), its bytes and its sidecar. Never a time: the same page and code give
 * the same key on every machine.
 */
export function pageKey(ingestCode: string, page: PageInput): string {
  return hashKey(['page', ingestCode, page.file, page.country, page.section, page.format, page.bytes, JSON.stringify(page.meta ?? null)]);
}

/**
 * The key of a model folder: the ingest's code hash and every page's key, in path order. A
 * receipt with this key says the folder holds these pages' models.
 */
export function modelFolderKey(ingestCode: string, pageKeys: readonly { file: string; key: string }[]): string {
  const sorted = [...pageKeys].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return hashKey(['model-folder', ingestCode, ...sorted.flatMap((p) => [p.file, p.key])]);
}

/** The key of an exporter's folder: the model folder's key and the exporter (name, options, code). */
export function exportFolderKey(modelKey: string, exporterId: string, exporterCode: string): string {
  return hashKey(['export-folder', modelKey, exporterId, exporterCode]);
}

/** The key of one country's part of an exporter: the exporter and the country's models' SHA-256s, in source-ID order. */
export function partKey(exporterId: string, exporterCode: string, modelShas: readonly string[]): string {
  return hashKey(['part', exporterId, exporterCode, ...modelShas]);
}
