import type { Profile } from '@profiles/model';

/** Looks up the name a reference points to, within one profile (references never cross pages). */
export interface Names {
  person(id: string): string;
  organization(id: string): string;
  /** Like `person`, but passes `null` through. */
  personOrNull(id: string | null): string | null;
  /** Like `organization`, but passes `null` through. */
  organizationOrNull(id: string | null): string | null;
}

/**
 * Indexes a profile's persons and organizations by ID, so that each row can carry the names its
 * IDs point to. A reference that does not resolve is a bug upstream (validation checks them), so
 * it throws.
 */
export function namesOf(profile: Profile): Names {
  const persons = new Map(profile.persons.map((p) => [p.id, p.name]));
  const organizations = new Map(profile.organizations.map((o) => [o.id, o.name]));
  const find = (index: Map<string, string>, what: string) => (id: string) => {
    const name = index.get(id);
    if (name === undefined) throw new Error(`${profile.source.file}: ${what} ${id} is not in the profile`);
    return name;
  };
  const person = find(persons, 'person');
  const organization = find(organizations, 'organization');
  return {
    person,
    organization,
    personOrNull: (id) => (id === null ? null : person(id)),
    organizationOrNull: (id) => (id === null ? null : organization(id)),
  };
}
