import type { Block } from './blocks.js';
import type { HtmlHead } from './html-blocks.js';
import { isFooterLine, isMaterialsHeading, isNavigationLine, mastheadPublisher, readBreadcrumb } from './rules/chrome.js';
import { parseMaterialEntry, parseMaterialLine } from './rules/material.js';
import { isHeadOfStateHeading, namesBody } from './rules/body-definition.js';

/** The page's template frame: what the chrome says, and where the content and materials lie. */
export interface PageFrame {
  /** The country as the breadcrumb (in the body or the `<title>`) names it; null when neither does. */
  countryName: string | null;
  publisher: string | null;
  /** The section title ("Executive branch") and its block. */
  title: Block | null;
  /** The section as the breadcrumb names it, when no block holds the title. */
  sectionName: string | null;
  /** Where the breadcrumb was found: in the body, in the `<title>` only, or nowhere. */
  breadcrumb: 'body' | 'title' | null;
  /** Blocks of the profile's own content, between the title and the materials box. */
  content: Block[];
  /** The related-materials entries, in page order. */
  materials: Array<{ block: Block; kind: string; date: string; title: string | null }>;
}

const EMPTY_HEAD: HtmlHead = { title: null, imageAlts: [] };

const fold = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** True for a block that is chrome wherever it stands above the content: menus, masthead, breadcrumb. */
function isHeaderChrome(block: Block): boolean {
  return block.kind === 'break' || isNavigationLine(block.text) || mastheadPublisher(block.text) !== null || readBreadcrumb(block.text) !== null;
}

/**
 * The index of the section title: the block that repeats the breadcrumb's section name, else the
 * first heading after the breadcrumb that is not chrome and names no body; on a page without a breadcrumb, only a
 * block that names the file's section ("executive-branch") is its title.
 */
function findTitle(blocks: readonly Block[], from: number, wanted: string | null, slug: string | null, hasCrumb: boolean): number {
  const names = [wanted, slug?.replace(/[-_]+/g, ' ')].filter((n): n is string => !!n).map(fold);
  const limit = Math.min(blocks.length, from + 200);
  for (let i = from; i < limit; i += 1) {
    const block = blocks[i]!;
    if (block.kind !== 'break' && names.includes(fold(block.text))) return i;
  }
  if (hasCrumb) {
    for (let i = from; i < limit; i += 1) {
      const block = blocks[i]!;
      if (isHeaderChrome(block)) continue;
      // A body's name ("Совет Безопасности", "President") opens the content: the page has no title line.
      return block.kind === 'heading' && !namesBody(block.text) && !isHeadOfStateHeading(block.text) ? i : -1;
    }
  }
  return -1;
}

/** A line with no sentence end and no separator at its end: what a footer holds besides its menu. */
function isShortChromeLine(text: string): boolean {
  return text.split(' ').length <= 20 && !/[.:;,!?\-–—]$/u.test(text);
}

type Entry = PageFrame['materials'][number];
type EntryParser = (text: string) => Omit<Entry, 'block'> | null;

const untitled: EntryParser = (text) => {
  const entry = parseMaterialLine(text);
  return entry ? { ...entry, title: null } : null;
};

/** The last run of entries, by `parse`, above the page's footer: its first and last index, or -1. */
function lastRun(blocks: readonly Block[], start: number, parse: EntryParser): { first: number; last: number } {
  let first = -1;
  let last = -1;
  for (let i = blocks.length - 1; i >= start; i -= 1) {
    const block = blocks[i]!;
    if (block.kind === 'break') continue;
    if (parse(block.text)) {
      if (last < 0) last = i;
      first = i;
    } else if (last >= 0) break;
    // Below the box: footer menus and short lines of chrome ("Eurasia Heritage Foundation").
    else if (!isFooterLine(block.text) && !isNavigationLine(block.text) && !isShortChromeLine(block.text)) break;
  }
  return { first, last };
}

/** True when the block before `index` is the materials box's heading. */
function underMaterialsHeading(blocks: readonly Block[], index: number): boolean {
  const before = blocks[index - 1];
  return before !== undefined && before.kind !== 'break' && isMaterialsHeading(before.text);
}

/** The entries `parse` reads in blocks `first`..`last`, in page order. */
function entriesOf(blocks: readonly Block[], first: number, last: number, parse: EntryParser): Entry[] {
  const materials: Entry[] = [];
  for (let i = first; i <= last; i += 1) {
    const block = blocks[i]!;
    const entry = block.kind === 'break' ? null : parse(block.text);
    if (entry) materials.push({ block, ...entry });
  }
  return materials;
}

/**
 * A box in the chrome above the title (a left sidebar): the entries right after a materials
 * heading, titled or not.
 */
function chromeMaterials(blocks: readonly Block[], start: number): Entry[] {
  // The heading that entries follow (not a language bar's "English", which is foreign too).
  const heading = blocks.findIndex((b, i) => i + 1 < start && underMaterialsHeading(blocks, i + 1) && parseMaterialEntry(blocks[i + 1]!.text) !== null);
  if (heading < 0) return [];
  let last = heading;
  while (last + 1 < start && parseMaterialEntry(blocks[last + 1]!.text)) last += 1;
  return entriesOf(blocks, heading + 1, last, parseMaterialEntry);
}

/**
 * The materials box: the last run of "Kind dd.mm.yyyy" entries, its heading, and the footer after
 * it. Entries that give their article's title too are read only under a materials heading (a
 * cabinet's "Министр – Имя 05.09.2012" lines are no box); a box above the title is read after its
 * heading.
 */
function findMaterials(blocks: readonly Block[], start: number): { end: number; materials: PageFrame['materials'] } {
  let parse: EntryParser = parseMaterialEntry;
  let { first, last } = lastRun(blocks, start, parse);
  const titled = first >= 0 && entriesOf(blocks, first, last, parse).some((e) => e.title !== null);
  if (titled && !underMaterialsHeading(blocks, first)) ({ first, last } = lastRun(blocks, start, (parse = untitled)));
  let materials: PageFrame['materials'] = [];
  let end = blocks.length;
  if (first >= 0) {
    end = first;
    const before = blocks[first - 1];
    if (before && before.kind !== 'break' && (before.kind === 'heading' || isMaterialsHeading(before.text))) end = first - 1;
    materials = entriesOf(blocks, first, last, parse);
  } else {
    // No entries: a materials heading (in the site's other language, say) ends the content.
    const heading = blocks.findIndex((b, i) => i >= start && b.kind === 'heading' && isMaterialsHeading(b.text));
    if (heading >= 0) end = heading;
    materials = chromeMaterials(blocks, start);
  }
  // Trailing footer and menu lines are chrome.
  while (end > start) {
    const block = blocks[end - 1]!;
    if (block.kind === 'break' || isFooterLine(block.text) || isNavigationLine(block.text)) end -= 1;
    else break;
  }
  return { end, materials };
}

/**
 * Splits a page into chrome, content and materials by the template's structure, not by the order
 * of its lines: the breadcrumb ("Country profile / Kazakhstan /", in the body or the `<title>`)
 * names the country; the section title is the heading after it; whatever stands before the title
 * (menus, language bars, logos, a left column) is chrome; the masthead is a chrome line, the
 * `<title>`'s first step or a logo's `alt`. After the content come the materials box (entries
 * "Kind dd.mm.yyyy" under a heading in the site's own language) and the footer.
 *
 * @param head what an HTML page's head and images say (the `<title>`, `alt` texts)
 * @param slug the file's section ("executive-branch"), to find the title on a page without a breadcrumb
 */
export function findFrame(blocks: readonly Block[], head: HtmlHead = EMPTY_HEAD, slug: string | null = null): PageFrame {
  const crumbIndex = blocks.findIndex((b) => b.kind !== 'break' && readBreadcrumb(b.text) !== null);
  const bodyCrumb = crumbIndex >= 0 ? readBreadcrumb(blocks[crumbIndex]!.text) : null;
  const titleCrumb = head.title ? readBreadcrumb(head.title) : null;
  const crumb = bodyCrumb ?? titleCrumb;
  const titleIndex = findTitle(blocks, crumbIndex + 1, crumb?.section ?? titleCrumb?.section ?? null, slug, crumb !== null);
  let start = titleIndex >= 0 ? titleIndex + 1 : crumbIndex + 1;
  // Chrome right after the breadcrumb when no title was found (a print link, say).
  if (titleIndex < 0) while (start < blocks.length && isHeaderChrome(blocks[start]!)) start += 1;

  const chrome = blocks.slice(0, Math.max(start, 0));
  const titleFirstStep = head.title?.split(/\s*::\s*|\s+[|»]\s+/)[0] ?? '';
  const publisher =
    chrome.map((b) => mastheadPublisher(b.text)).find((p) => p !== null) ??
    mastheadPublisher(titleFirstStep) ??
    head.imageAlts.map(mastheadPublisher).find((p) => p !== null) ??
    null;

  const { end, materials } = findMaterials(blocks, start);
  const content = blocks.slice(start, Math.max(start, end)).filter((b) => b.kind === 'break' || !isNavigationLine(b.text));
  return {
    countryName: crumb?.country ?? null,
    publisher,
    title: titleIndex >= 0 ? blocks[titleIndex]! : null,
    sectionName: crumb?.section ?? titleCrumb?.section ?? null,
    breadcrumb: bodyCrumb ? 'body' : titleCrumb ? 'title' : null,
    content,
    materials,
  };
}
