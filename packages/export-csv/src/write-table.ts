import { ProfileError } from '@profiles/model';
import { stringify } from 'csv-stringify/sync';
import { formatCell } from './cells.js';
import type { Column } from './columns.js';
import { compareRowsBy } from './compare.js';
import { CSV_DIALECT } from './dialect.js';
import type { Row, Table } from './table.js';

/** The CSV options of every table: the dialect the data package declares. */
export const STRINGIFY_OPTIONS = {
  delimiter: CSV_DIALECT.delimiter,
  record_delimiter: CSV_DIALECT.lineTerminator,
  quote: CSV_DIALECT.quoteChar,
  escape: CSV_DIALECT.quoteChar,
  // A bare LF or CR inside a cell must be quoted too, not only the CRLF record delimiter, or
  // spreadsheets and Python's csv split the row: csv-stringify's own option for it.
  quote_record_delimiter: true,
  bom: false,
} as const;

/** A table's header line: its column names in schema order. */
export function tableHeader(table: Table): string {
  return stringify([table.columns.map((c) => c.name)], STRINGIFY_OPTIONS);
}

const keyColumns = new WeakMap<Table, { key: Column[]; compare: (a: Row, b: Row) => number }>();

/** The primary-key columns of a table and the row order they make, worked out once per table. */
function keyOf(table: Table): { key: Column[]; compare: (a: Row, b: Row) => number } {
  let found = keyColumns.get(table);
  if (!found) {
    const key = table.primaryKey.map((name) => {
      const column = table.columns.find((c) => c.name === name);
      if (!column) throw new Error(`table ${table.name}: key column ${name} is not a column`);
      return column;
    });
    found = { key, compare: compareRowsBy(key) };
    keyColumns.set(table, found);
  }
  return found;
}

/**
 * Writes rows of one table as CSV lines (no header), sorted by the primary key (code-point order
 * for text, numeric for numbers). Two rows with the same key mean two inputs claim the same record
 * on the same page, which would make the table ambiguous: it throws instead.
 *
 * @param table the table's definition (columns in order, primary key)
 * @param rows the rows, in any order
 * @returns RFC 4180 lines with CRLF record ends, ready to write as UTF-8
 */
export function tableRows(table: Table, rows: readonly Row[]): string {
  const { key, compare } = keyOf(table);
  const sorted = [...rows].sort(compare);
  for (let i = 1; i < sorted.length; i++) {
    if (compare(sorted[i - 1]!, sorted[i]!) === 0) {
      const shown = key.map((c) => `${c.name}=${String(sorted[i]![c.name])}`).join(', ');
      throw new ProfileError(`${table.name}.csv`, `two rows share the key ${shown}: is a page in the models twice?`);
    }
  }
  if (!sorted.length) return '';
  return stringify(
    sorted.map((row) => table.columns.map((c) => formatCell(c, row[c.name] ?? null))),
    STRINGIFY_OPTIONS,
  );
}

/** Writes one whole table: the header, then every row sorted by the primary key. */
export function writeTable(table: Table, rows: readonly Row[]): string {
  return tableHeader(table) + tableRows(table, rows);
}
