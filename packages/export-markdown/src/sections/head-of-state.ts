import type { RootContent } from 'mdast';
import type { ProfileContext } from '../context.js';
import { blocks, heading } from '../mdast.js';
import { organizationBlock } from './organization-block.js';

/** The head of state: each `head-of-state` body with its holders, facts, description and tasks. */
export function headOfStateSection(context: ProfileContext): RootContent[] {
  const bodies = context.organizationsOf('head-of-state');
  if (bodies.length === 0) return [];
  return blocks(
    heading(2, context.labels.headings.headOfState),
    bodies.flatMap((body) => organizationBlock(body, context, { depth: 3, members: true })),
  );
}
