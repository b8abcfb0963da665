import { MERGED_COLLECTIONS, type CountryDataset } from './schema.js';

/**
 * The key problems of a merged dataset, one sentence each (none when it is sound): every `id` is
 * unique in its collection and across collections; every reference resolves to exactly one
 * record (a membership's person, body and predecessor; an event's winner and office; a body's
 * parent and predecessor; a task's and a note's body); every record's snapshots and pages exist;
 * no folded ID is still a live one; a membership's status agrees with its dates.
 */
export function keyProblems(dataset: CountryDataset): string[] {
  const problems: string[] = [];
  const count = new Map<string, number>();
  for (const collection of MERGED_COLLECTIONS) {
    for (const record of dataset[collection]) count.set(record.id, (count.get(record.id) ?? 0) + 1);
  }
  for (const [id, n] of count) if (n > 1) problems.push(`${id} is the ID of ${n} records`);
  const ids = (collection: (typeof MERGED_COLLECTIONS)[number]) => new Set(dataset[collection].map((r) => r.id));
  const persons = ids('persons');
  const orgs = ids('organizations');
  const memberships = ids('memberships');
  const refers = (from: string, what: string, id: string | null, to: Set<string>) => {
    if (id !== null && !to.has(id)) problems.push(`${from}: ${what} ${id} is not in the dataset`);
  };
  for (const m of dataset.memberships) {
    refers(m.id, 'person', m.personId, persons);
    refers(m.id, 'organization', m.organizationId, orgs);
    refers(m.id, 'predecessor', m.predecessorId, persons);
    // A page may say a post ended (endDate) with no snapshot dropping it; a dropped post is always ended.
    if (m.status !== 'ended' && m.endedBefore !== null) problems.push(`${m.id}: status ${m.status} with endedBefore ${m.endedBefore}`);
    if (m.endedBefore !== null && m.lastSeen !== null && !(m.endedBefore > m.lastSeen)) problems.push(`${m.id}: ended before ${m.endedBefore}, yet seen ${m.lastSeen}`);
  }
  for (const e of dataset.events) {
    refers(e.id, 'person', e.personId, persons);
    refers(e.id, 'organization', e.organizationId, orgs);
  }
  for (const o of dataset.organizations) {
    refers(o.id, 'parent', o.parentId, orgs);
    refers(o.id, 'predecessor', o.predecessorId, orgs);
  }
  for (const t of dataset.tasks) refers(t.id, 'organization', t.organizationId, orgs);
  const snapshots = new Set<string>();
  for (const s of dataset.snapshots) {
    if (snapshots.has(s.id)) problems.push(`snapshot ${s.id} is listed twice`);
    snapshots.add(s.id);
    for (const n of s.notes) refers(n.id, 'organization', n.organizationId, orgs);
    for (const m of s.memberships) {
      refers(`snapshot ${s.id}`, 'membership', m.id, memberships);
      refers(`snapshot ${s.id}`, 'person', m.personId, persons);
    }
  }
  const pages = new Set(dataset.snapshots.map((s) => s.page));
  for (const collection of MERGED_COLLECTIONS) {
    const live = ids(collection);
    for (const r of dataset[collection]) {
      for (const s of r.sourceIds) refers(r.id, 'snapshot', s, snapshots);
      for (const p of r.pages) if (!pages.has(p)) problems.push(`${r.id}: page ${p} is not in the dataset`);
      for (const m of r.mergedIds) if (live.has(m)) problems.push(`${r.id}: folded ID ${m} is still a record of its own`);
    }
  }
  return problems;
}
