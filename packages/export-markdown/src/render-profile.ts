import type { Root } from 'mdast';
import type { Profile } from '@profiles/model';
import { profileContext, type ProfileContext } from './context.js';
import { withLanguage } from './front-matter.js';
import { serializeMarkdown } from './serialize.js';
import { administrationSection } from './sections/administration.js';
import { advisoryBodiesSection } from './sections/advisory-bodies.js';
import { analysisSection } from './sections/analysis.js';
import { electionsSection } from './sections/elections.js';
import { governmentSection } from './sections/government.js';
import { headOfStateSection } from './sections/head-of-state.js';
import { materialsSection } from './sections/materials.js';
import { ministriesSection } from './sections/ministries.js';
import { notesSection } from './sections/notes.js';
import { notUnderstoodSection } from './sections/not-understood.js';
import { otherBodiesSection } from './sections/other-bodies.js';
import { otherPostsSection } from './sections/other-posts.js';
import { sourceFactsSection } from './sections/source-facts.js';
import { sourcesSection } from './sections/sources.js';
import { titleSection } from './sections/title.js';

/** The page's sections, top to bottom. A section with nothing to show renders nothing. */
const SECTIONS: readonly ((context: ProfileContext) => Root['children'])[] = [
  titleSection,
  sourceFactsSection,
  headOfStateSection,
  electionsSection,
  administrationSection,
  advisoryBodiesSection,
  governmentSection,
  ministriesSection,
  otherBodiesSection,
  otherPostsSection,
  analysisSection,
  notesSection,
  materialsSection,
  notUnderstoodSection,
  sourcesSection,
];

/**
 * Renders one profile as a Markdown page a person would rather read than the CSV: title, source,
 * head of state, elections, administration, advisory bodies, government and cabinet, ministries,
 * other bodies and posts, analysis, notes, related materials, what was not understood (the
 * ingest's warnings, when there are any), sources. Its YAML front matter records the page's
 * language (`lang: ru`).
 *
 * @example renderProfile(sampleProfile()).startsWith('---\nlang: en\n---\n\n# Kyrgyzstan: Executive branch\n')
 * @param profile A validated profile.
 * @returns The page's Markdown, ending in one newline.
 */
export function renderProfile(profile: Profile): string {
  return withLanguage(profile.source.language, serializeMarkdown(profileTree(profile)));
}

/** The page of a profile as an mdast tree, before serialization. */
export function profileTree(profile: Profile): Root {
  const context = profileContext(profile);
  return { type: 'root', children: SECTIONS.flatMap((section) => section(context)) };
}
