import { firstDate } from './dates.js';
import { startsWithRoleWord } from './roles.js';
import { anyOf, eachLexicon } from '../lexicon/index.js';

/**
 * A cabinet typed as a table: a header row that names its columns ("Должность | Ф.И.О. |
 * Назначен", "Name | Post | Appointed"), then one row per person. A row reaches the rules as
 * one line, its cells joined by a spaced dash (see `html-blocks.ts`, and a text dump's tabs), so
 * a row is read back into its cells here, and written as the template's "Name – Post" line with
 * the date its column gives.
 */

/** What a table's column holds. */
export type Column = 'name' | 'post' | 'appointed' | 'other';

/** Where a row's cells meet: the dash a table's row is joined with. */
const CELL_SEPARATOR = ' \u2013 ';

/** A header cell as a whole, per column kind, in every lexicon ("Ф.И.О.", "Name", "Назначен"). */
const COLUMN_WORDS: Array<{ column: Column; pattern: RegExp }> = (['name', 'post', 'appointed'] as const).map((column) => ({
  column,
  pattern: new RegExp(`^(?:${eachLexicon((l) => anyOf(l.tableColumns[column]))})[.:]?$`, 'u'),
}));

/** A header cell's column: "Ф.И.О." → name, "Должность" → post, "Партия" → other. */
function columnOf(cell: string): Column {
  return COLUMN_WORDS.find(({ pattern }) => pattern.test(cell))?.column ?? 'other';
}

/** A row's cells: "Премьер-министр – Жолдошев М.Т. – 05.09.2012" → three cells. */
export function rowCells(text: string): string[] {
  return text.split(CELL_SEPARATOR).map((cell) => cell.trim());
}

/**
 * The columns a header row names, or null when the line is no header: it needs a name column (or
 * the name's parts: "Фамилия | Имя | Должность") and one post column, and no cell longer than a
 * header's few words.
 */
/**
 * "Должность | Министр | Назначен": beside a column of posts, the one cell that is a post's word titles the
 * holders' column (each row's post is in the posts' column), so it is the names' column.
 */
function holdersColumn(cells: readonly string[], columns: Column[]): Column[] {
  if (columns.includes('name') || columns.filter((c) => c === 'post').length !== 1) return columns;
  const titled = cells.flatMap((cell, index) => (columns[index] === 'other' && startsWithRoleWord(cell) ? [index] : []));
  return titled.length === 1 ? columns.map((c, index) => (index === titled[0] ? 'name' : c)) : columns;
}

export function readTableHeader(text: string): Column[] | null {
  // A cheap test first: a header is short and has a cell separator.
  if (text.length > 160 || !text.includes(CELL_SEPARATOR)) return null;
  const cells = rowCells(text);
  if (cells.some((cell) => cell.split(' ').length > 5)) return null;
  const columns = holdersColumn(cells, cells.map(columnOf));
  const once = (column: Column) => columns.filter((c) => c === column).length === 1;
  return columns.includes('name') && once('post') && columns.filter((c) => c === 'appointed').length <= 1 ? columns : null;
}

/** A table row written as a person line, and the date its appointment column gives. */
export interface TableRow {
  /** "Жолдошев Медер Токтогулович – Премьер-министр": the name, then the post. */
  line: string;
  startDate: string | null;
}

/**
 * A row under a header with more than a name and a post, read by its columns: the name's cell,
 * then the post's, and the appointment cell's date. Null when the row has another number of cells
 * (a cell the page left empty drops out: the row reads as a plain line then), or when a table
 * of two columns needs nothing the plain line does not give.
 */
export function readTableRow(text: string, columns: readonly Column[]): TableRow | null {
  if (columns.length < 3) return null;
  const cells = rowCells(text);
  if (cells.length !== columns.length) return null;
  // The name's parts in the order of their columns: "Иванов | Иван | Министр" → "Иванов Иван".
  const name = cells.filter((_, index) => columns[index] === 'name').join(' ');
  const post = cells[columns.indexOf('post')]!;
  const at = columns.indexOf('appointed');
  const dated = at >= 0 ? cells[at]! : '';
  const since = at >= 0 ? undefined : cells.find((cell, index) => columns[index] === 'other' && isSinceRemark(cell));
  // "Примечание: с 6 августа 2021 года; сменил X": the remark in brackets, as the plain line reads a term and a predecessor.
  return { line: `${name}${CELL_SEPARATOR}${post}${since ? ` (${since})` : ''}`, startDate: dated ? appointedCellDate(dated) : null };
}

/** A remark cell that opens with a term's start and its date: "с 6 августа 2021 года", "since March 2014". */
const SINCE_REMARK = new RegExp(`^(?:${eachLexicon((l) => anyOf(l.appointment.since))})\\s+(?=[\\p{L}\\d])`, 'iu');

function isSinceRemark(cell: string): boolean {
  return SINCE_REMARK.test(cell) && firstDate(cell) !== null;
}

/** A year alone ("2003"): under the appointment column's header it can be nothing but the year the post was taken. */
const YEAR_CELL = new RegExp(`^(1[89]\\d\\d|20\\d\\d)(?:\\s*(?:${eachLexicon((l) => anyOf(l.yearWords))})(?![\\p{L}]))?$`, 'u');

/** The appointment cell's date: a date as written, or a year alone ("2003", "2003 г."). */
function appointedCellDate(cell: string): string | null {
  return firstDate(cell) ?? monthYearCell(cell) ?? YEAR_CELL.exec(cell.trim())?.[1] ?? null;
}

/** A month and a year alone ("03.2003", "9/2000"): under the appointment column, the month the post was taken. */
const MONTH_YEAR_CELL = /^(0?[1-9]|1[0-2])[./](1[89]\d\d|20\d\d)$/u;

function monthYearCell(cell: string): string | null {
  const found = MONTH_YEAR_CELL.exec(cell.trim());
  return found ? `${found[2]}-${found[1]!.padStart(2, '0')}` : null;
}

/** A cell that is a date and nothing else: "05.09.2012", "5 сентября 2012 г.", "March 5, 2012". */
const DATE_CELL = /^[\p{L}\d.,\s-]{4,30}$/u;

/**
 * A row of a table with no header, whose last cell is only a date ("Министр обороны – Т. Мамыров
 * – 05.09.2012"): the line without it, and the date as when the post was taken. Null otherwise.
 */
export function readDatedRow(text: string): TableRow | null {
  const cells = rowCells(text);
  if (cells.length < 3) return null;
  const last = cells[cells.length - 1]!;
  if (!/\d{4}/.test(last) || !DATE_CELL.test(last)) return null;
  const date = firstDate(last);
  // The whole cell must be the date: "2012 – 2016" or "в 2012 году назначен" is no date cell.
  if (!date || last.split(/\s+/).length > 4) return null;
  return { line: cells.slice(0, -1).join(CELL_SEPARATOR), startDate: date };
}

/** Each lexicon's captions of a body's members ("Состав Правительства (на 1 ноября 2001 г.)", "Members of the Cabinet"). */
const COMPOSITION = eachLexicon((l) => anyOf(l.compositionHeadings));

/**
 * The body a heading lists the members of, as the heading writes it ("Состав Правительства (на 1
 * ноября 2001 г.)" → "Правительства"): a caption over the body's table, never a body of its own. Null otherwise.
 */
export function compositionOf(heading: string): string | null {
  return new RegExp(COMPOSITION, 'u').exec(heading.trim())?.slice(1).find(Boolean) ?? null;
}
