import { z } from 'zod';
import {
  CountrySchema,
  EventSchema,
  GroupSchema,
  Id,
  IssueSchema,
  MaterialSchema,
  MEMBERSHIP_STATUSES,
  MembershipSchema,
  NoteSchema,
  OrganizationSchema,
  PartialDateSchema,
  PersonSchema,
  SCHEMA_VERSION,
  SourceSchema,
  StatisticSchema,
  TaskSchema,
} from '@profiles/model';

/** Bumped when the merged dataset changes shape. */
export const TIMELINE_VERSION = 1;

/** The page a snapshot is a retrieval of: `<country>/<section slug>`, e.g. `kz/executive-branch`. */
export const PageKeySchema = z.string().regex(/^[a-z]{2}\/[^/\s]+$/, 'must be a page key like kz/executive-branch');

/** Where a snapshot's date came from, in the order they are tried. */
export const SNAPSHOT_DATE_SOURCES = ['path', 'retrieved', 'latestDate', 'none'] as const;

/** A snapshot's identity: which page it is a retrieval of, and when. */
export const SnapshotInfoSchema = z.strictObject({
  /** The source's ID (one per raw file). */
  id: Id,
  page: PageKeySchema,
  country: z.string().regex(/^[a-z]{2}$/),
  /** The section slug, from the file's layout, without a language: `executive-branch` (also for `executive-branch.ru.txt`). */
  section: z.string().min(1),
  /** The page's language (`source.language`): two pages of one section in two languages are two language versions of it. */
  language: SourceSchema.shape.language,
  /** `raw/kz/executive-branch/2012-03-05.txt` or `raw/kz/executive-branch.txt`. */
  file: z.string().min(1),
  /** Null only for a page that has no dated layout, no sidecar date and mentions no date. */
  date: PartialDateSchema.nullable(),
  dateFrom: z.enum(SNAPSHOT_DATE_SOURCES),
});

/** When and where a merged record was seen. */
const seen = {
  /** The date of the first snapshot that shows the record (null: only undated snapshots show it). */
  firstSeen: PartialDateSchema.nullable(),
  /** The date of the last snapshot that shows the record. */
  lastSeen: PartialDateSchema.nullable(),
  /** Every page (`kz/executive-branch`) that shows it, sorted. */
  pages: z.array(PageKeySchema).min(1),
  /** Every snapshot (source ID) that shows it, oldest first. */
  sourceIds: z.array(Id).min(1),
  /** IDs some page gave this record besides `id`, folded into it (sorted): "K. Masimov" → Karim Masimov. */
  mergedIds: z.array(Id),
};

export const MergedPersonSchema = PersonSchema.extend(seen);
export const MergedOrganizationSchema = OrganizationSchema.extend(seen);


export const MergedMembershipSchema = MembershipSchema.extend({
  ...seen,
  /**
   * `ended` when the page says the post is past (`endDate`), or when a page that showed it has a
   * snapshot dated after the last snapshot (of any page) that shows it; else `current`. For a membership on one page: current when the page's latest
   * snapshot shows it.
   */
  status: z.enum(MEMBERSHIP_STATUSES),
  /** For a post that snapshots dropped: the date of the first such later snapshot (gone by then); else null. */
  endedBefore: PartialDateSchema.nullable(),
});

export const MergedEventSchema = EventSchema.extend(seen);
export const MergedTaskSchema = TaskSchema.extend(seen);
export const MergedStatisticSchema = StatisticSchema.extend(seen);
export const MergedGroupSchema = GroupSchema.extend(seen);
export const MergedMaterialSchema = MaterialSchema.extend(seen);

/** A membership as one snapshot shows it (IDs already resolved to the merged records). */
export const MembershipViewSchema = MembershipSchema.pick({
  id: true,
  personId: true,
  organizationId: true,
  role: true,
  title: true,
  startDate: true,
  predecessorId: true,
});

/** One snapshot of one page, with what stays per page: its source, notes and issues. */
export const SnapshotSchema = SnapshotInfoSchema.extend({
  source: SourceSchema,
  notes: z.array(NoteSchema),
  issues: z.array(IssueSchema),
  /** The memberships this snapshot shows, by merged ID, sorted by ID: what `lastChange` compares. */
  memberships: z.array(MembershipViewSchema),
});

/** Every page and snapshot of one country as one dataset: each entity once. */
export const CountryDatasetSchema = z.strictObject({
  timelineVersion: z.literal(TIMELINE_VERSION),
  /** The model schema version of the profiles it was made from. */
  schemaVersion: z.literal(SCHEMA_VERSION),
  country: CountrySchema,
  /** Sorted by page, then date (oldest first), then file. */
  snapshots: z.array(SnapshotSchema).min(1),
  persons: z.array(MergedPersonSchema),
  organizations: z.array(MergedOrganizationSchema),
  memberships: z.array(MergedMembershipSchema),
  events: z.array(MergedEventSchema),
  tasks: z.array(MergedTaskSchema),
  statistics: z.array(MergedStatisticSchema),
  groups: z.array(MergedGroupSchema),
  materials: z.array(MergedMaterialSchema),
});

export type PageKey = z.infer<typeof PageKeySchema>;
export type SnapshotDateSource = (typeof SNAPSHOT_DATE_SOURCES)[number];
export type SnapshotInfo = z.infer<typeof SnapshotInfoSchema>;
export type Seen = { [K in keyof typeof seen]: z.infer<(typeof seen)[K]> };
export type MergedPerson = z.infer<typeof MergedPersonSchema>;
export type MergedOrganization = z.infer<typeof MergedOrganizationSchema>;
export type { MembershipStatus } from '@profiles/model';
export { MEMBERSHIP_STATUSES };
export type MergedMembership = z.infer<typeof MergedMembershipSchema>;
export type MergedEvent = z.infer<typeof MergedEventSchema>;
export type MergedTask = z.infer<typeof MergedTaskSchema>;
export type MergedStatistic = z.infer<typeof MergedStatisticSchema>;
export type MergedGroup = z.infer<typeof MergedGroupSchema>;
export type MergedMaterial = z.infer<typeof MergedMaterialSchema>;
export type MembershipView = z.infer<typeof MembershipViewSchema>;
export type Snapshot = z.infer<typeof SnapshotSchema>;
export type CountryDataset = z.infer<typeof CountryDatasetSchema>;

/** The merged collections, in the order every output lists them (the model's order, less notes and issues). */
export const MERGED_COLLECTIONS = ['persons', 'organizations', 'memberships', 'events', 'tasks', 'statistics', 'groups', 'materials'] as const;
export type MergedCollection = (typeof MERGED_COLLECTIONS)[number];
