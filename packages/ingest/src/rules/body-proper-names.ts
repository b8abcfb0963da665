import { LEXICONS } from '../lexicon/index.js';
import { isPatronymic, looksLikeFamilyName } from './person-name.js';

/**
 * The proper names a page uses as a body's (lexicon `bodyProperNouns`), which are no person's
 * whatever case they come in ("Председатель Халк Маслахаты Милли Генгеша" names no «Милли Генгеш»):
 * - after the noun they stand for, by a dash, in brackets or in quotes: "создан двухпалатный
 *   парламент – Милли Генгеш", "парламент (Жогорку Кенеш)", "совет «Халк Маслахаты»";
 * - opening a sentence that defines them by the noun, a gloss in brackets between or not: "Халк
 *   Маслахаты (Народный совет) – верхняя палата Милли Генгеша", "Жогорку Кенеш – однопалатный парламент".
 * Never a name shaped as a person's (a patronymic, a family name's ending): "парламент – Иван Петров"
 * keeps its person, and the noun must be the nominative ("Председатель парламента – Иван Сидоров").
 */

const NOUNS = LEXICONS.flatMap((l) => l.bodyProperNouns);
const NOUN = `(?:${NOUNS.join('|') || '(?!)'})(?![\\p{L}-])`;
/** A noun capitalized or not, as a gloss in brackets writes it: "(Народный совет)". */
const ANY_CASE_NOUN = `(?:${NOUNS.map((n) => `[${n[0]!.toUpperCase()}${n[0]}]${n.slice(1)}`).join('|') || '(?!)'})(?![\\p{L}-])`;
/** One to three capitalized words. */
const RUN = "\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}";
const DASH = '\\s+[–—-]\\s+';

/** "парламент – Милли Генгеш.", "парламент (Жогорку Кенеш)", "совет «Халк Маслахаты»". */
const AFTER_NOUN = new RegExp(`(?<![\\p{L}-])${NOUN}(?:${DASH}(${RUN})(?=\\s*(?:[.,;:)]|$))|\\s*\\((${RUN})\\)|\\s+«(${RUN})»)`, 'gu');
/** "Халк Маслахаты (Народный совет) – верхняя палата …", "Жогорку Кенеш – однопалатный парламент". */
const DEFINED = new RegExp(`(?:^|[.!?]\\s+)(${RUN})\\s*(?:\\([^()]*?${ANY_CASE_NOUN}[^()]*\\))?${DASH}(?:\\p{Ll}+\\s+){0,2}${NOUN}`, 'gu');

/** True for a name shaped as a person's: a patronymic, or a word with a family name's ending. */
function shapedAsPerson(name: string): boolean {
  return name.split(/\s+/).some((word) => isPatronymic(word) || looksLikeFamilyName(word));
}

/** The body names a page's text uses, each once, as written. */
export function bodyProperNames(text: string): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(AFTER_NOUN)) names.add((match[1] ?? match[2] ?? match[3])!);
  for (const match of text.matchAll(DEFINED)) names.add(match[1]!);
  return [...names].filter((name) => !shapedAsPerson(name));
}
