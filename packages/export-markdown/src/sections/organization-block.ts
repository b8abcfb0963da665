import type { Heading, RootContent } from 'mdast';
import type { Membership, Organization } from '@profiles/model';
import type { ProfileContext } from '../context.js';
import { ENGLISH_LABELS, type Labels } from '../labels.js';
import { blocks, heading, link, list, paragraph, paragraphs, text, type Inline } from '../mdast.js';

/** What a block says when the page names a body and nothing more. */
export const NO_DETAILS = ENGLISH_LABELS.noDetails;

/** What an organization block shows besides its name, description and tasks. */
export interface OrganizationBlockOptions {
  /** Heading level of the body's name. */
  depth: Heading['depth'];
  /** List the body's memberships (false where a table elsewhere shows them, like the cabinet). */
  members: boolean;
}

/**
 * One post as a list line: "Chair: Temirov Almaz Bekovich, since 2011-10-30; preceded by …".
 *
 * @param membership The post.
 * @param context The profile's lookups.
 * @returns The line's text.
 */
export function memberLine(membership: Membership, context: ProfileContext): string {
  const { labels } = context;
  const since = membership.startDate === null ? '' : labels.since(membership.startDate);
  const until = membership.endDate === null ? '' : labels.until(membership.endDate);
  const before = membership.predecessorId === null ? '' : labels.precededBy(context.personName(membership.predecessorId));
  return `${roleLabel(membership, labels)}: ${context.personName(membership.personId)}${since}${until}${before}`;
}

/**
 * A post's role as a reader should take it: "Minister of Finance (past)" for a post the page gives
 * as ended, so that a past holder never reads as the current one.
 *
 * @param membership The post.
 * @param labels The page's language's words.
 * @returns The role, marked when past.
 */
export function roleLabel(membership: Membership, labels: Labels = ENGLISH_LABELS): string {
  return membership.status === 'ended' ? labels.pastRole(membership.role) : membership.role;
}

/**
 * A table's "Since" cell: the start date, with the end date after it for an ended post ("2000,
 * until 2005"); empty when the page gives neither.
 *
 * @param membership The post.
 * @param labels The page's language's words.
 * @returns The cell's text.
 */
export function tenureCell(membership: Membership, labels: Labels = ENGLISH_LABELS): string {
  if (membership.endDate === null) return membership.startDate ?? '';
  return labels.tenure(membership.startDate, membership.endDate);
}

/** Facts about a body as list lines, in a fixed order. */
function factLines(organization: Organization, context: ProfileContext): Inline[] {
  const { labels } = context;
  const lines: Inline[] = [];
  if (organization.founded !== null) lines.push(`${labels.founded}${organization.founded}`);
  if (organization.predecessorId !== null) lines.push(`${labels.bodyPredecessor}${context.organizationName(organization.predecessorId)}`);
  const successors = context.profile.organizations.filter((o) => o.predecessorId === organization.id).map((o) => o.name);
  if (successors.length > 0) lines.push(`${labels.succeededBy}${successors.join(', ')}`);
  if (organization.parentId !== null) lines.push(`${labels.partOf}${context.organizationName(organization.parentId)}`);
  const aliases = organization.aliases.filter((alias) => alias !== organization.name && alias !== organization.abbreviation);
  if (aliases.length > 0) lines.push(`${labels.alsoCalled}${aliases.join(', ')}`);
  if (organization.website !== null) lines.push([text(labels.website), link(organization.website)]);
  return lines;
}

/** Whether a text's last paragraph is a lead-in: it ends with a colon. */
export function endsInLeadIn(description: string | null): boolean {
  return description !== null && /:\s*$/.test(description);
}

/** Whether a body has anything to show besides its name (used for ministries, which a table already names). */
export function hasDetails(organization: Organization, context: ProfileContext): boolean {
  return (
    organization.description !== null ||
    organization.founded !== null ||
    organization.predecessorId !== null ||
    context.tasksOf(organization.id).length > 0
  );
}

/**
 * A body as a sub-section: its name (and abbreviation) as a heading; one list of its posts and
 * facts (one list, because two lists in a row need different bullets to stay apart); its
 * description; its tasks as a numbered list in the page's order.
 *
 * @param organization The body.
 * @param context The profile's lookups.
 * @param options Heading depth and whether to list the posts.
 * @returns The block's nodes.
 */
export function organizationBlock(organization: Organization, context: ProfileContext, options: OrganizationBlockOptions): RootContent[] {
  const name = organization.abbreviation === null ? organization.name : `${organization.name} (${organization.abbreviation})`;
  const members = options.members ? context.membershipsOf(organization.id).map((m) => memberLine(m, context)) : [];
  const items = [...members, ...factLines(organization, context)];
  const tasks = context.tasksOf(organization.id);
  const description = paragraphs(organization.description);
  const empty = items.length === 0 && description.length === 0 && tasks.length === 0;
  return blocks(
    heading(options.depth, name),
    items.length > 0 ? list(items) : null,
    description,
    // A description that ends in the page's own lead-in ("… shall:") introduces the list already.
    tasks.length > 0 ? [...(endsInLeadIn(organization.description) ? [] : [paragraph(context.labels.tasks)]), list(tasks.map((task) => task.text), true)] : null,
    empty ? paragraph(context.labels.noDetails) : null,
  );
}
