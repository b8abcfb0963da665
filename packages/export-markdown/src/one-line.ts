/** Every line break CommonMark knows (`\n`, `\r`) plus the Unicode ones and tabs/spaces around them. */
const BREAKS = /[\t\n\v\f\r \u0085\u2028\u2029]+/g;

/**
 * Replaces each run of line breaks and spacing with one space, keeping a lone space at either end
 * (so `text('Website: ')` keeps its space).
 *
 * @example collapseBreaks('a\r\n\r\nb ') // 'a b '
 * @param value Text that may span lines.
 * @returns The text on one line.
 */
export function collapseBreaks(value: string): string {
  // Most text has only single spaces, which the replacement would leave as they are.
  return value.includes('  ') || BREAK.test(value) ? value.replace(BREAKS, ' ') : value;
}

/** A character of `BREAKS` other than a space: with two spaces, what `collapseBreaks` changes. */
const BREAK = /[\t\n\v\f\r\u0085\u2028\u2029]/;

/**
 * Collapses line breaks and runs of spacing to one space and trims the ends.
 *
 * A table row is one line of Markdown, so a cell must not hold a raw newline (the serializer would
 * write `&#xA;`, which renders but reads badly, and inside a code span it would break the table).
 *
 * @example oneLine('a\n b') // 'a b'
 * @param value Text that may span lines.
 * @returns The same text on one line.
 */
export function oneLine(value: string): string {
  return collapseBreaks(value).trim();
}

/**
 * Splits long text into paragraphs at blank lines, each paragraph on one line.
 *
 * @example paragraphTexts('One.\n\nTwo\nthree.') // ['One.', 'Two three.']
 * @param value Text whose paragraphs are separated by blank lines.
 * @returns The non-empty paragraphs, in order.
 */
export function paragraphTexts(value: string): string[] {
  return value
    .split(/\r?\n[\t ]*(?:\r?\n[\t ]*)+|\r[\t ]*(?:\r[\t ]*)+/)
    .map(oneLine)
    .filter((paragraph) => paragraph.length > 0);
}
