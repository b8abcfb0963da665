import { normalizeKeyPart, type Organization, type Person, type ProfileEvent } from '@profiles/model';
import { addTo, compareCodePoints } from './order.js';

/** A record as one snapshot shows it, with the snapshot's place in chronological order. */
export interface Sighting<T> {
  record: T;
  /** Index of the snapshot in chronological order (oldest 0). */
  order: number;
}

/** "K.", "K.K.", "Ts.": a given name written as initials. */
const INITIALS = /^(?:\p{Lu}\p{Ll}?\.\s?){1,2}$/u;

/** How fully a record names its person: 2 with a patronymic, 1 with a given name, 0 with initials or a family name alone. */
export function nameStrength(person: Person): number {
  if (!person.givenName || INITIALS.test(person.givenName.trim())) return 0;
  return person.patronymic ? 2 : 1;
}

/** The sighting whose name is fullest: strength, then length, then the latest. */
export function bestNamed(sightings: readonly Sighting<Person>[]): Sighting<Person> {
  let best = sightings[0]!;
  for (const s of sightings.slice(1)) {
    const a = nameStrength(s.record) - nameStrength(best.record);
    const b = s.record.name.length - best.record.name.length;
    if (a > 0 || (a === 0 && (b > 0 || (b === 0 && s.order >= best.order)))) best = s;
  }
  return best;
}

/** Follows a map to its end, stopping on a cycle. */
function follow(map: Map<string, string>, id: string): string {
  const seen = new Set<string>([id]);
  let at = id;
  for (let next = map.get(at); next !== undefined && !seen.has(next); next = map.get(at)) {
    seen.add(next);
    at = next;
  }
  return at;
}

function resolved(map: Map<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const id of map.keys()) {
    const end = follow(map, id);
    if (end !== id) out.set(id, end);
  }
  return out;
}

/**
 * Persons whose IDs differ across pages but who are one person. IDs are hashes of the family and
 * given names as an unordered pair, so "Karim Masimov" and "Masimov Karim Kazhimkhanovich" already
 * share one; what does not is a name the page gives only as initials ("K. Masimov") or a family
 * name alone ("Musin"), when no full name stands on that page. Such a weak ID folds into the one
 * person of the country with that family name (and a given name of that initial) named in full;
 * when none or several fit, it stays apart — a family name never merges two people.
 *
 * @returns a map from the folded ID to the ID it folds into
 */
export function personMerges(byId: ReadonlyMap<string, readonly Sighting<Person>[]>): Map<string, string> {
  // The persons named in full somewhere, by each family name and given name they are named with.
  const strong = new Map<string, Array<{ id: string; givens: Set<string> }>>();
  for (const [id, sightings] of byId) {
    for (const { record } of sightings) {
      if (nameStrength(record) === 0) continue;
      const family = normalizeKeyPart(record.familyName);
      const list = strong.get(family) ?? [];
      strong.set(family, list);
      let entry = list.find((e) => e.id === id);
      if (!entry) list.push((entry = { id, givens: new Set() }));
      entry.givens.add(normalizeKeyPart(record.givenName!));
    }
  }
  const merges = new Map<string, string>();
  for (const [id, sightings] of byId) {
    const best = bestNamed(sightings).record;
    if (nameStrength(best) > 0) continue;
    const initial = best.givenName ? normalizeKeyPart(/^\p{Lu}\p{Ll}?/u.exec(best.givenName.trim())?.[0] ?? '') : '';
    const fits = (strong.get(normalizeKeyPart(best.familyName)) ?? []).filter((s) => s.id !== id && [...s.givens].some((g) => g.startsWith(initial)));
    if (fits.length === 1) merges.set(id, fits[0]!.id);
  }
  return merges;
}

/**
 * Organizations one page names by a name another page lists as the same body's other name
 * ("Presidential Administration" on one page, "Administration of the President", also called
 * "Presidential Administration", on another). A body folds into the one other body that lists its
 * name among its aliases; when two bodies list each other, the smaller ID (code points) stays.
 */
export function organizationMerges(byId: ReadonlyMap<string, readonly Sighting<Organization>[]>): Map<string, string> {
  const namesOf = new Map<string, Set<string>>();
  const byAlias = new Map<string, Set<string>>();
  for (const [id, sightings] of byId) {
    namesOf.set(id, new Set(sightings.map((s) => normalizeKeyPart(s.record.name))));
    for (const { record } of sightings) {
      for (const alias of record.aliases) addTo(byAlias, normalizeKeyPart(alias), id);
      if (record.abbreviation) addTo(byAlias, normalizeKeyPart(record.abbreviation), id);
    }
  }
  const proposed = new Map<string, string>();
  for (const [id, names] of namesOf) {
    const targets = new Set<string>();
    for (const name of names) for (const other of byAlias.get(name) ?? []) if (other !== id) targets.add(other);
    if (targets.size === 1) proposed.set(id, [...targets][0]!);
  }
  for (const [from, to] of [...proposed]) {
    if (proposed.get(to) === from && compareCodePoints(from, to) < 0) proposed.delete(from);
  }
  return resolved(proposed);
}

/**
 * Elections and referendums one page dates coarser than another ("On December 2005" and
 * "On December 4, 2005"): the event's ID hashes its kind and date, so the two differ. A coarse
 * event folds into the one finer event of the same kind within its date whose winner and office
 * do not contradict it.
 */
export function eventMerges(byId: ReadonlyMap<string, readonly Sighting<ProfileEvent>[]>): Map<string, string> {
  const latest = [...byId].map(([id, s]) => ({ id, event: s[s.length - 1]!.record }));
  const agree = (a: string | null, b: string | null) => a === null || b === null || a === b;
  const proposed = new Map<string, string>();
  for (const { id, event } of latest) {
    if (event.date.length === 10) continue;
    const fits = latest.filter(
      (o) =>
        o.id !== id &&
        o.event.kind === event.kind &&
        o.event.date.startsWith(`${event.date}-`) &&
        agree(o.event.personId, event.personId) &&
        agree(o.event.organizationId, event.organizationId),
    );
    // Fold into the finest of them, when exactly one is finest.
    const finest = fits.filter((f) => !fits.some((g) => g !== f && g.event.date.startsWith(`${f.event.date}-`)));
    if (finest.length === 1) proposed.set(id, finest[0]!.id);
  }
  return resolved(proposed);
}
