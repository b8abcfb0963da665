import type { RootContent } from 'mdast';
import type { ProfileContext } from '../context.js';
import { blocks, heading } from '../mdast.js';
import { organizationBlock } from './organization-block.js';

/** Bodies the rules could not classify (`other`), shown like advisory bodies so none is invisible. */
export function otherBodiesSection(context: ProfileContext): RootContent[] {
  const bodies = context.organizationsOf('other');
  if (bodies.length === 0) return [];
  return blocks(
    heading(2, context.labels.headings.otherBodies),
    bodies.flatMap((body) => organizationBlock(body, context, { depth: 3, members: true })),
  );
}
