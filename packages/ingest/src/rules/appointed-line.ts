/**
 * A person line whose post is given by its appointment, the post in the instrumental: "Улукбек X –
 * назначен Премьер-министром в феврале 2021 г.; с мая 2021 г. – Председатель Кабинета Министров –
 * Руководитель Администрации Президента". The appointed post from its date; a clause after a
 * semicolon that opens with a start ("с мая 2021 г. –") gives the posts held since, each its own.
 */
import { DASH } from '../normalize.js';
import { firstDate } from './dates.js';
import { NAME_WORD } from './person-name.js';
import { hasRoleWord } from './roles.js';
import { roleFault } from './post-check.js';
import type { PersonLine } from './person-line.js';
import { anyOf, eachLexicon, toNominative } from '../lexicon/index.js';
import { regExp } from '../regexp.js';

/** "Улукбек Марипов – назначен Премьер-министром в феврале 2021 г.", and what follows a semicolon. */
const APPOINTED_LINE = regExp(
  `^(${NAME_WORD}(?:\\s+${NAME_WORD}){1,2})\\s*${DASH}+\\s*${eachLexicon(({ appointment: a }) => `(?:${anyOf(a.was) ?? '(?!)'}\\s+)?${anyOf(a.verbs.filter((v) => !/\\s/.test(v))) ?? '(?!)'}`)}\\s+(\\p{L}[\\p{L}-]*(?:\\s+[\\p{L}-]+){0,5}?)\\s+((?:${eachLexicon((l) => anyOf(l.yearPrepositions))}\\s+)?(?:\\d{1,2}\\s+)?(?:\\p{L}+\\s+)?\\d{4})[^;]*?(?:;\\s*(.*))?$`,
  'u',
);
/** "с мая 2021 г. – A – B": a start, then the posts held since. */
const SINCE_POSTS = regExp(`^${eachLexicon(({ appointment: a }) => anyOf(a.since))}\\s+((?:\\d{1,2}\\s+)?(?:\\p{L}+\\s+)?\\d{4})[^${DASH.replace(/[[\]]/g, '')}]*?${DASH}+\\s*(.+?)\\.?$`, 'u');
const POSTS_JOINED = new RegExp(`\\s+${DASH}+\\s+`, 'u');

/** "Премьер-министром" → "Премьер-министр", "Первым заместителем Председателя" → "Первый заместитель Председателя": to the role noun, back to the nominative. */
export function postFromInstrumental(post: string): string | null {
  const words = post.split(/\s+/);
  const noun = words.findIndex((w) => hasRoleWord(w) && toNominative(w, 'instrumental') !== w);
  if (noun < 0) return null;
  const head = words.slice(0, noun).map((w) => w.replace(/ым$/u, 'ый').replace(/ой$/u, 'ая'));
  const title = [...head, toNominative(words[noun]!, 'instrumental'), ...words.slice(noun + 1)].join(' ');
  return roleFault(title) ? null : title.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

/** The line's posts, or an empty list when it is no such line. */
export function readAppointedLine(text: string): PersonLine[] {
  const match = APPOINTED_LINE.exec(text.trim().replace(/\.$/u, ''));
  if (!match) return [];
  const [, name, written, date, after] = match as unknown as [string, string, string, string, string | undefined];
  const title = postFromInstrumental(written);
  if (!title) return [];
  const line = (titles: string[], startDate: string | null): PersonLine => ({ name, titles, leadRole: null, startDate, predecessor: null, datedTitle: 0 });
  const lines = [line([title], firstDate(date))];
  const since = after ? SINCE_POSTS.exec(after.split(/(?<=\p{Ll}{2})\.\s+(?=\p{Lu})/u)[0]!.trim()) : null;
  if (since) {
    const posts = since[2]!.split(POSTS_JOINED).map((p) => p.trim()).filter((p) => /^\p{Lu}/u.test(p) && hasRoleWord(p) && !roleFault(p));
    const start = firstDate(`в ${since[1]!}`);
    for (const post of posts) lines.push(line([post], start));
  }
  return lines;
}
