import { isValidPartialDate } from '@profiles/model';
import { perPage } from '../page-cache.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';

function monthNumber(name: string): number {
  const key = name.toLowerCase().replace(/\.$/, '').slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(key)) + 1;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A date phrase found in text: its ISO form at the page's precision and where it stands. */
export interface DateMatch {
  date: string;
  index: number;
  text: string;
}

/** The date patterns the template uses, most precise first. Each returns [year, month?, day?]. */
const PATTERNS: Array<{ regex: RegExp; parts: (m: RegExpExecArray) => [number, number?, number?] }> = [
  // "January 10, 1999", "April 29 1995"
  { regex: new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'g'), parts: (m) => [Number(m[3]), monthNumber(m[1]!), Number(m[2])] },
  // "12 March 2000", "12th of March, 2000"
  { regex: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'g'), parts: (m) => [Number(m[3]), monthNumber(m[2]!), Number(m[1])] },
  // "05.03.2012" (day first, as the publisher writes it)
  { regex: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g, parts: (m) => [Number(m[3]), Number(m[2]), Number(m[1])] },
  // "2012-03-05"
  { regex: /\b(\d{4})-(\d{2})-(\d{2})\b/g, parts: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  // "October, 2008", "December 2005"
  { regex: new RegExp(`\\b${MONTH},?\\s+(\\d{4})\\b`, 'g'), parts: (m) => [Number(m[2]), monthNumber(m[1]!)] },
  // "in 1995" — a bare year only after a preposition, so "2030" in a strategy's name is not a date
  { regex: /\b(?:in|since|on|of|from)\s+(\d{4})\b(?!-)/g, parts: (m) => [Number(m[1])] },
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
 * 1995-04-29, "October, 2008" → 2008-10, "05.03.2012" → 2012-03-05. Overlapping matches keep the
 * most precise; impossible dates (31 February) are skipped. Worked out once per page for each
 * text: the result is shared, do not change it.
 */
export const findDates: (text: string) => readonly DateMatch[] = perPage((text) => datesIn(text, nearYears(text)));

/** `findDates` by scanning the whole text with every pattern (no cache): the reference. */
export function findDatesByScan(text: string): DateMatch[] {
  return datesIn(text, null);
}

function datesIn(text: string, windows: Array<[number, number]> | null): DateMatch[] {
  const found: DateMatch[] = [];
  const taken: Array<[number, number]> = [];
  // Every pattern needs a run of four digits: most sentences have none.
  if (!FOUR_DIGITS.test(text)) return found;
  PATTERNS.forEach(({ parts }, index) => {
    eachMatch(index, text, windows, (m) => {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) return;
      const date = toIso(parts(m));
      if (!isValidPartialDate(date)) return;
      taken.push([start, end]);
      found.push({ date, index: start, text: m[0] });
    });
  });
  return found.sort((a, b) => a.index - b.index);
}

/**
 * How far before its year a match can start when the text never has two spaces (or line breaks)
 * in a row: "12th of September., " is 20 characters.
 */
const REACH = 24;

/**
 * Where matches can start in a long text: from `REACH` characters before each run of four digits
 * or more (a match holds a year) to the end of the run. Null for a short text, or one with two
 * spaces in a row (where a match can be longer): every position is tried then.
 */
function nearYears(text: string): Array<[number, number]> | null {
  if (text.length < 200 || hasWhitespaceRun(text)) return null;
  const windows: Array<[number, number]> = [];
  for (const year of text.matchAll(/\d{4,}/g)) {
    const from = Math.max(0, year.index - REACH);
    const to = year.index + year[0].length;
    const last = windows[windows.length - 1];
    if (last && from <= last[1] + 1) last[1] = to;
    else windows.push([from, to]);
  }
  return windows;
}

/**
 * True when two whitespace characters may stand together: two of space and line feed in a row, or
 * any other whitespace at all (block text has none). Cheaper than looking for /\s\s/.
 */
function hasWhitespaceRun(text: string): boolean {
  return OTHER_WHITESPACE.test(text) || text.includes('  ') || text.includes('\n\n') || text.includes(' \n') || text.includes('\n ');
}

const OTHER_WHITESPACE = /[\t\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/** Each pattern again, matching only where it is told to start. */
const STICKY = PATTERNS.map(({ regex }) => new RegExp(regex.source, 'y'));

const isDigit = (c: number) => c >= 48 && c <= 57;
const MONTH_INITIALS = new Set([...'ADFJMNOS'].map((c) => c.charCodeAt(0)));
const PREPOSITION_INITIALS = new Set([...'isof'].map((c) => c.charCodeAt(0)));
/** What each pattern's first character can be (every pattern starts with \b and a word character). */
const FIRST: Array<(c: number) => boolean> = [
  (c) => MONTH_INITIALS.has(c),
  isDigit,
  isDigit,
  isDigit,
  (c) => MONTH_INITIALS.has(c),
  (c) => PREPOSITION_INITIALS.has(c),
];

/** A word character for \b (the patterns are not Unicode-aware): A–Z, a–z, 0–9, _. */
function isWordCharacter(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/**
 * Every match of pattern `index`, as its global regex finds them from the start of the text. With
 * `windows`, a match is tried only at the positions it can start from: within a window, at a
 * character the pattern can start with, after a non-word character. The global search would find
 * nothing elsewhere, so this finds the same matches, at a fraction of the cost.
 */
function eachMatch(index: number, text: string, windows: Array<[number, number]> | null, visit: (m: RegExpExecArray) => void): void {
  if (!windows) {
    const { regex } = PATTERNS[index]!;
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) visit(m);
    return;
  }
  const sticky = STICKY[index]!;
  const first = FIRST[index]!;
  let next = 0;
  for (const [from, to] of windows) {
    for (let position = Math.max(from, next); position <= to; position += 1) {
      if (!first(text.charCodeAt(position)) || (position > 0 && isWordCharacter(text.charCodeAt(position - 1)))) continue;
      sticky.lastIndex = position;
      const m = sticky.exec(text);
      if (!m) continue;
      visit(m);
      // The global search goes on after the match, whether it was kept or not.
      next = position + m[0].length;
      position = next - 1;
    }
  }
}

/** The first date phrase in `text`, or null. */
export function firstDate(text: string): string | null {
  return findDates(text)[0]?.date ?? null;
}
