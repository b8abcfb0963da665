import type { Provenance } from '@profiles/model';
import type { Block } from './blocks.js';
import { splitSentences } from './normalize.js';
import { OrgIndex, type OrgDraft } from './organizations.js';
import {
  abbreviatedBody,
  classifyBodyName,
  foundingDate,
  governmentName,
  headOfStateName,
  isUnderHeadOfState,
  namesBody,
  predecessorBody,
} from './rules/body-definition.js';
import { parsePersonLine, type PersonLine } from './rules/person-line.js';
import { isSitesHeading, parseSiteLine } from './rules/site-line.js';

/** What the walk over the content found, still by name: resolution to IDs comes after. */
export interface WalkResult {
  orgs: OrgIndex;
  personLines: Array<{ line: PersonLine; context: OrgDraft | null; block: Block }>;
  sites: Array<{ label: string; url: string | null; block: Block }>;
  tasks: Array<{ org: OrgDraft; text: string; block: Block }>;
  /** Prose paragraphs, with the body they describe (null: a note of the section). */
  paragraphs: Array<{ text: string; context: OrgDraft | null; heading: string | null; block: Block }>;
}

export function provenanceOf(block: Block, file: string, quote = block.text): Provenance {
  return { file, line: block.line, endLine: block.endLine, element: block.element, quote };
}

/**
 * Walks the content blocks in page order, keeping track of the body the text speaks about: a
 * section break or section heading clears it; a body's title line, or a paragraph that defines a
 * body ("… is the Head of State", "Name (ABBR) …", "the Government exercises executive power"),
 * sets it. Each block goes to the one rule that claims it.
 */
export function walkContent(blocks: readonly Block[], file: string): WalkResult {
  const orgs = new OrgIndex();
  const result: WalkResult = { orgs, personLines: [], sites: [], tasks: [], paragraphs: [] };
  let context: OrgDraft | null = null;
  let heading: string | null = null;
  let inSites = false;

  const defineBody = (name: string, block: Block, fallback: OrgDraft['classification']): OrgDraft => {
    const org = orgs.add(name, classifyBodyName(name) ?? fallback, provenanceOf(block, file));
    if (isUnderHeadOfState(name)) org.underHeadOfState = true;
    return org;
  };

  for (const block of blocks) {
    if (block.kind === 'break' || (block.kind === 'heading' && block.level <= 2)) {
      context = null;
      inSites = false;
      heading = block.kind === 'heading' ? block.text : null;
      continue;
    }
    const personLine = parsePersonLine(block.text);
    if (block.kind === 'heading' && !personLine) {
      if (isSitesHeading(block.text)) {
        inSites = true;
      } else if (namesBody(block.text)) {
        context = defineBody(block.text, block, 'advisory-body');
        // A linked heading (<h3><a href="…">Security Council</a></h3>) gives the body's website.
        if (block.links.length === 1 && block.links[0]!.text === block.text) context.website ??= block.links[0]!.href;
        inSites = false;
      } else {
        inSites = false;
        if (context) context.description.push(block.text);
        else heading = block.text;
      }
      continue;
    }
    if (inSites) {
      const site = parseSiteLine(block.text);
      if (site) {
        result.sites.push({ ...site, url: block.links[0]?.href ?? site.url, block });
        continue;
      }
      inSites = false;
    }
    if (personLine) {
      result.personLines.push({ line: personLine, context, block });
      continue;
    }
    if (block.kind === 'item') {
      if (context) result.tasks.push({ org: context, text: block.text, block });
      else result.paragraphs.push({ text: block.text, context: null, heading, block });
      continue;
    }
    // A paragraph: it may define the body that the following text speaks about.
    const [first = ''] = splitSentences(block.text);
    const headOfState = headOfStateName(first);
    const abbreviated = abbreviatedBody(block.text);
    const government = governmentName(first);
    if (headOfState) context = defineBody(headOfState, block, 'head-of-state');
    else if (abbreviated) {
      const org = defineBody(abbreviated.name, block, 'administration');
      context = org;
      org.abbreviation ??= abbreviated.abbreviation;
      org.aliases.add(abbreviated.abbreviation);
    } else if (government) context = defineBody(government, block, 'government');
    if (context) {
      for (const sentence of splitSentences(block.text)) {
        context.founded ??= foundingDate(sentence);
        const predecessor = predecessorBody(sentence);
        if (predecessor && !context.predecessor) {
          context.predecessor = orgs.add(predecessor, context.classification, provenanceOf(block, file, sentence));
        }
      }
    }
    result.paragraphs.push({ text: block.text, context, heading, block });
    if (context) context.description.push(block.text);
  }
  return result;
}
