import type { RootContent } from 'mdast';
import type { ProfileContext } from '../context.js';
import { blocks, heading } from '../mdast.js';
import { organizationBlock } from './organization-block.js';

/** The head of state's administration: its heads, founding date, description and numbered tasks. */
export function administrationSection(context: ProfileContext): RootContent[] {
  const bodies = context.organizationsOf('administration');
  if (bodies.length === 0) return [];
  return blocks(
    heading(2, context.labels.headings.administration),
    bodies.flatMap((body) => organizationBlock(body, context, { depth: 3, members: true })),
  );
}
