import { createHash, type Hash } from 'node:crypto';
import { ProfileError, runPaged, type OutputFiles, type PagedExporter, type Profile, type Source } from '@profiles/model';
import { compareCodePoints } from './compare.js';
import { buildDataPackage, serializeDataPackage } from './datapackage.js';
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
  return runPaged(csvPages, profiles);
}

/** The CSV exporter page by page: each page's rows are appended to every table as it comes. */
export const csvPages: PagedExporter = {
  start() {
    const session = new CsvSession();
    return { add: (profile) => ({ files: new Map(), appends: session.add(profile) }), finish: () => session.finish() };
  },
};

/**
 * Writes the tables page by page, for builds too large to hold at once. Profiles must come in
 * source-ID order, the first part of every key; each `add` returns the text to append to each table (the header
 * first), and `finish` the rest: `datapackage.json`, and the headers of tables no page added to.
 */
export class CsvSession {
  private readonly digests = new Map<string, { bytes: number; hash: Hash }>();
  private readonly sources: Source[] = [];
  private lastSourceId: string | null = null;

  /** The text to append to each table for one more page. */
  add(profile: Profile): OutputFiles {
    const { source } = profile;
    if (this.lastSourceId !== null && compareCodePoints(source.id, this.lastSourceId) <= 0) {
      throw new ProfileError(
        source.file,
        source.id === this.lastSourceId ? 'this page is in the models twice' : 'pages must come in source-ID order',
      );
    }
    this.lastSourceId = source.id;
    // A copy: the page's strings can be slices of its whole text, which the build must not keep.
    this.sources.push(structuredClone(source));
    const appends: OutputFiles = new Map();
    const names = namesOf(profile);
    for (const table of TABLES) {
      const build = ROW_BUILDERS[table.name] as (profile: Profile, names: Names) => Row[];
      const path = tableFile(table);
      const chunk = (this.digests.has(path) ? '' : tableHeader(table)) + tableRows(table, build(profile, names));
      this.track(path, chunk);
      appends.set(path, chunk);
    }
    return appends;
  }

  /** `datapackage.json`, and a header for every table no page was added to. */
  finish(): OutputFiles {
    const files: OutputFiles = new Map();
    for (const table of TABLES) {
      const path = tableFile(table);
      if (this.digests.has(path)) continue;
      const header = tableHeader(table);
      this.track(path, header);
      files.set(path, header);
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
