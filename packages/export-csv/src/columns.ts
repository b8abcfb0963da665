import { ID_KINDS, type IdKind } from '@profiles/model';

/**
 * How a column's values are written. The kind decides the Table Schema `type`, the constraints, and
 * whether the formula guard applies: only `text` and `list` columns hold page text that could start
 * with `=`; IDs, codes, dates, URLs and numbers never get a `'` in front.
 */
export type ColumnKind =
  /** A record ID, `<country>-<kind>-<12 hex>`. */
  | 'id'
  /** A fixed-format token that no page text reaches unchanged: country code, path, checksum. */
  | 'code'
  /** One of a fixed list of values. */
  | 'enum'
  /** A partial ISO 8601 date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  | 'date'
  /** An absolute URL. */
  | 'url'
  | 'integer'
  | 'number'
  /** Free text from the page: neutralized. */
  | 'text'
  /** Several free-text values, sorted and joined with "; ": neutralized. */
  | 'list';

/** One CSV column: its name (snake_case), how it is written, and the constraints it keeps. */
export interface Column<N extends string = string> {
  readonly name: N;
  readonly kind: ColumnKind;
  /** What the column holds, in a sentence or two. */
  readonly summary: string;
  /** The summary followed by how the values are written (the shared notes): the Table Schema description. */
  readonly description: string;
  /** Never an empty cell. */
  readonly required: boolean;
  /** No two rows share a value. */
  readonly unique: boolean;
  /** A regular expression the whole value matches, in the XML Schema syntax Table Schema uses (no anchors). */
  readonly pattern?: string;
  readonly enum?: readonly string[];
  readonly minimum?: number;
  readonly maximum?: number;
}

/** What the multi-value columns are joined with. */
export const LIST_SEPARATOR = '; ';

/** Said in the description of every free-text column. */
export const NEUTRALIZED_NOTE =
  "Free text: where it starts with = + - @ tab, carriage return or ' a single quote ' was added in " +
  "front so that spreadsheets do not run it as a formula; remove one leading ' to get the original text.";

/** A partial date as the model writes it, in a pattern both XML Schema and JavaScript read the same. */
export const PARTIAL_DATE_XSD_PATTERN = '[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?';

/** Said in the description of every date column. */
export const DATE_NOTE =
  'ISO 8601 date at the precision the page gives: YYYY, YYYY-MM or YYYY-MM-DD (a string, because the ' +
  'Table Schema date types cannot hold mixed precision).';

/** Said in the description of every multi-value column. */
export const LIST_NOTE = `Several values, sorted by code point and joined with "${LIST_SEPARATOR}".`;

/** Said in the description of every decimal-number column. */
export const NUMBER_NOTE = 'Written with a dot as the decimal mark and no thousands separator.';

/** The notes each kind of column adds to its summary to make the Table Schema description. */
const NOTES: Partial<Record<ColumnKind, readonly string[]>> = {
  text: [NEUTRALIZED_NOTE],
  list: [LIST_NOTE, NEUTRALIZED_NOTE],
  date: [DATE_NOTE],
  number: [NUMBER_NOTE],
};

interface Options {
  required?: boolean;
  unique?: boolean;
}

function column<N extends string>(
  name: N,
  kind: ColumnKind,
  summary: string,
  options: Options,
  extra: Partial<Pick<Column, 'pattern' | 'enum' | 'minimum' | 'maximum'>> = {},
): Column<N> {
  const description = [summary, ...(NOTES[kind] ?? [])].join(' ');
  return { name, kind, summary, description, required: options.required ?? false, unique: options.unique ?? false, ...extra };
}

/** The pattern of one kind of record ID: `[a-z]{2}-person-[0-9a-f]{12}`. */
export function idPattern(kind: IdKind): string {
  return `[a-z]{2}-${ID_KINDS[kind]}-[0-9a-f]{12}`;
}

/** A column holding the ID of a record of `idKind`. */
export function idColumn<N extends string>(name: N, idKind: IdKind, summary: string, options: Options = {}): Column<N> {
  return column(name, 'id', summary, options, { pattern: idPattern(idKind) });
}

/** A column of free text from the page, neutralized against formulas. */
export function textColumn<N extends string>(name: N, summary: string, options: Options = {}): Column<N> {
  return column(name, 'text', summary, options);
}

/** A column of several free-text values: sorted by code point, joined with "; ", neutralized. */
export function listColumn<N extends string>(name: N, summary: string, options: Options = {}): Column<N> {
  return column(name, 'list', summary, options);
}

/** A column of fixed-format tokens, optionally with a pattern. */
export function codeColumn<N extends string>(name: N, summary: string, options: Options & { pattern?: string } = {}): Column<N> {
  return column(name, 'code', summary, options, options.pattern === undefined ? {} : { pattern: options.pattern });
}

/** A column of values from a fixed list. */
export function enumColumn<N extends string>(name: N, values: readonly string[], summary: string, options: Options = {}): Column<N> {
  return column(name, 'enum', summary, options, { enum: [...values] });
}

/** A column of partial ISO dates. */
export function dateColumn<N extends string>(name: N, summary: string, options: Options = {}): Column<N> {
  return column(name, 'date', summary, options, { pattern: PARTIAL_DATE_XSD_PATTERN });
}

/** A column of absolute URLs. */
export function urlColumn<N extends string>(name: N, summary: string, options: Options = {}): Column<N> {
  return column(name, 'url', summary, options);
}

/** A column of whole numbers. */
export function integerColumn<N extends string>(
  name: N,
  summary: string,
  options: Options & { minimum?: number; maximum?: number } = {},
): Column<N> {
  return column(name, 'integer', summary, options, bounds(options));
}

/** A column of decimal numbers, written with a dot and no grouping. */
export function numberColumn<N extends string>(
  name: N,
  summary: string,
  options: Options & { minimum?: number; maximum?: number } = {},
): Column<N> {
  return column(name, 'number', summary, options, bounds(options));
}

function bounds(options: { minimum?: number; maximum?: number }): Pick<Column, 'minimum' | 'maximum'> {
  return {
    ...(options.minimum === undefined ? {} : { minimum: options.minimum }),
    ...(options.maximum === undefined ? {} : { maximum: options.maximum }),
  };
}

/** True for the columns that hold page text and so get the formula guard. */
export function isFreeText(column: Column): boolean {
  return column.kind === 'text' || column.kind === 'list';
}
