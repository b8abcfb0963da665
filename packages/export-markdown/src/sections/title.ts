import type { RootContent } from 'mdast';
import type { ProfileContext } from '../context.js';
import { code, comment, heading, paragraph, text } from '../mdast.js';

/**
 * The page title and the "generated" note, twice: as an HTML comment for tools that look for one,
 * and as a visible line for people.
 */
export function titleSection({ profile }: ProfileContext): RootContent[] {
  const { file, country, section } = profile.source;
  return [
    heading(1, `${country.name}: ${section}`),
    comment(`Generated from ${file} by country-profiles; do not edit by hand.`),
    paragraph(text('Generated from '), code(file), text(' by country-profiles; do not edit by hand.')),
  ];
}
