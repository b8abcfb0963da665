// The acceptance checker: what an analyst expects of a page (`expected.json`, the format of
// `src/fixtures/corpus/README.md`) against the CSV tables of a built dataset. Pure functions over
// parsed tables, so the matcher has its own unit tests (`expected.test.ts`) and the report script
// (`scripts/acceptance-report.mjs`) gives the same verdicts as the acceptance test.
//
// How a fact is matched:
// - A fact is a list of alternatives; an alternative is a list of substrings. The fact is found when,
//   for some alternative, ONE row of the fact's table holds every substring, each inside one cell
//   (a substring never spans two cells). Case, Unicode width (NFKC) and runs of white space are
//   ignored.
// - The cells of a row are its own columns, without identifiers (`id`, `*_id`), position and
//   provenance and bookkeeping columns (`source_file`, `source_line`, `country`, `first_seen`,
//   `last_seen`, `pages`), and without verbatim copies of
//   page text (`source_quote`, `quote`, `description`, `text`, `message`): a fact that is only in a
//   quote or a copied paragraph is not extracted. A task's `text` is the task itself, so it counts.
// - Rows hold IDs where they point at other records; the cells of the records they point at are
//   joined onto the row, as an analyst reads a row with its references followed:
//   a membership gets its person's name columns (name, family, given, patronymic, each alias), its
//   organization's name, abbreviation and aliases, and its predecessor's name columns;
//   an event gets its winner's name columns and its office's names; a task gets its body's names.
//   A `u` (website) fact is looked for in organizations (their `website`) and in sources (`url`).
// - `persons` looks at persons.csv only: name, family_name, given_name, patronymic and each alias.
// - `never` looks at every column of every table except the verbatim ones above.
// - `wrong` rows are matched like facts, in the named table, with the same joins, except that a
//   membership's predecessor is not read with it: a former holder named as the predecessor is right.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'csv-parse/sync';

/** One CSV row, by column name. */
export type Row = Readonly<Record<string, string>>;

/** Every table of a dataset by name (`memberships`, `persons` …); a missing table has no rows. */
export type Tables = ReadonlyMap<string, readonly Row[]>;

/** Parses CSV files (path or name → content) into tables named by file name without `.csv`. */
export function parseTables(files: Iterable<readonly [string, string]>): Tables {
  const tables = new Map<string, Row[]>();
  for (const [path, content] of files) {
    if (!path.endsWith('.csv')) continue;
    const rows = parse(content, { columns: true, bom: true, skip_empty_lines: true }) as Row[];
    tables.set(basename(path, '.csv'), rows);
  }
  return tables;
}

/** Reads every `*.csv` file of a built dataset's `csv/` folder. */
export function loadTables(csvDir: string): Tables {
  const names = readdirSync(csvDir).filter((name) => name.endsWith('.csv')).sort();
  return parseTables(names.map((name) => [name, readFileSync(join(csvDir, name), 'utf8')] as const));
}

// ---------------------------------------------------------------------------------------------
// expected.json

export interface PersonsSpec {
  count?: number;
  unique?: string[];
  counts?: Record<string, number>;
}

export interface WrongSpec {
  table: string;
  needles: string[];
  why?: string;
  /** Only rows with this `status` are wrong ("current": a past post is right as an ended membership, wrong as a current one). */
  status?: string;
}

export interface ExpectedPage {
  profile?: string;
  persons?: PersonsSpec;
  facts: Record<string, string[][]>;
  never?: string[];
  wrong?: WrongSpec[];
}

/** The tables a fact key's first letter names. */
export const FACT_TABLES: Readonly<Record<string, readonly string[]>> = {
  m: ['memberships'],
  e: ['events'],
  o: ['organizations'],
  t: ['tasks'],
  s: ['statistics'],
  r: ['materials'],
  g: ['groups'],
  u: ['organizations', 'sources'],
};

/** The tables a fact is looked for in, from its key ("m.musin.head" → memberships). */
export function factTables(key: string): readonly string[] {
  const tables = FACT_TABLES[key.charAt(0)];
  if (!tables) throw new Error(`fact "${key}": the first letter must be one of ${Object.keys(FACT_TABLES).join(', ')}`);
  return tables;
}

const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((s) => typeof s === 'string' && s.length > 0);

/** Checks the shape of an `expected.json` and returns it typed; throws naming what is wrong. */
export function parseExpected(json: unknown, where = 'expected.json'): ExpectedPage {
  const fail = (what: string): never => {
    throw new Error(`${where}: ${what}`);
  };
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return fail('must be an object');
  const page = json as Record<string, unknown>;
  const facts = page.facts;
  if (typeof facts !== 'object' || facts === null || Array.isArray(facts)) return fail('"facts" must be an object');
  for (const [key, alternatives] of Object.entries(facts as Record<string, unknown>)) {
    factTables(key);
    if (!Array.isArray(alternatives) || alternatives.length === 0 || !alternatives.every(isStringList) || alternatives.some((a) => a.length === 0)) {
      fail(`fact "${key}" must be a non-empty list of non-empty lists of strings`);
    }
    for (const alternative of alternatives as string[][]) {
      for (const needle of alternative) if (needle !== needle.toLowerCase()) fail(`fact "${key}": "${needle}" must be lower case`);
    }
  }
  if (page.persons !== undefined) {
    const persons = page.persons as Record<string, unknown>;
    if (typeof persons !== 'object' || persons === null) fail('"persons" must be an object');
    if (persons.count !== undefined && !(Number.isInteger(persons.count) && (persons.count as number) >= 0)) fail('"persons.count" must be a count');
    if (persons.unique !== undefined && !isStringList(persons.unique)) fail('"persons.unique" must be a list of strings');
    if (persons.counts !== undefined) {
      const counts = persons.counts as Record<string, unknown>;
      if (typeof counts !== 'object' || counts === null || !Object.values(counts).every((n) => Number.isInteger(n) && (n as number) >= 0)) fail('"persons.counts" must map names to counts');
    }
  }
  if (page.never !== undefined && !isStringList(page.never)) fail('"never" must be a list of strings');
  if (page.wrong !== undefined) {
    if (!Array.isArray(page.wrong)) fail('"wrong" must be a list');
    for (const wrong of page.wrong as unknown[]) {
      const w = wrong as Record<string, unknown>;
      if (typeof w?.table !== 'string' || !isStringList(w.needles) || w.needles.length === 0) fail('each "wrong" entry needs a "table" and non-empty "needles"');
      if (w.status !== undefined && typeof w.status !== 'string') fail('a "wrong" entry\'s "status" must be a string');
    }
  }
  return json as ExpectedPage;
}

/** Reads and checks an `expected.json` file. */
export function loadExpected(path: string): ExpectedPage {
  return parseExpected(JSON.parse(readFileSync(path, 'utf8')), path);
}

// ---------------------------------------------------------------------------------------------
// Acceptance pages on disk

export interface AcceptancePage {
  /** `corpus` or `variants`. */
  group: string;
  /** The folder name: `kz-html`, `uz-cabinet-table`. */
  name: string;
  /** The raw folder to build (`<page>/raw`, holding `<cc>/<section>.<ext>`). */
  raw: string;
  /** Path of its `expected.json`. */
  expected: string;
}

/** Every `<fixtures>/<group>/<name>/` holding `expected.json` and `raw/`, sorted. */
export function listAcceptancePages(fixturesDir: string, groups: readonly string[] = ['corpus', 'variants']): AcceptancePage[] {
  const pages: AcceptancePage[] = [];
  for (const group of groups) {
    const dir = join(fixturesDir, group);
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const folder = join(dir, name);
      if (!statSync(folder).isDirectory()) continue;
      pages.push({ group, name, raw: join(folder, 'raw'), expected: join(folder, 'expected.json') });
    }
  }
  return pages;
}

/** The raw files under a page's raw folder (relative paths), e.g. to check that none is a sidecar. */
export function rawFiles(rawDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full, `${prefix}${name}/`);
      else out.push(`${prefix}${name}`);
    }
  };
  walk(rawDir, '');
  return out;
}

// ---------------------------------------------------------------------------------------------
// Matching

/** Case, width and white space folded: the form both needles and cells are compared in. */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** When and where the dataset saw a record (first_seen, last_seen, pages): bookkeeping, not a fact the page states. */
export const SEEN_COLUMNS: ReadonlySet<string> = new Set(['first_seen', 'last_seen', 'pages']);

/** Columns that are verbatim page text: never a fact, and free to hold chrome words. */
export const VERBATIM_COLUMNS: ReadonlySet<string> = new Set(['source_quote', 'quote', 'description', 'text', 'message']);

/** Verbatim columns that are nonetheless the fact itself in their table. */
const CONTENT_COLUMNS: Readonly<Record<string, readonly string[]>> = { tasks: ['text'] };

/** Columns that are bookkeeping, not facts: identifiers, provenance, positions. */
function isBookkeeping(column: string): boolean {
  return column === 'id' || column.endsWith('_id') || column === 'source_file' || column === 'source_line' || column === 'country' || column === 'position' || SEEN_COLUMNS.has(column);
}

const NAME_COLUMNS = ['name', 'family_name', 'given_name', 'patronymic', 'aliases'] as const;
const ORG_NAME_COLUMNS = ['name', 'abbreviation', 'aliases'] as const;

interface Join {
  via: string;
  table: string;
  columns: readonly string[];
  as: string;
}

/** The records a row points at, whose cells are read with it. */
export const JOINS: Readonly<Record<string, readonly Join[]>> = {
  memberships: [
    { via: 'person_id', table: 'persons', columns: NAME_COLUMNS, as: 'person' },
    { via: 'organization_id', table: 'organizations', columns: ORG_NAME_COLUMNS, as: 'organization' },
    { via: 'predecessor_id', table: 'persons', columns: NAME_COLUMNS, as: 'predecessor' },
  ],
  events: [
    { via: 'person_id', table: 'persons', columns: NAME_COLUMNS, as: 'person' },
    { via: 'organization_id', table: 'organizations', columns: ORG_NAME_COLUMNS, as: 'organization' },
  ],
  tasks: [{ via: 'organization_id', table: 'organizations', columns: ORG_NAME_COLUMNS, as: 'organization' }],
};

/** One cell of a row as matched: where it came from and its folded value. */
export interface Cell {
  column: string;
  value: string;
}

/** A row ready for matching: the table it is in, the row, and its cells (own and joined). */
export interface MatchRow {
  table: string;
  row: Row;
  cells: Cell[];
}

/** A list column (`aliases`) as separate cells. */
function cellValues(column: string, value: string): string[] {
  if (!value) return [];
  return column === 'aliases' ? value.split(';').map((s) => s.trim()).filter(Boolean) : [value];
}

function indexById(tables: Tables): Map<string, Map<string, Row>> {
  const index = new Map<string, Map<string, Row>>();
  for (const [name, rows] of tables) {
    const byId = new Map<string, Row>();
    for (const row of rows) if (row.id) byId.set(row.id, row);
    index.set(name, byId);
  }
  return index;
}

/** The rows of `table` with the cells a fact is matched against (see the file comment). */
export function factRows(tables: Tables, table: string): MatchRow[] {
  const ids = indexById(tables);
  const content = new Set(CONTENT_COLUMNS[table] ?? []);
  return (tables.get(table) ?? []).map((row) => {
    const cells: Cell[] = [];
    for (const [column, value] of Object.entries(row)) {
      if (isBookkeeping(column)) continue;
      if (VERBATIM_COLUMNS.has(column) && !content.has(column)) continue;
      for (const v of cellValues(column, value)) cells.push({ column, value: fold(v) });
    }
    for (const join of JOINS[table] ?? []) {
      const target = row[join.via] ? ids.get(join.table)?.get(row[join.via]!) : undefined;
      if (!target) continue;
      for (const column of join.columns) for (const v of cellValues(column, target[column] ?? '')) cells.push({ column: `${join.as}.${column}`, value: fold(v) });
    }
    return { table, row, cells };
  });
}

/** The needles of an alternative that no cell of the row holds. */
export function missingNeedles(row: MatchRow, needles: readonly string[]): string[] {
  return needles.filter((needle) => {
    const n = fold(needle);
    return !row.cells.some((cell) => cell.value.includes(n));
  });
}

/** A row in a few words, for messages: its table, id and non-empty cells. */
export function describeRow(row: MatchRow, width = 60): string {
  const cut = (s: string) => (s.length > width ? `${s.slice(0, width - 1)}…` : s);
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const cell of row.cells) {
    const text = `${cell.column}=${cut(cell.value)}`;
    if (seen.has(text)) continue;
    seen.add(text);
    parts.push(text);
  }
  return `${row.table}[${row.row.id ?? row.row.source_id ?? '?'}] ${parts.join(' | ')}`;
}

export interface FactResult {
  key: string;
  tables: readonly string[];
  found: boolean;
  /** The alternative that matched (index) and the row it matched in. */
  alternative: number | null;
  row: MatchRow | null;
  /** When not found: for each alternative, the rows that came closest and what they lacked. */
  nearest: Array<{ alternative: readonly string[]; missing: string[]; row: string }>;
}

/** Whether one row of the fact's table holds every substring of one of its alternatives. */
export function checkFact(tables: Tables, key: string, alternatives: readonly (readonly string[])[]): FactResult {
  const names = factTables(key);
  const rows = names.flatMap((name) => factRows(tables, name));
  const nearest: FactResult['nearest'] = [];
  for (const [index, alternative] of alternatives.entries()) {
    let best: { missing: string[]; row: MatchRow } | null = null;
    for (const row of rows) {
      const missing = missingNeedles(row, alternative);
      if (missing.length === 0) return { key, tables: names, found: true, alternative: index, row, nearest: [] };
      if (!best || missing.length < best.missing.length) best = { missing, row };
    }
    if (best && best.missing.length < alternative.length) nearest.push({ alternative, missing: best.missing, row: describeRow(best.row) });
    else nearest.push({ alternative, missing: [...alternative], row: rows.length ? '(no row holds any of them)' : `(no rows in ${names.join(' or ')})` });
  }
  return { key, tables: names, found: false, alternative: null, row: null, nearest };
}

/** A failed fact, explained: the alternatives and the closest rows. */
export function explainFact(result: FactResult): string {
  if (result.found) return `${result.key}: found in ${result.row ? describeRow(result.row) : '?'}`;
  const lines = result.nearest.map((n) => `  [${n.alternative.join(', ')}] lacks [${n.missing.join(', ')}] — closest: ${n.row}`);
  return [`${result.key}: not in ${result.tables.join(' or ')}`, ...lines].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Persons, never, wrong

export interface PersonsResult {
  ok: boolean;
  rows: number;
  problems: string[];
}

/** The folded name cells of each persons.csv row. */
function personNames(tables: Tables): Array<{ row: Row; names: string[] }> {
  return (tables.get('persons') ?? []).map((row) => ({
    row,
    names: NAME_COLUMNS.flatMap((column) => cellValues(column, row[column] ?? '').map(fold)),
  }));
}

/** persons.csv against `persons`: the row count, each `unique` name in exactly one row, `counts`. */
export function checkPersons(tables: Tables, spec: PersonsSpec | undefined): PersonsResult {
  const people = personNames(tables);
  const problems: string[] = [];
  const holders = (needle: string) => people.filter((p) => p.names.some((n) => n.includes(fold(needle))));
  const who = (list: typeof people) => list.map((p) => p.row.name ?? '?').join('; ');
  if (spec?.count !== undefined && people.length !== spec.count) {
    problems.push(`persons.csv has ${people.length} rows, expected ${spec.count}: ${who(people)}`);
  }
  for (const name of spec?.unique ?? []) {
    const found = holders(name);
    if (found.length !== 1) problems.push(`"${name}" is in ${found.length} persons rows, expected exactly 1${found.length ? `: ${who(found)}` : ''}`);
  }
  for (const [name, count] of Object.entries(spec?.counts ?? {})) {
    const found = holders(name);
    if (found.length !== count) problems.push(`"${name}" is in ${found.length} persons rows, expected ${count}${found.length ? `: ${who(found)}` : ''}`);
  }
  return { ok: problems.length === 0, rows: people.length, problems };
}

export interface Violation {
  /** The `never` string or the `wrong` entry's `why`. */
  what: string;
  table: string;
  column: string | null;
  row: string;
}

/** Columns that name the site on purpose: a source's publisher is read from the page's chrome ("Евразийский Дом"). */
const CHROME_COLUMNS: Readonly<Record<string, readonly string[]>> = { sources: ['publisher'] };

/** Chrome that reached a column other than a verbatim quote or text (or the source's publisher). */
export function checkNever(tables: Tables, never: readonly string[] | undefined): Violation[] {
  const violations: Violation[] = [];
  for (const needle of never ?? []) {
    const n = fold(needle);
    for (const [table, rows] of tables) {
      const chrome = new Set(CHROME_COLUMNS[table] ?? []);
      for (const row of rows) {
        for (const [column, value] of Object.entries(row)) {
          if (VERBATIM_COLUMNS.has(column) || chrome.has(column) || !fold(value).includes(n)) continue;
          violations.push({ what: needle, table, column, row: `${row.id ?? row.source_id ?? '?'}: ${value.length > 80 ? `${value.slice(0, 79)}…` : value}` });
        }
      }
    }
  }
  return violations;
}

/** Rows that must not exist: a row of the named table holding every needle (matched like facts). */
export function checkWrong(tables: Tables, wrong: readonly WrongSpec[] | undefined): Violation[] {
  const violations: Violation[] = [];
  for (const spec of wrong ?? []) {
    for (const row of factRows(tables, spec.table)) {
      if (spec.status !== undefined && (row.row.status ?? '') !== spec.status) continue;
      // A former holder named as the predecessor is right, not a wrong membership of theirs.
      const own = { ...row, cells: row.cells.filter((cell) => !cell.column.startsWith('predecessor')) };
      if (missingNeedles(own, spec.needles).length === 0) {
        violations.push({ what: spec.why ?? spec.needles.join(' + '), table: spec.table, column: null, row: describeRow(row) });
      }
    }
  }
  return violations;
}

export interface PageResult {
  facts: FactResult[];
  persons: PersonsResult;
  never: Violation[];
  wrong: Violation[];
}

/** Every check of one page's expectations against its tables. */
export function checkPage(tables: Tables, expected: ExpectedPage): PageResult {
  return {
    facts: Object.entries(expected.facts).map(([key, alternatives]) => checkFact(tables, key, alternatives)),
    persons: checkPersons(tables, expected.persons),
    never: checkNever(tables, expected.never),
    wrong: checkWrong(tables, expected.wrong),
  };
}

/** One violation in a line. */
export function explainViolation(v: Violation): string {
  return `${v.what}: ${v.table}${v.column ? `.${v.column}` : ''} ${v.row}`;
}
