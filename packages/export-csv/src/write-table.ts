import { ProfileError } from '@profiles/model';
import { stringify } from 'csv-stringify/sync';
import { formatCell } from './cells.js';
import { compareRowsBy } from './compare.js';
import { CSV_DIALECT } from './dialect.js';
import type { Row, Table } from './table.js';

/**
 * Writes one table as CSV text: the header from the table's columns, then the rows sorted by the
 * primary key (code-point order for text, numeric for numbers). Two rows with the same key mean
 * two inputs claim the same record on the same page, which would make the table ambiguous: it
 * throws instead.
 *
 * @param table the table's definition (columns in order, primary key)
 * @param rows the rows, in any order
 * @returns the file's text, RFC 4180 with CRLF record ends, ready to write as UTF-8
 */
export function writeTable(table: Table, rows: readonly Row[]): string {
  const key = table.primaryKey.map((name) => {
    const column = table.columns.find((c) => c.name === name);
    if (!column) throw new Error(`table ${table.name}: key column ${name} is not a column`);
    return column;
  });
  const compare = compareRowsBy(key);
  const sorted = [...rows].sort(compare);
  for (let i = 1; i < sorted.length; i++) {
    if (compare(sorted[i - 1]!, sorted[i]!) === 0) {
      const shown = key.map((c) => `${c.name}=${String(sorted[i]![c.name])}`).join(', ');
      throw new ProfileError(`${table.name}.csv`, `two rows share the key ${shown}: is a page in the models twice?`);
    }
  }
  const records = [
    table.columns.map((c) => c.name),
    ...sorted.map((row) => table.columns.map((c) => formatCell(c, row[c.name] ?? null))),
  ];
  return stringify(records, {
    delimiter: CSV_DIALECT.delimiter,
    record_delimiter: CSV_DIALECT.lineTerminator,
    quote: CSV_DIALECT.quoteChar,
    escape: CSV_DIALECT.quoteChar,
    // csv-stringify quotes only for the record delimiter (CRLF); a bare LF or CR inside a cell
    // must be quoted too, or spreadsheets and Python's csv split the row.
    quoted_match: /[\r\n]/,
    bom: false,
  });
}
