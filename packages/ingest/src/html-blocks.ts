import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
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
  for (let i = 0; i < html.length; i += 1) if (html.charCodeAt(i) === 10) starts.push(i + 1);
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

/** `body > div.content > p:nth-of-type(3)`: a path a person can paste into a browser's console. */
function elementPath(element: Element): string {
  const parts: string[] = [];
  let node: Element | null = element;
  while (node && node.type === 'tag') {
    const parent: Element | null = node.parent && node.parent.type === 'tag' ? (node.parent as Element) : null;
    const siblings = (node.parent?.children ?? []).filter((c): c is Element => c.type === 'tag' && (c as Element).name === node!.name);
    const cls = node.attribs.class?.trim().split(/\s+/)[0];
    let part = node.name + (cls ? `.${cls}` : '');
    if (siblings.length > 1) part += `:nth-of-type(${siblings.indexOf(node) + 1})`;
    parts.unshift(part);
    node = parent;
  }
  return parts.join(' > ');
}

interface Run {
  text: string;
  boldText: string;
  links: Link[];
  start: number;
  end: number;
  container: Element | null;
}

/**
 * Turns an HTML page into blocks: headings (`h1`–`h6`, and a paragraph that is all bold as a
 * level-4 heading), paragraphs, list items; `<br>` ends a block as a line break does in a text
 * dump. Links keep their `href`, resolved against `baseUrl` when relative.
 */
export function htmlToBlocks(html: string, baseUrl: string | null): Block[] {
  const $ = cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true, withStartIndices: true, withEndIndices: true } });
  const toLine = lineIndex(html);
  const blocks: Block[] = [];
  let run: Run | null = null;

  const resolveHref = (href: string): string | null => {
    try {
      const url = new URL(href, baseUrl ?? undefined);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch {
      return null;
    }
  };

  const flush = (kind: 'paragraph' | 'item' | 'heading', level: number) => {
    const current = run;
    run = null;
    if (!current) return;
    const text = normalizeSpaces(current.text);
    if (!text) return;
    const allBold = kind === 'paragraph' && normalizeSpaces(current.boldText) === text;
    blocks.push({
      kind: allBold ? 'heading' : kind,
      level: allBold ? 4 : level,
      text,
      links: current.links,
      line: toLine(current.start),
      endLine: toLine(current.end),
      element: current.container ? elementPath(current.container) : null,
    });
  };

  const walk = (nodes: AnyNode[], container: Element | null, kind: 'paragraph' | 'item' | 'heading', level: number, bold: boolean) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        const data = (node as unknown as { data: string }).data;
        if (!run) run = { text: '', boldText: '', links: [], start: node.startIndex ?? 0, end: node.endIndex ?? 0, container };
        run.text += data;
        if (bold) run.boldText += data;
        else if (/\S/.test(data.replace(/\u00a0/g, ''))) run.boldText += '\u0000';
        run.end = node.endIndex ?? run.end;
        continue;
      }
      if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
      const element = node as Element;
      const name = element.name.toLowerCase();
      if (SKIPPED.has(name)) continue;
      if (name === 'br') {
        flush(kind, level);
        continue;
      }
      if (BLOCK_LEVEL.has(name)) {
        flush(kind, level);
        const heading = /^h([1-6])$/.exec(name);
        const childKind = heading ? 'heading' : name === 'li' || name === 'dd' ? 'item' : 'paragraph';
        const childLevel = heading ? Math.min(Number(heading[1]), 4) : 0;
        walk(element.children, element, childKind, childLevel, false);
        flush(childKind, childLevel);
        continue;
      }
      // Inline element: its text joins the current run.
      if (name === 'a' && element.attribs.href) {
        const before = run ? (run as Run).text.length : 0;
        walk(element.children, container, kind, level, bold || BOLD.has(name));
        const href = resolveHref(element.attribs.href.trim());
        const text = run ? normalizeSpaces((run as Run).text.slice(before)) : '';
        if (href && run) (run as Run).links.push({ text, href });
        continue;
      }
      walk(element.children, container, kind, level, bold || BOLD.has(name));
    }
  };

  walk($.root()[0]!.children, null, 'paragraph', 0, false);
  flush('paragraph', 0);
  return blocks;
}
