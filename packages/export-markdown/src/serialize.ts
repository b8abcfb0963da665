import type { Root } from 'mdast';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { toMarkdown, type Options } from 'mdast-util-to-markdown';
import { referenceGuard } from './reference-guard.js';

/**
 * One Markdown style for every page, chosen to pass markdownlint and to keep diffs small: `-`
 * bullets, `_emphasis_`, `**strong**`, and compact GFM tables (no aligned pipes, no padding) so
 * one changed cell changes one line.
 */
const OPTIONS: Options = {
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
  return `${toMarkdown(tree, OPTIONS).replace(/\n+$/, '')}\n`;
}
