/**
 * A post's term written in brackets after it, with no words of a post inside (lexicon
 * `appointment.until`): "(23.02.2014 – 07.06.2014)", "(март – июль 2014)", "(2002–2005 гг.)",
 * "(24 марта 2005 г., одни сутки)", "(12 May 2001 – 3 June 2004)", "(до июля 2014 г.)". A start
 * opened by "с" / "since" is the appointment asides' (person-line.ts), not this.
 */
import { findDates } from './dates.js';
import { hasRoleWord } from './roles.js';
import { anyOf, LEXICONS } from '../lexicon/index.js';
import { regExp } from '../regexp.js';

export interface AsideTerm {
  startDate: string | null;
  endDate: string | null;
}

const B = '(?<![\\p{L}\\p{N}])';
/** A dash between the term's two ends: spaced, or unspaced between digits ("2002–2005"). */
const ENDS_DASH = /\s+[\u2010-\u2015-]\s+|(?<=\d)\s*[\u2010-\u2015-]\s*(?=\d)/u;
const UNTIL = new RegExp(`^${B}(?:${LEXICONS.map((l) => anyOf(l.appointment.until)).filter(Boolean).join('|') || '(?!)'})\\s`, 'iu');
const SINCE = new RegExp(`^${B}(?:${LEXICONS.map((l) => anyOf(l.appointment.since)).filter(Boolean).join('|') || '(?!)'})\\s`, 'iu');
const YEAR = /(?<!\d)(\d{4})(?!\d)/u;
const YEARS = /^(\d{4})\s*[\u2010-\u2015-]\s*(\d{4})(?!\d)/u;

/** The date a text opens with, or its year alone ("1996" in "1996 г."): none where words come first ("for life, … of July 2018"). */
function dateOf(text: string): string | null {
  const trimmed = text.trim();
  const first = findDates(trimmed)[0];
  if (first) return first.index === 0 ? first.date : null;
  return /^\d{4}(?!\d)/u.exec(trimmed)?.[0] ?? null;
}

/** The term an aside's inner text gives, or null where it is no term (a post, a remark, a start after "с"). */
export function termOfAside(inner: string): AsideTerm | null {
  const text = inner.trim();
  if (!YEAR.test(text) || hasRoleWord(text) || SINCE.test(text)) return null;
  if (UNTIL.test(text)) return { startDate: null, endDate: dateOf(text.replace(UNTIL, '')) };
  const years = YEARS.exec(text);
  if (years) return { startDate: years[1]!, endDate: years[2]! };
  const [first, second] = text.split(ENDS_DASH);
  if (second === undefined) {
    const start = dateOf(first!);
    return start ? { startDate: start, endDate: null } : null;
  }
  const end = dateOf(second);
  // "март – июль 2014": the start's year is the end's.
  const start = dateOf(first!) ?? (end ? dateOf(`${first!.trim()} ${end.slice(0, 4)}`) : null);
  return start ? { startDate: start, endDate: end } : null;
}

/** Each lexicon's span of two ends: "с апреля по июль 2004 года", "from April to July 2004". */
const SPANS = LEXICONS.map((l) => regExp(`^${B}${anyOf(l.pastPostLines.spanFrom) ?? '(?!)'}\\s+(\\S.*?)\\s+${anyOf(l.pastPostLines.spanTo) ?? '(?!)'}\\s+(\\S.*)$`, 'iu'));

/**
 * A term written as a span ("с 6 апреля по 12 июля 2004 г.", "с апреля по июль 2004 года", "from April to
 * July 2004"): its start and end, the start's year the end's where it names none. Null for any other text,
 * or ends that are no dates, or a start after the end.
 */
export function termOfSpan(text: string): AsideTerm | null {
  const span = SPANS.map((pattern) => pattern.exec(text.trim())).find(Boolean);
  if (!span) return null;
  const endDate = dateOf(span[2]!);
  const startDate = dateOf(span[1]!) ?? (endDate ? dateOf(`${span[1]} ${endDate.slice(0, 4)}`) : null);
  return startDate && endDate && startDate <= endDate ? { startDate, endDate } : null;
}

/** The term an aside right after a name gives: a range or a date (above), a span, or a start after "с" / "since": "Министр обороны X (с 14 октября 2014 г.)". */
export function termAfterName(after: string): AsideTerm | null {
  const aside = /^\s*\(([^()]*)\)/u.exec(after);
  if (!aside) return null;
  const inner = aside[1]!.trim();
  if (!SINCE.test(inner)) return termOfAside(inner);
  if (hasRoleWord(inner)) return null;
  const span = termOfSpan(inner);
  if (span) return span;
  const start = findDates(inner)[0]?.date ?? null;
  return start ? { startDate: start, endDate: null } : null;
}

/** A title's trailing aside that is a term: the title without it, and the term. */
export function titleWithoutTerm(title: string): { title: string; term: AsideTerm } | null {
  const aside = /\s*\(([^()]*)\)\s*$/u.exec(title) ?? DURING_YEARS.exec(title);
  const term = aside && aside.index > 0 ? termOfAside(aside[1]!) : null;
  return term ? { title: title.slice(0, aside!.index).trim(), term } : null;
}

/** "… в 1991–2022 гг.", "… in 1998–2004": a span of years closing a title with no brackets (a single year stays the title's). */
const DURING_YEARS = new RegExp(`\\s+${B}(?:${LEXICONS.map((l) => anyOf(l.appointment.during)).filter(Boolean).join('|') || '(?!)'})\\s+(\\d{4}\\s*[\u2010-\u2015-]\\s*\\d{4}(?:\\s+\\p{Ll}{1,3}\\.?)?)\\.?\\s*$`, 'u');
