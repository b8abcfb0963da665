import type { ConstructName, Unsafe } from 'mdast-util-to-markdown';

/** Constructs where a backslash escape would change a URL or title rather than protect text. */
const URL_LIKE: ConstructName[] = ['autolink', 'destinationLiteral', 'destinationRaw', 'reference', 'titleQuote', 'titleApostrophe'];

/**
 * Extra "unsafe" patterns for mdast-util-to-markdown: escape every `@` and `#` in text.
 *
 * GitHub turns `@name`, `#123` and `owner/repo#123` into mentions and issue links; page text such
 * as "@mention" or "decree #12" must stay plain words. The serializer writes `\@` and `\#`
 * (CommonMark backslash escapes, which render as the bare character), so the escaping lives in the
 * serializer's own escaping pass instead of a second hand-written one. Every occurrence is escaped,
 * not only at word starts: `owner/repo#1` links too, and an unconditional pattern cannot be
 * skipped by the serializer's "the neighbour is already escaped" shortcut.
 */
export const referenceGuard: Unsafe[] = [
  { character: '@', inConstruct: 'phrasing', notInConstruct: URL_LIKE },
  { character: '#', inConstruct: 'phrasing', notInConstruct: URL_LIKE },
];
