import type { RootContent } from 'mdast';
import type { ProfileContext } from '../context.js';
import { blocks, heading } from '../mdast.js';
import { organizationBlock } from './organization-block.js';

/** Each advisory body under its own heading, in the page's order: its head, predecessor, description, tasks. */
export function advisoryBodiesSection(context: ProfileContext): RootContent[] {
  const bodies = context.organizationsOf('advisory-body');
  if (bodies.length === 0) return [];
  return blocks(
    heading(2, context.labels.headings.advisoryBodies),
    bodies.flatMap((body) => organizationBlock(body, context, { depth: 3, members: true })),
  );
}
