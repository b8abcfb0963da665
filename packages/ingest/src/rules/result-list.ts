/**
 * Election results given as a list: one candidate a line ("Name (party) – 38,6 % (N votes)"), under
 * a heading that names the election and its date ("Выборы 12 февраля 2017 г.", "Presidential
 * election of 3 April 2011"), or after a lead-in that dates a round nobody won ("В первом туре 31
 * марта 2019 года ни один из кандидатов не набрал …:"). The list's lines may be text bullets, list
 * items, a definition list's "name – share" pairs or a table's rows.
 */
import { turnoutOf, votesOf } from './election-counts.js';
import { splitSentences } from '../normalize.js';
import { regExp } from '../regexp.js';
import { candidateName, parseDecimal, PERCENT, phrasePattern, type CandidateMention } from './candidates.js';
import { findDates } from './dates.js';
import type { ElectionMention } from './election.js';
import { NAME_PARTICLE, NAME_WORD } from './person-name.js';
import { allWords, anyOf, LEXICONS, type Lexicon } from '../lexicon/index.js';

/** Every lexicon's words or endings of one kind as one group (lexicon `wordForms`), or a group that matches nothing. */
function forms(field: keyof Lexicon['wordForms']): string {
  return anyOf(allWords((l) => l.wordForms[field])) ?? '(?!)';
}

const VOTE_WORDS = regExp(phrasePattern((l) => l.elections.voteWords), 'iu');
const NO_WINNER = regExp(phrasePattern((l) => l.elections.noWinner), 'iu');
/** "Первый тур выборов прошёл …", "In the first round": a round that a share short of half does not win. */
const FIRST_ROUND = regExp(phrasePattern((l) => l.elections.firstRound), 'iu');
/** "Результаты остальных кандидатов:", "Besides X, …:": a list of the rest, whose winner the prose names (case matters: "Кроме того"). */
const REST_OF_LIST = regExp(phrasePattern((l) => l.elections.restOfList), 'u');
/** A survey's words: its figures by name ("Иван Гром – 41 %") are no votes, whatever heading stands over them. */
const SURVEY_WORDS = regExp(phrasePattern((l) => l.surveys.words), 'iu');

/** "Г. М. Иванов", "J. R. Doe": initials of the scripts that write them before a family name, then the name. */
const INITIALS = `(?:\\p{Lu}\\.\\s?){1,2}${NAME_WORD}`;
/** "Иванов И.И.", "Иванов И. И.": a family name, then initials. */
const NAME_INITIALS = `${NAME_WORD}\\s+\\p{Lu}\\.(?:\\s?\\p{Lu}\\.)?`;
/** A line's leading name: initials and a family name (or the other way round), or two to four capitalized words, a father's particle among them ("Бакыт уулу Асан"). */
const LEADING_NAME = new RegExp(`^(${INITIALS}|${NAME_INITIALS}|${NAME_WORD}(?:\\s+(?:${NAME_WORD}|${NAME_PARTICLE}(?![\\p{L}\\p{N}]))){1,3})(?![\\p{L}\\p{N}])`, 'u');
const SHARE = new RegExp(PERCENT, 'u');
/** An aside between a name and its share: a party in parentheses or quotes. */
const ASIDE = /\([^()]*\)|«[^«»]*»|"[^"]*"|“[^”]*”|„[^“”]*[“”]/gu;
/** A vote count, with its word ("7 850 958 голосов", "1,234 votes"), possibly opening the parentheses the share is in. */
const COUNT = `\\d{1,3}(?:[\\s\\u00a0,.]\\d{3})*(?:\\s+\\p{L}+)?`;
/**
 * What may stand between the name (its asides gone) and the share: a remark after a comma
 * ("Иван Петров, блок «Икс» –", "…, кандидат оппозиции –"), a dash or a colon, then a count and
 * its word before "(" or a comma ("– 703 283 голоса, 3,7 %"), or a table's cell of capitalized words ("– Партия Икс –").
 */
const BETWEEN = new RegExp(`^(?:\\s*,[^\\d%\\u2013\\u2014]*?)?[\\s,]*[\\u2013\\u2014:-]\\s*(?:(?:${COUNT}\\s*[(,]\\s*)|(?:\\p{Lu}[^\\d%]*?\\s*[\\u2013\\u2014-]\\s*))?$`, 'u');

/** The name at a line's head, when it is a person's (not a party's, not "Против всех"). */
function leadingName(line: string): { name: string; end: number } | null {
  const found = LEADING_NAME.exec(line);
  if (!found) return null;
  const name = found[1]!;
  // A name of whole words must read as a person's: no body's or title's word among them.
  if (!name.includes('.') && candidateName(name) !== name) return null;
  return { name, end: found[0].length };
}

/** A table row's cells as the blocks give them: "Name (party) – 76,69 – 56 430 712". */
const CELL_BREAK = /\s[\u2013\u2014-]\s/u;
const DECIMAL = /^(\d{1,3}(?:[.,]\d+)?)\s*%?$/u;

/** What may follow the name in its cell: asides, and a remark after a comma ("Эгил Левит, судья Суда ЕС"). */
const NAME_CELL_REST = /^\s*(?:,[^\d%]*)?$/u;

/**
 * A table's row read by the column its header row names a share ("Кандидат – % – голосов") or,
 * where `counted`, a count of votes ("Кандидат – Голосов «за»"): the name's cell first.
 */
function readRow(line: string, column: number, counted = false): CandidateMention | null {
  const cells = line.split(CELL_BREAK).map((c) => c.trim());
  const lead = leadingName(cells[0] ?? '');
  const figure = (counted ? COUNT_CELL : DECIMAL).exec(cells[column] ?? '');
  if (!lead || !figure || column === 0 || !NAME_CELL_REST.test(cells[0]!.slice(lead.end).replace(ASIDE, ''))) return null;
  return counted ? { name: lead.name, voteShare: null, votes: Number(figure[0]) } : { name: lead.name, voteShare: parseDecimal(figure[1]!) };
}

/** A count in the text between name and share must be one with its vote's word, not a figure of another kind. */
function betweenFits(between: string): boolean {
  if (!BETWEEN.test(between)) return false;
  const word = /\d\s+(\p{L}+)/u.exec(between);
  return !word || VOTE_WORDS.test(word[1]!);
}

/**
 * One line of a results list: "Назарбаев Нурсултан Абишевич – 95,55% (7 850 958 голосов);", "М.
 * Аннанепесов (Партия промышленников) – 0,61%", "John Doe – 12,345 votes (45.2%)", a table's row
 * "Name – Party – 38.6%". Null for a line that names no person ("остальные пять кандидатов – менее
 * 0,4% каждый", "Против всех – 2,1 %").
 */
export function readResultLine(line: string, shareColumn: number | null = null, counted = false): CandidateMention | null {
  if (shareColumn !== null) return readRow(line, shareColumn, counted);
  const lead = leadingName(line.trim());
  if (!lead) return null;
  const rest = line.trim().slice(lead.end);
  const share = SHARE.exec(rest);
  if (!share || !betweenFits(rest.slice(0, share.index).replace(ASIDE, ' '))) return null;
  return { name: lead.name, voteShare: parseDecimal(share[1]!) };
}

const ELECTED_EACH = regExp(phrasePattern((l) => l.elections.electedEach), 'iu');
/** What may stand between a line's opening date and its share: a year's word, a dash or a colon. */
const DATE_TO_SHARE = new RegExp(`^\\s*${forms('yearInList')}?\\s*[\\u2013\\u2014:-]\\s*$`, 'u');

/** A line of one person's elections: "1 декабря 1991 г. – 98,78 % голосов (…);", "9 January 1999 – 79.8%". */
export function readDatedLine(line: string): { date: string; voteShare: number } | null {
  const date = findDates(line)[0];
  if (!date || date.index > 1 || date.date.length < 7) return null;
  const rest = line.slice(date.index + date.text.length);
  const share = SHARE.exec(rest);
  if (!share || !DATE_TO_SHARE.test(rest.slice(0, share.index))) return null;
  return { date: date.date, voteShare: parseDecimal(share[1]!) };
}

/** The one a lead-in says was elected, each time in the list after it: "Иван Гром избирался на пост Президента дважды:". */
function electedEachOf(lead: string): string | null {
  const name = lead.trimEnd().endsWith(':') ? leadingName(lead.trim()) : null;
  return name && ELECTED_EACH.test(lead.slice(name.end)) ? name.name : null;
}

/** Elections read from a run of blocks up to `end`; `rows` the block of each, when each has its own. */
interface ElectionRun {
  elections: ElectionMention[];
  end: number;
  rows?: number[];
}

/** One person's elections as dated lines after the lead-in at `at`: an election a line, that person the winner. */
function electedEach<T extends ListBlock>(blocks: readonly T[], at: number): ElectionRun | null {
  const person = blocks[at]!.kind === 'item' ? null : electedEachOf(blocks[at]!.text);
  if (!person) return null;
  const elections: ElectionMention[] = [];
  let end = at;
  for (let i = at + 1; i < blocks.length && (blocks[i]!.kind === 'item' || blocks[i]!.kind === 'break'); i++) {
    const line = blocks[i]!.kind === 'item' ? readDatedLine(blocks[i]!.text) : null;
    if (blocks[i]!.kind === 'break') continue;
    if (!line) break;
    elections.push({ ...line, person, office: null, termYears: null, votes: null, turnout: null, others: [], text: `${blocks[at]!.text} ${blocks[i]!.text}` });
    end = i;
  }
  return elections.length ? { elections, end } : null;
}

/** A row's share cell: a decimal and its percent sign ("76,84%", "88.7 %"). */
const PERCENT_CELL = /^(\d{1,3}(?:[.,]\d+)?)\s*%$/u;
/** A row's date cell: a day or a month and nothing else but a year's word ("15.10.2003", "9 октября 2013 г."). */
const DATE_CELL_REST = new RegExp(`^\\s*${forms('yearInList')}?\\.?\\s*$`, 'u');

/** A cell that is a date of a month at least, and only that. */
function dateCell(cell: string): string | null {
  const date = findDates(cell)[0];
  return date && date.index === 0 && date.date.length >= 7 && DATE_CELL_REST.test(cell.slice(date.text.length)) ? date.date : null;
}

/** A row that is an election of its own: its date, its candidate, their share or count, and whether they were elected. */
export interface DatedRow {
  date: string;
  person: string;
  voteShare: number | null;
  votes: number | null;
  elected: boolean;
}

/** A count's cell: "62" (of a body's members). */
const COUNT_CELL = /^\d{1,3}$/u;
/** A result's cell that says the candidate lost: "не избрана", "not elected". */
const NOT_ELECTED = regExp(phrasePattern((l) => l.elections.notElected), 'iu');

/**
 * A table's row that is an election of its own: its date, its candidate and their share (or their
 * count, in the column `countColumn` the header names for votes), one a cell, in any order
 * ("15.10.2003 – Ильхам Алиев – 76,84%", "Mira Holm – 52.4% – 6 March 2022", "16.03.2012 – Тимофти
 * Николае (беспартийный) – 62 – избран"); a cell that says the candidate was not elected makes it a
 * vote nobody won. Null unless the row has exactly one cell of each kind.
 */
export function readDatedRow(line: string, countColumn: number | null = null): DatedRow | null {
  const cells = line.split(CELL_BREAK).map((c) => c.trim());
  const dates = cells.map(dateCell).filter((d): d is string => d !== null);
  const shares = cells.map((c) => PERCENT_CELL.exec(c)).filter((m): m is RegExpExecArray => m !== null);
  const count = countColumn !== null && COUNT_CELL.test(cells[countColumn] ?? '') ? Number(cells[countColumn]) : null;
  const names = cells.map((c) => ({ c, lead: leadingName(c) })).filter(({ c, lead }) => lead && !c.slice(lead.end).replace(ASIDE, '').trim());
  if (dates.length !== 1 || names.length !== 1 || shares.length > 1 || (shares.length === 0) === (count === null)) return null;
  const voteShare = shares[0] ? parseDecimal(shares[0][1]!) : null;
  return { date: dates[0]!, person: names[0]!.lead!.name, voteShare, votes: voteShare === null ? count : null, elected: !cells.some((c) => NOT_ELECTED.test(c)) };
}

/** The column a header row names for a count of votes ("Дата – Кандидат – Голосов «за» – Итог" → 2); null for none. */
function countColumnOf<T extends ListBlock>(blocks: readonly T[], at: number): number | null {
  const header = blocks[before(blocks, at)];
  if (!header || !isHeaderRow(header)) return null;
  const column = header.text.split(CELL_BREAK).findIndex((c) => VOTE_WORDS.test(c) && !c.includes('%'));
  return column >= 0 ? column : null;
}

/** A dated row's election: won by its candidate, or a vote nobody won with the candidate its one. */
function rowElection(row: DatedRow, text: string): ElectionMention {
  const base = { office: null, termYears: null, turnout: null, text };
  if (row.elected) return { ...base, date: row.date, person: row.person, voteShare: row.voteShare, votes: row.votes, others: [] };
  return { ...base, date: row.date, person: null, voteShare: null, votes: null, others: [{ name: row.person, voteShare: row.voteShare, votes: row.votes }] };
}

/** How far back a dated table's caption or heading may stand: its header row, then the caption. */
const CAPTION_REACH = 2;

/** Whether the blocks just before `at` (a caption, a heading, a header row) speak of votes and not of a survey. */
function votesTitled<T extends ListBlock>(blocks: readonly T[], at: number): boolean {
  const titles: string[] = [];
  for (let i = before(blocks, at); i >= 0 && titles.length < CAPTION_REACH && blocks[i]!.kind !== 'item'; i = before(blocks, i)) {
    titles.push(blocks[i]!.text);
    if (blocks[i]!.kind === 'heading' && !isHeaderRow(blocks[i]!)) break;
  }
  const title = titles.join(' ');
  return titles.every((t) => t.split(/\s+/).length <= HEADING_WORDS) && VOTE_WORDS.test(title) && !SURVEY_WORDS.test(title);
}

/** A table of elections, one a row, under a caption or heading of votes: an election each row, its winner the row's name. */
function datedRows<T extends ListBlock>(blocks: readonly T[], at: number): ElectionRun | null {
  if (blocks[at]!.kind === 'break') return null;
  const countColumn = countColumnOf(blocks, at);
  if (!readDatedRow(blocks[at]!.text, countColumn) || !votesTitled(blocks, at)) return null;
  const elections: ElectionMention[] = [];
  const rows: number[] = [];
  for (let i = at; i < blocks.length; i++) {
    if (blocks[i]!.kind === 'break') continue;
    const row = readDatedRow(blocks[i]!.text, countColumn);
    if (!row) break;
    elections.push(rowElection(row, blocks[i]!.text));
    rows.push(i);
  }
  return { elections, end: rows[rows.length - 1]!, rows };
}

/** Words enough for a heading, not a paragraph of prose. */
const HEADING_WORDS = 14;

/**
 * The date of a heading (or a title line) that names an election: "Досрочные президентские выборы
 * 3 апреля 2011 года" → 2011-04-03, "Presidential election of 3 April 2011", a lead-in's last
 * sentence "Итоги выборов 5 марта 2015 года:". A month at least; a year alone ("Выборы 2018 г.")
 * dates no list.
 */
export function electionHeadingDate(text: string): string | null {
  // A share makes it a sentence of results ("Выборы 5 марта 2012 г.: X получил 63,6 %"), which prose rules read.
  if (text.split(/\s+/).length > HEADING_WORDS || !VOTE_WORDS.test(text) || SHARE.test(text)) return null;
  return findDates(text).find((d) => d.date.length >= 7)?.date ?? null;
}

/** The date of a round a lead-in says nobody won: the sentence that says so, else the one before it. */
function undecidedDate(lead: string): string | null {
  const sentences = splitSentences(lead);
  const at = sentences.findIndex((s) => NO_WINNER.test(s));
  if (at < 0) return null;
  const dated = (s: string | undefined) => (s ? findDates(s).find((d) => d.date.length >= 7)?.date ?? null : null);
  return dated(sentences[at]) ?? dated(sentences[at - 1]);
}

/** What stands before a results list: the heading over it and the paragraph between, if any; a table's share column. */
export interface ResultList {
  heading: string | null;
  lead: string | null;
  lines: readonly string[];
  /** The cell a table's rows give the share in (0 the name's), from its header row; null for lines. */
  shareColumn?: number | null;
  /** The paragraph before the lead-in, when no heading stands there: it may date a list of the rest. */
  above?: string | null;
  /** The table's column (`shareColumn`) counts votes, not shares ("Голосов «за»"). */
  counted?: boolean;
}

/** The winner: the one top share, when no one else has it. */
function topOf(candidates: readonly CandidateMention[]): CandidateMention | null {
  const [first, second] = [...candidates].sort((a, b) => b.voteShare! - a.voteShare!);
  return first && (!second || first.voteShare! > second.voteShare!) ? first : null;
}

/**
 * The election a results list gives. After a lead-in that says nobody won ("ни один из 39
 * кандидатов не набрал более половины голосов:", "no candidate received a majority"), a round of
 * its date with no winner and every candidate; under a dated election's heading (or a lead-in's
 * dated election), that election, its winner the top share and the others the rest. Null with
 * fewer than two candidates or no date.
 */
export function readResultList(list: ResultList, needed: number | null = null): ElectionMention | null {
  const candidates = list.lines.map((l) => readResultLine(l, list.shareColumn ?? null, list.counted)).filter((c): c is CandidateMention => c !== null);
  if (candidates.length < 2) return null;
  if ([list.heading, list.lead].some((t) => t && SURVEY_WORDS.test(t))) return null;
  if (list.counted) return countedList(list, candidates, needed);
  // The rest after a winner named elsewhere: the others of that election, joined to it by date.
  if (list.lead && REST_OF_LIST.test(lastSentence(list.lead))) return restOf(list, candidates);
  const text = [list.heading, list.lead, ...list.lines].filter(Boolean).join(' ');
  // The turnout the heading or the lead-in gives ("Явка составила 89,98 %. Результаты кандидатов:").
  const turnout = turnoutOf([list.heading, list.lead].filter(Boolean).join(' '));
  const base = { office: null, termYears: null, text, turnout };
  const round = list.lead ? undecidedDate(list.lead) ?? (NO_WINNER.test(list.lead) && list.heading ? electionHeadingDate(list.heading) : null) : null;
  if (round) return { ...base, date: round, person: null, voteShare: null, votes: null, others: candidates };
  const date = (list.heading ? electionHeadingDate(list.heading) : null) ?? (list.lead ? electionHeadingDate(lastSentence(list.lead)) ?? onlyVoteDate(list.lead, candidates) : null);
  const winner = date ? topOf(candidates) : null;
  if (!date || !winner) return null;
  // A first round's list whose top share is short of half: a round nobody won, as the page's next round shows.
  if (winner.voteShare! < 50 && [list.heading, list.lead].some((t) => t && FIRST_ROUND.test(t))) return { ...base, date, person: null, voteShare: null, votes: null, others: candidates };
  // The winner's count from their own line: "Назарбаев … – 95,55 % (7 850 958 голосов)".
  const line = list.lines.find((l) => readResultLine(l, list.shareColumn ?? null)?.name === winner.name);
  return { ...base, date, person: winner.name, voteShare: winner.voteShare, votes: line ? votesOf(line) : null, others: candidates.filter((c) => c !== winner) };
}

/** "не менее 51 голоса из 100", "Сейм состоит из 100 депутатов": what a body's election needs, each pattern on its own (groups `needed`, `size`). */
const BODY_MAJORITY = LEXICONS.flatMap((l) => l.elections.bodyMajority).map((p) => regExp(p, 'giu'));
/** "избран", "elected": a page's word that its heading or lead-in names the winner with. */
const ELECTED = regExp(phrasePattern((l) => l.elections.elected), 'iu');

/**
 * The votes a body's election needs, as the page's text states them: a count needed ("не менее 51
 * голоса из 100"), else a majority of its seats ("состоит из 100 депутатов" → 51). Null when the
 * page states none, or two that differ (which body's is unclear).
 */
export function neededVotes(texts: readonly string[]): number | null {
  const found = new Set<number>();
  for (const text of texts) {
    for (const pattern of BODY_MAJORITY) {
      for (const m of text.matchAll(pattern)) found.add(m.groups!.needed ? Number(m.groups!.needed) : Math.floor(Number(m.groups!.size) / 2) + 1);
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** The heading or lead-in says the top candidate was elected ("Избран Эгил Левит", "Egils Levits elected"). */
function saysElected(list: ResultList, name: string): boolean {
  const family = name.split(/\s+/u).find((w) => !w.endsWith('.') && w.length > 2) ?? name;
  return [list.heading, list.lead].some((t) => t != null && ELECTED.test(t) && t.includes(family));
}

/**
 * A body's vote counted by heads ("Кандидат – Голосов «за»" under "Выборы президента в Сейме,
 * 29.05.2019"). A top count of half the listed ones or less, or a tie, is a round nobody won
 * ("Первый тур голосования в Сейме, 3 июня 2015 года": 41 of 90) with every candidate. Otherwise it
 * is won by the top count only where that reaches what the page says the body's election needs
 * (`needed`: 46 of a 100-seat Saeima falls short), or where the page says who was elected; with
 * neither, the listed counts alone decide nothing and the list is left unread.
 */
function countedList(list: ResultList, candidates: CandidateMention[], needed: number | null): ElectionMention | null {
  const date = (list.heading ? electionHeadingDate(list.heading) : null) ?? (list.lead ? electionHeadingDate(lastSentence(list.lead)) ?? voteDate(list.lead) : null);
  if (!date) return null;
  const text = [list.heading, list.lead, ...list.lines].filter(Boolean).join(' ');
  const base = { office: null, termYears: null, text, turnout: null, voteShare: null };
  const ranked = [...candidates].sort((a, b) => b.votes! - a.votes!);
  const total = ranked.reduce((sum, c) => sum + c.votes!, 0);
  const top = ranked[0]!;
  const noWinner = { ...base, date, person: null, votes: null, others: ranked };
  if (top.votes! * 2 <= total || top.votes === ranked[1]!.votes) return noWinner;
  if (needed !== null) return top.votes! >= needed ? { ...base, date, person: top.name, votes: top.votes!, others: ranked.slice(1) } : noWinner;
  return saysElected(list, top.name) ? { ...base, date, person: top.name, votes: top.votes!, others: ranked.slice(1) } : null;
}

/** The first date of a month at least in a lead-in's sentences that speak of a vote ("Выборы прошли 4 декабря 2005 года при явке 76,8 %."). */
function voteDate(lead: string): string | null {
  const dated = splitSentences(lead).filter((s) => VOTE_WORDS.test(s)).flatMap((s) => findDates(s)).find((d) => d.date.length >= 7);
  return dated?.date ?? null;
}

/**
 * The one date a lead-in's sentences of a vote give, when they give one ("Выборы состоялись 9 июня
 * 2019 года. … явка составила 77,5 %. Победу одержал X."): a table of results after it is that vote's.
 * Null when they give none, or two (the list's own round is then unclear).
 */
function onlyVoteDate(lead: string, listed: readonly CandidateMention[]): string | null {
  // A lead-in that gives a share of its own besides the turnout ("переизбран, набрав 88,73 % голосов (явка – 75,64 %)") names its winner: the list is the rest.
  // A lead-in that gives the list's top share ("за него проголосовали 52,82 %" over "Серж Саргсян – … – 52,82") names the list's own winner.
  const turnout = turnoutOf(lead);
  const shares = [...lead.matchAll(new RegExp(PERCENT, 'gu'))].map((m) => parseDecimal(m[1]!));
  const top = topOf(listed)?.voteShare;
  if (!(top != null && shares.includes(top)) && shares.some((v) => v !== turnout)) return null;
  const dates = new Set(splitSentences(lead).filter((s) => VOTE_WORDS.test(s)).flatMap((s) => findDates(s)).filter((d) => d.date.length >= 7).map((d) => d.date));
  return dates.size === 1 ? [...dates][0]! : null;
}

/** A list of the rest ("Результаты остальных кандидатов:", "Кроме X, …:"): an election's others, its winner left to the prose. */
function restOf(list: ResultList, others: CandidateMention[]): ElectionMention | null {
  const date = (list.heading ? electionHeadingDate(list.heading) : null) ?? voteDate(list.lead!) ?? (list.above ? voteDate(list.above) : null);
  if (!date) return null;
  const text = [list.heading, list.lead, ...list.lines].filter(Boolean).join(' ');
  return { date, person: null, office: null, voteShare: null, termYears: null, votes: null, turnout: turnoutOf(list.lead!), others, text, restOf: true };
}

function lastSentence(text: string): string {
  const sentences = splitSentences(text);
  return sentences[sentences.length - 1] ?? text;
}

/** The blocks a page is read from, as this rule sees them. */
export interface ListBlock {
  kind: 'heading' | 'paragraph' | 'item' | 'break';
  text: string;
}

/** A run of result lines from `start`: its last index; items that name no one ("остальные … – менее 0,4%") may sit among them. */
function runEnd<T extends ListBlock>(blocks: readonly T[], start: number, shareColumn: number | null, counted = false): number {
  let end = start - 1;
  for (let i = start; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'break') continue;
    if (readResultLine(b.text, shareColumn, counted)) end = i;
    else if (b.kind !== 'item') break;
  }
  return end;
}

/** The nearest block before `at` that is not a break. */
function before<T extends ListBlock>(blocks: readonly T[], at: number): number {
  let i = at - 1;
  while (i >= 0 && blocks[i]!.kind === 'break') i--;
  return i;
}

/** The share's column of a table's header row ("Кандидат – % – голосов" → 1): a cell that is a percent sign or names one; null for no header. */
function shareColumnOf(block: ListBlock): number | null {
  const cells = block.text.split(CELL_BREAK);
  if (cells.length < 2 || /\d/u.test(block.text)) return null;
  const at = cells.findIndex((c) => c.includes('%'));
  return at > 0 ? at : null;
}

/** A table's header row before its rows: cells and no date. */
function isHeaderRow(block: ListBlock): boolean {
  return block.kind !== 'item' && CELL_BREAK.test(block.text) && !/\d/u.test(block.text);
}

/** The heading and lead-in before a list that starts at `start`. */
function contextOf<T extends ListBlock>(blocks: readonly T[], start: number): { heading: string | null; lead: string | null; first: number; above?: string | null } {
  let at = before(blocks, start);
  if (at >= 0 && isHeaderRow(blocks[at]!)) at = before(blocks, at);
  const b = blocks[at];
  if (!b || b.kind === 'item') return { heading: null, lead: null, first: start };
  if (b.kind === 'heading') return { heading: b.text, lead: null, first: at };
  const upAt = before(blocks, at);
  const up = blocks[upAt];
  const heading = up && (up.kind === 'heading' || electionHeadingDate(up.text)) ? up.text : null;
  const above = !heading && up?.kind === 'paragraph' ? up.text : null;
  return { heading, lead: b.text, first: heading ? upAt : at, above };
}

/** Where a list starts at block `i`, and the share column of the table it is: a header row's next block, or a result line. */
function listStart(blocks: readonly ListBlock[], i: number): { start: number; shareColumn: number | null; counted?: boolean } | null {
  const b = blocks[i]!;
  if (b.kind === 'break') return null;
  const column = shareColumnOf(b);
  if (column !== null && blocks[i + 1] && readResultLine(blocks[i + 1]!.text, column)) return { start: i + 1, shareColumn: column };
  // "Кандидат – Кем выдвинут – Голосов «за»": a body's count of votes by heads.
  const count = isHeaderRow(b) ? countColumnOf(blocks, i + 1) : null;
  if (count !== null && count > 0 && blocks[i + 1] && readResultLine(blocks[i + 1]!.text, count, true)) return { start: i + 1, shareColumn: count, counted: true };
  return readResultLine(b.text) ? { start: i, shareColumn: null } : null;
}

/** A round a table's column gives: its cell in the header row, its date and its words without the date ("II тур"). */
interface RoundColumn {
  column: number;
  date: string;
  title: string;
}

/** The year's word right after a round's date: "3 марта 2019 г." (lexicon `wordForms.yearAbbreviation`, `yearNoun`). */
const ROUND_YEAR_WORD = new RegExp(`^\\s*(?:${forms('yearAbbreviation')}|${forms('yearNoun')})`, 'u');

/** A round's cell without its date, the year's word after it and brackets left empty: "Первый тур (3 марта 2019 г.)" → "Первый тур". */
function roundTitle(cell: string, day: { index: number; text: string }): string {
  const rest = cell.slice(day.index + day.text.length).replace(ROUND_YEAR_WORD, '');
  return `${cell.slice(0, day.index)}${rest}`.replace(/\(\s*\)/gu, '').replace(/[\s,;:\u2013\u2014-]+$/u, '').trim();
}

/**
 * A header row whose every cell after the name's dates a round ("Кандидат – I тур, 31.10.2004 – II
 * тур, 21.11.2004 – Повторное голосование, 26.12.2004"): two columns at least, each a day.
 */
function roundColumnsOf(block: ListBlock): RoundColumn[] | null {
  if (block.kind === 'item') return null;
  const cells = block.text.split(CELL_BREAK).map((c) => c.trim());
  if (cells.length < 3 || /\d/u.test(cells[0]!)) return null;
  const rounds = cells.slice(1).map((cell, k) => {
    const day = findDates(cell).find((d) => d.date.length >= 10);
    return day ? { column: k + 1, date: day.date, title: roundTitle(cell, day) } : null;
  });
  return rounds.every((r) => r !== null) ? rounds : null;
}

/**
 * One round of a table of rounds: its column's shares. Won by the top share over half, or by the top
 * of a later round's two (a run-off); else a round nobody won, with every candidate.
 */
function roundOf(lines: readonly string[], round: RoundColumn, first: boolean, text: string): ElectionMention | null {
  const candidates = lines.map((l) => readRow(l, round.column)).filter((c): c is CandidateMention => c !== null);
  if (candidates.length < 2) return null;
  const top = topOf(candidates);
  const base = { date: round.date, office: null, termYears: null, votes: null, turnout: null, text, ...(round.title ? { title: round.title } : {}) };
  const won = top && (top.voteShare! > 50 || (!first && candidates.length === 2));
  if (!won) return { ...base, person: null, voteShare: null, others: [...candidates].sort((a, b) => b.voteShare! - a.voteShare!) };
  return { ...base, person: top.name, voteShare: top.voteShare, others: candidates.filter((c) => c !== top) };
}

/** A table of rounds from its header row at `at`: one election a column, and the last row's index; null where none reads. */
function roundsTable<T extends ListBlock>(blocks: readonly T[], at: number): { elections: ElectionMention[]; end: number } | null {
  const rounds = roundColumnsOf(blocks[at]!);
  if (!rounds || !blocks[at + 1] || !readRow(blocks[at + 1]!.text, 1)) return null;
  const end = runEnd(blocks, at + 1, 1);
  const lines = blocks.slice(at + 1, end + 1).filter((b) => b.kind !== 'break').map((b) => b.text);
  const text = [blocks[at]!.text, ...lines].join(' ');
  const elections = rounds.map((r, k) => roundOf(lines, r, k === 0, text)).filter((e): e is ElectionMention => e !== null);
  return elections.length ? { elections, end } : null;
}

/**
 * Every results list of a page's blocks, in document order, with the blocks it was read from (its
 * heading or lead-in first): two or more result lines (or a table's rows under a header row that
 * names the share's column) in a row, under a dated election's heading or after a lead-in that
 * dates the round.
 */
export function findResultLists<T extends ListBlock>(blocks: readonly T[]): Array<{ election: ElectionMention; blocks: T[]; shareTable?: boolean }> {
  const found: Array<{ election: ElectionMention; blocks: T[]; shareTable?: boolean }> = [];
  const needed = neededVotes(blocks.filter((b) => b.kind !== 'break').map((b) => b.text));
  for (let i = 0; i < blocks.length; i++) {
    const each = electedEach(blocks, i) ?? datedRows(blocks, i);
    // A dated table's election is its own row's; one person's list is the lead-in's too.
    const from = (k: number) => (each!.rows ? blocks.slice(each!.rows[k], each!.rows[k]! + 1) : blocks.slice(i, each!.end + 1));
    if (each) found.push(...each.elections.map((election, k) => ({ election, blocks: from(k) })));
    if (each) i = each.end;
    // A table of rounds, one column each ("I тур, 31.10.2004 – II тур, 21.11.2004"): an election a column.
    const rounds = each ? null : roundsTable(blocks, i);
    if (rounds) {
      found.push(...rounds.elections.map((election) => ({ election, blocks: blocks.slice(i, rounds.end + 1) })));
      i = rounds.end;
      continue;
    }
    const list = each ? null : listStart(blocks, i);
    if (!list) continue;
    const end = runEnd(blocks, list.start, list.shareColumn, list.counted);
    const { heading, lead, first, above } = contextOf(blocks, list.start);
    const lines = blocks.slice(list.start, end + 1).filter((b) => b.kind !== 'break').map((b) => b.text);
    const election = readResultList({ heading, lead, lines, shareColumn: list.shareColumn, above, counted: list.counted }, needed);
    // A table whose header names the share column ("Кандидат – Голосов, %"): its rows are figures too (`../assemble.ts`).
    if (election) found.push({ election, blocks: blocks.slice(first, end + 1), ...(list.shareColumn !== null && !list.counted ? { shareTable: true } : {}) });
    i = Math.max(i, end);
  }
  return found;
}
