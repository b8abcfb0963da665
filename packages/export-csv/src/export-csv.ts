import { createHash, type Hash } from 'node:crypto';
import type { CountryExporter, CountryPart, PagePart } from '@profiles/cache';
import { ProfileError, runPaged, type OutputFiles, type PagedExporter, type Profile, type Source } from '@profiles/model';
import { mergeCountry, type CountryDataset } from '@profiles/timeline';
import { compareCodePoints } from './compare.js';
import { buildDataPackage, serializeDataPackage } from './datapackage.js';
import { CSV_EXPORTER_ID } from './exporter-id.js';
import { namesOf, type Names } from './names.js';
import { ROW_BUILDERS } from './rows.js';
import { TABLES } from './schema.js';
import { tableFile, type Row } from './table.js';
import { tableHeader, tableRows } from './write-table.js';

/** The name of the data package descriptor among the output files. */
export const DATA_PACKAGE_FILE = 'datapackage.json';

/**
 * Exports validated profiles as one CSV table per record kind, combined across all profiles, plus
 * `provenance.csv` and a Frictionless Data Package v2 `datapackage.json` describing them.
 *
 * The output is byte-identical for the same profiles, whatever their order: rows are sorted by
 * primary key and nothing depends on the clock, the locale or the machine.
 *
 * @example
 * const files = exportCsv([sampleProfile()]);
 * files.get('persons.csv'); // "id,name,family_name,…\r\nkg-person-…"
 * @param profiles validated profiles (as `readModels` returns them)
 * @returns file contents by path, relative to the CSV output folder: `persons.csv`, …, `datapackage.json`
 */
export function exportCsv(profiles: readonly Profile[]): OutputFiles {
  const files = runPaged(csvPages, profiles);
  // In the schema's table order, whichever were written as pages came and whichever at the end.
  const order = [...TABLES.map(tableFile), DATA_PACKAGE_FILE];
  return new Map([...files].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)));
}

type Build = (profile: Profile, names: Names) => Row[];

/** One page's rows of the page tables (sources, notes, issues, provenance), and its source. */
function pagePart(profile: Profile): PagePart {
  const appends: Record<string, string> = {};
  const names = namesOf(profile);
  for (const table of TABLES) {
    if (RECORD_TABLES.has(table.name)) continue;
    appends[tableFile(table)] = tableRows(table, (ROW_BUILDERS[table.name] as Build)(profile, names));
  }
  // A copy: the page's strings can be slices of its whole text (see CsvSession).
  return { files: {}, appends, data: structuredClone(profile.source) };
}

/** One country's rows of the record tables: its pages merged, each record once. */
function countryPart(profiles: readonly Profile[]): CountryPart {
  const appends: Record<string, string> = {};
  const merged = countryProfile(mergeCountry(profiles));
  const names = namesOf(merged);
  for (const table of TABLES) {
    if (RECORD_TABLES.has(table.name)) appends[tableFile(table)] = tableRows(table, (ROW_BUILDERS[table.name] as Build)(merged, names));
  }
  return { files: {}, appends, data: null };
}

/**
 * The CSV exporter by parts (`CountryExporter` of `@profiles/cache`), so a build redoes only what
 * an edit touched: every table is a shared file (its header, then each country's rows: its pages'
 * rows of the page tables, its merged records' rows of the others), `datapackage.json` is made
 * last from every page's source and the tables' digests. Its parts assembled give the same bytes
 * as `exportCsv` over the same profiles.
 */
const csvCountries: CountryExporter = {
  id: CSV_EXPORTER_ID,
  shared: new Map(TABLES.map((table) => [tableFile(table), tableHeader(table)])),
  page: pagePart,
  part: countryPart,
  finish: (data, digests) => new Map([[DATA_PACKAGE_FILE, serializeDataPackage(buildDataPackage(data.flatMap((c) => c.pages as Source[]), digests))]]),
};

/**
 * The CSV exporter page by page: each page's rows are appended to every table as it comes; and
 * by country parts (`countries`).
 */
export const csvPages: PagedExporter & { countries: CountryExporter } = {
  start() {
    const session = new CsvSession();
    return { add: (profile) => ({ files: new Map(), appends: session.add(profile) }), finish: () => session.finish() };
  },
  countries: csvCountries,
};

/** The tables of one row per record and country, made from the country's merged dataset. */
export const RECORD_TABLES: ReadonlySet<string> = new Set(['persons', 'organizations', 'memberships', 'events', 'election_results', 'tasks', 'statistics', 'groups', 'group_members', 'materials']);

/**
 * A country's merged dataset as the row builders read a profile: its entities once each, named
 * after the country's first snapshot (which only gives the country code and a fallback source).
 */
export function countryProfile(dataset: CountryDataset): Profile {
  const first = dataset.snapshots[0]!;
  return {
    schemaVersion: dataset.schemaVersion,
    source: first.source,
    persons: dataset.persons,
    organizations: dataset.organizations,
    memberships: dataset.memberships,
    events: dataset.events,
    tasks: dataset.tasks,
    statistics: dataset.statistics,
    groups: dataset.groups,
    materials: dataset.materials,
    notes: [],
    issues: [],
  } as Profile;
}

/**
 * Writes the tables page by page, for builds too large to hold at once. Profiles must come in
 * source-ID order, which keeps each country's pages together (IDs start with the country code).
 * The page tables (sources, notes, issues, provenance) are appended as each page comes; the
 * record tables hold one row per record and country, merged from all the country's pages and
 * snapshots (`@profiles/timeline`), so a country's pages are held until the next country starts,
 * and those tables are written whole by `finish`, with `datapackage.json`.
 */
export class CsvSession {
  private readonly digests = new Map<string, { bytes: number; hash: Hash }>();
  private readonly sources: Source[] = [];
  private lastSourceId: string | null = null;
  /** The pages of the country being read. */
  private country: Profile[] = [];
  /** The record tables' rows so far, as CSV text, by file. */
  private readonly recordText = new Map<string, string[]>();

  /** The text to append to each page table for one more page. */
  add(profile: Profile): OutputFiles {
    const { source } = profile;
    if (this.lastSourceId !== null && compareCodePoints(source.id, this.lastSourceId) <= 0) {
      throw new ProfileError(
        source.file,
        source.id === this.lastSourceId ? 'this page is in the models twice' : 'pages must come in source-ID order',
      );
    }
    this.lastSourceId = source.id;
    if (this.country.length && this.country[0]!.source.country.code !== source.country.code) this.flushCountry();
    this.country.push(profile);
    // A copy: the page's strings can be slices of its whole text, which the build must not keep.
    this.sources.push(structuredClone(source));
    const appends: OutputFiles = new Map();
    const names = namesOf(profile);
    for (const table of TABLES) {
      if (RECORD_TABLES.has(table.name)) continue;
      const build = ROW_BUILDERS[table.name] as (profile: Profile, names: Names) => Row[];
      const path = tableFile(table);
      const chunk = (this.digests.has(path) ? '' : tableHeader(table)) + tableRows(table, build(profile, names));
      this.track(path, chunk);
      appends.set(path, chunk);
    }
    return appends;
  }

  /** The record tables' rows of the country just read, merged across its pages. */
  private flushCountry(): void {
    if (!this.country.length) return;
    const merged = countryProfile(mergeCountry(this.country));
    this.country = [];
    const names = namesOf(merged);
    for (const table of TABLES) {
      if (!RECORD_TABLES.has(table.name)) continue;
      const build = ROW_BUILDERS[table.name] as (profile: Profile, names: Names) => Row[];
      const path = tableFile(table);
      const list = this.recordText.get(path) ?? [];
      list.push(tableRows(table, build(merged, names)));
      this.recordText.set(path, list);
    }
  }

  /** The record tables, `datapackage.json`, and a header for every table no page was added to. */
  finish(): OutputFiles {
    this.flushCountry();
    const files: OutputFiles = new Map();
    for (const table of TABLES) {
      const path = tableFile(table);
      if (this.digests.has(path)) continue;
      const content = tableHeader(table) + (this.recordText.get(path) ?? []).join('');
      this.track(path, content);
      files.set(path, content);
    }
    const digests = new Map([...this.digests].map(([path, d]) => [path, { bytes: d.bytes, sha256: d.hash.copy().digest('hex') }]));
    files.set(DATA_PACKAGE_FILE, serializeDataPackage(buildDataPackage(this.sources, digests)));
    return files;
  }

  private track(path: string, chunk: string): void {
    const digest = this.digests.get(path) ?? { bytes: 0, hash: createHash('sha256') };
    // Encoded once, for both the size and the hash.
    const bytes = Buffer.from(chunk, 'utf8');
    digest.bytes += bytes.length;
    digest.hash.update(bytes);
    this.digests.set(path, digest);
  }
}
