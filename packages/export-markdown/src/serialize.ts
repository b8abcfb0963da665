import type { Root } from 'mdast';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { toMarkdown, type Options } from 'mdast-util-to-markdown';
import { referenceGuard } from './reference-guard.js';
import { writeMarkdown } from './write-markdown.js';

/**
 * One Markdown style for every page, chosen to pass markdownlint and to keep diffs small: `-`
 * bullets, `_emphasis_`, `**strong**`, and compact GFM tables (no aligned pipes, no padding) so
 * one changed cell changes one line.
 */
export const MARKDOWN_OPTIONS: Options = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  fence: '`',
  fences: true,
  listItemIndent: 'one',
  rule: '-',
  extensions: [gfmTableToMarkdown({ tablePipeAlign: false, tableCellPadding: false })],
  unsafe: referenceGuard,
};

/**
 * Serializes an mdast tree to Markdown. The serializer escapes what page text could turn into
 * markup: `<` (so `<script>` stays text), `|` in table cells, `*`, `_`, backticks, and — through
 * `referenceGuard` — `@` and `#`.
 *
 * @param tree The page as an mdast root.
 * @returns Markdown ending in exactly one newline.
 */
export function serializeMarkdown(tree: Root): string {
  // The direct writer gives the same bytes as toMarkdown for the trees this package builds; it
  // returns null for anything else, which toMarkdown then writes.
  const markdown = writeMarkdown(tree, MARKDOWN_OPTIONS) ?? toMarkdown(tree, MARKDOWN_OPTIONS);
  // The same as markdown.replace(/\n+$/, '') + '\n', without a regex that tries every position.
  let end = markdown.length;
  while (end > 0 && markdown.charCodeAt(end - 1) === 10) end -= 1;
  return `${markdown.slice(0, end)}\n`;
}

/** The same page written by toMarkdown alone, to check the direct writer against. */
export function serializeMarkdownSlowly(tree: Root): string {
  return `${toMarkdown(tree, MARKDOWN_OPTIONS).replace(/\n+$/, '')}\n`;
}
