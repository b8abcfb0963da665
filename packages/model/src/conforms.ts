import type { z } from 'zod';
import { isValidPartialDate } from './dates.js';
import { ID_PATTERN } from './ids.js';
import { ProfileSchema, SCHEMA_VERSION } from './profile.js';
import {
  CountrySchema,
  ElectionResultSchema,
  EVENT_KINDS,
  EventSchema,
  GroupSchema,
  ISSUE_LEVELS,
  IssueSchema,
  MaterialSchema,
  MEMBERSHIP_STATUSES,
  MembershipSchema,
  NoteSchema,
  ORGANIZATION_CLASSIFICATIONS,
  OrganizationSchema,
  PersonSchema,
  ProvenanceSchema,
  SourceSchema,
  STATISTIC_UNITS,
  StatisticSchema,
  TaskSchema,
} from './records.js';

/**
 * A fast yes for the common case: does a value pass `ProfileSchema` as it is, so that zod's output
 * would be an exact copy of it? Each check below is the schema's own rule, written out (keep them
 * in step with `records.ts`); objects must hold the schema's keys in the schema's order, which is
 * the order zod's output has. Anything else — a missing or extra key, another key order, a value a
 * check is unsure of — is a no, and the caller asks zod, which also words the problems.
 */

type Check = (value: unknown) => boolean;

const LINE_BREAK = /[\r\n]/;
const TAB_OR_LINE_BREAK = /[\t\n\r]/;

/** `Text`: one trimmed line, not empty. */
const text: Check = (value) => typeof value === 'string' && value.length >= 1 && value === value.trim() && !LINE_BREAK.test(value);
/** `LongText`: not empty. */
const longText: Check = (value) => typeof value === 'string' && value.length >= 1;
const string: Check = (value) => typeof value === 'string';
const id: Check = (value) => typeof value === 'string' && ID_PATTERN.test(value);
const partialDate: Check = (value) => typeof value === 'string' && isValidPartialDate(value);
/** `z.url()`, for values it keeps unchanged: no spaces around, no tab or line break inside. */
const url: Check = (value) => typeof value === 'string' && value === value.trim() && !TAB_OR_LINE_BREAK.test(value) && URL.canParse(value);
const positiveInteger: Check = (value) => Number.isSafeInteger(value) && (value as number) > 0;
/** `VoteCount`: a whole number, zero or more. */
const count: Check = (value) => Number.isSafeInteger(value) && (value as number) >= 0;
const finiteNumber: Check = (value) => typeof value === 'number' && Number.isFinite(value);
/** A finite number above 0. */
const positiveNumber: Check = (value) => finiteNumber(value) && (value as number) > 0;
const percent: Check = (value) => finiteNumber(value) && (value as number) >= 0 && (value as number) <= 100;
const pattern = (regex: RegExp): Check => (value) => typeof value === 'string' && regex.test(value);
const oneOf = (values: readonly string[]): Check => {
  const set = new Set(values);
  return (value) => typeof value === 'string' && set.has(value);
};
const nullable = (check: Check): Check => (value) => value === null || check(value);

function arrayOf(check: Check, minimum = 0): Check {
  return (value) => {
    if (!Array.isArray(value) || value.length < minimum) return false;
    for (let i = 0; i < value.length; i++) if (!check(value[i])) return false;
    return true;
  };
}

/**
 * A strict object of the schema's shape: exactly its keys, in its order, each passing its check.
 * Throws when the checks do not name the same fields as the schema, so the two cannot drift apart.
 */
function object(schema: z.ZodObject, checks: Record<string, Check>): Check {
  const keys = Object.keys(schema.shape);
  const missing = keys.filter((key) => !(key in checks));
  const extra = Object.keys(checks).filter((key) => !keys.includes(key));
  if (missing.length || extra.length) throw new Error(`conforms.ts is out of step with the schema: ${[...missing, ...extra].join(', ')}`);
  const ordered = keys.map((key) => checks[key]!);
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const own = Object.keys(value);
    if (own.length !== keys.length) return false;
    for (let i = 0; i < keys.length; i++) {
      if (own[i] !== keys[i] || !ordered[i]!((value as Record<string, unknown>)[keys[i]!])) return false;
    }
    return true;
  };
}

const provenanceList = arrayOf(
  object(ProvenanceSchema, { file: text, line: positiveInteger, endLine: positiveInteger, element: nullable(string), quote: longText }),
  1,
);

const source = object(SourceSchema, {
  id,
  file: text,
  country: object(CountrySchema, { code: pattern(/^[a-z]{2}$/), name: text }),
  section: text,
  title: text,
  publisher: nullable(text),
  url: nullable(url),
  language: pattern(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/),
  retrieved: nullable(partialDate),
  format: oneOf(['html', 'text']),
  encoding: text,
  sha256: pattern(/^[0-9a-f]{64}$/),
  latestDate: nullable(partialDate),
});

const person = object(PersonSchema, {
  id,
  name: text,
  familyName: text,
  givenName: nullable(text),
  patronymic: nullable(text),
  aliases: arrayOf(text, 1),
  provenance: provenanceList,
});

const organization = object(OrganizationSchema, {
  id,
  name: text,
  classification: oneOf(ORGANIZATION_CLASSIFICATIONS),
  parentId: nullable(id),
  abbreviation: nullable(text),
  founded: nullable(partialDate),
  predecessorId: nullable(id),
  description: nullable(longText),
  website: nullable(url),
  aliases: arrayOf(text),
  provenance: provenanceList,
});

const membership = object(MembershipSchema, {
  id,
  personId: id,
  organizationId: nullable(id),
  role: text,
  title: text,
  startDate: nullable(partialDate),
  endDate: nullable(partialDate),
  status: oneOf(MEMBERSHIP_STATUSES),
  predecessorId: nullable(id),
  provenance: provenanceList,
});

const event = object(EventSchema, {
  id,
  kind: oneOf(EVENT_KINDS),
  date: partialDate,
  organizationId: nullable(id),
  personId: nullable(id),
  voteShare: nullable(percent),
  votes: nullable(count),
  termYears: nullable(positiveInteger),
  turnout: nullable(percent),
  results: arrayOf(object(ElectionResultSchema, { personId: id, voteShare: nullable(percent), votes: nullable(count), rank: nullable(positiveInteger) })),
  outcome: nullable(text),
  title: nullable(text),
  description: longText,
  provenance: provenanceList,
});

const task = object(TaskSchema, { id, organizationId: id, position: positiveInteger, text, provenance: provenanceList });

const statistic = object(StatisticSchema, {
  id,
  author: nullable(text),
  topic: text,
  subject: text,
  value: finiteNumber,
  unit: oneOf(STATISTIC_UNITS),
  outOf: nullable(positiveNumber),
  provenance: provenanceList,
});

const group = object(GroupSchema, {
  id,
  name: text,
  category: text,
  localName: nullable(text),
  region: nullable(text),
  description: nullable(longText),
  memberIds: arrayOf(id),
  provenance: provenanceList,
});

const material = object(MaterialSchema, {
  id,
  kind: text,
  date: partialDate,
  title: nullable(text),
  url: nullable(url),
  position: positiveInteger,
  provenance: provenanceList,
});

const note = object(NoteSchema, {
  id,
  heading: nullable(text),
  organizationId: nullable(id),
  position: positiveInteger,
  text: longText,
  provenance: provenanceList,
});

const issue = object(IssueSchema, {
  id,
  level: oneOf(ISSUE_LEVELS),
  code: pattern(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/),
  message: text,
  provenance: provenanceList,
});

const profile = object(ProfileSchema, {
  schemaVersion: (value) => value === SCHEMA_VERSION,
  source,
  persons: arrayOf(person),
  organizations: arrayOf(organization),
  memberships: arrayOf(membership),
  events: arrayOf(event),
  tasks: arrayOf(task),
  statistics: arrayOf(statistic),
  groups: arrayOf(group),
  materials: arrayOf(material),
  notes: arrayOf(note),
  issues: arrayOf(issue),
});

/**
 * True when `ProfileSchema.parse(value)` would succeed and return a value equal to this one, key
 * order included. False means "ask zod", not necessarily "invalid".
 *
 * @param value parsed JSON or an ingest result
 */
export function conformsToProfile(value: unknown): boolean {
  return profile(value);
}
