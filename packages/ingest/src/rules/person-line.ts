import { DASH, splitSentences, stripTrailingPunctuation } from '../normalize.js';
import { firstDate } from './dates.js';
import { NAME_WORD } from './person-name.js';
import { hasRoleWord } from './roles.js';

/** A line that names a person and the posts they hold. */
export interface PersonLine {
  name: string;
  /** The titles in the order written; the first is the post of the body the line stands under. */
  titles: string[];
  /** "Chair" in "Chair: Name, …": the post in the body the line stands under. */
  leadRole: string | null;
  /** From "(appointed in October, 2008)" or "He was appointed in …". */
  startDate: string | null;
  /** From "X was preceded at this post by Y". */
  predecessor: string | null;
}

const NAME = `${NAME_WORD}(?:\\s+${NAME_WORD}){1,3}`;
/** "Aslan Musin - Head of …", "Samakova Aigul Baigazyevna– Chairwoman …", "Kim Georgiy –Chairman …". */
const NAME_DASH_TITLE = new RegExp(`^(${NAME})\\s*${DASH}\\s*(\\p{Lu}.*)$`, 'u');
/** "Chair: Nazarbayev Nursultan Abishevitch, President of the Republic of Kazakhstan." */
const ROLE_COLON_NAME = new RegExp(`^([\\p{Lu}][\\p{L} ]{1,40}?)\\s*:\\s*(${NAME})(?:\\s*,\\s*(.+))?$`, 'u');
const ANY_DASH = new RegExp(DASH, 'u');
const APPOINTED = /\b(?:appointed|designated)\s+(?:in|on|since)\s+/i;
/** "(appointed in October, 2008)" inside a title: dropped from the title once read. */
const APPOINTED_ASIDE = /\s*\(\s*(?:was\s+)?(?:appointed|designated)\s+[^)]*\)/i;

/** The date right after "appointed in", if any. */
function appointmentDate(text: string): string | null {
  const match = APPOINTED.exec(text);
  return match ? firstDate(`in ${text.slice(match.index + match[0].length)}`) : null;
}
export const PRECEDED = new RegExp(`\\bwas preceded (?:at|in) this (?:post|position|office) by (${NAME})`, 'u');

/**
 * Splits a list of titles at commas, but only where the next part is a post of its own:
 * "Head of the Legal Policy Council, Deputy Head of …" is two titles, "Minister of Labor,
 * Employment and Social Protection" is one.
 */
export function splitTitles(text: string): string[] {
  const titles: string[] = [];
  for (const part of text.split(/\s*,\s*/)) {
    if (titles.length && !hasRoleWord(part)) titles[titles.length - 1] += `, ${part}`;
    else titles.push(part);
  }
  return titles.map((t) => stripTrailingPunctuation(t)).filter(Boolean);
}

/**
 * Reads a person line, or returns null when the text is not one. The first sentence holds the
 * name and titles; later sentences may add "appointed in …" and "was preceded at this post by …".
 */
export function parsePersonLine(text: string): PersonLine | null {
  const sentences = splitSentences(text);
  const head = stripTrailingPunctuation(sentences[0] ?? '');

  let name: string;
  let titleText: string;
  let leadRole: string | null = null;
  // Each pattern needs its separator: most prose has neither a colon nor a dash.
  const colon = head.includes(':') ? ROLE_COLON_NAME.exec(head) : null;
  const dash = colon || !ANY_DASH.test(head) ? null : NAME_DASH_TITLE.exec(head);
  if (colon && hasRoleWord(colon[1]!)) {
    leadRole = colon[1]!.trim();
    name = colon[2]!;
    titleText = colon[3] ?? '';
  } else if (dash && hasRoleWord(dash[2]!)) {
    name = dash[1]!;
    titleText = dash[2]!;
  } else {
    return null;
  }

  const rest = sentences.slice(1).join(' ');
  const startDate = appointmentDate(titleText) ?? appointmentDate(rest);
  const titles = splitTitles(titleText.replace(APPOINTED_ASIDE, '').trim());
  if (leadRole) titles.unshift(leadRole);
  const preceded = rest.includes('was preceded') ? PRECEDED.exec(rest) : null;
  return { name, titles, leadRole, startDate, predecessor: preceded ? preceded[1]! : null };
}
