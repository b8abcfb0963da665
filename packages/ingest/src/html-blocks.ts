// The slim entry is Cheerio on htmlparser2 alone: the full one also loads parse5 and undici (its
// `fromURL`), about 0.8 s of every process's start-up, for a parser these options never use.
import { load, type CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element, Text } from 'domhandler';
import type { Block, Link } from './blocks.js';
import { normalizeSpaces } from './normalize.js';

/** Elements whose text is never page content. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'iframe', 'object', 'svg', 'select', 'button', 'form']);

/** Elements that start and end a block of text. */
const BLOCK_LEVEL = new Set([
  'p', 'div', 'section', 'article', 'main', 'aside', 'header', 'footer', 'nav', 'body', 'html',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody',
  'tfoot', 'tr', 'td', 'th', 'caption', 'blockquote', 'pre', 'address', 'figure', 'figcaption', 'hr',
  'center', 'fieldset', 'legend',
]);

const BOLD = new Set(['strong', 'b']);

/** Maps a character offset to a 1-based line number by binary search over line starts. */
function lineIndex(html: string): (offset: number) => number {
  const starts = [0];
  for (let i = html.indexOf('\n'); i !== -1; i = html.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

/** Where an element stands among its parent's elements of the same name. */
interface Place {
  index: number;
  sameName: number;
}

/**
 * `body > div.content > p:nth-of-type(3)`: a path a person can paste into a browser's console.
 * Paths are remembered per element, so the ancestors shared by many blocks are written once, and
 * the places of a parent's children are counted in one pass over them.
 */
function elementPaths(): (element: Element) => string {
  const paths = new Map<Element, string>();
  const places = new Map<Element, Place>();
  const placeOf = (element: Element): Place => {
    let place = places.get(element);
    if (!place) {
      const siblings = (element.parent?.children ?? [element]).filter((c): c is Element => c.type === 'tag');
      const byName = new Map<string, Place[]>();
      for (const sibling of siblings) {
        const named = byName.get(sibling.name) ?? [];
        const found: Place = { index: named.length, sameName: 0 };
        named.push(found);
        byName.set(sibling.name, named);
        places.set(sibling, found);
      }
      for (const named of byName.values()) for (const found of named) found.sameName = named.length;
      place = places.get(element)!;
    }
    return place;
  };
  const partOf = (element: Element): string => {
    const { index, sameName } = placeOf(element);
    const cls = element.attribs.class?.trim().split(/\s+/)[0];
    let part = element.name + (cls ? `.${cls}` : '');
    if (sameName > 1) part += `:nth-of-type(${index + 1})`;
    return part;
  };
  const parentOf = (element: Element): Element | null => (element.parent && element.parent.type === 'tag' ? (element.parent as Element) : null);
  // Up to the nearest ancestor whose path is known, then down again: no recursion, however deep the page.
  const pathOf = (element: Element): string => {
    const known = paths.get(element);
    if (known !== undefined) return known;
    const chain: Element[] = [];
    let at: Element | null = element;
    while (at && !paths.has(at)) {
      chain.push(at);
      at = parentOf(at);
    }
    let path = at ? paths.get(at)! : null;
    for (let i = chain.length - 1; i >= 0; i -= 1) {
      const part = partOf(chain[i]!);
      path = path === null ? part : `${path} > ${part}`;
      paths.set(chain[i]!, path);
    }
    return path!;
  };
  return pathOf;
}

/** Resolved links by page address and href: the template's navigation repeats on every page. */
const resolved = new Map<string, string | null>();
const RESOLVED_LIMIT = 10_000;

/** An href made absolute against the page's address, or null when it is not an http(s) link. */
function resolveHref(href: string, baseUrl: string | null): string | null {
  const key = `${baseUrl ?? ''}\u0000${href}`;
  let absolute = resolved.get(key);
  if (absolute === undefined) {
    absolute = parseHref(href, baseUrl);
    if (resolved.size >= RESOLVED_LIMIT) resolved.clear();
    // A copy of the key: the href can be a slice of the page's whole text, which must not stay alive.
    resolved.set(structuredClone(key), absolute);
  }
  return absolute;
}

function parseHref(href: string, baseUrl: string | null): string | null {
  try {
    const url = new URL(href, baseUrl ?? undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Cheerio's htmlparser2 path in HTML mode, keeping each node's offsets (for line numbers). */
export const CHEERIO_OPTIONS = { xml: { xmlMode: false, decodeEntities: true, withStartIndices: true, withEndIndices: true } } as const;

interface Run {
  text: string;
  boldText: string;
  links: Link[];
  start: number;
  end: number;
  container: Element | null;
}

type Kind = 'paragraph' | 'item' | 'heading';

/** Class names that make a block a heading: "subtitle", "title", "heading", "block-title", "sub_title". */
const TITLE_CLASS = /(?:^|[\s_-])(?:sub[-_]?)?(?:title|heading)(?:$|[\s_-])/i;

/** What an HTML page says outside its body text: the `<title>` and the images' `alt` texts (a logo). */
export interface HtmlHead {
  title: string | null;
  imageAlts: string[];
}

/** A page read into blocks, with what its head and images say. */
export interface HtmlPage extends HtmlHead {
  blocks: Block[];
}

/** Cells of a table row that holds only text (a cabinet's "Name | Post"), or null for a layout row. */
function textCells(row: Element): Element[] | null {
  const cells = row.children.filter((c): c is Element => c.type === 'tag' && (c.name === 'td' || c.name === 'th'));
  if (cells.length < 2) return null;
  const stack: AnyNode[] = [...cells];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type !== 'tag') continue;
    const element = node as Element;
    if (element !== row && !cells.includes(element) && BLOCK_LEVEL.has(element.name.toLowerCase())) return null;
    stack.push(...element.children);
  }
  return cells;
}

/** A line typed as a list item: a dash, a space, then lower-case text. */
const DASH_ITEM = /^[-–—]\s+(?=\p{Ll})/u;

/** Separator between the cells of a text row: reads as the template's "Name – Post" line. */
const CELL_SEPARATOR = ' \u2013 ';

/**
 * A row's cells as one line: cells that hold only a dash (a typeset "Name | – | Post") drop out,
 * and a cell ending in a colon ("Chair:") runs on into the next one with a space.
 */
function joinCells(text: string): string {
  const cells = text.split(CELL_SEPARATOR).map((c) => c.trim()).filter((c) => c && !/^[-‐-―−:]+$/u.test(c));
  let line = '';
  for (const cell of cells) line = !line ? cell : line.endsWith(':') ? `${line} ${cell}` : `${line}${CELL_SEPARATOR}${cell}`;
  return line;
}

/** A cell separator the run ends with, before any space (a no-break space too). */
const TRAILING_SEPARATOR = / \u2013\s+$/u;

/** The run's text without trailing space and a trailing cell separator. */
function withoutSeparator(text: string): string {
  const trimmed = text.trimEnd();
  // "Name – &nbsp;": a cell of a no-break space alone leaves the separator before it with space after it.
  return trimmed.endsWith(CELL_SEPARATOR.trim()) && TRAILING_SEPARATOR.test(text) ? trimmed.slice(0, -1).trimEnd() : trimmed;
}

/**
 * What the walk does on leaving an element: end its block, or record a link whose text is the
 * run's text since the element opened.
 */
type Exit = { type: 'flush'; kind: Kind; level: number } | { type: 'row'; kind: Kind; level: number } | { type: 'link'; href: string; from: number } | { type: 'cell' };

interface Frame {
  nodes: AnyNode[];
  index: number;
  container: Element | null;
  kind: Kind;
  level: number;
  bold: boolean;
  exit: Exit | null;
}

/**
 * Turns an HTML page into blocks: headings (`h1`–`h6`, and a paragraph that is all bold as a
 * level-4 heading), paragraphs, list items; `<br>` ends a block as a line break does in a text
 * dump; a table row of text cells is one block, its cells joined by a dash ("Name – Post"), a row
 * of header cells a minor heading. Links keep their `href`, resolved against `baseUrl` when relative.
 *
 * Cheerio loads the page on its htmlparser2 path (several times faster than its default parse5
 * path, and it keeps each node's offsets for line numbers); the walk then reads the DOM nodes
 * directly, once, without selectors, with its own stack (a deeply nested page cannot overflow
 * the call stack).
 */
export function readHtmlPage(html: string, baseUrl: string | null): HtmlPage {
  const $ = load(html, CHEERIO_OPTIONS);
  const reader = new BlockReader($, lineIndex(html), elementPaths(), baseUrl);
  const stack: Frame[] = [{ nodes: $.root()[0]!.children, index: 0, container: null, kind: 'paragraph', level: 0, bold: false, exit: null }];
  while (stack.length) {
    const frame = stack[stack.length - 1]!;
    if (frame.index >= frame.nodes.length) {
      stack.pop();
      if (frame.exit) reader.leave(frame.exit);
      continue;
    }
    const next = reader.visit(frame, frame.nodes[frame.index++]!);
    if (next) stack.push(next);
  }
  reader.flush('paragraph', 0);
  return { blocks: joinDefinitions(reader.blocks), ...reader.head };
}

/** The walk's state: the blocks so far, the head's title and image texts, the text run being read. */
class BlockReader {
  readonly blocks: Block[] = [];
  readonly head: HtmlHead = { title: null, imageAlts: [] };
  private run: Run | null = null;

  constructor(
    private readonly $: CheerioAPI,
    private readonly toLine: (offset: number) => number,
    private readonly pathOf: (element: Element) => string,
    private readonly baseUrl: string | null,
  ) {}

  /** Ends the current run as a block of `kind` (a dash line as an item, an all-bold paragraph as a heading). */
  flush(kind: Kind, level: number): void {
    const current = this.run;
    this.run = null;
    if (!current) return;
    let text = normalizeSpaces(current.text);
    if (!text) return;
    // "&nbsp;&nbsp;- prepare the drafts …<br>": a list item typed as a dash line.
    const dashItem = kind === 'paragraph' && DASH_ITEM.test(text);
    if (dashItem) text = text.replace(DASH_ITEM, '');
    // Text outside bold marks the bold text with NUL, so it can only equal text that holds NUL too.
    const allBold = kind === 'paragraph' && (!current.boldText.includes('\u0000') || text.includes('\u0000')) && normalizeSpaces(current.boldText) === text;
    this.blocks.push({
      kind: dashItem ? 'item' : allBold ? 'heading' : kind,
      level: allBold ? 4 : level,
      text,
      links: current.links,
      line: this.toLine(current.start),
      endLine: this.toLine(current.end),
      element: current.container ? this.pathOf(current.container) : null,
    });
  }

  private appendText(data: string, start: number, end: number, container: Element | null, bold: boolean): void {
    this.run ??= { text: '', boldText: '', links: [], start, end, container };
    this.run.text += data;
    // (\s takes in no-break spaces.)
    if (bold) this.run.boldText += data;
    else if (/\S/.test(data)) this.run.boldText += '\u0000';
    this.run.end = end;
  }

  /** On leaving an element: end its block or row, record its link, or close its cell. */
  leave(exit: Exit): void {
    const current = this.run;
    if (exit.type === 'flush') this.flush(exit.kind, exit.level);
    else if (exit.type === 'row') {
      if (current) current.text = joinCells(withoutSeparator(current.text));
      this.flush(exit.kind, exit.level);
    } else if (exit.type === 'link') {
      if (current) current.links.push({ text: normalizeSpaces(current.text.slice(exit.from)), href: exit.href });
    } else if (current && withoutSeparator(current.text)) {
      // A cell: an empty one adds no separator of its own.
      current.text = withoutSeparator(current.text) + CELL_SEPARATOR;
    }
  }

  /** Reads one node of `frame`: its text, or the frame of its children to walk next (null: nothing to walk). */
  visit(frame: Frame, node: AnyNode): Frame | null {
    const { container, kind, level, bold } = frame;
    if (node.type === 'text') {
      this.appendText((node as Text).data, node.startIndex ?? 0, node.endIndex ?? 0, container, bold);
      return null;
    }
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') return null;
    const element = node as Element;
    const name = element.name.toLowerCase();
    if (this.readsAsHead(element, name)) return null;
    if (SKIPPED.has(name)) {
      // The head holds the title; nothing else in it is content.
      const title = element.children.filter((c) => c.type === 'tag' && (c as Element).name.toLowerCase() === 'title');
      return name === 'head' ? { nodes: title, index: 0, container, kind, level, bold, exit: null } : null;
    }
    if (name === 'br') {
      this.flush(kind, level);
      return null;
    }
    const row = name === 'tr' ? this.textRow(frame, element) : null;
    if (row) return row;
    // A cell of a text row: its text joins the row's block, then a separator.
    if (frame.exit?.type === 'row') return { nodes: element.children, index: 0, container, kind, level, bold: bold || name === 'th', exit: { type: 'cell' } };
    if (BLOCK_LEVEL.has(name)) return this.blockFrame(frame, element, name);
    // Inline element: its text joins the current run.
    const href = name === 'a' && element.attribs.href ? resolveHref(element.attribs.href.trim(), this.baseUrl) : null;
    if (name === 'a' && element.attribs.href) {
      return { nodes: element.children, index: 0, container, kind, level, bold, exit: href ? { type: 'link', href, from: this.run?.text.length ?? 0 } : null };
    }
    return { nodes: element.children, index: 0, container, kind, level, bold: bold || BOLD.has(name), exit: null };
  }

  /** A `<title>` or an `<img>` with alternative text: kept in the head, no block. */
  private readsAsHead(element: Element, name: string): boolean {
    if (name === 'title') {
      this.head.title ??= normalizeSpaces(this.$(element).text()) || null;
      return true;
    }
    if (name !== 'img') return false;
    const alt = normalizeSpaces(element.attribs.alt ?? '');
    if (alt) this.head.imageAlts.push(alt);
    return true;
  }

  /** A table row of text cells: one block, a row of header cells a minor heading; null for a layout row. */
  private textRow({ kind, level }: Frame, element: Element): Frame | null {
    const cells = textCells(element);
    if (!cells) return null;
    this.flush(kind, level);
    const header = cells.every((c) => c.name === 'th');
    const rowKind: Kind = header ? 'heading' : 'paragraph';
    const rowLevel = header ? 4 : 0;
    return { nodes: cells, index: 0, container: element, kind: rowKind, level: rowLevel, bold: false, exit: { type: 'row', kind: rowKind, level: rowLevel } };
  }

  /** A block-level element: the run before it ends; its children make a heading, an item or a paragraph. */
  private blockFrame({ kind, level }: Frame, element: Element, name: string): Frame {
    this.flush(kind, level);
    const heading = /^h([1-6])$/.exec(name);
    // <div class="subtitle">, <p class="heading">: a heading by its class, as a bold line is one.
    const titled = !heading && name !== 'li' && name !== 'dd' && TITLE_CLASS.test(element.attribs.class ?? '');
    const childKind: Kind = heading || titled ? 'heading' : name === 'li' || name === 'dd' ? 'item' : 'paragraph';
    const childLevel = heading ? Math.min(Number(heading[1]), 4) : titled ? 4 : 0;
    return { nodes: element.children, index: 0, container: element, kind: childKind, level: childLevel, bold: false, exit: { type: 'flush', kind: childKind, level: childLevel } };
  }
}

/** The last step of an element path and the path of its parent: `body > dl > dt:nth-of-type(2)` → dt, `body > dl`. */
function lastStep(path: string | null): { name: string; parent: string } | null {
  if (!path) return null;
  const at = path.lastIndexOf(' > ');
  const step = path.slice(at + 3);
  return { name: /^[a-z0-9]+/.exec(step)?.[0] ?? '', parent: at < 0 ? '' : path.slice(0, at) };
}

/**
 * A description that is prose, not a post: a lead-in ("Задачи Совета:") or a dozen words and more,
 * not counting a bracketed aside ("Рамиз Мехтиев (с 1995 г.; сохранил пост и при …)" is a name and its date).
 */
function isProse(text: string): boolean {
  return text.endsWith(':') || text.replace(/\s*\([^()]*\)/gu, '').split(/\s+/).length >= 12;
}

/**
 * A definition list's term and its description (`<dt>Name</dt><dd>Post</dd>`) are one line, as a
 * two-cell table row is: "Name – Post"; a term described in prose is a heading over its paragraph
 * ("<dt>Совет …</dt><dd>Совет … – консультативный орган … Задачи Совета:<ol>…").
 */
function joinDefinitions(blocks: Block[]): Block[] {
  const joined: Block[] = [];
  for (let i = 0; i < blocks.length; i += 1) {
    const term = blocks[i]!;
    const next = blocks[i + 1];
    const a = lastStep(term.element);
    const b = next ? lastStep(next.element) : null;
    if (next && a?.name === 'dt' && b?.name === 'dd' && a.parent === b.parent && isProse(next.text)) {
      joined.push({ ...term, kind: 'heading', level: 4 }, { ...next, kind: 'paragraph', level: 0 });
      i += 1;
    } else if (next && a?.name === 'dt' && b?.name === 'dd' && a.parent === b.parent) {
      joined.push({ ...term, kind: 'paragraph', level: 0, text: `${term.text}${CELL_SEPARATOR}${next.text}`, links: [...term.links, ...next.links], endLine: next.endLine });
      i += 1;
    } else joined.push(term);
  }
  return joined;
}

/** The blocks of an HTML page (see `readHtmlPage`). */
export function htmlToBlocks(html: string, baseUrl: string | null): Block[] {
  return readHtmlPage(html, baseUrl).blocks;
}
