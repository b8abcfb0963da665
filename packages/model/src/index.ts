/**
 * @profiles/model — the canonical model of a country profile.
 *
 * zod schemas for every record kind, the inferred types, stable ID helpers, partial dates, and the
 * validation that turns a parsed page (or a model JSON file) into a trusted `Profile`.
 */
export type {
  Country,
  ElectionResult,
  Group,
  Issue,
  IssueLevel,
  Material,
  Membership,
  MembershipStatus,
  Note,
  Organization,
  OrganizationClassification,
  Person,
  ProfileEvent,
  Provenance,
  Source,
  Statistic,
  Task,
} from './records.js';
export type { Profile, ProfileRecord, RecordCollection } from './profile.js';
export type { ValidationResult } from './validate.js';
export type { IdKind } from './ids.js';
export type { PartialDate } from './dates.js';

export {
  CountrySchema,
  ElectionResultSchema,
  EVENT_KINDS,
  EventSchema,
  GroupSchema,
  Id,
  ISSUE_LEVELS,
  IssueSchema,
  MaterialSchema,
  MEMBERSHIP_STATUSES,
  STATISTIC_UNITS,
  MembershipSchema,
  NoteSchema,
  ORGANIZATION_CLASSIFICATIONS,
  OrganizationSchema,
  PartialDateSchema,
  PersonSchema,
  ProvenanceSchema,
  SourceSchema,
  StatisticSchema,
  TaskSchema,
} from './records.js';
export { ProfileSchema, RECORD_COLLECTIONS, RECORD_NOUN, SCHEMA_VERSION } from './profile.js';
export { profileJsonSchema } from './json-schema.js';
export { crossRecordProblems, parseProfile, serializeProfile, validateProfile } from './validate.js';
export { ID_KINDS, ID_PATTERN, makeId, normalizeKeyPart } from './ids.js';
export { comparePartialDates, datePrecision, isValidPartialDate, PARTIAL_DATE_PATTERN } from './dates.js';
export { isProfileError, ProfileError } from './errors.js';
export { sampleProfile } from './sample.js';
export type { OutputFiles, Exporter, PagedExporter, PageSession } from './output.js';
export { runPaged } from './output.js';
export { PageMetaSchema, type PageMeta } from './page-meta.js';
export { pageStem } from './page-stem.js';
export { compareCodePoints, compareKeys } from './order.js';
