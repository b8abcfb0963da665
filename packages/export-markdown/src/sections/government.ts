import type { RootContent } from 'mdast';
import type { Membership } from '@profiles/model';
import type { ProfileContext } from '../context.js';
import { blocks, heading, table } from '../mdast.js';
import { organizationBlock, roleLabel, tenureCell } from './organization-block.js';

/** The cabinet: posts in the government itself and in its ministries, by rank (head of government, first deputies, deputies, ministers), then in the page's order. */
export function cabinetMemberships(context: ProfileContext): Membership[] {
  const cabinetBodies = new Set(
    context.profile.organizations.filter((o) => o.classification === 'government' || o.classification === 'ministry').map((o) => o.id),
  );
  return context.profile.memberships.filter((m) => m.organizationId !== null && cabinetBodies.has(m.organizationId)).sort(context.byRank);
}

/**
 * The government (description, tasks) and the cabinet as a table by rank, then in the page's order:
 * role, person, since, predecessor, the body the post is in, and the title as the page writes it
 * (a column empty on every row is left out).
 */
export function governmentSection(context: ProfileContext): RootContent[] {
  const bodies = context.organizationsOf('government');
  const cabinet = cabinetMemberships(context);
  const { headings, columns } = context.labels;
  if (bodies.length === 0 && cabinet.length === 0) return [];
  return blocks(
    heading(2, headings.government),
    bodies.flatMap((body) => organizationBlock(body, context, { depth: 3, members: false })),
    cabinet.length === 0
      ? null
      : [
          heading(3, headings.cabinet),
          table(
            [columns.role, columns.person, columns.since, columns.predecessor, columns.body, columns.title],
            cabinet.map((m) => [
              roleLabel(m, context.labels),
              context.personName(m.personId),
              tenureCell(m, context.labels),
              context.personName(m.predecessorId),
              context.organizationName(m.organizationId),
              m.title,
            ]),
          ),
        ],
  );
}
