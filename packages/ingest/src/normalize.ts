/** Spaces of every kind the publisher's pages use, including no-break and zero-width ones. */
const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;

/** Collapses every run of spaces (no-break too) into one space and trims. */
export function normalizeSpaces(text: string): string {
  return text.replace(SPACES, ' ').trim();
}

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
  return text.replace(/[\s.,;:]+$/u, '');
}

/**
 * Splits prose into sentences at ". " (or "! ", "? ") followed by a capital, keeping the
 * punctuation. Good enough for the publisher's prose, which has no abbreviations with dots.
 */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[\p{Lu}“"«(])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}
