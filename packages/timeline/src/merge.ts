import {
  makeId,
  normalizeKeyPart,
  ProfileError,
  SCHEMA_VERSION,
  type Group,
  type Material,
  type Membership,
  type Organization,
  type Person,
  type Profile,
  type ProfileEvent,
  type Provenance,
  type Statistic,
  type Task,
} from '@profiles/model';
import { bestNamed, eventMerges, organizationMerges, personMerges, type Sighting } from './identity.js';
import { keptOrders, languageLinks } from './language-links.js';
import { addTo, byId, compareCodePoints, compareKeys, pushTo, sortedUnique } from './order.js';
import type { CountryDataset, MembershipView, MergedMembership, MergedPerson, Seen, Snapshot, SnapshotInfo } from './schema.js';
import { TIMELINE_VERSION } from './schema.js';
import { compareSnapshots, snapshotOf } from './snapshot.js';

type Keyed = { id: string; provenance: Provenance[] };

/** A snapshot and its profile, in chronological order. */
interface Taken {
  info: SnapshotInfo;
  profile: Profile;
}

/** The snapshots of one country, oldest first, checked to be orderable. */
function takeSnapshots(profiles: readonly Profile[]): Taken[] {
  if (profiles.length === 0) throw new TypeError('mergeCountry needs at least one profile');
  const code = profiles[0]!.source.country.code;
  const taken = profiles.map((profile) => {
    if (profile.source.country.code !== code) {
      throw new ProfileError(profile.source.file, `is a page of ${profile.source.country.code}, not ${code}: merge one country at a time (mergeCountries)`);
    }
    return { info: snapshotOf(profile), profile };
  });
  taken.sort((a, b) => compareSnapshots(a.info, b.info));
  const files = new Map<string, string>();
  const dated = new Map<string, string>();
  const pages = new Map<string, Taken[]>();
  for (const t of taken) {
    const { id, file, page, date } = t.info;
    if (files.has(id)) throw new ProfileError(file, 'the same page file is given twice');
    files.set(id, file);
    const key = `${page}\u0000${date ?? ''}`;
    const other = dated.get(key);
    if (other !== undefined) throw new ProfileError(file, `two snapshots of ${page} dated ${date ?? '(none)'}: this one and ${other}`);
    dated.set(key, file);
    pushTo(pages, page, t);
  }
  for (const [page, list] of pages) {
    const undated = list.find((t) => t.info.date === null);
    if (undated && list.length > 1) {
      throw new ProfileError(
        undated.info.file,
        `snapshot of ${page} has no date, and the page has other snapshots: name it raw/<country>/<section>/<YYYY-MM-DD>.<ext> or give its sidecar "retrieved"`,
      );
    }
  }
  return taken;
}

/**
 * Every provenance entry of the sightings once, the kept language's pages first (a person linked
 * across languages is cited from the English page first), then by file, line, end line, element
 * and quote (code points).
 */
function unionProvenance(sightings: readonly Sighting<Keyed>[], taken: readonly Taken[]): Provenance[] {
  const otherLanguage = otherLanguageFiles(taken);
  const all = new Map<string, { key: string[]; p: Provenance }>();
  for (const { record } of sightings) {
    for (const p of record.provenance) {
      const key = [otherLanguage.has(p.file) ? '1' : '0', p.file, String(p.line).padStart(10, '0'), String(p.endLine).padStart(10, '0'), p.element ?? '', p.quote];
      const joined = key.join('\u0000');
      if (!all.has(joined)) all.set(joined, { key, p });
    }
  }
  return [...all.values()].sort((a, b) => compareKeys(a.key, b.key)).map((e) => e.p);
}

/** The files of the pages not in the kept language (`keptLanguage`), by snapshot list. */
const otherFilesOf = new WeakMap<readonly Taken[], Set<string>>();
function otherLanguageFiles(taken: readonly Taken[]): Set<string> {
  let files = otherFilesOf.get(taken);
  if (!files) {
    const kept = keptOrders(taken);
    files = new Set(taken.filter((_, order) => !kept.has(order)).map((t) => t.info.file));
    otherFilesOf.set(taken, files);
  }
  return files;
}

/**
 * One record from its sightings, oldest first: every field as the latest sighting has it, a null
 * field filled from the latest sighting that states it (a start date one snapshot gives and the
 * next leaves out is kept), every provenance entry, and when and where it was seen.
 */
function mergeSightings<T extends Keyed>(sightings: readonly Sighting<T>[], taken: readonly Taken[], mergedIds: Iterable<string>): T & Seen {
  const latest = sightings[sightings.length - 1]!.record;
  const merged: Record<string, unknown> = { ...latest };
  // What the latest snapshot does not say (null, or an empty list such as an election's results), an earlier one may.
  const unsaid = (value: unknown) => value === null || value === undefined || (Array.isArray(value) && value.length === 0);
  for (const [field, value] of Object.entries(latest)) {
    if (!unsaid(value)) continue;
    for (let i = sightings.length - 2; i >= 0; i -= 1) {
      const earlier = (sightings[i]!.record as Record<string, unknown>)[field];
      if (!unsaid(earlier)) {
        merged[field] = earlier;
        break;
      }
    }
  }
  merged.provenance = unionProvenance(sightings, taken);
  return { ...(merged as T), ...seenOf(sightings, taken, merged.id as string, mergedIds) };
}

function seenOf(sightings: readonly Sighting<unknown>[], taken: readonly Taken[], id: string, mergedIds: Iterable<string>): Seen {
  const infos = [...new Set(sightings.map((s) => s.order))].sort((a, b) => a - b).map((o) => taken[o]!.info);
  const dates = infos.map((i) => i.date).filter((d): d is string => d !== null);
  return {
    firstSeen: dates.length ? dates.reduce((a, b) => (b < a ? b : a)) : null,
    lastSeen: dates.length ? dates.reduce((a, b) => (b > a ? b : a)) : null,
    pages: sortedUnique(infos.map((i) => i.page)),
    sourceIds: [...new Set(infos.map((i) => i.id))],
    mergedIds: sortedUnique([...mergedIds].filter((m) => m !== id)),
  };
}

/**
 * The persons' folds of both kinds, each followed to its end: a weak name into a full one
 * (`personMerges`), a person of another language's page into the kept language's
 * (`languageLinks`). A weak name's fold comes first: "К. Масимов" → "Масимов Карим" → "Masimov Karim".
 */
function foldedPersons(merges: ReadonlyMap<string, string>, links: ReadonlyMap<string, string>): Map<string, string> {
  const all = new Map([...links, ...merges]);
  const out = new Map<string, string>();
  for (const id of all.keys()) {
    const seen = new Set([id]);
    let at = id;
    for (let next = all.get(at); next !== undefined && !seen.has(next); next = all.get(at)) seen.add((at = next));
    if (at !== id) out.set(id, at);
  }
  return out;
}

/**
 * The name a person keeps: the fullest of the kept language's sightings (all sightings when none
 * is in it), with the patronymic another language's page gives where the kept one gives none
 * ("Igor Rogov" and "Рогов Игорь Николаевич": the patronymic "Николаевич", as written).
 */
function keptName(sightings: readonly Sighting<Person>[], kept: ReadonlySet<number>): Pick<Person, 'name' | 'familyName' | 'givenName' | 'patronymic'> {
  const own = sightings.filter((s) => kept.has(s.order));
  const best = bestNamed(own.length ? own : sightings).record;
  const patronymic = best.patronymic ?? (own.length ? (bestNamed(sightings).record.patronymic ?? null) : null);
  return { name: best.name, familyName: best.familyName, givenName: best.givenName, patronymic };
}

/** Collects sightings by a key, in snapshot order. */
class Collector<T> {
  readonly byKey = new Map<string, Sighting<T>[]>();
  readonly originalIds = new Map<string, Set<string>>();
  add(key: string, record: T, order: number, originalId: string): void {
    pushTo(this.byKey, key, { record, order });
    addTo(this.originalIds, key, originalId);
  }
}

/**
 * The status of a membership from the snapshots that show it. The latest evidence wins:
 * it is `ended` when some page that showed it has a snapshot dated after its last sighting
 * on any page (that snapshot no longer shows it), with `endedBefore` the date of the first
 * such snapshot; else `current`. On one page this reads: current when the page's latest
 * snapshot shows it. Across two sections, a stale page that still lists a post keeps it
 * current only if it is at least as recent as the page that dropped it; a sighting and an
 * absence on the same date make it current.
 */
function statusOf(shownIn: ReadonlySet<number>, taken: readonly Taken[], byPage: ReadonlyMap<string, readonly number[]>): Pick<MergedMembership, 'status' | 'endedBefore'> {
  const shown = [...shownIn].map((o) => taken[o]!.info);
  const dates = shown.map((i) => i.date).filter((d): d is string => d !== null);
  if (!dates.length) return { status: 'current', endedBefore: null };
  const last = dates.reduce((a, b) => (b > a ? b : a));
  let endedBefore: string | null = null;
  for (const page of new Set(shown.map((i) => i.page))) {
    // The page's snapshots are in date order: the first one dated after `last` (which cannot show it).
    const next = byPage.get(page)!.map((o) => taken[o]!.info.date).find((d) => d !== null && d > last);
    if (next !== undefined && next !== null && (endedBefore === null || next < endedBefore)) endedBefore = next;
  }
  return endedBefore === null ? { status: 'current', endedBefore: null } : { status: 'ended', endedBefore };
}

/**
 * Every page and snapshot of one country as one dataset: each person, organization, membership,
 * event, task, statistic, group and material once, with every page it appears on in its
 * provenance, the dates it was first and last seen, and for a membership whether it is current.
 * Each snapshot keeps its own source, notes and issues. Pure and deterministic: records sorted by
 * ID in code-point order, snapshots by page then date.
 *
 * Throws a `ProfileError` naming the file when the profiles are of several countries, the same
 * file comes twice, two snapshots of one page have one date, or a page with several snapshots has
 * one without a date.
 */
export function mergeCountry(profiles: readonly Profile[]): CountryDataset {
  // A build's exporters each merge the same pages (the same objects): the last merge is reused.
  const last = lastMerge.get(profiles[0] ?? EMPTY);
  if (last && last.profiles.length === profiles.length && last.profiles.every((p, i) => p === profiles[i])) return last.dataset;
  const dataset = mergeCountryAnew(profiles);
  if (profiles[0]) lastMerge.set(profiles[0], { profiles: [...profiles], dataset });
  return dataset;
}

/** The last merge of a set of pages, by its first page: dropped with the pages. */
const lastMerge = new WeakMap<Profile, { profiles: Profile[]; dataset: CountryDataset }>();
const EMPTY = {} as Profile;

/** A membership with its references resolved, the record as its page gave it, and its snapshot. */
interface ResolvedMembership {
  m: Membership;
  original: Membership;
  order: number;
}

/** How the IDs of one page map to the merged dataset's: persons and bodies that the IDs alone do not join. */
interface Refs {
  pid: (id: string) => string;
  oid: (id: string | null) => string | null;
}

/** Every snapshot's records, their references resolved, collected by merged ID. */
interface Resolved {
  persons: Collector<Person>;
  orgs: Collector<Organization>;
  memberships: ResolvedMembership[];
  events: Collector<ProfileEvent>;
  tasks: Collector<Task>;
  statistics: Collector<Statistic>;
  groups: Collector<Group>;
  materials: Collector<Material>;
}

/** Step 1: the identities the IDs alone do not join (a weak name, another language's page, a renamed body). */
function identityRefs(taken: readonly Taken[]): Refs {
  const rawPersons = new Map<string, Sighting<Person>[]>();
  const rawOrgs = new Map<string, Sighting<Organization>[]>();
  taken.forEach(({ profile }, order) => {
    for (const p of profile.persons) pushTo(rawPersons, p.id, { record: p, order });
    for (const o of profile.organizations) pushTo(rawOrgs, o.id, { record: o, order });
  });
  const personMap = foldedPersons(personMerges(rawPersons), languageLinks(taken));
  const orgMap = organizationMerges(rawOrgs);
  return {
    pid: (id) => personMap.get(id) ?? id,
    oid: (id) => (id === null ? null : (orgMap.get(id) ?? id)),
  };
}

/** A body's record under its merged ID; a parent or predecessor folded into the body itself is none. */
function resolvedOrganization(o: Organization, { oid }: Refs): Organization {
  const id = oid(o.id)!;
  const parentId = oid(o.parentId);
  const predecessorId = oid(o.predecessorId);
  return { ...o, id, parentId: parentId === id ? null : parentId, predecessorId: predecessorId === id ? null : predecessorId };
}

function resolvedMembership(m: Membership, { pid, oid }: Refs): Membership {
  const personId = pid(m.personId);
  const predecessorId = m.predecessorId === null ? null : pid(m.predecessorId);
  return { ...m, personId, organizationId: oid(m.organizationId), predecessorId: predecessorId === personId ? null : predecessorId };
}

function resolvedEvent(e: ProfileEvent, { pid, oid }: Refs): ProfileEvent {
  const results = e.results.map((r) => ({ ...r, personId: pid(r.personId) }));
  return { ...e, personId: e.personId === null ? null : pid(e.personId), organizationId: oid(e.organizationId), results };
}

/**
 * One page's tasks under their merged bodies. The ingest's task ID hashes its body's ID: a task
 * of a folded body gets the ID it would have under the body it folds into.
 */
function resolvedTasks(tasks: readonly Task[], { oid }: Refs, cc: string): Task[] {
  const occurrences = new Map<string, number>();
  return tasks.map((t) => {
    const organizationId = oid(t.organizationId)!;
    if (organizationId === t.organizationId) return t;
    const key = `${organizationId}\u0000${normalizeKeyPart(t.text)}`;
    const n = (occurrences.get(key) ?? 0) + 1;
    occurrences.set(key, n);
    return { ...t, id: makeId('task', cc, [organizationId, t.text, ...(n === 1 ? [] : [String(n)])]), organizationId };
  });
}

/** Step 2: every snapshot's records with their references resolved. */
function resolveSnapshots(taken: readonly Taken[], refs: Refs, cc: string): Resolved {
  const out: Resolved = {
    persons: new Collector(),
    orgs: new Collector(),
    memberships: [],
    events: new Collector(),
    tasks: new Collector(),
    statistics: new Collector(),
    groups: new Collector(),
    materials: new Collector(),
  };
  taken.forEach(({ profile }, order) => {
    for (const p of profile.persons) out.persons.add(refs.pid(p.id), { ...p, id: refs.pid(p.id) }, order, p.id);
    for (const o of profile.organizations) out.orgs.add(refs.oid(o.id)!, resolvedOrganization(o, refs), order, o.id);
    for (const m of profile.memberships) out.memberships.push({ m: resolvedMembership(m, refs), original: m, order });
    for (const e of profile.events) out.events.add(e.id, resolvedEvent(e, refs), order, e.id);
    resolvedTasks(profile.tasks, refs, cc).forEach((task, i) => out.tasks.add(task.id, task, order, profile.tasks[i]!.id));
    for (const s of profile.statistics) out.statistics.add(s.id, s, order, s.id);
    for (const g of profile.groups) out.groups.add(g.id, { ...g, memberIds: [...new Set(g.memberIds.map(refs.pid))] }, order, g.id);
    for (const m of profile.materials) out.materials.add(m.id, m, order, m.id);
  });
  return out;
}

/**
 * Step 3: a membership whose title names no body on its page, where another page (or the same
 * person's same title elsewhere) says which body it is.
 */
function withBodiesFromTitles(memberships: readonly ResolvedMembership[], orgs: Collector<Organization>): ResolvedMembership[] {
  const orgByName = new Map<string, Set<string>>();
  for (const [id, sightings] of orgs.byKey) {
    for (const { record } of sightings) for (const name of [record.name, ...record.aliases]) addTo(orgByName, normalizeKeyPart(name), id);
  }
  const titled = new Map<string, Set<string>>();
  for (const { m } of memberships) {
    if (m.organizationId !== null) addTo(titled, `${m.personId}\u0000${normalizeKeyPart(m.title)}`, m.organizationId);
  }
  const only = (ids: Set<string> | undefined) => (ids?.size === 1 ? [...ids][0]! : null);
  return memberships.map((entry) => {
    if (entry.m.organizationId !== null) return entry;
    const title = normalizeKeyPart(entry.m.title);
    const body = only(titled.get(`${entry.m.personId}\u0000${title}`)) ?? only(orgByName.get(title));
    return body === null ? entry : { ...entry, m: { ...entry.m, organizationId: body } };
  });
}

/**
 * Step 4: membership IDs: unchanged where the references are; else the ID of the one unchanged
 * membership with the same person, body (or title) and role; else the ingest's formula. Also
 * each snapshot's view of its memberships.
 */
function stableMemberships(resolved: readonly ResolvedMembership[], cc: string): { memberships: Collector<Membership>; views: Map<number, Map<string, MembershipView>> } {
  const semantic = (m: Membership) => [m.personId, m.organizationId ?? normalizeKeyPart(m.title), normalizeKeyPart(m.role)].join('\u0000');
  const isUnchanged = (e: ResolvedMembership) => e.m.personId === e.original.personId && e.m.organizationId === e.original.organizationId;
  const unchangedBySemantic = new Map<string, Set<string>>();
  for (const e of resolved) if (isUnchanged(e)) addTo(unchangedBySemantic, semantic(e.m), e.m.id);
  const memberships = new Collector<Membership>();
  const views = new Map<number, Map<string, MembershipView>>();
  for (const e of resolved) {
    const same = isUnchanged(e) ? null : unchangedBySemantic.get(semantic(e.m));
    const id = isUnchanged(e) ? e.m.id : same?.size === 1 ? [...same][0]! : makeId('membership', cc, [e.m.personId, e.m.organizationId ?? e.m.title, e.m.role]);
    const m = { ...e.m, id };
    memberships.add(id, m, e.order, e.original.id);
    const view = views.get(e.order) ?? new Map<string, MembershipView>();
    views.set(e.order, view);
    if (!view.has(id)) view.set(id, { id, personId: m.personId, organizationId: m.organizationId, role: m.role, title: m.title, startDate: m.startDate, predecessorId: m.predecessorId });
  }
  return { memberships, views };
}

/** Step 5: events dated coarser on one page than on another, folded into the finer one. */
function foldedEvents(events: Collector<ProfileEvent>): Collector<ProfileEvent> {
  const eventMap = eventMerges(events.byKey);
  const folded = new Collector<ProfileEvent>();
  for (const [id, sightings] of events.byKey) {
    const to = eventMap.get(id) ?? id;
    for (const s of sightings) folded.add(to, { ...s.record, id: to }, s.order, id);
  }
  return folded;
}

/** Every collected record merged from its sightings, oldest first, sorted by ID. */
function mergeAll<T extends Keyed>(collector: Collector<T>, taken: readonly Taken[]): Array<T & Seen> {
  return byId(
    [...collector.byKey].map(([id, sightings]) => {
      const ordered = [...sightings].sort((a, b) => a.order - b.order);
      return mergeSightings(ordered, taken, collector.originalIds.get(id) ?? []);
    }),
  );
}

/** The persons merged, each with the name it keeps (`keptName`) and every name it was seen under. */
function mergedPersonsOf(persons: Collector<Person>, taken: readonly Taken[]): MergedPerson[] {
  const kept = keptOrders(taken);
  return byId(
    [...persons.byKey].map(([id, sightings]) => {
      const ordered = [...sightings].sort((a, b) => a.order - b.order);
      const base = mergeSightings(ordered, taken, persons.originalIds.get(id) ?? []);
      const { name, familyName, givenName, patronymic } = keptName(ordered, kept);
      const aliases = sortedUnique(ordered.flatMap((s) => [s.record.name, ...s.record.aliases]));
      return { ...base, name, familyName, givenName, patronymic, aliases };
    }),
  );
}

/** The bodies merged, with every other name they were seen under as aliases. */
function mergedOrganizationsOf(orgs: Collector<Organization>, taken: readonly Taken[]): Array<Organization & Seen> {
  return mergeAll(orgs, taken).map((o) => {
    const all = orgs.byKey.get(o.id)!;
    const aliases = sortedUnique(all.flatMap((s) => [s.record.name, ...s.record.aliases])).filter((a) => normalizeKeyPart(a) !== normalizeKeyPart(o.name));
    return { ...o, aliases };
  });
}

/** The memberships merged, each with its status from the snapshots that show it (`statusOf`). */
function mergedMembershipsOf(memberships: Collector<Membership>, taken: readonly Taken[]): MergedMembership[] {
  const snapshotsByPage = new Map<string, number[]>();
  taken.forEach(({ info }, order) => pushTo(snapshotsByPage, info.page, order));
  return mergeAll(memberships, taken).map((m) => {
    const seen = statusOf(new Set(memberships.byKey.get(m.id)!.map((s) => s.order)), taken, snapshotsByPage);
    // A post the latest page gives as past stays past, whatever the snapshots show.
    return { ...m, ...seen, status: m.status === 'ended' ? 'ended' : seen.status };
  });
}

/** Step 6: the snapshots, each with what stays per page, sorted by page then date. */
function snapshotsOf(taken: readonly Taken[], views: ReadonlyMap<number, Map<string, MembershipView>>, { oid }: Refs): Snapshot[] {
  return taken
    .map(({ info, profile }, order) => ({
      ...info,
      source: profile.source,
      notes: profile.notes.map((n) => ({ ...n, organizationId: oid(n.organizationId) })),
      issues: profile.issues,
      memberships: byId([...(views.get(order)?.values() ?? [])]),
    }))
    .sort((a, b) => compareCodePoints(a.page, b.page) || compareSnapshots(a, b));
}

function mergeCountryAnew(profiles: readonly Profile[]): CountryDataset {
  const taken = takeSnapshots(profiles);
  const country = taken[taken.length - 1]!.profile.source.country;
  const refs = identityRefs(taken);
  const resolved = resolveSnapshots(taken, refs, country.code);
  const { memberships, views } = stableMemberships(withBodiesFromTitles(resolved.memberships, resolved.orgs), country.code);
  return {
    timelineVersion: TIMELINE_VERSION,
    schemaVersion: SCHEMA_VERSION,
    country,
    snapshots: snapshotsOf(taken, views, refs),
    persons: mergedPersonsOf(resolved.persons, taken),
    organizations: mergedOrganizationsOf(resolved.orgs, taken),
    memberships: mergedMembershipsOf(memberships, taken),
    events: mergeAll(foldedEvents(resolved.events), taken),
    tasks: mergeAll(resolved.tasks, taken),
    statistics: mergeAll(resolved.statistics, taken),
    groups: mergeAll(resolved.groups, taken),
    materials: mergeAll(resolved.materials, taken),
  };
}

/** `mergeCountry` for the profiles of several countries: one dataset per country, sorted by country code. */
export function mergeCountries(profiles: readonly Profile[]): CountryDataset[] {
  const byCountry = new Map<string, Profile[]>();
  for (const p of profiles) pushTo(byCountry, p.source.country.code, p);
  return [...byCountry.keys()].sort(compareCodePoints).map((code) => mergeCountry(byCountry.get(code)!));
}
