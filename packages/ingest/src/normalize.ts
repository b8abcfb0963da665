import { perPage } from './page-cache.js';
import { LEXICONS } from './lexicon/index.js';

/** Spaces of every kind the publisher's pages use, including no-break ones. */
const SPACES = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;

/**
 * Characters that take no room and carry no letter: soft hyphen, zero-width space and joiners,
 * word joiner, bidirectional controls, byte-order mark, NUL and other C0 controls. They are
 * removed, so "Na\u00adzar\u200bbayev" is the name "Nazarbayev".
 */
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

const HAS_INVISIBLE = new RegExp(INVISIBLE.source);

/** Collapses every run of spaces (no-break too) into one space, removes invisible characters and trims. */
export function normalizeSpaces(text: string): string {
  const visible = HAS_INVISIBLE.test(text) ? text.replace(INVISIBLE, '') : text;
  // Most text has only single plain spaces, which the replacement would leave as they are.
  return (visible.includes('  ') || ODD_SPACE.test(visible) ? visible.replace(SPACES, ' ') : visible).trim();
}

/** A space other than a plain one: with two plain spaces and U+200B, what `normalizeSpaces` replaces. */
const ODD_SPACE = /[^\S ]/;

/** A dash as a separator between parts of a line, with or without spaces around it. */
export const DASH = '[-\u2010-\u2015\u2212]';

/** Curly and straight quotes around a term: “x”, "x", «x». */
export const OPEN_QUOTE = '[“"«„]';
export const CLOSE_QUOTE = '[”"»“]';

/** Removes one pair of quotes around the whole text. */
export function stripQuotes(text: string): string {
  return text.replace(/^[“"«„]\s*/, '').replace(/\s*[”"»“]$/, '');
}

/** Drops a leading article: "The Standing Meeting" → "Standing Meeting". */
export function stripArticle(text: string): string {
  return text.replace(/^(?:the|a|an)\s+/i, '');
}

/** Trailing sentence punctuation and stray separators. */
export function stripTrailingPunctuation(text: string): string {
  // By hand: the same as text.replace(/[\s.,;:]+$/u, ''), which tries every position of the text.
  let end = text.length;
  while (end > 0 && TRAILING.test(text[end - 1]!)) end -= 1;
  return end === text.length ? text : text.slice(0, end);
}

const TRAILING = /[\s.,;:]/;

/** A sentence end: ".", "!" or "?", spaces, and a capital (or an opening quote or parenthesis). */
const SENTENCE_BREAK = /[.!?]\s+[\p{Lu}“"«(]/gu;

/** True when the dot at `dot` ends an initial: "K." or "Ts." after a space or the text's start. */
function isInitialBefore(text: string, dot: number): boolean {
  let start = dot - 1;
  if (start >= 0 && /\p{Ll}/u.test(text[start]!)) start -= 1;
  if (start < 0 || !/\p{Lu}/u.test(text[start]!)) return false;
  return start === 0 || !/[\p{L}\p{N}]/u.test(text[start - 1]!);
}

/** A lexicon's abbreviation just before a dot: "2008 г", "т. е" (the dot at the text's end). */
const ABBREVIATION_END = new RegExp(`(?<![\\p{L}\\p{N}])(?:${LEXICONS.flatMap((l) => l.abbreviations).join('|') || '(?!)'})$`, 'u');

/** A word that opens a sentence after an abbreviation's dot: "… 2011 г. На выборах …". */
const OPENER_AFTER = new RegExp(`^\\s+(?:${LEXICONS.flatMap((l) => l.sentenceOpeners).join('|') || '(?!)'})(?![\\p{L}\\p{N}])`, 'u');

/**
 * True when the dot at `dot` ends an abbreviation of a lexicon ("г." after a year) and the word
 * after it may go on the sentence ("в 2008 г. Фуад …"): no sentence ends there.
 */
function isAbbreviationBefore(text: string, dot: number): boolean {
  return text[dot] === '.' && ABBREVIATION_END.test(text.slice(Math.max(0, dot - 8), dot)) && !OPENER_AFTER.test(text.slice(dot + 1, dot + 40));
}

/**
 * Splits prose into sentences at ". " (or "! ", "? ") followed by a capital, keeping the
 * punctuation; not after an initial, nor after a lexicon's abbreviation ("в 2008 г. Фуад …").
 * (The same split as `text.split(/(?<=[.!?])\s+(?=[\p{Lu}“"«(])/u)`, found without look-behind,
 * and once per page for each text: the result is shared, do not change it.)
 */
export const splitSentences: (text: string) => readonly string[] = perPage((text) => {
  const sentences: string[] = [];
  let start = 0;
  SENTENCE_BREAK.lastIndex = 0;
  for (let m = SENTENCE_BREAK.exec(text); m; m = SENTENCE_BREAK.exec(text)) {
    const found = m[0];
    // "K. Masimov", "Ts. Elbegdorj": a capital (and one small letter) before the dot is an initial.
    if (isInitialBefore(text, m.index) || isAbbreviationBefore(text, m.index)) {
      SENTENCE_BREAK.lastIndex = m.index + 1;
      continue;
    }
    // The capital is one code unit, or two for a letter beyond the BMP.
    const last = found.charCodeAt(found.length - 1);
    const next = m.index + found.length - (last >= 0xdc00 && last <= 0xdfff ? 2 : 1);
    sentences.push(text.slice(start, m.index + 1));
    start = next;
    // The next sentence may end right after its capital: search on from there.
    SENTENCE_BREAK.lastIndex = next;
  }
  sentences.push(text.slice(start));
  return sentences.map((s) => s.trim()).filter(Boolean);
});
