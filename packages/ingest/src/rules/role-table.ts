import { termAfterName, termOfAside, type AsideTerm } from './dated-aside.js';
import { firstDate } from './dates.js';
import { namesBody } from './body-definition.js';
import { NAME_WORD, PARTICLE_NAME } from './person-name.js';
import { hasRoleWord, startsWithRoleWord } from './roles.js';
import { rowCells } from './table-row.js';
import { anyOf, eachLexicon, LEXICONS, lexiconOfWord } from '../lexicon/index.js';
import { regExp } from '../regexp.js';

/**
 * Tables of people whose columns are not "Name | Post" (see `table-row.ts` for those): a body and
 * its head ("Агентство | Председатель", or no header at all: "Агентство по делам X | Петров Пётр
 * Ильич"), and a post's holders under a header that names the post ("Заместитель Председателя |
 * Курируемая сфера"), the other cell kept as the portfolio. A row reaches the rules as one line,
 * its cells joined by a spaced dash.
 */

/** Where a row's cells meet: the dash a table's row is joined with. */
const CELL_SEPARATOR = ' \u2013 ';

/** A table whose header names a post (and maybe a body's column): which column holds whom. */
export interface RoleTable {
  /** The post the holders' column is titled by: "Председатель", "Заместитель Председателя". */
  role: string;
  holder: number;
  /** The column of the body each row's holder heads; null: the body the table stands under. */
  body: number | null;
  cells: number;
}

/** A row of such a table, ready for the person-line reader. */
export interface HeadedRow {
  /** The body the row's own cell names; null: the body the table stands under. */
  body: string | null;
  /** "Петров Пётр Ильич – Председатель": the holder, then the post. */
  line: string;
  /** The post with the row's portfolio kept: "Заместитель Председателя (водное хозяйство)". */
  title: string;
  startDate: string | null;
  /** The term's end where the row gives one: "Зураб Жвания – февраль 2004 – февраль 2005". */
  endDate?: string | null;
  /** Posts the other cell gives of their own ("…; одновременно Министр юстиции (с 2004 г.)"), as "Holder – Post" lines. */
  also: string[];
  /** A remark cell's dated clauses with the holder as their subject ("Петров Пётр избран 2 марта 2008 года (70,28%)."), for the event rules. */
  remarks?: string[];
}

/** "Петров Пётр Ильич", "Ли Ан", "Сидоров П.И.": a cell that is a person's name and nothing else. */
const NAME_CELL = regExp(`^(?:${NAME_WORD}(?:\\s+${NAME_WORD}){1,3}|${NAME_WORD}\\s+(?:\\p{Lu}\\.\\s?){1,2}|(?:\\p{Lu}\\.\\s?){1,2}${NAME_WORD}|${PARTICLE_NAME})$`, 'u');

/** A trailing aside that holds a date: "(с мая 2009 г.)", "(since March 2014)". */
const DATE_ASIDE = /\s*\(([^()]*\d{4}[^()]*)\)\s*$/u;

/** Each lexicon's words before a second post in a cell: "; одновременно Министр …", ", also Minister …". */
const ALSO_HOLDS = regExp(`\\s*[;,]\\s*(?:${eachLexicon((l) => anyOf(l.roleTables.alsoHolds))})\\s+(?=\\p{Lu})`, 'u');

/** A cell split into its text and the date of its trailing aside. */
function withoutDate(cell: string): { text: string; date: string | null } {
  const aside = DATE_ASIDE.exec(cell);
  const date = aside ? firstDate(aside[1]!) : null;
  return date ? { text: cell.slice(0, aside!.index).trim(), date } : { text: cell, date: null };
}

/** A person's name, with no body's or post's word in it ("Кабинет Министров" is none). */
function isName(cell: string): boolean {
  return NAME_CELL.test(cell) && !namesBody(cell) && !hasRoleWord(cell);
}

/** Each lexicon's post with no body after it: modifiers, then one or two role nouns ("Первый заместитель Председателя", "Deputy Prime Minister"). */
const BARE_ROLE = LEXICONS.map((l) => regExp(`^(?:(?:${l.roles.modifiers.join('|')})\\s+)*(?:${l.roles.nouns.join('|')})${l.roles.inflection}(?:\\s+(?:${l.roles.nouns.join('|')})${l.roles.inflection})?$`, 'iu'));

/** A post and nothing else, no body after it: "Председатель", "Заместитель Председателя", "Chairman". */
function isBareRole(cell: string): boolean {
  return startsWithRoleWord(cell) && BARE_ROLE.some((pattern) => pattern.test(cell));
}

/** A body's name and no post: "Агентство по делам религий", "Agency for Statistics". */
function isBody(cell: string): boolean {
  return namesBody(cell) && !hasRoleWord(cell) && /^\p{Lu}/u.test(cell);
}

/**
 * The header of a table whose holders' column is titled by their post, or null: short cells, one
 * a bare post, at most one a body's noun, none a name ("Агентство | Председатель", "Заместитель
 * Председателя | Курируемая сфера", "Deputy Chairman | Portfolio").
 */
export function readRoleHeader(text: string): RoleTable | null {
  if (text.length > 120 || !text.includes(CELL_SEPARATOR)) return null;
  const cells = rowCells(text);
  if (cells.length > 4 || cells.some((cell) => !cell || cell.split(/\s+/).length > 4 || isName(cell))) return null;
  const roles = cells.flatMap((cell, index) => (isBareRole(cell) ? [index] : []));
  const bodies = cells.flatMap((cell, index) => (isBody(cell) ? [index] : []));
  // The other columns name a body or a topic, never a post: "Председатель – Президент …" is a line.
  if (roles.length !== 1 || bodies.length > 1 || cells.some((cell, index) => index !== roles[0] && hasRoleWord(cell))) return null;
  return { role: cells[roles[0]!]!, holder: roles[0]!, body: bodies[0] ?? null, cells: cells.length };
}

/** A portfolio cell: the portfolio, its date, and the posts it names of their own. */
function readPortfolio(cells: string[]): { portfolio: string; date: string | null; also: string[] } {
  const parts = cells.join('; ').split(ALSO_HOLDS).map((part) => part.trim()).filter(Boolean);
  const [first = '', ...also] = parts;
  const { text, date } = withoutDate(first);
  return { portfolio: text, date, also };
}

/** A row under a `readRoleHeader` table, or null when its cells do not fit it (the holder no name). */
export function readRoleRow(text: string, table: RoleTable): HeadedRow | null {
  const cells = withRemarkDashes(rowCells(text), table);
  if (cells.length !== table.cells) return null;
  const holder = withoutDate(cells[table.holder]!);
  const body = table.body === null ? null : cells[table.body]!;
  if (!isName(holder.text) || (body !== null && !isBody(body))) return null;
  const { term, topics, remarks } = termAndTopics(cells.filter((_, index) => index !== table.holder && index !== table.body), holder.text);
  const { portfolio, date, also } = readPortfolio(topics);
  const title = portfolio ? `${table.role} (${portfolio})` : table.role;
  const line = `${holder.text}${CELL_SEPARATOR}${table.role}`;
  const alsoLines = [...also.map((post) => `${holder.text}${CELL_SEPARATOR}${post}`), ...remarks.flatMap((r) => r.posts)];
  const sentences = remarks.flatMap((r) => r.sentences);
  const ended = term?.endDate ? { endDate: term.endDate } : {};
  return { body, line, title, startDate: holder.date ?? term?.startDate ?? date, ...ended, also: alsoLines, ...(sentences.length ? { remarks: sentences } : {}) };
}

/**
 * A row whose last cell, a remark, holds a dash of its own ("… | 2000–2008 | с 31 декабря 1999 года –
 * исполняющий обязанности Президента; избран …"): that cell whole again, where the joined cell reads as a remark.
 */
function withRemarkDashes(cells: string[], table: RoleTable): string[] {
  const last = table.cells - 1;
  if (cells.length <= table.cells || last === table.holder || last === table.body) return cells;
  const remark = cells.slice(last).join(CELL_SEPARATOR);
  return remarkOf(remark, 'X')?.posts.length ? [...cells.slice(0, last), remark] : cells;
}

/** A remark cell read: the posts its clauses date, as "Holder – Post (date)" lines, and its other clauses as the holder's sentences. */
export interface Remark {
  posts: string[];
  sentences: string[];
}

/** "с 31 декабря 1999 года – исполняющий обязанности Президента": a clause dating a post, the date before the dash. */
const DATED_POST = /^([^\u2013]*\d{4}[^\u2013]*?)\s+\u2013\s+(.+)$/u;

/** A remark's clauses: at each ";", and at a ", " whose clause names a year of its own ("избран … 2000 года (52,94%), переизбран … 2004 года"). */
function remarkClauses(cell: string): string[] {
  const clauses: string[] = [];
  for (const part of cell.split(/\s*;\s*/u)) {
    part.split(/,\s+/u).forEach((piece, index) => {
      if (index > 0 && /\d{4}/u.test(piece) && /\d{4}/u.test(clauses.at(-1) ?? '')) clauses.push(piece);
      else if (index > 0) clauses[clauses.length - 1] += `, ${piece}`;
      else clauses.push(piece);
    });
  }
  return clauses.map((clause) => clause.trim().replace(/[.;,]+$/u, '')).filter(Boolean);
}

/**
 * A remark cell ("избран 26 марта 2000 года (52,94%), переизбран …; досрочно сложил полномочия 31 декабря
 * 1999 года"): each clause a dated post, or a dated clause opening in lower case whose subject is the
 * row's holder, no post's word in it. Null when a clause is neither (a portfolio, a post's own words), or no clause names a year.
 */
export function remarkOf(cell: string, holder: string): Remark | null {
  if (!/\d{4}/u.test(withoutDate(cell).text)) return null;
  const remark: Remark = { posts: [], sentences: [] };
  for (const clause of remarkClauses(cell)) {
    const dated = DATED_POST.exec(clause);
    if (dated && !hasRoleWord(dated[1]!) && startsWithPost(dated[2]!)) remark.posts.push(`${holder}${CELL_SEPARATOR}${dated[2]} (${dated[1]})`);
    // A post's word outside a dated post is a portfolio's or a post's own ("…; одновременно Министр юстиции").
    else if (/^\p{Ll}/u.test(clause) && /\d{4}/u.test(clause) && !clause.includes('\u2013 ') && !hasRoleWord(clause)) remark.sentences.push(`${holder} ${clause}.`);
    else return null;
  }
  return remark;
}

/** Each lexicon's acting words: an acting post opens with no role word ("исполняющий обязанности Президента"). */
const ACTING = regExp(`^(?:${eachLexicon((l) => anyOf(l.actingTitles))})\\s`, 'u');

/** A post: a role word first, or an acting post's words. */
function startsWithPost(text: string): boolean {
  return startsWithRoleWord(text) || ACTING.test(text);
}

/**
 * A row's other cells: a term column ("1991–1999", "с 2008") gives the holder's dates; a remark
 * that tells dated events ("избран 2 марта 2008 года (70,28%)": a year outside a trailing date
 * aside, no post's word) is no portfolio (the prose rules read those events); the rest is.
 */
function termAndTopics(cells: readonly string[], holder: string): { term: AsideTerm | null; topics: string[]; remarks: Remark[] } {
  let term: AsideTerm | null = null;
  const topics: string[] = [];
  const remarks: Remark[] = [];
  for (const cell of cells) {
    const own: AsideTerm | null = term === null && !hasRoleWord(cell) ? termAfterName(`(${cell})`) : null;
    const remark = own?.startDate && isTermAlone(cell) ? null : remarkOf(cell, holder);
    if (own?.startDate && isTermAlone(cell)) term = own;
    else if (remark) remarks.push(remark);
    else if (!hasRoleWord(cell) && /\d{4}/u.test(withoutDate(cell).text)) continue;
    else topics.push(cell);
  }
  return { term, topics, remarks };
}

/** A cell that is a term and nothing else: years, dates, a dash, "с"/"since"/"по" — no other words. */
function isTermAlone(cell: string): boolean {
  return cell.split(/[\s\u2010-\u2015-]+/u).filter(Boolean).length <= 6 && !/[;(%]/u.test(cell);
}

/** Each lexicon's head nouns, matched as a whole word of a heading. */
const HEAD_NOUNS = LEXICONS.flatMap((l) => l.roleTables.headNouns.map(({ pattern, role }) => ({ pattern: regExp(`(?<![\\p{L}])${pattern}(?![\\p{L}])`, 'u'), role })));

/**
 * The post a table's heading gives its bodies' heads ("Агентства и их руководители" →
 * Руководитель, "Chairs of the agencies" → Chairman), else the lexicon's head of a body.
 */
export function headRoleOf(heading: string | null, sample: string): string {
  const named = heading ? HEAD_NOUNS.find(({ pattern }) => pattern.test(heading)) : undefined;
  return named?.role ?? lexiconOfWord(sample.split(/\s+/)[0] ?? '').bodyHeads.role;
}

/**
 * A row of a table with no header whose first cell is a body and second a person ("Агентство по
 * делам X – Петров Пётр Ильич (с мая 2009 г.)"): that person heads that body, in the post
 * `role`. Null for any other line.
 */
export function readBodyHeadRow(text: string, role: string): HeadedRow | null {
  const cells = rowCells(text);
  if (cells.length !== 2 || !isBody(cells[0]!)) return null;
  const holder = withoutDate(cells[1]!);
  if (!isName(holder.text)) return null;
  return { body: cells[0]!, line: `${holder.text}${CELL_SEPARATOR}${role}`, title: role, startDate: holder.date, also: [] };
}

/** A word in the singular by its lexicon's plural endings ("представители" → "представитель"); as written when none fits. */
function singularOf(word: string): string {
  for (const [plural, single] of lexiconOfWord(word).roleTables.singular) {
    if (word.length - plural.length >= 3 && word.endsWith(plural)) return word.slice(0, -plural.length) + single;
  }
  return word;
}

/**
 * The post a heading names in the plural, its holders listed under it ("Полномочные представители
 * Президента в округах" → "Полномочный представитель Президента", "Envoys of the President" →
 * "Envoy"): the plural words that open it, in the singular, and the capitalized words of the post's
 * own after them. Null when the heading opens with no post in the plural.
 */
export function holdersRoleOf(heading: string): string | null {
  const words = heading.trim().split(/\s+/);
  let end = 0;
  while (end < words.length && singularOf(words[end]!) !== words[end]) end += 1;
  const role = words.slice(0, end).map(singularOf).join(' ');
  if (!end || !startsWithRoleWord(role) || !isBareRole(role)) return null;
  let rest = end;
  while (rest < words.length && /^\p{Lu}/u.test(words[rest]!)) rest += 1;
  return [role, ...words.slice(end, rest)].join(' ');
}

/**
 * A line of the list under such a heading: where or what, then the holder ("Северный округ –
 * Лебедев Олег (с мая 2018 г.)"), the first cell kept in the title as the post's portfolio.
 */
export function readHoldersRow(text: string, role: string): HeadedRow | null {
  const cells = rowCells(text);
  // A name alone: "• И.И. Петров;" under "Заместители Руководителя Администрации:".
  if (cells.length === 1) return soleHolderRow(withoutClosingStop(cells[0]!), role);
  const tenure = tenureRow(cells, role);
  if (tenure) return tenure;
  if (cells.length !== 2 || hasRoleWord(cells[0]!)) return null;
  // The holder first: "Ана Мгеладзе – по внешнеполитическим вопросам".
  const first = withoutDate(cells[0]!);
  if (isName(first.text) && !hasRoleWord(cells[1]!) && !isName(withoutDate(cells[1]!).text)) {
    return { body: null, line: `${first.text}${CELL_SEPARATOR}${role}`, title: `${role} (${cells[1]})`, startDate: first.date, also: [] };
  }
  if (isName(cells[0]!) || !/^\p{Lu}/u.test(cells[0]!)) return null;
  const holder = withoutDate(cells[1]!);
  if (!isName(holder.text)) return null;
  return { body: null, line: `${holder.text}${CELL_SEPARATOR}${role}`, title: `${role} (${cells[0]})`, startDate: holder.date, also: [] };
}

/** A closing remark in brackets: "(погиб 3 февраля 2005 года)", "(acting)". */
const CLOSING_REMARK = /\s*\([^()]*\)\s*$/u;

/**
 * A line of a list of the post's holders back in time: the holder, then their term ("Зураб Жвания
 * – февраль 2004 – февраль 2005 (погиб …)", "Ника Гилаури – 2009–2012"), a closing remark dropped.
 */
function tenureRow(cells: string[], role: string): HeadedRow | null {
  const [name = '', ...rest] = cells;
  if (!rest.length || !isName(name)) return null;
  const term = termOfAside(withoutClosingStop(rest.join(CELL_SEPARATOR)).replace(CLOSING_REMARK, ''));
  if (!term?.startDate) return null;
  return { body: null, line: `${name}${CELL_SEPARATOR}${role}`, title: role, startDate: term.startDate, endDate: term.endDate, also: [] };
}

/** A list line's closing ";", "," or ".", but not an initial's dot ("Лебедев О.И."). */
function withoutClosingStop(cell: string): string {
  return cell.replace(/[;,]+$/u, '').replace(/(?<!(?:^|[\s.])\p{Lu})\.$/u, '').trim();
}

/** A list line that is only the holder's name (and maybe a date aside): the heading's post, no portfolio. */
function soleHolderRow(cell: string, role: string): HeadedRow | null {
  const holder = withoutDate(cell);
  return isName(holder.text) ? { body: null, line: `${holder.text}${CELL_SEPARATOR}${role}`, title: role, startDate: holder.date, also: [] } : null;
}

/**
 * The post a table's header names, with the body the text before the table gives it ("Каждый
 * заместитель Председателя Совета Министров курирует …" → "Заместитель Председателя Совета
 * Министров"): the capitalized words after the post there; the post as the header writes it else.
 */
export function roleWithBody(role: string, before: string): string {
  const escaped = role.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/^\p{L}/u, (first) => `[${first.toLowerCase()}${first.toUpperCase()}]`);
  const after = regExp(`(?<![\\p{L}])${escaped}((?:\\s+\\p{Lu}[\\p{L}-]*){1,4})`, 'u').exec(before);
  // Only a body's name ("Совета Министров"), never a holder's ("Заместитель Председателя Иван Петров").
  return after && namesBody(after[1]!) ? `${role}${after[1]}` : role;
}
