// A failed vote's own words, kept as its event's title: a vote that elected nobody has no winner
// or share, so the row would hold a date alone ("2009") and lose what the page says happened.
import { stripTrailingPunctuation } from '../normalize.js';
import { LEXICONS } from '../lexicon/index.js';
import type { DateMatch } from './dates.js';

/** The words of a year after its number ("году", "гг.", "year"), left where a date is cut out. */
const YEAR_WORD = new RegExp(`^\\s*(?:${LEXICONS.flatMap((l) => l.yearWords).join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/** Where a clause may start: after a `;` or a colon before a lower-case word, or after a full stop before a capital ("… 2001–2009 гг. В 2009 году …"), not an initial's ("К.С. Бакиев"). */
const CLAUSE_START = /;\s*|:\s+(?=\p{Ll})|(?<!(?:^|[\s.])\p{Lu})[.!?]\s+(?=\p{Lu})/gu;
/** Where it ends: a `;`, or a colon before a list of figures. */
const CLAUSE_END = /[;:]/;

/** True when a bracket opened before this point is still open. */
export function insideBrackets(before: string): boolean {
  return (before.match(/\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0);
}

/** The clause around `at` (a sentence may join two facts, or a splitter may have joined two sentences). */
function clauseAround(sentence: string, at: number): { from: number; text: string } {
  let from = 0;
  // Not inside brackets: "(в мае 2018 г. Медведев …)" is an aside of the clause.
  // The whole sentence, so that a cut's lookahead sees the word after it; only cuts before `at` count.
  for (const cut of sentence.matchAll(CLAUSE_START)) if (cut.index + cut[0].length <= at && !insideBrackets(sentence.slice(0, cut.index))) from = cut.index + cut[0].length;
  const end = sentence.slice(at).search(CLAUSE_END);
  return { from, text: sentence.slice(from, end < 0 ? undefined : at + end) };
}

/** Negations and mood particles ("не", "ни", "not"; lexicon `postHolders.verbParticles`, `eventShapes.negations`): a title keeps them. */
const NEGATIONS = new Set(LEXICONS.flatMap((l) => [...l.postHolders.verbParticles, ...l.eventShapes.negations]).map((w) => w.toLowerCase()));
const isNegation = (word: string) => NEGATIONS.has(word.toLowerCase());

/**
 * The text before a date without the small words that go with the date: all of it where it is
 * small words and day numbers alone ("On 14 May", "12 и 13 мая"), else a preposition of one or two
 * letters right before the date ("работавшее с мая 2012 г." → "работавшее").
 */
function withoutSmallWords(before: string): string {
  // Whole small words only, each with the space after it: a pattern that may split a long word into small ones backtracks for ever.
  return before.replace(/^\s*(?:(?:\p{L}{1,3}|\d{1,2})(?:\s+|$))+$/u, '').replace(/(^|[\s(])\p{Ll}{1,2}\s*$/u, '$1');
}

/** A negation right before a date, past a short preposition ("не 3 апреля, а позже", "ни 20 мая, ни …", "не в марте"): the date is part of what it denies. */
function negatedDate(before: string): boolean {
  const last = /(?:^|[\s(])(\p{L}{1,5})\s*$/u.exec(before);
  if (last !== null && isNegation(last[1]!)) return true;
  const beforePreposition = /(?:^|[\s(])(\p{L}{1,5})\s+\p{Ll}{1,2}\s+$/u.exec(before);
  return beforePreposition !== null && isNegation(beforePreposition[1]!);
}

/** The clause without its dates (and their year words): the date has a column of its own. */
function withoutDates(clause: string, from: number, dates: readonly DateMatch[]): string {
  let text = clause;
  // From the last date back, so that earlier indexes stay valid.
  for (const d of [...dates].sort((x, y) => y.index - x.index)) {
    const at = d.index - from;
    if (at < 0 || at + d.text.length > text.length) continue;
    const rest = text.slice(at + d.text.length).replace(YEAR_WORD, '');
    // A denied date stays with its negation: cut out, "Скупщина не 3 апреля, а позже …" would lose its "не" and say the opposite.
    if (negatedDate(text.slice(0, at))) continue;
    const before = withoutSmallWords(text.slice(0, at));
    text = `${before} ${rest}`;
  }
  // "в Сейме, 30 мая 2021 года, …": a date between commas leaves one comma.
  return text.replace(/\s+/g, ' ').replace(/^[\s,]+/, '').replace(/\s+,/g, ',').replace(/,(?:\s*,)+/g, ',').replace(/\(\s+/g, '(');
}

/**
 * A failed vote's clause in the page's words, without its date: "В 2011 году Скупщина трижды не
 * смогла избрать Президента; выборы перенесли." → "Скупщина трижды не смогла избрать Президента".
 *
 * @param sentence the sentence that reports the vote
 * @param at where the failed vote's words start in it
 * @param dates the sentence's dates (`findDates`)
 * @returns the clause, or null when nothing but its date is left
 */
export function failedVoteTitle(sentence: string, at: number, dates: readonly DateMatch[]): string | null {
  const clause = clauseAround(sentence, at);
  const text = stripTrailingPunctuation(withoutDates(clause.text, clause.from, dates)).trim();
  if (!text) return null;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
