import { SCHEMA_VERSION, type Source } from '@profiles/model';
import { compareCodePoints } from './compare.js';
import { CSV_DIALECT, CSV_ENCODING } from './dialect.js';
import { NEUTRALIZED_NOTE } from './columns.js';
import { TABLES } from './schema.js';
import { tableFile } from './table.js';
import { toTableSchema, type TableSchema } from './table-schema.js';

/** The profile every descriptor names: Frictionless Data Package v2. */
export const DATA_PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';

/**
 * The CSV layout's major version, raised when a table's key or meaning breaks: 1 and 2 held one row
 * per record and page (2 added the issues table with model schema 2); 3 holds one row per record
 * and country, with first_seen, last_seen and pages, and a membership's status; 4 keys
 * election_results by event and person, its rank empty where the page places no one.
 */
export const CSV_LAYOUT_MAJOR = 4;

/**
 * Raised when the CSV layout gains a column or table and breaks nothing: 1 added election_results
 * and events.other_candidates; 2 added group_members, groups.members and statistics.out_of (with the
 * units rank and points). Back to 0 with each major.
 */
export const CSV_LAYOUT_REVISION = 0;

/** The data package version: `<CSV_LAYOUT_MAJOR>.<CSV_LAYOUT_REVISION>.0`. */
export const DATA_PACKAGE_VERSION = `${CSV_LAYOUT_MAJOR}.${CSV_LAYOUT_REVISION}.0`;

/** One CSV file as the data package describes it. */
export interface DataResource {
  name: string;
  type: 'table';
  path: string;
  format: 'csv';
  mediatype: 'text/csv';
  encoding: typeof CSV_ENCODING;
  title: string;
  description: string;
  bytes: number;
  hash: string;
  dialect: typeof CSV_DIALECT;
  schema: TableSchema;
}

/** The `datapackage.json` descriptor. */
export interface DataPackage {
  $schema: typeof DATA_PACKAGE_PROFILE;
  name: string;
  title: string;
  description: string;
  version: string;
  keywords: string[];
  licenses: { name: string; path: string; title: string }[];
  sources: { title: string; path: string }[];
  resources: DataResource[];
}

const DESCRIPTION = [
  'Political-system country profiles turned into tables: persons, organizations, memberships, events (with',
  'every candidate of an election in election_results), tasks, statistics, groups, materials and notes, each row',
  'with the page it comes from (sources.csv) and the line and',
  'text of the first statement; every statement is in provenance.csv. issues.csv lists what the ingest could not',
  'read on each page (warnings, with the line and text they are about).',
  'A record keeps its ID on every page of its country, so a record table is keyed by (source_id, id) and a',
  'reference such as person_id points to the row with the same source_id.',
  'Files are UTF-8 without a byte-order mark, RFC 4180 with CRLF record ends, rows sorted by the primary key',
  'in code-point order; an empty cell is a missing value; dates keep the precision the page gives',
  '(YYYY, YYYY-MM or YYYY-MM-DD).',
  NEUTRALIZED_NOTE,
  'Licence: the compilation (the tables, their structure and IDs) is under ODC-BY-1.0; the page text quoted in',
  'the tables belongs to the page’s publisher (see sources.csv), who keeps its rights.',
].join(' ');

/** A file's size in bytes and its SHA-256 in hex, as the data package lists them. */
export interface FileDigest {
  bytes: number;
  sha256: string;
}

/**
 * Describes the CSV files as a Frictionless Data Package v2: one resource per table, its Table
 * Schema made from the same column list as the CSV header, and the size and SHA-256 of each file.
 * Nothing in it depends on the clock or the machine.
 *
 * @param sources the pages the files were made from (any order: they are listed by file)
 * @param csvFiles the size and SHA-256 of every table's file, by file name
 */
export function buildDataPackage(sources: readonly Source[], csvFiles: ReadonlyMap<string, FileDigest>): DataPackage {
  const listed = sources
    .map((source) => ({ title: source.title, path: source.url ?? source.file, file: source.file }))
    .sort((a, b) => compareCodePoints(a.file, b.file))
    .map(({ title, path }) => ({ title, path }));
  return {
    $schema: DATA_PACKAGE_PROFILE,
    name: 'country-profiles',
    title: 'Country profiles: political systems',
    description: DESCRIPTION,
    version: DATA_PACKAGE_VERSION,
    keywords: ['political system', 'country profile', 'government', 'officials', 'elections'],
    licenses: [
      {
        name: 'ODC-BY-1.0',
        path: 'https://opendatacommons.org/licenses/by/1-0/',
        title: 'Open Data Commons Attribution License 1.0 — for the compilation; quoted page text belongs to its publisher',
      },
    ],
    sources: listed,
    resources: TABLES.map((table) => {
      const path = tableFile(table);
      const digest = csvFiles.get(path);
      if (digest === undefined) throw new Error(`no CSV file for ${path}`);
      return {
        name: table.name,
        type: 'table' as const,
        path,
        format: 'csv' as const,
        mediatype: 'text/csv' as const,
        encoding: CSV_ENCODING,
        title: table.title,
        description: table.description,
        bytes: digest.bytes,
        hash: `sha256:${digest.sha256}`,
        dialect: CSV_DIALECT,
        schema: toTableSchema(table),
      };
    }),
  };
}

/** The descriptor as written: two-space indent, keys in a fixed order, a trailing newline. */
export function serializeDataPackage(dataPackage: DataPackage): string {
  return `${JSON.stringify(dataPackage, null, 2)}\n`;
}
