import type { Block } from './blocks.js';
import { normalizeSpaces } from './normalize.js';

/** A bullet's mark: a bullet sign, or a dash before a lower-case word; "*" and "+" (a Markdown-like dump) only before a space. */
const BULLET_MARK = '(?:[•·▪◦‣∙●○■□➢►\\u2022]|[*+](?=[\\s\\u00a0])|[-–—]\\s+(?=\\p{Ll}))';
const BULLET = new RegExp(`^${BULLET_MARK}`, 'u');
const LEADING_BULLET = new RegExp(`^[\\s\\u00a0]*${BULLET_MARK}`, 'u');

/** "  – Мунтяну В.С. – советник …": a dash item whose text opens with a capital (a name), told by its indent. */
const INDENTED_DASH = /^[\s\u00a0]+[-–—]\s+(?=\p{Lu})/u;
/** The same item with no indent: a list only after a lead-in ("Advisers:") or another item. */
const CAPITAL_DASH = /^[-–—]\s+(?=\p{Lu})/u;

/** "1. подготовка …", "2) advise …", "б) экспертиза …": a numbered line, a list item only after a lead-in or another item. */
const NUMBERED = /^[\s\u00a0]*(?:\d{1,2}[.)]|\p{Ll}\))[\s\u00a0]+(?=\S)/u;

/** Whether a raw line is a numbered item, given the block before it (an outline's "3. Правительство" has no lead-in before it). */
function isNumberedItem(raw: string, before: Block | undefined): boolean {
  return NUMBERED.test(raw) && !!before && (before.kind === 'item' || before.text.endsWith(':'));
}

/** Whether a raw line is a dash item that opens with a capital, given the block before it. */
function isCapitalDashItem(raw: string, before: Block | undefined): boolean {
  if (INDENTED_DASH.test(raw)) return true;
  return CAPITAL_DASH.test(raw) && !!before && (before.kind === 'item' || before.text.endsWith(':'));
}

/** Three spaces or more inside a line: the gap between a table's aligned columns. */
const COLUMN_GAP = /(?<=\S)[ \u00a0]{3,}(?=\S)/gu;

/**
 * A line with its columns joined by a spaced dash, as the rules read a table's row. A tab inside a
 * line separates columns ("Name<TAB>Post"); so do wide gaps in an indented line, a table typed
 * with aligned columns ("  Путин В.В.      самовыдвижение      76,69"). An unindented line's gaps
 * stay spaces: a menu's items are spaced out that way ("expert forum   hot topics").
 */
export function cellsJoined(line: string, raw: string): string {
  const tabbed = line.trim().replace(/[ \u00a0]*\t+[ \u00a0]*/g, ' \u2013 ');
  return /^\s/u.test(raw) ? tabbed.replace(COLUMN_GAP, ' \u2013 ') : tabbed;
}

/** True for a line that reads like a title: short, no closing punctuation, starts with a capital. */
export function looksLikeTitle(text: string): boolean {
  if (text.length > 120 || /[.:;,!?\-–—]$/u.test(text)) return false;
  if (!/^[\p{Lu}\d“"«]/u.test(text)) return false;
  return text.split(' ').length <= 14;
}

/**
 * Whether a short line right under another short line ends a list of such lines ("Министр юстиции:
 * Геворг Даниелян" / "Министр энергетики: Армен Мовсисян"), not a lone title: its blank line after
 * closes the list.
 */
function endsListOfLines(before: Block | undefined, afterBlank: boolean): boolean {
  return !afterBlank && !!before && before.kind === 'paragraph' && looksLikeTitle(before.text);
}

/**
 * Turns a text dump into blocks. Text dumps keep one paragraph per line, "•" bullets, and show the
 * lost headings only as layout: two or more blank lines end a section (a break); a title line
 * directly followed by a paragraph is that paragraph's heading (level 3); a lone title line
 * between blank lines is a minor heading (level 4).
 */
export function textToBlocks(text: string): Block[] {
  const lines = text.split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  let blankRun = 0;
  for (let index = 0; index < lines.length; index += 1) {
    const raw = lines[index]!;
    const dashItem = isCapitalDashItem(raw, blocks[blocks.length - 1]);
    const numbered = !dashItem && isNumberedItem(raw, blocks[blocks.length - 1]);
    const bullet = dashItem || numbered || BULLET.test(raw.trimStart().replace(/^\u00a0+/, ''));
    const unbulleted = numbered ? raw.replace(NUMBERED, '') : dashItem ? raw.replace(/^[\s\u00a0]*[-–—]\s+/u, '') : raw.replace(LEADING_BULLET, '');
    const joined = cellsJoined(unbulleted, raw);
    const text = normalizeSpaces(joined);
    if (!text) {
      blankRun += 1;
      continue;
    }
    if (blankRun >= 2 && blocks.length) {
      blocks.push({ kind: 'break', level: 0, text: '', links: [], line: index, endLine: index, element: null });
    }
    const afterBlank = blankRun > 0 || blocks.length === 0;
    blankRun = 0;
    const line = index + 1;
    if (bullet) {
      blocks.push({ kind: 'item', level: 0, text, links: [], line, endLine: line, element: null });
      continue;
    }
    const next = lines[index + 1];
    const nextText = next === undefined ? '' : normalizeSpaces(next);
    const nextIsProse = nextText !== '' && !BULLET.test(next!.trimStart()) && !looksLikeTitle(nextText);
    let kind: Block['kind'] = 'paragraph';
    let level = 0;
    // A row of a table's columns is never a heading, however short (a results table's last row before a blank line).
    const tableRow = joined !== unbulleted.trim();
    if (!tableRow && looksLikeTitle(text)) {
      if (afterBlank && nextIsProse) {
        kind = 'heading';
        level = 3;
      } else if (nextText === '' && !endsListOfLines(blocks[blocks.length - 1], afterBlank)) {
        kind = 'heading';
        level = 4;
      }
    }
    blocks.push({ kind, level, text, links: [], line, endLine: line, element: null });
  }
  return blocks;
}
