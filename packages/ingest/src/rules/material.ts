import { DASH } from '../normalize.js';
import { firstDate } from './dates.js';

/** A material's kind: a capitalized name of one to four words ("Topic", "Expert forum", "Экспертный форум"). */
const KIND = "(\\p{Lu}[\\p{L}'-]*(?:\\s+\\p{L}[\\p{L}'-]*){0,3})";
/** Its date: "05.03.2012", "05/03/2012", "5 марта 2012 г.", "5 March 2012" (a whole date, never a bare year). */
const DATE = '(\\d{1,2}[./]\\d{1,2}[./]\\d{4}|\\d{1,2}\\s+\\p{L}+\\.?,?\\s+\\d{4}(?:\\s*(?:г\\.|года))?)';
/** What a table's cells or a list's markup leave between the two: a dash, a colon, a comma, a bar, or nothing. */
const SEPARATOR = `\\s*(?:${DASH}|:|,|\\|)?\\s*`;

/** "Topic 05.03.2012", "Тема – 24.04.2014", "Мнение (30.10.2013)": the kind first. */
const KIND_FIRST = new RegExp(`^${KIND}(?:\\s+|${SEPARATOR})(?:\\(${DATE}\\)|\\[${DATE}\\]|${DATE})$`, 'u');
/** "24.04.2014 Тема", "11.02.2014 – Экспертный форум": the date first. */
const DATE_FIRST = new RegExp(`^${DATE}${SEPARATOR}${KIND}$`, 'u');

/**
 * An entry of the related-materials box, as a list or a table's row gives it: "Topic 05.03.2012",
 * "Expert forum 29.03.2010", "Тема – 24.04.2014", "Мнение (30.10.2013)", "24.04.2014 Тема".
 */
export function parseMaterialLine(text: string): { kind: string; date: string } | null {
  if (text.length > 80) return null;
  const kindFirst = KIND_FIRST.exec(text);
  const dateFirst = kindFirst ? null : DATE_FIRST.exec(text);
  if (!kindFirst && !dateFirst) return null;
  // Each pattern ends on what it reads (no space to trim); one of the kind-first dates is there.
  const kind = kindFirst ? kindFirst[1]! : dateFirst![2]!;
  const written = kindFirst ? (kindFirst[2] ?? kindFirst[3] ?? kindFirst[4])! : dateFirst![1]!;
  const date = firstDate(written.replace(/\//g, '.'));
  return date && date.length === 10 ? { kind, date } : null;
}
