import type {
  Heading,
  Html,
  InlineCode,
  Link,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  RootContent,
  Strong,
  Table,
  TableCell,
  Text,
} from 'mdast';
import { collapseBreaks, oneLine, paragraphTexts } from './one-line.js';

/** Inline content: a plain string (turned into one text node) or ready-made phrasing nodes. */
export type Inline = string | PhrasingContent | readonly PhrasingContent[];

/**
 * A text node on one line (line breaks become spaces: paragraphs are split by `paragraphs`, never
 * by a newline inside a text node). Its value is escaped by the serializer, never written raw.
 */
export function text(value: string): Text {
  return { type: 'text', value: collapseBreaks(value) };
}

/** Inline content as phrasing nodes; a string becomes one trimmed, one-line text node (or none). */
function phrasing(content: Inline): PhrasingContent[] {
  if (typeof content === 'string') {
    // oneLine's result is on one line already: the node takes it as it is.
    const value = oneLine(content);
    return value === '' ? [] : [{ type: 'text', value }];
  }
  return Array.isArray(content) ? [...(content as readonly PhrasingContent[])] : [content as PhrasingContent];
}

/** A heading of `depth` (1–6) with one-line text. */
export function heading(depth: Heading['depth'], content: Inline): Heading {
  return { type: 'heading', depth, children: phrasing(content) };
}

/** A paragraph. */
export function paragraph(...content: Inline[]): Paragraph {
  return { type: 'paragraph', children: content.flatMap(phrasing) };
}

/** One paragraph per blank-line-separated block of long page text. */
export function paragraphs(value: string | null): Paragraph[] {
  return value === null ? [] : paragraphTexts(value).map((block) => paragraph(block));
}

/** `**content**`. */
export function strong(content: Inline): Strong {
  return { type: 'strong', children: phrasing(content) };
}

/** A code span, for file names and hashes; kept on one line so it can sit in a table cell. */
export function code(value: string): InlineCode {
  return { type: 'inlineCode', value: oneLine(value) };
}

/**
 * What a page may link to: web, FTP and mail addresses, and relative paths (no scheme: the index's
 * links to pages). The model's `z.url()` also accepts `javascript:` and `data:` addresses.
 */
const LINKABLE = /^(?:(?:https?|ftp|mailto):|[^:/?#]*(?:[/?#]|$))/i;

/**
 * A link, shown as `<url>` when the text is the URL itself. An address with any other scheme
 * (`javascript:alert(1)`) is shown as text, never made clickable.
 */
export function link(url: string, content: Inline = url): Link | Text {
  if (!LINKABLE.test(url)) return text(content === url ? url : `${phrasing(content).map(plain).join('')} (${url})`);
  return { type: 'link', url, children: phrasing(content) };
}

/** The plain text of phrasing content. */
function plain(node: PhrasingContent): string {
  if ('value' in node) return node.value;
  return 'children' in node ? node.children.map(plain).join('') : '';
}

/** A bullet list (`ordered: false`) or numbered list, one paragraph per item. */
export function list(items: readonly Inline[], ordered = false): List {
  return {
    type: 'list',
    ordered,
    start: ordered ? 1 : null,
    spread: false,
    children: items.map((item): ListItem => ({ type: 'listItem', spread: false, children: [paragraph(item)] })),
  };
}

/**
 * An HTML comment. `--` is split so page-supplied text cannot end the comment early and let the
 * rest through as markup.
 */
export function comment(value: string): Html {
  return { type: 'html', value: `<!-- ${oneLine(value).replace(/--/g, '- -')} -->` };
}

/**
 * A table cell on one line: text and code nodes made here are one line already; hard breaks and
 * hand-made text nodes are flattened too, so no raw newline ever reaches a row.
 */
function cell(content: Inline): TableCell {
  // A string becomes one-line text nodes already; nodes made elsewhere are flattened.
  return { type: 'tableCell', children: typeof content === 'string' ? phrasing(content) : phrasing(content).map(flattenBreaks) };
}

function flattenBreaks(node: PhrasingContent): PhrasingContent {
  if (node.type === 'text') return text(node.value);
  if (node.type === 'inlineCode') return code(node.value);
  if (node.type === 'break') return text(' ');
  if ('children' in node) return { ...node, children: node.children.map(flattenBreaks) } as PhrasingContent;
  return node;
}

/**
 * A GFM table: a header row and body rows, every row as long as the header. Cells are one line
 * each; the serializer escapes `|` inside them.
 */
export function table(header: readonly string[], rows: readonly (readonly Inline[])[]): Table {
  // A column empty on every row says nothing: leave it out (the first column always stays).
  const isEmpty = (value: Inline | undefined) => value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
  const keep = header.map((_, index) => index === 0 || rows.length === 0 || rows.some((row) => !isEmpty(row[index])));
  if (keep.includes(false)) {
    return table(
      header.filter((_, index) => keep[index]),
      rows.map((row) => header.map((_, index) => row[index] ?? '').filter((_, index) => keep[index])),
    );
  }
  return {
    type: 'table',
    align: header.map(() => null),
    children: [header, ...rows].map((row) => ({
      type: 'tableRow' as const,
      children: header.map((_, index) => cell(row[index] ?? '')),
    })),
  };
}

/** Drops empty groups so a section renderer can return `[]` for "nothing to show". */
export function blocks(...groups: readonly (RootContent | readonly RootContent[] | null)[]): RootContent[] {
  return groups.flatMap((group) => (group === null ? [] : Array.isArray(group) ? [...(group as readonly RootContent[])] : [group as RootContent]));
}
