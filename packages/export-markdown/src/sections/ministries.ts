import type { RootContent } from 'mdast';
import type { ProfileContext } from '../context.js';
import { blocks, heading, link, table } from '../mdast.js';
import { hasDetails, organizationBlock } from './organization-block.js';

/**
 * Ministries and official sites, in the page's order: every ministry and every other body with a
 * website. Ministries with more to say (description, tasks, founding) follow as sub-sections;
 * their posts are in the cabinet table.
 */
export function ministriesSection(context: ProfileContext): RootContent[] {
  const rows = context.profile.organizations.filter((o) => o.classification === 'ministry' || o.website !== null);
  if (rows.length === 0) return [];
  const detailed = context.organizationsOf('ministry').filter((o) => hasDetails(o, context));
  return blocks(
    heading(2, context.labels.headings.ministries),
    table(
      [context.labels.columns.body, context.labels.columns.website],
      rows.map((o) => [o.name, o.website === null ? '' : link(o.website)]),
    ),
    detailed.flatMap((body) => organizationBlock(body, context, { depth: 3, members: false })),
  );
}
