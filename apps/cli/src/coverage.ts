import { RECORD_COLLECTIONS, type Issue, type Membership, type Note, type Profile, type Provenance, type RecordCollection } from '@profiles/model';

// The one-line summaries live with the warnings they count, in the ingest (its task prints them too).
import { warningSummary } from '@profiles/ingest';
export { pageWarningLine, warningSummary } from '@profiles/ingest';

/** Code-point order for the ASCII-and-more strings these lines sort. */
const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The record kinds the coverage report counts: every collection but notes and warnings, which it lists. */
export const COUNTED_COLLECTIONS = RECORD_COLLECTIONS.filter((c): c is Exclude<RecordCollection, 'notes' | 'issues'> => c !== 'notes' && c !== 'issues');

const SINGULAR: Record<(typeof COUNTED_COLLECTIONS)[number], string> = {
  persons: 'person',
  organizations: 'organization',
  memberships: 'membership',
  events: 'event',
  tasks: 'task',
  statistics: 'statistic',
  groups: 'group',
  materials: 'material',
};

/**
 * How many records of each kind the page gave, zeros included (a zero is what a reader looks for):
 * "records: 3 persons, 5 organizations, 4 memberships, 0 events, …".
 */
export function recordCountsLine(profile: Profile): string {
  const parts = COUNTED_COLLECTIONS.map((c) => {
    const n = profile[c].length;
    return `${n} ${n === 1 ? SINGULAR[c] : c}`;
  });
  return `records: ${parts.join(', ')}`;
}

/** Where a location is: `file:12` or `file:12–14`. */
export function placeOf(p: Provenance): string {
  return `${p.file}:${p.line}${p.endLine > p.line ? `–${p.endLine}` : ''}`;
}

/** Text on one line, at most `max` characters, cut at a word with an ellipsis. */
export function excerpt(text: string, max = 100): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const characters = [...flat];
  if (characters.length <= max) return flat;
  const cut = characters.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * One line per content block the page kept only as a note, in page order: where it is, its heading
 * and the start of its text ("raw/kz/x.txt:151: [Analysis] The Government of …").
 */
export function noteLines(profile: Profile): string[] {
  const notes = [...profile.notes].sort((a: Note, b: Note) => a.position - b.position || byCodePoint(a.id, b.id));
  return notes.map((note) => {
    const places = note.provenance.map(placeOf);
    const heading = note.heading === null ? '' : `[${note.heading}] `;
    return `${places.join(', ')}: ${heading}${excerpt(note.text)}`;
  });
}

/** One line per warning, in page order: "raw/kg/x.txt:63: unread-person-line: a line that names a post but no person". */
export function warningLines(profile: Profile): string[] {
  const first = (issue: Issue) => issue.provenance[0]!;
  const issues = [...profile.issues].sort(
    (a, b) =>
      byCodePoint(first(a).file, first(b).file) || first(a).line - first(b).line || byCodePoint(a.code, b.code) || byCodePoint(a.id, b.id),
  );
  return issues.map((issue) => `${first(issue).file}:${first(issue).line}: ${issue.code}: ${issue.message}`);
}

/** A role or title that is a deputy's, a former holder's or an adviser's: never the head. */
const NOT_THE_HEAD = /\b(?:deputy|vice|former|ex|assistant|advis[eo]r|aide|secretary|press)\b|\bvice-/i;
/** A role that heads a government: "Prime Minister", "Premier", "Chairman", "Head of Government". */
const HEAD_ROLE = /^(?:acting )?(?:prime minister|premier|head of (?:the )?government|chair(?:man|woman|person)?|head|president)$/i;
/** A title that names the head of a government, whatever the role was shortened to. */
const HEAD_TITLE = /\b(?:prime minister|premier|head of (?:the )?government|chair(?:man|woman|person)? of the (?:government|council of ministers|cabinet(?: of ministers)?))\b/i;

/**
 * Whether a membership of a government is its head's: a Prime Minister–like post (Prime Minister,
 * Premier, Chair of the Government, Head of Government), not a deputy's or an adviser's.
 */
export function isHeadOfGovernment(membership: Pick<Membership, 'role' | 'title'>): boolean {
  const { role, title } = membership;
  if (NOT_THE_HEAD.test(role)) return false;
  return HEAD_ROLE.test(role.trim()) || (HEAD_TITLE.test(title) && !NOT_THE_HEAD.test(title));
}

/**
 * What a reader of any executive-branch profile expects and the page did not give: the head of
 * state (a body classified head of state, and who holds it), the government, and its head (a Prime
 * Minister–like member of the government). One line each; none when all were found.
 */
export function missingCoreFacts(profile: Profile): string[] {
  const missing: string[] = [];
  const heldBodies = new Set(profile.memberships.map((m) => m.organizationId));
  const states = profile.organizations.filter((o) => o.classification === 'head-of-state');
  if (!states.length) missing.push('head of state not found: no body is read as the head of state');
  else if (!states.some((o) => heldBodies.has(o.id))) missing.push(`head of state not found: nobody is read as holding ${states.map((o) => o.name).join(' or ')}`);
  const governments = profile.organizations.filter((o) => o.classification === 'government');
  if (!governments.length) {
    missing.push('government not found: no body is read as the government, so neither is its head');
    return missing;
  }
  const ids = new Set(governments.map((o) => o.id));
  if (!profile.memberships.some((m) => m.organizationId !== null && ids.has(m.organizationId) && isHeadOfGovernment(m))) {
    missing.push(`head of government not found: no Prime Minister–like post in ${governments.map((o) => o.name).join(' or ')}`);
  }
  return missing;
}

/**
 * The coverage report of one page that builds, as `validate` prints it: a head line (the file, "ok",
 * and the warnings in a few words), then indented: the counts of records of each kind, the blocks
 * kept only as notes with their lines, the warnings one per line, and what a reader expects but the
 * page did not give.
 *
 * @param file the file checked, as the user named it (a raw page or a model file)
 */
export function coverageReport(file: string, profile: Profile): string[] {
  const summary = warningSummary(profile);
  const lines = [`${file}: ok${summary === null ? '' : `, ${summary}`}`, `  ${recordCountsLine(profile)}`];
  const notes = noteLines(profile);
  lines.push(notes.length ? `  kept only as notes (${notes.length}):` : '  kept only as notes: none');
  for (const line of notes) lines.push(`    ${line}`);
  const warnings = warningLines(profile);
  lines.push(warnings.length ? `  warnings (${warnings.length}):` : '  warnings: none');
  for (const line of warnings) lines.push(`    ${line}`);
  for (const line of missingCoreFacts(profile)) lines.push(`  warning: ${line}`);
  return lines;
}
