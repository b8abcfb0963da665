import type { Source } from '@profiles/model';

/**
 * The language of the text the project itself writes: the ingest's warnings, and a country's name
 * (the dataset keeps one English name per country, whatever language its pages are in).
 */
export const PROJECT_LANGUAGE = 'en';

/** Which language each page of a document is in, by source ID and by raw file. */
export interface PageLanguages {
  bySource: ReadonlyMap<string, string>;
  byFile: ReadonlyMap<string, string>;
}

/**
 * The languages of the pages a document gathers (one page for a page's document, every snapshot of
 * the country for the country's).
 *
 * @example pageLanguages([ruSource]).byFile.get('raw/kz/executive-branch.ru.txt') // 'ru'
 * @param sources The sources of the document's pages.
 */
export function pageLanguages(sources: readonly Source[]): PageLanguages {
  return {
    bySource: new Map(sources.map((s) => [s.id, s.language])),
    byFile: new Map(sources.map((s) => [s.file, s.language])),
  };
}

/**
 * The language of a merged record's text: that of the latest snapshot that shows it (the last of
 * its `sourceIds`, oldest first), as the merge takes every field from that snapshot. A field only
 * an earlier snapshot states is filled from it; the merge does not say which, so when a record's
 * pages are in two languages such a field is labelled with the latest page's language.
 *
 * @param sourceIds The snapshots that show the record, oldest first.
 * @param languages The document's pages.
 * @throws Error when no snapshot of the record is among the document's pages.
 */
export function recordLanguage(sourceIds: readonly string[], languages: PageLanguages): string {
  const latest = sourceIds[sourceIds.length - 1];
  const language = latest === undefined ? undefined : languages.bySource.get(latest);
  if (language === undefined) throw new Error(`no page of the document shows the record seen in ${sourceIds.join(', ') || 'no snapshot'}`);
  return language;
}

/**
 * The language of a quote: that of the page whose file it was quoted from, exactly; a file that is
 * none of the document's pages (no validated dataset has one) takes `fallback`.
 *
 * @param file The provenance's raw file.
 * @param languages The document's pages.
 * @param fallback The language of the record the quote belongs to.
 */
export function quoteLanguage(file: string, languages: PageLanguages, fallback: string): string {
  return languages.byFile.get(file) ?? fallback;
}
