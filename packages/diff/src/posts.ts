import type { Membership } from '@profiles/model';
import type { DatasetIndex } from './dataset-index.js';
import { postLabel, type NameLookup } from './labels.js';
import { compareKeys } from './order.js';
import type { Holder, Move, PostChange, PostRef } from './types.js';

/** The memberships at one post on one side, by holder. */
interface PostHolders {
  page: string;
  organizationId: string | null;
  role: string;
  holders: Map<string, Membership>;
}

/** Groups one side's memberships by post: (page, organization, role). */
function postsOf(index: DatasetIndex): Map<string, PostHolders> {
  const posts = new Map<string, PostHolders>();
  for (const entity of index.entities.values()) {
    if (entity.kind !== 'membership') continue;
    const m = entity.record as Membership;
    // A past post is no one's now: its holder left it, even while the page still names them.
    if (m.status === 'ended') continue;
    const key = `${entity.page}\u0000${m.organizationId ?? ''}\u0000${m.role}`;
    let post = posts.get(key);
    if (!post) {
      post = { page: entity.page, organizationId: m.organizationId, role: m.role, holders: new Map() };
      posts.set(key, post);
    }
    if (!post.holders.has(m.personId)) post.holders.set(m.personId, m);
  }
  return posts;
}

function holder(page: string, m: Membership, names: NameLookup): Holder {
  return { personId: m.personId, name: names.person(page, m.personId)!, membershipId: m.id, title: m.title, startDate: m.startDate };
}

const byName = (a: Holder, b: Holder) => compareKeys([a.name, a.personId], [b.name, b.personId]);

/**
 * The posts whose holders changed. Within one post (several deputies may hold the same role), the
 * holders who left are paired with the holders who came in by name order; an unpaired holder is a
 * row with `after` (post vacated) or `before` (post newly filled) null.
 */
export function postChanges(base: DatasetIndex, head: DatasetIndex, beforeNames: NameLookup, afterNames: NameLookup): PostChange[] {
  const before = postsOf(base);
  const after = postsOf(head);
  const rows: PostChange[] = [];
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const b = before.get(key);
    const a = after.get(key);
    const post = (a ?? b)!;
    const left = [...(b?.holders.values() ?? [])]
      .filter((m) => !a?.holders.has(m.personId))
      .map((m) => holder(post.page, m, beforeNames))
      .sort(byName);
    const came = [...(a?.holders.values() ?? [])]
      .filter((m) => !b?.holders.has(m.personId))
      .map((m) => holder(post.page, m, afterNames))
      .sort(byName);
    if (!left.length && !came.length) continue;
    const organization = a ? afterNames.organization(post.page, post.organizationId) : beforeNames.organization(post.page, post.organizationId);
    const sample = (a?.holders.values().next().value ?? b?.holders.values().next().value)!;
    const label = postLabel({ role: post.role, title: sample.title }, organization);
    for (let i = 0; i < Math.max(left.length, came.length); i += 1) {
      const gone = left[i] ?? null;
      const next = came[i] ?? null;
      rows.push({
        page: post.page,
        post: label,
        organizationId: post.organizationId,
        organization,
        role: post.role,
        before: gone,
        after: next,
        since: next?.startDate ?? null,
      });
    }
  }
  return rows.sort((x, y) =>
    compareKeys(
      [x.post, x.page, x.before?.name ?? '', x.after?.name ?? '', x.before?.personId ?? '', x.after?.personId ?? ''],
      [y.post, y.page, y.before?.name ?? '', y.after?.name ?? '', y.before?.personId ?? '', y.after?.personId ?? ''],
    ),
  );
}

function postRef(row: PostChange, side: Holder): PostRef {
  return {
    page: row.page,
    post: row.post,
    organizationId: row.organizationId,
    organization: row.organization,
    role: row.role,
    title: side.title,
    membershipId: side.membershipId,
  };
}

/**
 * Persons who left a post and took another: one move per pair of a post left and a post taken by
 * the same person ID, paired in post order, posts handed over to a successor first.
 */
export function movesOf(posts: readonly PostChange[]): Move[] {
  const left = new Map<string, PostRef[]>();
  const took = new Map<string, { ref: PostRef; holder: Holder }[]>();
  // A post the person handed over to a successor pairs first: that is the post they moved from in a
  // reshuffle; a post that simply ended pairs only when no handed-over post is left.
  const handedOverFirst = [...posts.filter((row) => row.after), ...posts.filter((row) => !row.after)];
  for (const row of handedOverFirst) {
    if (row.before) left.set(row.before.personId, [...(left.get(row.before.personId) ?? []), postRef(row, row.before)]);
  }
  for (const row of posts) {
    if (row.after) took.set(row.after.personId, [...(took.get(row.after.personId) ?? []), { ref: postRef(row, row.after), holder: row.after }]);
  }
  const moves: Move[] = [];
  for (const [personId, from] of left) {
    const to = took.get(personId);
    if (!to) continue;
    // `posts` is sorted by post, so both lists are in post order (handed-over posts first).
    for (let i = 0; i < Math.min(from.length, to.length); i += 1) {
      const next = to[i]!;
      moves.push({ personId, name: next.holder.name, from: from[i]!, to: next.ref, since: next.holder.startDate });
    }
  }
  return moves.sort((x, y) => compareKeys([x.name, x.personId, x.from.post, x.to.post], [y.name, y.personId, y.from.post, y.to.post]));
}
