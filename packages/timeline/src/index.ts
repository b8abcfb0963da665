/**
 * @profiles/timeline — every page and dated snapshot of one country as one dataset: each person,
 * body and post held once, with the pages it appears on, when it was first and last seen, and
 * whether a post is still held; and what changed between a page's last two snapshots.
 */
export type {
  CountryDataset,
  MembershipStatus,
  MembershipView,
  MergedCollection,
  MergedEvent,
  MergedGroup,
  MergedMaterial,
  MergedMembership,
  MergedOrganization,
  MergedPerson,
  MergedStatistic,
  MergedTask,
  PageKey,
  Seen,
  Snapshot,
  SnapshotDateSource,
  SnapshotInfo,
} from './schema.js';
export type { ChangedMembership, FieldChange, HolderRow, Move, PostChange, SnapshotChange } from './changes.js';
export type { HolderHistory, PostHistory } from './history.js';

export {
  CountryDatasetSchema,
  MEMBERSHIP_STATUSES,
  MERGED_COLLECTIONS,
  MembershipViewSchema,
  MergedEventSchema,
  MergedGroupSchema,
  MergedMaterialSchema,
  MergedMembershipSchema,
  MergedOrganizationSchema,
  MergedPersonSchema,
  MergedStatisticSchema,
  MergedTaskSchema,
  PageKeySchema,
  SNAPSHOT_DATE_SOURCES,
  SnapshotInfoSchema,
  SnapshotSchema,
  TIMELINE_VERSION,
} from './schema.js';
export { compareSnapshots, snapshotOf } from './snapshot.js';
export { mergeCountries, mergeCountry } from './merge.js';
export { lastChange, lastChanges, snapshotChange } from './changes.js';
export { keyProblems } from './check.js';
export { postsOverTime } from './history.js';
