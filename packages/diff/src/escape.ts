/**
 * Escapes text for inline Markdown on GitHub, in a list item or a table cell: it renders as the
 * same characters and never as markup, a link, a mention or an issue reference.
 *
 * - whitespace runs, line breaks included, become one space (a raw newline would end the item);
 * - `&`, `<`, `>` become entities, so page text never turns into HTML;
 * - `\ ` * _ [ ] | ~` are backslash-escaped (`|` would split a table cell);
 * - `@` and `#` at a word start get a zero-width space after them (`@&#8203;name`), which GitHub
 *   does not link as a mention or an issue (a backslash does not stop either).
 *
 * @example escapeMarkdown('A | B <b>@team #12') // 'A \\| B &lt;b&gt;@&#8203;team #&#8203;12'
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/(^|[^\p{L}\p{N}_])([@#])/gu, '$1$2&#8203;');
}
