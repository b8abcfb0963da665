/**
 * A date at the precision the page gives it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (ISO 8601).
 */
export type PartialDate = string;

export const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when the string is a real calendar date at one of the three precisions. */
export function isValidPartialDate(value: string): boolean {
  const match = PARTIAL_DATE_PATTERN.exec(value);
  if (!match) return false;
  const [, , month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  const daysInMonth = new Date(Date.UTC(Number(match[1]), m, 0)).getUTCDate();
  return d >= 1 && d <= daysInMonth;
}

/** The precision of a valid partial date, named as XML Schema names the matching datatype. */
export function datePrecision(value: PartialDate): 'year' | 'month' | 'day' {
  const parts = value.split('-').length;
  return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

/** Compares partial dates chronologically; a coarser date sorts before the finer dates it contains. */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
