import { en } from './en.js';
import { ru } from './ru.js';
import type { GrammaticalCase, Lexicon } from './types.js';

export type { CasedPhrases, DatedEventKind, GrammaticalCase, Lexicon } from './types.js';
export { en, ru };

/**
 * Every language the rules read, English first. A third language is a lexicon here and its tests:
 * the rules build their patterns from this list.
 */
export const LEXICONS: readonly Lexicon[] = [en, ru];

/** The lexicon of a language tag (`ru`, `ru-KZ` → Russian), or undefined when none is known. */
export function lexiconOf(language: string): Lexicon | undefined {
  const primary = language.toLowerCase().split('-')[0];
  return LEXICONS.find((lexicon) => lexicon.language === primary);
}

/** Runs of a script's characters, compiled once per script. */
const SCRIPT_RUNS = new Map<string, RegExp>();

/** How many characters (code points) of `script` `text` holds, counted run by run: no string per letter. */
function scriptCount(script: string, text: string): number {
  let runs = SCRIPT_RUNS.get(script);
  if (!runs) SCRIPT_RUNS.set(script, (runs = new RegExp(`\\p{Script=${script}}+`, 'gu')));
  // A character past U+FFFF is two code units, one code point: counted apart, in the rare text that has one.
  const astral = HIGH_SURROGATE.test(text);
  let count = 0;
  runs.lastIndex = 0;
  for (let run = runs.exec(text); run; run = runs.exec(text)) count += astral ? [...run[0]].length : run[0].length;
  return count;
}

const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

/** The letters of each lexicon's script in `text`, by script. */
function scriptCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const lexicon of LEXICONS) {
    if (counts.has(lexicon.script)) continue;
    counts.set(lexicon.script, scriptCount(lexicon.script, text));
  }
  return counts;
}

/**
 * The language of a page's text by its letters: the first lexicon whose script holds most of
 * them ("Главная страница" in an English page's chrome does not make it Russian). English for a
 * text without letters of any lexicon's script.
 *
 * @example detectLanguage('Профиль страны / Казахстан') // 'ru'
 */
export function detectLanguage(text: string): string {
  const counts = scriptCounts(text);
  let best: Lexicon = en;
  let most = 0;
  for (const lexicon of LEXICONS) {
    const count = counts.get(lexicon.script) ?? 0;
    if (count > most) {
      best = lexicon;
      most = count;
    }
  }
  return best.language;
}

let current: Lexicon = en;

/**
 * Makes `language` the page's own language until the next page: what is in another script is
 * foreign on it (a language bar, the materials box's heading). A language without a lexicon reads
 * as English does.
 */
export function setPageLanguage(language: string): void {
  current = lexiconOf(language) ?? en;
}

/** The lexicon of the page being ingested (English outside `ingestPage`). */
export function pageLexicon(): Lexicon {
  return current;
}

/** Whether any of `text`'s letters are in the page's own script. */
export function hasPageScriptLetter(text: string): boolean {
  return hasScriptLetter(current, text);
}

/** A letter of each script, compiled once: a rule calls this for every line of a page. */
const SCRIPT_LETTER = new Map<string, RegExp>();

/** Whether any of `text`'s letters are in `lexicon`'s script (a rule of one language can skip text with none). */
export function hasScriptLetter(lexicon: Lexicon, text: string): boolean {
  let letter = SCRIPT_LETTER.get(lexicon.script);
  if (!letter) SCRIPT_LETTER.set(lexicon.script, (letter = new RegExp(`\\p{Script=${lexicon.script}}`, 'u')));
  return letter.test(text);
}

/**
 * One alternation of every lexicon's words, each bounded as its lexicon says: `\b` for English
 * (as its rules always were), letters of any script for the others. Use with the `u` flag.
 *
 * @param pick the words of a lexicon (regular-expression sources)
 * @param suffix what may follow each word of a lexicon (its inflection)
 */
export function wordsPattern(pick: (lexicon: Lexicon) => readonly string[], suffix: (lexicon: Lexicon) => string = () => ''): string {
  const parts: string[] = [];
  for (const lexicon of LEXICONS) {
    const words = pick(lexicon);
    if (!words.length) continue;
    const body = `(?:${words.join('|')})${suffix(lexicon)}`;
    parts.push(lexicon.boundary === 'ascii' ? `\\b${body}\\b` : `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`);
  }
  return `(?:${parts.join('|')})`;
}

/** Every lexicon's words of one kind in one list, for lists matched whole (`^(?:…)$`). */
export function allWords(pick: (lexicon: Lexicon) => readonly string[]): string[] {
  return LEXICONS.flatMap((lexicon) => pick(lexicon));
}

/** The lexicon whose script a word is written in (English for digits and marks). */
export function lexiconOfWord(word: string): Lexicon {
  for (const lexicon of LEXICONS) if (lexicon !== en && hasScriptLetter(lexicon, word)) return lexicon;
  return en;
}

/** Where a lexicon's words start and end: `\b` in English, no letter or digit of any script beside them in the others. */
export function boundsOf(lexicon: Lexicon): { start: string; end: string } {
  return lexicon.boundary === 'ascii' ? { start: '\\b', end: '\\b' } : { start: '(?<![\\p{L}\\p{N}])', end: '(?![\\p{L}\\p{N}])' };
}

/**
 * One alternation of a pattern built from each lexicon's words with its own bounds (a lexicon
 * that gives nothing is left out; no lexicon at all matches nothing). Use with the `u` flag.
 */
export function eachLexicon(build: (lexicon: Lexicon, bounds: { start: string; end: string }) => string | null): string {
  const parts = LEXICONS.map((lexicon) => build(lexicon, boundsOf(lexicon))).filter((part): part is string => !!part);
  return parts.length ? `(?:${parts.join('|')})` : '(?!)';
}

/** A list of words as one group, or null when there are none. */
export const anyOf = (words: readonly string[]): string | null => (words.length ? `(?:${words.join('|')})` : null);

/**
 * A name's word back to the nominative from `grammaticalCase` by its lexicon's endings
 * ("Келимбетова" accusative → "Келимбетов"); as written when no ending fits or the language has no cases.
 */
export function toNominative(word: string, grammaticalCase: GrammaticalCase): string {
  if (grammaticalCase === 'nominative') return word;
  for (const [ending, nominative] of lexiconOfWord(word).nameCases[grammaticalCase] ?? []) {
    if (word.length - ending.length >= 2 && word.endsWith(ending)) return withFleetingVowel(word.slice(0, word.length - ending.length) + nominative);
  }
  return word;
}

/** A given name's stem that dropped its nominative's vowel, back to the nominative ("Павл" → "Павел", lexicon `names.fleetingVowels`); any other word as it is. */
export function withFleetingVowel(stem: string): string {
  const lower = stem.toLowerCase();
  const pair = lexiconOfWord(stem).names.fleetingVowels.find(([oblique]) => oblique === lower);
  if (!pair) return stem;
  return stem[0] === lower[0] ? pair[1] : pair[1][0]!.toUpperCase() + pair[1].slice(1);
}

/** Where a name's family name stands: first before a given name and a patronymic ("Лупеску Марину Ивановну"), else the last full word. */
function familyIndex(words: readonly string[], grammaticalCase: GrammaticalCase): number {
  const { patronymicEndings } = lexiconOfWord(words[0] ?? '').names;
  const last = toNominative(words[words.length - 1] ?? '', grammaticalCase);
  if (words.length >= 3 && patronymicEndings.some((e) => last.endsWith(e))) return 0;
  for (let i = words.length - 1; i >= 0; i -= 1) if (!/\.$/u.test(words[i]!)) return i;
  return -1;
}

/** Whether a family name keeps its form in `grammaticalCase` ("Гурцкая", "Шимоните", "Лупеску"). */
export function isIndeclinableFamily(word: string, grammaticalCase: GrammaticalCase): boolean {
  const endings = lexiconOfWord(word).indeclinableFamilies[grammaticalCase] ?? [];
  return endings.some((ending) => new RegExp(`${ending}$`, 'u').test(word));
}

/**
 * A whole name back to the nominative from `grammaticalCase`: each word by `toNominative`, but a
 * family name of an ending that never declines as written ("Тамару Ивановну Гурцкая" → "Тамара
 * Ивановна Гурцкая"), and initials as written.
 */
export function nameToNominative(words: readonly string[], grammaticalCase: GrammaticalCase): string[] {
  const family = familyIndex(words, grammaticalCase);
  return words.map((w, i) => (/\.$/u.test(w) || (i === family && isIndeclinableFamily(w, grammaticalCase)) ? w : toNominative(w, grammaticalCase)));
}

/** Every nominative a name's word may be of, itself first: "Мусина" → Мусина, Мусин; "Мусиным" → Мусиным, Мусин. */
export function nominativesOf(word: string): string[] {
  const cases = Object.keys(lexiconOfWord(word).nameCases) as GrammaticalCase[];
  return [...new Set([word, ...cases.map((c) => toNominative(word, c))])];
}
