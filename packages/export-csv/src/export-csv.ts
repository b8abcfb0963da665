import type { OutputFiles, PagedExporter, Profile } from '@profiles/model';
import { buildDataPackage, serializeDataPackage } from './datapackage.js';
import { ROW_BUILDERS } from './rows.js';
import { TABLES } from './schema.js';
import { tableFile, type Row } from './table.js';
import { writeTable } from './write-table.js';

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
  const files: OutputFiles = new Map();
  for (const table of TABLES) {
    const build = ROW_BUILDERS[table.name] as (profile: Profile) => Row[];
    files.set(tableFile(table), writeTable(table, profiles.flatMap(build)));
  }
  files.set(DATA_PACKAGE_FILE, serializeDataPackage(buildDataPackage(profiles, files)));
  return files;
}

/**
 * The CSV exporter in the paged form: the tables combine every profile, so all of it is shared.
 */
export const csvPages: PagedExporter = {
  pageFiles: () => new Map(),
  sharedFiles: (profiles) => exportCsv(profiles),
};
