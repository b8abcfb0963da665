import type { Block } from './blocks.js';
import { breadcrumbCountry, isForeignScriptHeading, isNavigationLine, mastheadPublisher } from './rules/chrome.js';
import { parseMaterialLine } from './rules/material.js';

/** The page's template frame: what the chrome says, and where the content and materials lie. */
export interface PageFrame {
  countryName: string | null;
  publisher: string | null;
  /** The section title ("Executive branch") and its block. */
  title: Block | null;
  /** Blocks of the profile's own content, between the title and the materials box. */
  content: Block[];
  /** The related-materials entries, in page order. */
  materials: Array<{ block: Block; kind: string; date: string }>;
}

/**
 * Splits a page into chrome, content and materials by the template's layout: navigation,
 * masthead and breadcrumb above the section title; the materials box (entries "Kind dd.mm.yyyy",
 * under a heading in the site's own language) after the content; the footer menu after that.
 */
export function findFrame(blocks: readonly Block[]): PageFrame {
  let countryName: string | null = null;
  let publisher: string | null = null;
  let title: Block | null = null;
  let start = 0;
  // Header: chrome until the first heading after the breadcrumb, which is the section title.
  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i]!;
    if (block.kind === 'break') continue;
    if (isNavigationLine(block.text)) continue;
    const masthead = mastheadPublisher(block.text);
    if (masthead) {
      publisher ??= masthead;
      continue;
    }
    const country = breadcrumbCountry(block.text);
    if (country) {
      countryName ??= country;
      continue;
    }
    if (countryName && block.kind === 'heading') {
      title = block;
      start = i + 1;
    } else {
      start = i;
    }
    break;
  }

  // Materials box: the last run of entries; the block just before it is the box's heading.
  let first = -1;
  let last = -1;
  for (let i = blocks.length - 1; i >= start; i -= 1) {
    const block = blocks[i]!;
    if (block.kind === 'break') continue;
    if (parseMaterialLine(block.text)) {
      if (last < 0) last = i;
      first = i;
    } else if (last >= 0) break;
  }
  let end = blocks.length;
  const materials: PageFrame['materials'] = [];
  if (first >= 0) {
    end = first;
    const before = blocks[first - 1];
    if (before && before.kind !== 'break' && (before.kind === 'heading' || isForeignScriptHeading(before.text))) end = first - 1;
    for (let i = first; i <= last; i += 1) {
      const block = blocks[i]!;
      const entry = block.kind === 'break' ? null : parseMaterialLine(block.text);
      if (entry) materials.push({ block, ...entry });
    }
  } else {
    // No materials box: drop a trailing foreign-script heading and what follows it.
    const foreign = blocks.findIndex((b, i) => i >= start && b.kind === 'heading' && isForeignScriptHeading(b.text));
    if (foreign >= 0) end = foreign;
  }
  return { countryName, publisher, title, content: blocks.slice(start, end), materials };
}
