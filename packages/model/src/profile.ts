import { z } from 'zod';
import {
  EventSchema,
  GroupSchema,
  IssueSchema,
  MaterialSchema,
  MembershipSchema,
  NoteSchema,
  OrganizationSchema,
  PersonSchema,
  SourceSchema,
  StatisticSchema,
  TaskSchema,
} from './records.js';

import { SCHEMA_VERSION } from './version.js';

export { SCHEMA_VERSION };

/** The record collections of a profile, in the order every output lists them. */
export const RECORD_COLLECTIONS = [
  'persons',
  'organizations',
  'memberships',
  'events',
  'tasks',
  'statistics',
  'groups',
  'materials',
  'notes',
  'issues',
] as const;

export type RecordCollection = (typeof RECORD_COLLECTIONS)[number];

/** The singular noun for a collection, for messages: "person", "organization". */
export const RECORD_NOUN: Record<RecordCollection, string> = {
  persons: 'person',
  organizations: 'organization',
  memberships: 'membership',
  events: 'event',
  tasks: 'task',
  statistics: 'statistic',
  groups: 'group',
  materials: 'material',
  notes: 'note',
  issues: 'issue',
};

/** One profile page as a validated dataset: its source and every record found on it. */
export const ProfileSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: SourceSchema,
  persons: z.array(PersonSchema),
  organizations: z.array(OrganizationSchema),
  memberships: z.array(MembershipSchema),
  events: z.array(EventSchema),
  tasks: z.array(TaskSchema),
  statistics: z.array(StatisticSchema),
  groups: z.array(GroupSchema),
  materials: z.array(MaterialSchema),
  notes: z.array(NoteSchema),
  /** What the ingest could not read on the page: warnings, each with its source line. */
  issues: z.array(IssueSchema),
});

export type Profile = z.infer<typeof ProfileSchema>;
export type ProfileRecord = Profile[RecordCollection][number];
