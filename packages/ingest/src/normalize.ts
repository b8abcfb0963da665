import { perPage } from './page-cache.js';

/** Spaces of every kind the publisher's pages use, including no-break and zero-width ones. */
const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;

/** Collapses every run of spaces (no-break too) into one space and trims. */
export function normalizeSpaces(text: string): string {
  // Most text has only single plain spaces, which the replacement would leave as they are.
  return (text.includes('  ') || ODD_SPACE.test(text) || text.includes('\u200b') ? text.replace(SPACES, ' ') : text).trim();
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

/**
 * Splits prose into sentences at ". " (or "! ", "? ") followed by a capital, keeping the
 * punctuation. Good enough for the publisher's prose, which has no abbreviations with dots.
 * (The same split as `text.split(/(?<=[.!?])\s+(?=[\p{Lu}“"«(])/u)`, found without look-behind,
 * and once per page for each text: the result is shared, do not change it.)
 */
export const splitSentences: (text: string) => readonly string[] = perPage((text) => {
  const sentences: string[] = [];
  let start = 0;
  SENTENCE_BREAK.lastIndex = 0;
  for (let m = SENTENCE_BREAK.exec(text); m; m = SENTENCE_BREAK.exec(text)) {
    const found = m[0];
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
