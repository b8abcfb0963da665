import type { Html, InlineCode, Link, List, Nodes, PhrasingContent, Root, RootContent, Table } from 'mdast';
import { toMarkdown, type ConstructName, type Options, type SafeConfig, type State, type Unsafe } from 'mdast-util-to-markdown';

/**
 * A direct writer for the trees this package builds: headings, paragraphs, tight lists of one
 * paragraph per item, GFM tables, HTML comments, text, code spans and links. It writes the same
 * bytes as `toMarkdown` with the same options, many times faster: it walks the tree once with a
 * fixed set of rules instead of tracking positions and peeking for every node.
 *
 * The escaping is the serializer's own: the writer takes the `State` of a `toMarkdown` run (its
 * unsafe patterns, from core, extensions and options, and its `safe`) and calls `state.safe` for
 * every text, with the patterns that can match in that text. Anything the writer has no rule for
 * (emphasis, a heading with a line break, a list right after a list, a table with aligned or ragged
 * rows …) makes it return `null`, and the caller falls back to `toMarkdown`.
 */

const HEADING: Stack = ['headingAtx', 'phrasing'];
const PARAGRAPH: Stack = ['paragraph', 'phrasing'];
const LIST_ITEM: Stack = ['list', 'listItem', 'paragraph', 'phrasing'];
const TABLE_CELL: Stack = ['table', 'tableRow', 'tableCell', 'phrasing'];

/** Thrown inside the writer when a tree needs `toMarkdown`'s full rules. */
class Unsupported extends Error {}

const unsupported = (): never => {
  throw new Unsupported();
};

/** A pattern with what it needs to match at all, for a cheap test before `safe` runs. */
interface Candidate {
  pattern: Unsafe;
  /** The character the pattern escapes. */
  character: string;
  /** The pattern compiled as `safe` compiles it (global: reset `lastIndex` after use). */
  regex: RegExp;
}

/** The unsafe patterns in scope inside one stack of constructs. */
interface Scope {
  candidates: Candidate[];
  /** The same patterns, as `state.unsafe` for a call of `safe`. */
  patterns: Unsafe[];
  /**
   * Finds a character of the text that a pattern could escape, or an underscore or backslash
   * (whose escapes depend on more than one pattern). Spaces and tabs are left out when every
   * pattern for them needs a line ending next to them: then only a text with a line ending, or
   * one that starts or ends with a space or tab, can have them escaped.
   */
  triggers: RegExp;
  /** The same, global: to go through the characters of a text that could be escaped. */
  eachTrigger: RegExp;
  spacesNeedEol: boolean;
  /** The candidates by the character they escape. */
  byCharacter: Map<string, Candidate[]>;
}

/** Construct names from the root down to the text: `['paragraph', 'phrasing']`. */
type Stack = readonly ConstructName[];

/** A serializer state captured from `toMarkdown` with the given options, and caches over it. */
interface Writer {
  state: State;
  /** Every unsafe pattern of the run, in order (`state.unsafe` is narrowed for each call). */
  unsafe: readonly Unsafe[];
  /** The unsafe patterns in scope for a construct stack. */
  scoped: Map<Stack, Scope>;
  /** Stacks made from a stack and more names, so the same names give the same array. */
  children: Map<Stack, Map<string, Stack>>;
  /** The stack inside an autolink, by the stack around it. */
  autolinks: Map<Stack, Stack>;
}

const writers = new WeakMap<Options, Writer>();

function writerFor(options: Options): Writer {
  let writer = writers.get(options);
  if (!writer) {
    let captured: State | undefined;
    toMarkdown(
      { type: 'root', children: [] },
      {
        ...options,
        handlers: {
          ...options.handlers,
          root: (_node, _parent, state) => {
            captured = state;
            return '';
          },
        },
      },
    );
    if (!captured) throw new Error('toMarkdown did not call the root handler');
    checkOptions(captured.options);
    writer = { state: captured, unsafe: [...captured.unsafe], scoped: new Map(), children: new Map(), autolinks: new Map() };
    // Tables are written compact (no padding, no aligned pipes): check the options agree.
    const cell = (value: string) => ({ type: 'tableCell' as const, children: [{ type: 'text' as const, value }] });
    const probe: Table = { type: 'table', align: [null, null], children: [{ type: 'tableRow', children: [cell('a'), cell('b')] }] };
    if (toMarkdown({ type: 'root', children: [probe] }, options) !== `${table(writer, probe)}\n`) {
      throw new Error('writeMarkdown writes compact GFM tables: use gfmTableToMarkdown({ tablePipeAlign: false, tableCellPadding: false })');
    }
    writers.set(options, writer);
  }
  return writer;
}

/**
 * The writer follows one style: `-` bullets, `1.` numbers, one space after a marker, ATX headings,
 * autolinks where possible, `"` titles. Options that ask for another are a programming error.
 */
function checkOptions(options: State['options']): void {
  const wrong = (name: string, value: unknown) => {
    throw new Error(`writeMarkdown does not support the option ${name}: ${String(value)}`);
  };
  if (options.bullet !== '-') wrong('bullet', options.bullet);
  if ((options.bulletOrdered ?? '.') !== '.') wrong('bulletOrdered', options.bulletOrdered);
  if (options.listItemIndent !== 'one') wrong('listItemIndent', options.listItemIndent);
  if (options.incrementListMarker === false) wrong('incrementListMarker', false);
  if (options.setext) wrong('setext', true);
  if (options.closeAtx) wrong('closeAtx', true);
  if (options.resourceLink) wrong('resourceLink', true);
  if ((options.quote ?? '"') !== '"') wrong('quote', options.quote);
}

/** The stack with more construct names entered: one array per distinct stack. */
function enter(writer: Writer, stack: Stack, ...names: ConstructName[]): Stack {
  let byNames = writer.children.get(stack);
  if (!byNames) {
    byNames = new Map();
    writer.children.set(stack, byNames);
  }
  const key = names.join(',');
  let entered = byNames.get(key);
  if (!entered) {
    entered = [...stack, ...names];
    byNames.set(key, entered);
  }
  return entered;
}

/** Inside an autolink the serializer hides that it is in phrasing: no emphasis or code can form there. */
function autolinkStack(writer: Writer, stack: Stack): Stack {
  let inside = writer.autolinks.get(stack);
  if (!inside) {
    inside = [...stack.filter((name) => name !== 'phrasing'), 'autolink'];
    writer.autolinks.set(stack, inside);
  }
  return inside;
}

function inList(stack: Stack, list: Unsafe['inConstruct'], none: boolean): boolean {
  const names = typeof list === 'string' ? [list] : list;
  if (!names || names.length === 0) return none;
  return names.some((name) => stack.includes(name));
}

const EOL_CONTEXT = new Set(['[\\r\\n]', '\\r', '\\n']);

/** A character as a member of a regex character class. */
const classMember = (character: string) => character.replace(/[\\\]^-]/g, '\\$&');

/** The unsafe patterns that apply inside `stack`, as `safe` would select them. */
function scopeOf(writer: Writer, stack: Stack): Scope {
  let scope = writer.scoped.get(stack);
  if (!scope) {
    const candidates = writer.unsafe
      .filter((pattern) => inList(stack, pattern.inConstruct, true) && !inList(stack, pattern.notInConstruct, false))
      .map((pattern) => ({ pattern, character: pattern.character, regex: writer.state.compilePattern(pattern) }));
    // Patterns tied to a neighbouring node are not used by this package's trees.
    if (candidates.some((c) => c.pattern.beforeNode || c.pattern.afterNode)) unsupported();
    const spacesNeedEol = candidates.every(
      ({ pattern }) =>
        (pattern.character !== ' ' && pattern.character !== '\t') ||
        (!pattern.atBreak &&
          ((typeof pattern.before === 'string' && EOL_CONTEXT.has(pattern.before)) ||
            (typeof pattern.after === 'string' && EOL_CONTEXT.has(pattern.after)))),
    );
    const characters = new Set(['_', '\\', ...candidates.map((c) => c.character)]);
    if (spacesNeedEol) {
      characters.delete(' ');
      characters.delete('\t');
      characters.add('\r').add('\n');
    }
    const triggers = new RegExp(`[${[...characters].map(classMember).join('')}]`);
    const byCharacter = new Map<string, Candidate[]>();
    for (const candidate of candidates) {
      const list = byCharacter.get(candidate.character);
      if (list) list.push(candidate);
      else byCharacter.set(candidate.character, [candidate]);
    }
    scope = { candidates, patterns: candidates.map((c) => c.pattern), triggers, eachTrigger: new RegExp(triggers.source, 'g'), spacesNeedEol, byCharacter };
    writer.scoped.set(stack, scope);
  }
  return scope;
}

/** True when a pattern matches a character of `whole` between `start` and `end` (the text itself). */
function matchesWithin(candidate: Candidate, whole: string, start: number, end: number): boolean {
  const { regex, pattern } = candidate;
  const before = Boolean(pattern.before || pattern.atBreak);
  regex.lastIndex = 0;
  let found = false;
  for (let match = regex.exec(whole); match; match = regex.exec(whole)) {
    const position = match.index + (before ? match[1]!.length : 0);
    if (position >= start && position < end) {
      found = true;
      break;
    }
  }
  regex.lastIndex = 0;
  return found;
}

/**
 * `state.safe(value, config)` inside `stack`, called only when a pattern matches a character of
 * the text itself: a match on the characters around it (`before`, `after`) escapes nothing, and a
 * pattern whose character is not in the text cannot match inside it. Without such a match and
 * without a backslash, the text is written as it is. (An underscore's escape also depends on
 * matches around it, so a text with one always goes through `safe`.)
 */
function safe(writer: Writer, stack: Stack, value: string, before: string, after: string): string {
  const scope = scopeOf(writer, stack);
  // `safe` escapes backslashes by looking at the value and the text after it together: leave that
  // case to it.
  if (after.includes('\\')) return callSafe(writer, stack, scope, value, before, after);
  if (!scope.triggers.test(value)) {
    if (!scope.spacesNeedEol) return value;
    const first = value.charCodeAt(0);
    const last = value.charCodeAt(value.length - 1);
    if (first !== 32 && first !== 9 && last !== 32 && last !== 9) return value;
  }
  const whole = before + value + after;
  const start = before.length;
  const end = start + value.length;
  // Each character of the text that a pattern escapes, tried once.
  const tried: string[] = [];
  let eol = false;
  const { eachTrigger } = scope;
  eachTrigger.lastIndex = 0;
  for (let m = eachTrigger.exec(value); m; m = eachTrigger.exec(value)) {
    const character = m[0];
    if (character === '_' || character === '\\') {
      eachTrigger.lastIndex = 0;
      return callSafe(writer, stack, scope, value, before, after);
    }
    if (tried.includes(character)) continue;
    tried.push(character);
    if (character === '\r' || character === '\n') eol = true;
    for (const candidate of scope.byCharacter.get(character) ?? []) {
      if (matchesWithin(candidate, whole, start, end)) {
        eachTrigger.lastIndex = 0;
        return callSafe(writer, stack, scope, value, before, after);
      }
    }
  }
  // Spaces and tabs, when the triggers leave them out: escaped only next to a line ending.
  if (scope.spacesNeedEol) {
    const first = value.charCodeAt(0);
    const last = value.charCodeAt(value.length - 1);
    if (eol || first === 32 || first === 9 || last === 32 || last === 9) {
      for (const character of [' ', '\t']) {
        for (const candidate of scope.byCharacter.get(character) ?? []) {
          if (value.includes(character) && matchesWithin(candidate, whole, start, end)) return callSafe(writer, stack, scope, value, before, after);
        }
      }
    }
  }
  return value;
}

function callSafe(writer: Writer, stack: Stack, scope: Scope, value: string, before: string, after: string): string {
  const { state } = writer;
  state.stack = stack as ConstructName[];
  state.unsafe = scope.patterns;
  const config: SafeConfig = { before, after };
  return state.safe(value, config);
}

/** The first character (code point) of a string, as the serializer takes it. */
function firstCharacter(value: string): string {
  const code = value.codePointAt(0);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/** The last character (code point) of a string. */
function lastCharacter(value: string): string {
  const code = value.codePointAt(value.length - 2);
  return code !== undefined && code > 0xffff ? value.slice(-2) : value.slice(-1);
}

/** `toString` of mdast-util-to-string for the phrasing nodes the writer supports. */
function plainText(node: PhrasingContent): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'link') return node.children.map(plainText).join('');
  return unsupported();
}

function isAutolink(node: Link): boolean {
  if (!node.url || node.title || node.children.length !== 1 || node.children[0]!.type !== 'text') return false;
  const raw = plainText(node);
  return (raw === node.url || `mailto:${raw}` === node.url) && /^[a-z][+\-.a-z]+:/i.test(node.url) && !/[\0- <>\u007F]/.test(node.url);
}

/** What the serializer peeks of a node to choose the escapes of the text before it. */
function peek(writer: Writer, node: PhrasingContent, stack: Stack): string {
  if (node.type === 'text') return firstCharacter(safe(writer, stack, node.value, '', ''));
  if (node.type === 'inlineCode') return '`';
  if (node.type === 'link') return isAutolink(node) ? '<' : '[';
  return unsupported();
}

/** The phrasing children of a node, each escaped for what stands before and after it. */
function phrasing(writer: Writer, children: readonly PhrasingContent[], stack: Stack, before: string, after: string): string {
  let result = '';
  let previous = before;
  for (let index = 0; index < children.length; index += 1) {
    const child = children[index]!;
    const next = index + 1 < children.length ? peek(writer, children[index + 1]!, stack) : after;
    const value = inline(writer, child, stack, previous, next);
    if (!value) continue;
    result += value;
    previous = lastCharacter(value);
  }
  return result;
}

function inline(writer: Writer, node: PhrasingContent, stack: Stack, before: string, after: string): string {
  switch (node.type) {
    case 'text':
      return safe(writer, stack, node.value, before, after);
    case 'inlineCode':
      return inlineCode(node, stack);
    case 'link':
      return link(writer, node, stack, before);
    default:
      return unsupported();
  }
}

/** A code span: the shortest fence that does not occur in the value, padded where needed; `|` escaped in a table cell. */
function inlineCode(node: InlineCode, stack: Stack): string {
  let value = node.value || '';
  // Line endings would be rewritten by the serializer's break patterns.
  if (/[\r\n]/.test(value)) unsupported();
  let sequence = '`';
  while (new RegExp(`(^|[^\`])${sequence}([^\`]|$)`).test(value)) sequence += '`';
  if (/[^\n\r ]/.test(value) && ((/^[\n\r ]/.test(value) && /[\n\r ]$/.test(value)) || /^`|`$/.test(value))) value = ` ${value} `;
  const code = sequence + value + sequence;
  if (!stack.includes('tableCell')) return code;
  // In a cell, a pipe needs a backslash (an even number of backslashes before it gets one more).
  let result = '';
  let start = 0;
  let index = code.indexOf('|');
  while (index !== -1) {
    let from = index;
    while (from > start && code.charCodeAt(from - 1) === 92) from -= 1;
    result += code.slice(start, index);
    if ((index - from) % 2 === 0) result += '\\';
    start = index;
    index = code.indexOf('|', index + 1);
  }
  return result + code.slice(start);
}

function link(writer: Writer, node: Link, stack: Stack, before: string): string {
  if (node.title) unsupported();
  if (isAutolink(node)) {
    return `<${phrasing(writer, node.children, autolinkStack(writer, stack), '<', '>')}>`;
  }
  const label = phrasing(writer, node.children, enter(writer, stack, 'link', 'label'), '[', '](');
  let value = `[${label}](`;
  const enclose = /[\0- \u007F]/.test(node.url);
  const last = before.charAt(before.length - 1);
  let title: string | undefined;
  if (!enclose && (last === '\n' || last === '\r')) {
    // A label like `a]:` at the start of a line would read as a definition: an empty title prevents it.
    let index = 0;
    while (index < label.length && label.charCodeAt(index) !== 93) index += label.charCodeAt(index) === 92 ? 2 : 1;
    if (label.charCodeAt(index + 1) === 58) title = '';
  }
  if ((!node.url && title !== undefined) || enclose) {
    value += `<${safe(writer, enter(writer, stack, 'link', 'destinationLiteral'), node.url, `${value}<`, '>')}>`;
  } else {
    value += safe(writer, enter(writer, stack, 'link', 'destinationRaw'), node.url, value, title !== undefined ? ' ' : ')');
  }
  if (title !== undefined) value += ` "${safe(writer, enter(writer, stack, 'link', 'titleQuote'), title, `${value} "`, '"')}"`;
  return `${value})`;
}

/** True when a heading would be written as a setext heading (a line break inside). */
function hasBreak(node: Nodes): boolean {
  if (node.type === 'break') return true;
  if ('value' in node && /\r?\n|\r/.test(node.value)) return true;
  return 'children' in node && (node.children as Nodes[]).some(hasBreak);
}

function heading(writer: Writer, node: Extract<RootContent, { type: 'heading' }>): string {
  if (hasBreak(node)) unsupported();
  const rank = Math.max(Math.min(6, node.depth || 1), 1);
  const sequence = '#'.repeat(rank);
  let value = phrasing(writer, node.children, HEADING, '# ', '\n');
  const head = value.charCodeAt(0);
  if (head === 9 || head === 32) value = `&#x${head.toString(16).toUpperCase()};${value.slice(1)}`;
  return value ? `${sequence} ${value}` : sequence;
}

/** Indents every line after the first of a list item; a blank first line is the bullet alone. */
function indentItem(value: string, bullet: string, size: number): string {
  const eol = /\r?\n|\r/g;
  let result = '';
  let start = 0;
  let line = 0;
  const one = (text: string) => {
    if (line) result += (text ? ' '.repeat(size) : '') + text;
    else result += text ? bullet + ' '.repeat(size - bullet.length) + text : bullet;
  };
  for (let match = eol.exec(value); match; match = eol.exec(value)) {
    one(value.slice(start, match.index));
    result += match[0];
    start = match.index + match[0].length;
    line += 1;
  }
  one(value.slice(start));
  return result;
}

function list(writer: Writer, node: List): string {
  const items: string[] = [];
  node.children.forEach((item) => {
    if (item.type !== 'listItem' || item.children.length > 1) unsupported();
    const bullet = node.ordered
      ? `${(typeof node.start === 'number' && node.start > -1 ? node.start : 1) + node.children.indexOf(item)}.`
      : '-';
    const child = item.children[0];
    if (child && child.type !== 'paragraph') return unsupported();
    const value = child ? phrasing(writer, child.children, LIST_ITEM, '\n', '\n') : '';
    items.push(indentItem(value, bullet, bullet.length + 1));
  });
  return items.join(node.spread === false ? '\n' : '\n\n');
}

function table(writer: Writer, node: Table): string {
  const width = node.children[0]?.children.length ?? 0;
  if (width === 0 || !node.align || node.align.length !== width || node.align.some((a) => a)) unsupported();
  const lines: string[] = [];
  for (const row of node.children) {
    if (row.children.length !== width) unsupported();
    const cells = row.children.map((cell) => phrasing(writer, cell.children, TABLE_CELL, '|', '|'));
    lines.push(`|${cells.join('|')}|`);
    if (lines.length === 1) lines.push(`|${'-|'.repeat(width)}`);
  }
  return lines.join('\n');
}

function block(writer: Writer, node: RootContent): string {
  switch (node.type) {
    case 'heading':
      return heading(writer, node);
    case 'paragraph':
      return phrasing(writer, node.children, PARAGRAPH, '\n', '\n');
    case 'list':
      return list(writer, node);
    case 'table':
      return table(writer, node);
    case 'html':
      return (node as Html).value || '';
    default:
      return unsupported();
  }
}

/**
 * Writes a tree as `toMarkdown(tree, options)` would, or returns null when the tree holds a
 * construct the writer leaves to `toMarkdown`.
 *
 * @param tree A root whose children are headings, paragraphs, lists, tables and HTML.
 * @param options The serializer options; the same object every time, so its state is reused.
 * @returns The Markdown (ending in a newline), or null.
 */
export function writeMarkdown(tree: Root, options: Options): string | null {
  const writer = writerFor(options);
  try {
    let result = '';
    tree.children.forEach((child, index) => {
      // Two lists in a row switch bullets; left to toMarkdown.
      if (child.type === 'list' && tree.children[index - 1]?.type === 'list') unsupported();
      if (index > 0) result += '\n\n';
      result += block(writer, child);
    });
    const last = result.charCodeAt(result.length - 1);
    return result === '' || last === 10 || last === 13 ? result : `${result}\n`;
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}
