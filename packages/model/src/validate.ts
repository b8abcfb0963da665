import type { z } from 'zod';
import { conformsToProfile } from './conforms.js';
import { comparePartialDates } from './dates.js';
import { ProfileError } from './errors.js';
import {
  ProfileSchema,
  RECORD_COLLECTIONS,
  RECORD_NOUN,
  type Profile,
  type RecordCollection,
} from './profile.js';

type Located = { provenance?: { file: string; line: number }[]; id?: string; name?: string };

/** Turns one zod issue into a sentence that names the record, the field and the source line. */
function describeIssue(input: unknown, issue: z.core.$ZodIssue, fallbackFile: string): ProfileError {
  const [collection, index, ...field] = issue.path;
  const records = (input as Record<string, unknown> | null)?.[collection as string];
  const record = Array.isArray(records) && typeof index === 'number' ? (records[index] as Located) : undefined;
  const where = record?.provenance?.[0];
  const noun = RECORD_NOUN[collection as RecordCollection];
  const label = noun
    ? `${noun} ${record?.id ?? `#${String(index)}`}${record?.name ? ` ("${record.name}")` : ''}`
    : 'profile';
  const fieldPath = (noun ? field : issue.path).join('.');
  const reason = `${label}${fieldPath ? ` field ${fieldPath}` : ''}: ${issue.message}`;
  return new ProfileError(where?.file ?? fallbackFile, reason, where?.line);
}

type Election = Profile['events'][number];

/** A vote's person is its winner; of another kind, whom the event is about. */
const isVote = (e: Election) => e.kind === 'election' || e.kind === 'referendum';

/**
 * What is wrong with an event's results: a candidate who is no person or is listed twice, ranks not
 * 1, 2, … in order (nor by votes where no share ranks them), a winner who is not rank 1 with the event's
 * share and votes, a referendum (or another event that is no election) with candidates; a death or a
 * resignation of nobody.
 */
function resultProblems(e: Election, isPerson: (id: string) => boolean): string[] {
  const problems: string[] = [];
  if ((e.kind === 'death' || e.kind === 'resignation') && e.personId === null) problems.push(`an event of kind ${e.kind} names no person`);
  if (e.kind === 'referendum' && e.results.length) problems.push('a referendum has no candidates');
  else if (e.kind !== 'election' && e.results.length) problems.push(`an event of kind ${e.kind} has no candidates`);
  const seen = new Set<string>();
  e.results.forEach((r, index) => {
    if (!isPerson(r.personId)) problems.push(`candidate ${r.personId} is not a person`);
    if (seen.has(r.personId)) problems.push(`candidate ${r.personId} is listed twice`);
    seen.add(r.personId);
    // Only the one candidate of a round may go unplaced: beside others, every candidate has a place.
    if (r.rank === null && e.results.length > 1) problems.push(`candidate ${r.personId} has no rank beside other candidates`);
    const before = e.results[index - 1];
    if (before && r.rank !== null && before.rank !== null && r.rank <= before.rank) problems.push(`results are not in rank order at rank ${r.rank}`);
    if (index > 0 && outvotes(r, e.results[index - 1]!)) problems.push(`results are not in order of votes at rank ${r.rank}`);
  });
  const first = e.results[0];
  // The person of an event that is no vote (who took office, resigned, died) won nothing.
  if (isVote(e) && e.personId !== null && isPerson(e.personId) && (first?.personId !== e.personId || first.rank !== 1 || first.voteShare !== e.voteShare || first.votes !== e.votes)) {
    problems.push(`the winner ${e.personId} is not the first result, rank 1 with the event's vote share and votes`);
  }
  return problems;
}

/** Where neither has a share, a later result with more votes than the one before it: ranked out of order. */
function outvotes(later: Election['results'][number], earlier: Election['results'][number]): boolean {
  if (later.voteShare !== null || earlier.voteShare !== null || later.votes === null || earlier.votes === null) return false;
  return later.votes > earlier.votes;
}

/** True when partial date `a` is wholly before `b`: "2004" before "2005-03", "2005" not before "2005-03". */
function isWhollyBefore(a: string, b: string): boolean {
  return comparePartialDates(a, b) < 0 && !b.startsWith(a);
}

/** What is wrong with when a post held: an end before its start, an end date on a current post. */
function tenureProblems(m: Profile['memberships'][number]): string[] {
  if (m.endDate === null) return [];
  const problems: string[] = [];
  if (m.status !== 'ended') problems.push(`has an end date (${m.endDate}) yet is ${m.status}`);
  if (m.startDate !== null && isWhollyBefore(m.endDate, m.startDate)) problems.push(`ends (${m.endDate}) before it starts (${m.startDate})`);
  return problems;
}

/**
 * Checks that cut across records and that a schema cannot see: unique IDs, every reference
 * resolves, a membership's predecessor is someone else and it ends no sooner than it starts, an election's results are in rank order
 * with its winner first.
 */
export function crossRecordProblems(profile: Profile): ProfileError[] {
  const problems: ProfileError[] = [];
  const ids = new Map<string, RecordCollection>();
  const byCollection = new Map<RecordCollection, Set<string>>();
  for (const collection of RECORD_COLLECTIONS) {
    const set = new Set<string>();
    for (const record of profile[collection]) {
      if (ids.has(record.id)) {
        const where = record.provenance[0];
        problems.push(
          new ProfileError(where?.file ?? profile.source.file, `duplicate ID ${record.id} (${RECORD_NOUN[collection]})`, where?.line),
        );
      }
      ids.set(record.id, collection);
      set.add(record.id);
    }
    byCollection.set(collection, set);
  }
  const has = (collection: RecordCollection, id: string | null): boolean =>
    id === null || byCollection.get(collection)!.has(id);
  const report = (record: { id: string; provenance: { file: string; line: number }[] }, what: string) => {
    const where = record.provenance[0];
    problems.push(new ProfileError(where?.file ?? profile.source.file, `${record.id}: ${what}`, where?.line));
  };
  for (const org of profile.organizations) {
    if (!has('organizations', org.parentId)) report(org, `parent ${org.parentId} is not an organization`);
    if (!has('organizations', org.predecessorId)) report(org, `predecessor ${org.predecessorId} is not an organization`);
    if (org.parentId === org.id) report(org, 'is its own parent');
  }
  for (const m of profile.memberships) {
    if (!has('persons', m.personId)) report(m, `person ${m.personId} is not a person`);
    if (!has('organizations', m.organizationId)) report(m, `organization ${m.organizationId} is not an organization`);
    if (!has('persons', m.predecessorId)) report(m, `predecessor ${m.predecessorId} is not a person`);
    if (m.predecessorId === m.personId) report(m, 'is preceded by its own holder');
    for (const problem of tenureProblems(m)) report(m, problem);
  }
  for (const e of profile.events) {
    if (!has('persons', e.personId)) report(e, `person ${e.personId} is not a person`);
    if (!has('organizations', e.organizationId)) report(e, `organization ${e.organizationId} is not an organization`);
    for (const problem of resultProblems(e, (id) => has('persons', id))) report(e, problem);
  }
  for (const t of profile.tasks) {
    if (!has('organizations', t.organizationId)) report(t, `organization ${t.organizationId} is not an organization`);
  }
  for (const g of profile.groups) {
    for (const member of g.memberIds) if (!has('persons', member)) report(g, `member ${member} is not a person`);
    if (new Set(g.memberIds).size !== g.memberIds.length) report(g, 'lists a member twice');
  }
  for (const n of profile.notes) {
    if (!has('organizations', n.organizationId)) report(n, `organization ${n.organizationId} is not an organization`);
  }
  return problems;
}

export type ValidationResult =
  | { ok: true; profile: Profile }
  | { ok: false; problems: ProfileError[] };

/**
 * Validates an unknown value as a profile: the zod schema first, then the cross-record checks.
 * Problems come back as one-line, file:line-located errors, never as raw zod issue dumps. A value
 * that already has the schema's exact form (as the ingest builds it, or as a model file holds it)
 * is checked without zod and returned itself; anything else is zod's parsed copy.
 *
 * @param input parsed JSON or an ingest result
 * @param file the file to name when a problem has no record to locate it
 */
export function validateProfile(input: unknown, file: string): ValidationResult {
  // The common case, checked without zod: a value zod would pass unchanged is its own output.
  if (conformsToProfile(input)) {
    const problems = crossRecordProblems(input as Profile);
    return problems.length ? { ok: false, problems } : { ok: true, profile: input as Profile };
  }
  const parsed = ProfileSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((issue) => describeIssue(input, issue, file)) };
  }
  const problems = crossRecordProblems(parsed.data);
  return problems.length ? { ok: false, problems } : { ok: true, profile: parsed.data };
}

/** Like `validateProfile`, but throws the first problem. */
export function parseProfile(input: unknown, file: string): Profile {
  const result = validateProfile(input, file);
  if (!result.ok) throw result.problems[0]!;
  return result.profile;
}

/** The canonical JSON text of a profile: two-space indent, trailing newline, keys in schema order. */
export function serializeProfile(profile: Profile): string {
  return `${JSON.stringify(profile, null, 2)}\n`;
}
