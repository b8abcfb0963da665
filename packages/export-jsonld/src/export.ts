import type { CountryExporter } from '@profiles/cache';
import { pageStem, ProfileError, runPaged, type OutputFiles, type PagedExporter, type PageSession, type Profile } from '@profiles/model';
import { mergeCountry } from '@profiles/timeline';
import { jsonLdContext } from './context.js';
import { countryGraph, pageGraph } from './document.js';
import { jsonLdExporterId } from './exporter-id.js';
import type { JsonLdNode } from './nodes/node.js';
import { resolveOptions, type JsonLdOptions, type ResolvedOptions } from './options.js';
import { CONTEXT_FILE, countryDocumentPath, documentPath, SHAPES_FILE } from './paths.js';
import { shapesTurtle } from './shapes.js';
import { stableStringify, withSortedKeys, type JsonValue } from './stable-json.js';

/**
 * Writes a document as `stableStringify({ '@context', '@graph' })` would, with the context (the
 * same in every document) built and sorted once.
 */
function documentWriter(resolved: ResolvedOptions): (graph: JsonLdNode[]) => string {
  const context = withSortedKeys(jsonLdContext(resolved) as JsonValue);
  // The node builders list every key in sorted order, so this writes without copying; a nested
  // object out of order would still be sorted, not trusted.
  return (graph) => stableStringify({ '@context': context, '@graph': graph as unknown as JsonValue });
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The JSON-LD exporter: the shared context, one document per country with its merged records
 * (`<country>.jsonld`), one document per page and snapshot with its source, notes and warnings
 * (`<country>/<section>.jsonld`, `<country>/<section>/<date>.jsonld`), and the SHACL shapes.
 * Pure: the same profiles and options always give the same bytes, in any order.
 *
 * @example
 * const files = exportJsonLd([sampleProfile()]);
 * files.get('kg.jsonld'); // '{\n  "@context": {…'
 * @param profiles Validated profiles, as the export task reads them.
 * @param options `base` for node IRIs (default `urn:country-profiles:id:`), `vocab` for project
 *   terms (default `urn:country-profiles:vocab#`).
 * @returns `context.jsonld`, then the documents in path order, then `shapes.ttl`.
 * @throws ProfileError when two profiles would be written to one path (`a.html` and `a.txt`), or
 *   when `mergeCountry` refuses a country's snapshots (two of one page with one date).
 */
export function exportJsonLd(profiles: readonly Profile[], options?: JsonLdOptions): OutputFiles {
  const files = runPaged(jsonLdPages(options), profiles);
  const documents = [...files.keys()].filter((path) => path !== CONTEXT_FILE && path !== SHAPES_FILE).sort(compareText);
  return new Map([CONTEXT_FILE, ...documents, SHAPES_FILE].map((path) => [path, files.get(path)!]));
}

/**
 * The JSON-LD session of a build. Profiles come in source-ID order, which keeps each country's
 * pages together (IDs start with the country code): a country's profiles are held until the next
 * country starts (or `finish`), then merged (`mergeCountry`) and written whole: the country's
 * document and every page's document (a note's body is the merged body, so the page's document
 * waits for the merge too).
 */
class JsonLdSession implements PageSession {
  private readonly writtenBy = new Map<string, string>();
  private readonly done = new Set<string>();
  private country: Profile[] = [];
  private readonly write: (graph: JsonLdNode[]) => string;

  constructor(private readonly resolved: ResolvedOptions) {
    this.write = documentWriter(resolved);
  }

  add(profile: Profile): { files: OutputFiles; appends: OutputFiles } {
    const { source } = profile;
    const path = documentPath(profile);
    const earlier = this.writtenBy.get(path);
    if (earlier !== undefined) throw new ProfileError(source.file, `its JSON-LD document ${path} would overwrite the one of ${earlier}`);
    if (this.done.has(source.country.code)) throw new ProfileError(source.file, `pages must come in source-ID order: ${source.country.code} was already written`);
    this.writtenBy.set(path, source.file);
    const files = this.country.length && this.country[0]!.source.country.code !== source.country.code ? this.flush() : new Map<string, string>();
    this.country.push(profile);
    return { files, appends: new Map() };
  }

  finish(): OutputFiles {
    const files = this.flush();
    files.set(CONTEXT_FILE, stableStringify({ '@context': jsonLdContext(this.resolved) } as JsonValue));
    files.set(SHAPES_FILE, shapesTurtle(this.resolved));
    return files;
  }

  /** The documents of the country read so far, without the context and shapes (a country part). */
  countryDocuments(): OutputFiles {
    return this.flush();
  }

  /** The documents of the country read so far: its own, then its pages'. */
  private flush(): OutputFiles {
    const files: OutputFiles = new Map();
    if (!this.country.length) return files;
    const dataset = mergeCountry(this.country);
    this.done.add(dataset.country.code);
    this.country = [];
    files.set(countryDocumentPath(dataset.country.code), this.write(countryGraph(dataset, this.resolved)));
    for (const snapshot of dataset.snapshots) files.set(`${pageStem(snapshot.source)}.jsonld`, this.write(pageGraph(snapshot, this.resolved)));
    return files;
  }
}

/**
 * The JSON-LD exporter by country parts (`CountryExporter` of `@profiles/cache`): a country's part
 * is its documents (its own and its pages'), written whole; the context and the shapes are made
 * last. Its parts assembled give the same bytes as `exportJsonLd(profiles, options)`.
 */
function jsonLdCountries(resolved: ResolvedOptions): CountryExporter {
  return {
    id: jsonLdExporterId(resolved.base, resolved.vocab),
    shared: new Map(),
    part(profiles) {
      const session = new JsonLdSession(resolved);
      for (const profile of profiles) session.add(profile);
      return { files: Object.fromEntries(session.countryDocuments()), appends: {}, data: null };
    },
    finish: () =>
      new Map([
        [CONTEXT_FILE, stableStringify({ '@context': jsonLdContext(resolved) } as JsonValue)],
        [SHAPES_FILE, shapesTurtle(resolved)],
      ]),
  };
}

/**
 * The same exporter page by page, for builds too large to hold at once (`PagedExporter`): a
 * country's documents as whole files from the `add` that starts the next country, the last
 * country's with the context and shapes from `finish`; and by country parts (`countries`). Equal
 * to `exportJsonLd(profiles, options)`.
 */
export function jsonLdPages(options?: JsonLdOptions): PagedExporter & { countries: CountryExporter } {
  const resolved = resolveOptions(options);
  return { start: () => new JsonLdSession(resolved), countries: jsonLdCountries(resolved) };
}
