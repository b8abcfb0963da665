import type { Column } from './columns.js';

/** A link from columns of one table to the key columns of another (or the same) table. */
export interface ForeignKey<N extends string = string> {
  readonly fields: readonly N[];
  readonly reference: { readonly resource: string; readonly fields: readonly string[] };
}

/** One CSV table: its file, what it holds, its columns in order, and its keys. */
export interface Table<N extends string = string, T extends string = string> {
  /** The resource name in the data package, also the file name without `.csv`. */
  readonly name: T;
  readonly title: string;
  readonly description: string;
  readonly columns: readonly Column<N>[];
  /** The columns that together identify a row; rows are sorted by them. */
  readonly primaryKey: readonly N[];
  readonly foreignKeys: readonly ForeignKey<N>[];
}

/** A cell before it is written: `null` is an empty cell, an array a multi-value cell. */
export type Cell = string | number | null | readonly string[];

/** A row of a table, one cell per column name. */
export type Row<N extends string = string> = { readonly [K in N]: Cell };

/** The column names of a table, as a union type. */
export type ColumnName<T extends Table> = T['columns'][number]['name'];

/** The row type of a table. */
export type RowOf<T extends Table> = Row<ColumnName<T>>;

/**
 * Declares a table, keeping its column names as literal types so that the row builders and the
 * keys are checked against them.
 */
export function defineTable<const N extends string, const T extends string>(table: Table<N, T>): Table<N, T> {
  return table;
}

/** The file a table is written to. */
export function tableFile(table: Table): string {
  return `${table.name}.csv`;
}
