import type { RootContent } from 'mdast';
import type { ProfileContext } from '../context.js';
import { byKeys } from '../compare.js';
import { heading, paragraph, table } from '../mdast.js';
import { roleLabel, tenureCell } from './organization-block.js';

/** What the Role cell says for a person the page names without a post (a predecessor, say). */
export const NO_POST = '(no post on this page)';

/**
 * Posts no other section shows: memberships whose title names no body this dataset describes, then
 * the people the page names without any post. Sorted by role then name, so every person and every
 * post in the dataset is visible somewhere on the page.
 */
export function otherPostsSection(context: ProfileContext): RootContent[] {
  const { profile } = context;
  const posts = profile.memberships.filter((m) => m.organizationId === null).sort(context.byRoleThenName);
  const holders = new Set(profile.memberships.map((m) => m.personId));
  const unplaced = profile.persons.filter((p) => !holders.has(p.id)).sort(byKeys((p) => [p.name, p.id]));
  if (posts.length === 0 && unplaced.length === 0) return [];
  return [
    heading(2, 'Other posts'),
    paragraph('Posts outside the bodies above, and people the page names without a post.'),
    table(
      ['Role', 'Person', 'Since', 'Predecessor', 'Title'],
      [
        ...posts.map((m) => [roleLabel(m), context.personName(m.personId), tenureCell(m), context.personName(m.predecessorId), m.title]),
        ...unplaced.map((p) => [NO_POST, p.name, '', '', '']),
      ],
    ),
  ];
}
