import type { Membership, Organization, OrganizationClassification, Profile, Task } from '@profiles/model';
import { byKeys } from './compare.js';

/**
 * Lookups every section renderer needs, built once per profile: names by ID, memberships and
 * tasks by body. A validated profile has no dangling IDs; should one slip through, the ID itself is
 * shown rather than nothing.
 */
export interface ProfileContext {
  profile: Profile;
  /** The person's name as the page writes it. */
  personName(id: string | null): string;
  /** The body's name. */
  organizationName(id: string | null): string;
  /** Bodies of one classification, in model order. */
  organizationsOf(classification: OrganizationClassification): Organization[];
  /** A body's memberships, sorted by role then person name. */
  membershipsOf(organizationId: string): Membership[];
  /** A body's tasks in the page's order. */
  tasksOf(organizationId: string): Task[];
  /** Sorts memberships by role, then person name, then ID (code-point order). */
  byRoleThenName(a: Membership, b: Membership): number;
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
  // Memberships and tasks by body, in model order, gathered in one pass each.
  const membershipsByBody = groupBy(profile.memberships, (m) => m.organizationId);
  const tasksByBody = groupBy(profile.tasks, (t) => t.organizationId);
  return {
    profile,
    personName,
    organizationName: (id) => (id === null ? '' : (organizations.get(id) ?? id)),
    organizationsOf: (classification) => profile.organizations.filter((o) => o.classification === classification),
    membershipsOf: (organizationId) => [...(membershipsByBody.get(organizationId) ?? [])].sort(byRoleThenName),
    tasksOf: (organizationId) => [...(tasksByBody.get(organizationId) ?? [])].sort((a, b) => a.position - b.position),
    byRoleThenName,
  };
}
