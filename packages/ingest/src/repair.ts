import {
  EventSchema,
  GroupSchema,
  IssueSchema,
  MaterialSchema,
  MembershipSchema,
  NoteSchema,
  OrganizationSchema,
  PersonSchema,
  RECORD_COLLECTIONS,
  RECORD_NOUN,
  StatisticSchema,
  TaskSchema,
  validateProfile,
  type Profile,
  type RecordCollection,
} from '@profiles/model';
import type { WarningLog } from './warnings.js';

/** What the repair needs of a record's zod schema. */
interface RecordSchema {
  safeParse(value: unknown): { success: true } | { success: false; error: { issues: ReadonlyArray<{ message: string }> } };
}

const SCHEMAS: Record<RecordCollection, RecordSchema> = {
  persons: PersonSchema,
  organizations: OrganizationSchema,
  memberships: MembershipSchema,
  events: EventSchema,
  tasks: TaskSchema,
  statistics: StatisticSchema,
  groups: GroupSchema,
  materials: MaterialSchema,
  notes: NoteSchema,
  issues: IssueSchema,
};

type AnyRecord = Profile[RecordCollection][number];

/**
 * The ingest never hands on a model that fails its own validation. A profile that passes is
 * returned as it is; otherwise, record by record: a record that fails its schema is dropped, a
 * second record with an ID already taken is folded into the first (its sources added), and a
 * reference to a record that is not there is cleared (or the record dropped when the reference
 * is what it is about) — each with a warning that names the line, so nothing goes silently.
 */
export function repairProfile(profile: Profile, warnings: WarningLog): Profile {
  const first = validateProfile(profile, profile.source.file);
  if (first.ok) return first.profile;
  const repaired = { ...profile } as Record<string, unknown> & Profile;
  const seen = new Map<string, AnyRecord>();
  for (const collection of RECORD_COLLECTIONS) {
    if (collection === 'issues') continue;
    const kept: AnyRecord[] = [];
    for (const record of profile[collection] as AnyRecord[]) {
      const where = record.provenance?.[0];
      const parsed = SCHEMAS[collection].safeParse(record);
      if (!parsed.success) {
        if (where) warnings.add('invalid-record', `a ${RECORD_NOUN[collection]} this page gave could not be kept: ${parsed.error.issues[0]!.message}`, where);
        continue;
      }
      const twin = seen.get(record.id);
      if (twin) {
        for (const p of record.provenance) if (!twin.provenance.some((q) => q.line === p.line && q.quote === p.quote)) twin.provenance.push(p);
        continue;
      }
      seen.set(record.id, record);
      kept.push(record);
    }
    repaired[collection] = kept as never;
  }
  clearDanglingReferences(repaired, warnings);
  repaired.issues = warnings.issues;
  const second = validateProfile(repaired, profile.source.file);
  if (second.ok) return second.profile;
  // Only a defect of the ingest itself gets here: say which, rather than write a bad model.
  throw second.problems[0]!;
}

/** Clears references to records the profile does not hold. */
function clearDanglingReferences(profile: Profile, warnings: WarningLog): void {
  const has = (collection: RecordCollection, id: string | null) => id === null || (profile[collection] as AnyRecord[]).some((r) => r.id === id);
  const dangling = (record: AnyRecord, what: string) => warnings.add('dangling-reference', `a ${what} this record names is not on the page`, record.provenance[0]!);
  for (const org of profile.organizations) {
    if (!has('organizations', org.parentId) || org.parentId === org.id) org.parentId = null;
    if (!has('organizations', org.predecessorId) || org.predecessorId === org.id) org.predecessorId = null;
  }
  profile.memberships = profile.memberships.filter((m) => {
    if (!has('persons', m.personId)) return dangling(m, 'person'), false;
    if (!has('organizations', m.organizationId)) m.organizationId = null;
    if (!has('persons', m.predecessorId) || m.predecessorId === m.personId) m.predecessorId = null;
    return true;
  });
  for (const e of profile.events) {
    if (!has('persons', e.personId)) e.personId = null;
    if (!has('organizations', e.organizationId)) e.organizationId = null;
  }
  profile.tasks = profile.tasks.filter((t) => has('organizations', t.organizationId) || (dangling(t, 'body'), false));
  for (const n of profile.notes) if (!has('organizations', n.organizationId)) n.organizationId = null;
}
