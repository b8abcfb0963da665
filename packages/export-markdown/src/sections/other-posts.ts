import type { RootContent } from 'mdast';
import type { ProfileContext } from '../context.js';
import { byKeys } from '../compare.js';
import { ENGLISH_LABELS } from '../labels.js';
import { heading, paragraph, table } from '../mdast.js';
import { roleLabel, tenureCell } from './organization-block.js';

/** What the Role cell says for a person the page names without a post (a predecessor, say). */
export const NO_POST = ENGLISH_LABELS.noPost;

/**
 * Posts no other section shows: memberships whose title names no body this dataset describes, then
 * the people the page names without any post. Sorted by role then name, so every person and every
 * post in the dataset is visible somewhere on the page.
 */
export function otherPostsSection(context: ProfileContext): RootContent[] {
  const { profile, labels } = context;
  const posts = profile.memberships.filter((m) => m.organizationId === null).sort(context.byRoleThenName);
  const holders = new Set(profile.memberships.map((m) => m.personId));
  const unplaced = profile.persons.filter((p) => !holders.has(p.id)).sort(byKeys((p) => [p.name, p.id]));
  if (posts.length === 0 && unplaced.length === 0) return [];
  return [
    heading(2, labels.headings.otherPosts),
    paragraph(labels.otherPostsLead),
    table(
      [labels.columns.role, labels.columns.person, labels.columns.since, labels.columns.predecessor, labels.columns.title],
      [
        ...posts.map((m) => [roleLabel(m, labels), context.personName(m.personId), tenureCell(m, labels), context.personName(m.predecessorId), m.title]),
        ...unplaced.map((p) => [labels.noPost, p.name, '', '', '']),
      ],
    ),
  ];
}
