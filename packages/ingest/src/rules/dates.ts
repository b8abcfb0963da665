import { isValidPartialDate } from '@profiles/model';
import { perPage } from '../page-cache.js';
import { splitSentences } from '../normalize.js';
import { LEXICONS, type Lexicon } from '../lexicon/index.js';

/** Where a lexicon's word may start: `\b` for English, after no letter of any script for the others. */
const wordStart = (lexicon: Lexicon) => (lexicon.boundary === 'ascii' ? '\\b' : '(?<![\\p{L}\\p{N}])');

/**
 * A month's name in any lexicon, whole or abbreviated ("Sept.", "Dec", "марта", "в декабре",
 * "янв."), with its capital in English: "may" is a verb.
 */
const MONTH = `(${LEXICONS.map((l) => `${wordStart(l)}(?:${l.months.join('|')})`).join('|')})\\.?`;

/** Each month's forms in every lexicon, whole: January first. */
const MONTH_FORMS = Array.from({ length: 12 }, (_, i) => new RegExp(`^(?:${LEXICONS.map((l) => l.months[i]).join('|')})$`, 'u'));

/** The words before a bare year that make it a date, in every lexicon: "in 1995", "в 1995 году". */
const YEAR_PREPOSITION = `(?:${LEXICONS.map((l) => `${wordStart(l)}(?:${l.yearPrepositions.join('|')})`).join('|')})`;
/** A day's number with an optional ordinal ending: "5", "05", "5th", "21st". */
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
/** A year the template's dates use: 1000–2999, not followed by another digit or a range's dash. */
const YEAR = '([12]\\d{3})(?![\\d\u2010-\u2015-]\\d)';

/** "March", "Sept", "Dec", "марта", "янв." → 3, 9, 12, 3, 1. */
function monthNumber(name: string): number {
  return MONTH_FORMS.findIndex((form) => form.test(name)) + 1;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A date phrase found in text: its ISO form at the page's precision and where it stands. */
export interface DateMatch {
  readonly date: string;
  readonly index: number;
  readonly text: string;
}

/** The date patterns the template uses, most precise first. Each returns [year, month?, day?]. */
const PATTERNS: Array<{ regex: RegExp; parts: (m: RegExpExecArray) => [number, number?, number?] }> = [
  // "January 10, 1999", "April 29 1995", "March 5th, 2012"
  { regex: new RegExp(`${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'gu'), parts: (m) => [Number(m[3]), monthNumber(m[1]!), Number(m[2])] },
  // "12 March 2000", "the 12th of March, 2000"
  { regex: new RegExp(`\\b${DAY}(?:\\s+of)?\\s+${MONTH},?\\s+${YEAR}\\b`, 'gu'), parts: (m) => [Number(m[3]), monthNumber(m[2]!), Number(m[1])] },
  // "05.03.2012" (day first, as the publisher writes it)
  { regex: /\b(\d{1,2})\.(\d{1,2})\.([12]\d{3})\b/g, parts: (m) => [Number(m[3]), Number(m[2]), Number(m[1])] },
  // "2012-03-05"
  { regex: /\b([12]\d{3})-(\d{2})-(\d{2})\b/g, parts: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  // "October, 2008", "December 2005"
  { regex: new RegExp(`${MONTH},?\\s+${YEAR}\\b`, 'gu'), parts: (m) => [Number(m[2]), monthNumber(m[1]!)] },
  // "in 1995" — a bare year only after a preposition, so "2030" in "Strategy 2030" or "up to 2030" is not a date
  { regex: new RegExp(`${YEAR_PREPOSITION}\\s+${YEAR}\\b`, 'gu'), parts: (m) => [Number(m[1])] },
];

/** Every pattern needs a run of four digits (the year). */
const FOUR_DIGITS = /\d{4}/;

function toIso([year, month, day]: [number, number?, number?]): string {
  if (month === undefined) return String(year);
  if (day === undefined) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * Every date phrase in `text`, in reading order, at the precision written: "On April 29, 1995" →
 * 1995-04-29, "October, 2008" → 2008-10, "05.03.2012" → 2012-03-05, "in 1995" → 1995. Overlapping
 * matches keep the most precise; impossible dates (31 February, month 13) are no dates at all.
 * Worked out once per page for each text: the result is shared, do not change it.
 */
export const findDates: (text: string) => readonly DateMatch[] = perPage((text) => {
  const found: DateMatch[] = [];
  // Every pattern needs a run of four digits: most sentences have none.
  if (!FOUR_DIGITS.test(text)) return found;
  // The characters a more precise pattern has read: a match over any of them is not read again.
  const taken = new Uint8Array(text.length);
  for (const { regex, parts } of PATTERNS) {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.subarray(start, end).includes(1)) continue;
      // An impossible date is claimed all the same, so no coarser pattern reads a part of it.
      taken.fill(1, start, end);
      const date = toIso(parts(m));
      if (isValidPartialDate(date)) found.push({ date, index: start, text: m[0] });
    }
  }
  return found.sort((a, b) => a.index - b.index);
});

/** The first date phrase in `text`, or null. */
export function firstDate(text: string): string | null {
  return findDates(text)[0]?.date ?? null;
}

/** A day and a month with no year after them: "17 марта", "the 17th of March" (not "17 марта 2019"). */
const YEARLESS = new RegExp(`\\b${DAY}(?:\\s+of)?\\s+${MONTH}(?!\\.?,?\\s*[12]\\d{3})(?![\\p{L}])`, 'gu');

/**
 * A text's days written without their year given the year the text or its context set: that of the
 * last full date before them, else `year`; a month before that date's month is of the next year (a
 * run-off of 9 January after a first round of 26 December). "В первом туре 3 марта 2019 года …;
 * во втором туре 17 марта …" → "… во втором туре 17 марта 2019 …". The text as it was where no year is known.
 */
export function withYears(text: string, year: string | null): string {
  if (!YEARLESS.test(text)) return text;
  YEARLESS.lastIndex = 0;
  const dates = findDates(text).filter((d) => d.date.length >= 7);
  return text.replace(YEARLESS, (whole: string, _day: string, month: string, at: number) => {
    const ownMonth = monthNumber(month.replace(/\.$/, ''));
    // A range's first day ("с 25 июня по 1 июля 2020 года"): the last day's year, the one before for a later month.
    const last = dates.find((d) => d.index > at && d.date.length === 10 && RANGE_TO.test(text.slice(at + whole.length, d.index)));
    if (last) return `${whole} ${Number(last.date.slice(0, 4)) - (ownMonth > Number(last.date.slice(5, 7)) ? 1 : 0)}`;
    const before = dates.filter((d) => d.index < at).at(-1)?.date ?? year;
    if (!before) return whole;
    const known = Number(before.slice(0, 4));
    const knownMonth = before.length >= 7 ? Number(before.slice(5, 7)) : 0;
    return `${whole} ${ownMonth && ownMonth < knownMonth ? known + 1 : known}`;
  });
}

/** What stands between a range's first day and its last: "по", "to", a dash. */
const RANGE_TO = new RegExp(`^\\s*(?:${LEXICONS.map((l) => `${wordStart(l)}(?:${l.dayRangeTo.join('|')})`).join('|')}|[\u2013\u2014-])\\s*$`, 'u');

/** A sentence's end before digits: ". 10 января 1999 года …" (`splitSentences` breaks only before a capital). */
const BREAK_BEFORE_DIGIT = /[.!?]\s+(?=\d)/g;

/** A sentence cut where the next one opens with a day's or a month's date: "… до 2000 года. 10 января 1999 года Президент …". */
function splitBeforeDates(sentence: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const cut of sentence.matchAll(BREAK_BEFORE_DIGIT)) {
    const next = cut.index + cut[0].length;
    const date = findDates(sentence.slice(next, next + 40))[0];
    // A bare year ("2000 год …") may be a count; a day or a month dates the next sentence.
    if (date?.index !== 0 || date.date.length < 7) continue;
    parts.push(sentence.slice(start, cut.index + 1));
    start = next;
  }
  return start ? [...parts, sentence.slice(start)] : [sentence];
}

/** A paragraph's sentences, cut also before a date's digits. */
export function datedSentences(paragraph: string): string[] {
  return splitSentences(paragraph).flatMap(splitBeforeDates);
}
