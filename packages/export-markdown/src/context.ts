import type { Membership, Organization, OrganizationClassification, Profile, Task } from '@profiles/model';
import { byKeys } from './compare.js';
import { labelsFor, type Labels } from './labels.js';

/**
 * Lookups every section renderer needs, built once per profile: names by ID, memberships and
 * tasks by body. A validated profile has no dangling IDs; should one slip through, the ID itself is
 * shown rather than nothing.
 */
export interface ProfileContext {
  profile: Profile;
  /** The words the page adds around the page's text, in the page's language. */
  labels: Labels;
  /** The person's name as the page writes it. */
  personName(id: string | null): string;
  /** The body's name. */
  organizationName(id: string | null): string;
  /** Bodies of one classification, in model order. */
  organizationsOf(classification: OrganizationClassification): Organization[];
  /** A body's memberships by rank (see `roleRank`), then in the page's order. */
  membershipsOf(organizationId: string): Membership[];
  /** A body's tasks in the page's order. */
  tasksOf(organizationId: string): Task[];
  /** Sorts memberships by role, then person name, then ID (code-point order). */
  byRoleThenName(a: Membership, b: Membership): number;
  /** Sorts memberships by rank (see `roleRank`), then in the page's order (first line cited), then by ID. */
  byRank(a: Membership, b: Membership): number;
}

/**
 * The rank of a post, for lists a reader scans from the top: the head of a body or government
 * first (Prime Minister, Head, Chair), then first deputies, deputies, ministers, everyone else.
 * By the words of the role, never by a country's names.
 *
 * @example roleRank('Prime Minister') // 0
 * @example roleRank('First Deputy Prime Minister') // 1
 */
export function roleRank(role: string): number {
  const r = role.toLowerCase();
  if (/\bfirst (deputy|vice)\b/.test(r)) return 1;
  if (/\b(deputy|vice)\b|\bvice-/.test(r)) return 2;
  if (/\b(prime minister|premier|head|chair|chairman|chairwoman|chairperson|co-chair|president)\b/.test(r)) return 0;
  if (/\bminister\b/.test(r)) return 3;
  return 4;
}

/** Where a record first stands on its page: its first cited line (records without one last). */
function pageLine(m: Membership): number {
  return m.provenance.length ? Math.min(...m.provenance.map((p) => p.line)) : Number.MAX_SAFE_INTEGER;
}

/** Items by a key, each group in the items' order. */
function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/**
 * Builds the lookups for one profile.
 *
 * @param profile A validated profile.
 * @returns The profile's context.
 */
export function profileContext(profile: Profile): ProfileContext {
  const persons = new Map(profile.persons.map((person) => [person.id, person.name]));
  const organizations = new Map(profile.organizations.map((organization) => [organization.id, organization.name]));
  const personName = (id: string | null): string => (id === null ? '' : (persons.get(id) ?? id));
  const byRoleThenName = byKeys((m: Membership) => [m.role, personName(m.personId), m.id]);
  const byRank = (a: Membership, b: Membership) => roleRank(a.role) - roleRank(b.role) || pageLine(a) - pageLine(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  // Memberships and tasks by body, in model order, gathered in one pass each.
  const membershipsByBody = groupBy(profile.memberships, (m) => m.organizationId);
  const tasksByBody = groupBy(profile.tasks, (t) => t.organizationId);
  return {
    profile,
    labels: labelsFor(profile.source.language),
    personName,
    organizationName: (id) => (id === null ? '' : (organizations.get(id) ?? id)),
    organizationsOf: (classification) => profile.organizations.filter((o) => o.classification === classification),
    membershipsOf: (organizationId) => [...(membershipsByBody.get(organizationId) ?? [])].sort(byRank),
    tasksOf: (organizationId) => [...(tasksByBody.get(organizationId) ?? [])].sort((a, b) => a.position - b.position),
    byRoleThenName,
    byRank,
  };
}
