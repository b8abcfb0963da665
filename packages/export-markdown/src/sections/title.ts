import type { RootContent } from 'mdast';
import type { ProfileContext } from '../context.js';
import { comment, heading } from '../mdast.js';

/** The page title and the "generated" note, as an HTML comment: for tools and editors, not shown to readers. */
export function titleSection({ profile }: ProfileContext): RootContent[] {
  const { file, country, section } = profile.source;
  return [
    heading(1, `${country.name}: ${section}`),
    comment(`Generated from ${file} by country-profiles; do not edit by hand.`),
  ];
}
