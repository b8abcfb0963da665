import { firstDate } from './dates.js';

/** "Topic 05.03.2012", "Expert forum 29.03.2010": an entry of the related-materials box. */
export function parseMaterialLine(text: string): { kind: string; date: string } | null {
  const match = /^(\p{Lu}[\p{L} '-]{1,40}?)\s+(\d{1,2}\.\d{1,2}\.\d{4})$/u.exec(text);
  if (!match) return null;
  const date = firstDate(match[2]!);
  return date ? { kind: match[1]!, date } : null;
}
