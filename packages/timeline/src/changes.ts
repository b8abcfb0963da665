import { normalizeKeyPart } from '@profiles/model';
import { compareCodePoints, compareKeys, pushTo } from './order.js';
import type { CountryDataset, MembershipView, Snapshot, SnapshotInfo } from './schema.js';

/** A membership as a row a reviewer reads: who, which post, since when. */
export interface HolderRow {
  membershipId: string;
  personId: string;
  /** The person's name in the merged dataset (the fullest form any page uses). */
  person: string;
  organizationId: string | null;
  organization: string | null;
  role: string;
  title: string;
  startDate: string | null;
}

/** One field of a membership that differs between the two snapshots. */
export interface FieldChange {
  field: 'title' | 'startDate' | 'predecessorId';
  before: string | null;
  after: string | null;
}

/** A membership both snapshots show, with the fields that differ. */
export interface ChangedMembership extends HolderRow {
  changes: FieldChange[];
}

/** A post (body and role) whose holders differ: who left it and who came. */
export interface PostChange {
  organizationId: string | null;
  organization: string | null;
  role: string;
  left: HolderRow[];
  came: HolderRow[];
}

/** A person who left one post and holds another in the later snapshot. */
export interface Move {
  personId: string;
  person: string;
  from: HolderRow[];
  to: HolderRow[];
}

/** What changed in the posts held between two snapshots of a page, as data. */
export interface SnapshotChange {
  page: string;
  before: SnapshotInfo;
  after: SnapshotInfo;
  /** No membership added, removed or changed. */
  equal: boolean;
  added: HolderRow[];
  removed: HolderRow[];
  changed: ChangedMembership[];
  /** Posts whose holders differ, by post; the same memberships as `added` and `removed`, grouped. */
  posts: PostChange[];
  /** People in `removed` who are also in `added`, by person. */
  moves: Move[];
}

const FIELDS = ['title', 'startDate', 'predecessorId'] as const;

function infoOf(s: Snapshot): SnapshotInfo {
  return { id: s.id, page: s.page, country: s.country, section: s.section, language: s.language, file: s.file, date: s.date, dateFrom: s.dateFrom };
}

const rowKey = (r: HolderRow) => [r.organization ?? '', r.role, r.person, r.membershipId];
const byRow = (a: HolderRow, b: HolderRow) => compareKeys(rowKey(a), rowKey(b));

/**
 * What changed between two snapshots of a dataset (by source ID): memberships added, removed and
 * changed, the posts that changed hands and the people who moved. Names come from the merged
 * records, so "Masimov Karim Kazhimkhanovich" in one snapshot and "Karim Masimov" in the other is
 * one person who moved.
 */
export function snapshotChange(dataset: CountryDataset, beforeId: string, afterId: string): SnapshotChange {
  const find = (id: string) => {
    const s = dataset.snapshots.find((x) => x.id === id);
    if (!s) throw new RangeError(`no snapshot ${id} in the dataset of ${dataset.country.code}`);
    return s;
  };
  const before = find(beforeId);
  const after = find(afterId);
  const persons = new Map(dataset.persons.map((p) => [p.id, p.name]));
  const orgs = new Map(dataset.organizations.map((o) => [o.id, o.name]));
  const row = (m: MembershipView): HolderRow => ({
    membershipId: m.id,
    personId: m.personId,
    person: persons.get(m.personId) ?? m.personId,
    organizationId: m.organizationId,
    organization: m.organizationId === null ? null : (orgs.get(m.organizationId) ?? m.organizationId),
    role: m.role,
    title: m.title,
    startDate: m.startDate,
  });
  const was = new Map(before.memberships.map((m) => [m.id, m]));
  const is = new Map(after.memberships.map((m) => [m.id, m]));
  const added = after.memberships.filter((m) => !was.has(m.id)).map(row).sort(byRow);
  const removed = before.memberships.filter((m) => !is.has(m.id)).map(row).sort(byRow);
  const changed: ChangedMembership[] = [];
  for (const m of after.memberships) {
    const old = was.get(m.id);
    if (!old) continue;
    const changes = FIELDS.filter((f) => old[f] !== m[f]).map((field) => ({ field, before: old[field], after: m[field] }));
    if (changes.length) changed.push({ ...row(m), changes });
  }
  changed.sort(byRow);

  const postKey = (r: HolderRow) => `${r.organizationId ?? `title:${normalizeKeyPart(r.title)}`}\u0000${normalizeKeyPart(r.role)}`;
  const posts = new Map<string, PostChange>();
  const post = (r: HolderRow) => {
    const key = postKey(r);
    let p = posts.get(key);
    if (!p) posts.set(key, (p = { organizationId: r.organizationId, organization: r.organization, role: r.role, left: [], came: [] }));
    return p;
  };
  for (const r of removed) post(r).left.push(r);
  for (const r of added) post(r).came.push(r);

  const moves: Move[] = [];
  const arrivals = new Map<string, HolderRow[]>();
  for (const r of added) pushTo(arrivals, r.personId, r);
  const departures = new Map<string, HolderRow[]>();
  for (const r of removed) pushTo(departures, r.personId, r);
  for (const [personId, from] of departures) {
    const to = arrivals.get(personId);
    if (to) moves.push({ personId, person: from[0]!.person, from, to });
  }

  return {
    page: after.page,
    before: infoOf(before),
    after: infoOf(after),
    equal: !added.length && !removed.length && !changed.length,
    added,
    removed,
    changed,
    posts: [...posts.values()].sort((a, b) => compareKeys([a.organization ?? '', a.role, a.organizationId ?? ''], [b.organization ?? '', b.role, b.organizationId ?? ''])),
    moves: moves.sort((a, b) => compareKeys([a.person, a.personId], [b.person, b.personId])),
  };
}

/**
 * What changed between the last two snapshots of a page (`kz/executive-branch`): null when the
 * page has fewer than two snapshots. Throws a `RangeError` for a page the dataset does not have.
 */
export function lastChange(dataset: CountryDataset, page: string): SnapshotChange | null {
  const of = dataset.snapshots.filter((s) => s.page === page);
  if (!of.length) throw new RangeError(`no page ${page} in the dataset of ${dataset.country.code}`);
  if (of.length < 2) return null;
  // Snapshots are sorted by page, then date: the last two of the page are its latest.
  return snapshotChange(dataset, of[of.length - 2]!.id, of[of.length - 1]!.id);
}

/** `lastChange` for every page with two snapshots or more, sorted by page. */
export function lastChanges(dataset: CountryDataset): SnapshotChange[] {
  const pages = [...new Set(dataset.snapshots.map((s) => s.page))].sort(compareCodePoints);
  return pages.map((p) => lastChange(dataset, p)).filter((c): c is SnapshotChange => c !== null);
}
