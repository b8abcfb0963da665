import { normalizeKeyPart } from '@profiles/model';
import { compareKeys, pushTo } from './order.js';
import type { CountryDataset, MembershipStatus } from './schema.js';

/** One holder of a post over time. */
export interface HolderHistory {
  membershipId: string;
  personId: string;
  person: string;
  title: string;
  /** The start date the page states ("appointed in September, 2012" → 2012-09), as is. */
  startDate: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
  status: MembershipStatus;
  /** When the post ended, where the page says so. */
  endDate: string | null;
  endedBefore: string | null;
}

/** A post (a role in a body, or a title naming no body) and everyone seen holding it, oldest first. */
export interface PostHistory {
  organizationId: string | null;
  organization: string | null;
  role: string;
  holders: HolderHistory[];
}

/**
 * The posts of a country over time, for "Prime Minister: A, seen 2012-03-05 – 2012-03-05, gone by
 * 2012-10-01; B, appointed 2012-09, seen since 2012-10-01, current": one entry per post, sorted
 * by body name, then role; holders sorted by first seen, then name. Data only; the wording is
 * the exporter's.
 */
export function postsOverTime(dataset: CountryDataset): PostHistory[] {
  const persons = new Map(dataset.persons.map((p) => [p.id, p.name]));
  const orgs = new Map(dataset.organizations.map((o) => [o.id, o.name]));
  const posts = new Map<string, typeof dataset.memberships>();
  for (const m of dataset.memberships) {
    pushTo(posts, `${m.organizationId ?? `title:${normalizeKeyPart(m.title)}`}\u0000${normalizeKeyPart(m.role)}`, m);
  }
  return [...posts.values()]
    .map((list) => {
      const first = list[0]!;
      const holders = list
        .map((m) => ({
          membershipId: m.id,
          personId: m.personId,
          person: persons.get(m.personId) ?? m.personId,
          title: m.title,
          startDate: m.startDate,
          firstSeen: m.firstSeen,
          lastSeen: m.lastSeen,
          status: m.status,
          endDate: m.endDate,
          endedBefore: m.endedBefore,
        }))
        .sort((a, b) => compareKeys([a.firstSeen ?? '', a.person, a.membershipId], [b.firstSeen ?? '', b.person, b.membershipId]));
      return {
        organizationId: first.organizationId,
        organization: first.organizationId === null ? null : (orgs.get(first.organizationId) ?? first.organizationId),
        role: first.role,
        holders,
      };
    })
    .sort((a, b) => compareKeys([a.organization ?? '', a.role, a.organizationId ?? '', a.holders[0]!.title], [b.organization ?? '', b.role, b.organizationId ?? '', b.holders[0]!.title]));
}
