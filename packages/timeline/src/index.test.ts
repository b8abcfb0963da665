import { describe, expect, it } from 'vitest';
import * as api from './index.js';

describe('@profiles/timeline', () => {
  it('should export exactly its public API', () => {
    expect(Object.keys(api).sort()).toEqual([
      'CountryDatasetSchema',
      'MEMBERSHIP_STATUSES',
      'MERGED_COLLECTIONS',
      'MembershipViewSchema',
      'MergedEventSchema',
      'MergedGroupSchema',
      'MergedMaterialSchema',
      'MergedMembershipSchema',
      'MergedOrganizationSchema',
      'MergedPersonSchema',
      'MergedStatisticSchema',
      'MergedTaskSchema',
      'PageKeySchema',
      'SNAPSHOT_DATE_SOURCES',
      'SnapshotInfoSchema',
      'SnapshotSchema',
      'TIMELINE_VERSION',
      'compareSnapshots',
      'keyProblems',
      'lastChange',
      'lastChanges',
      'mergeCountries',
      'mergeCountry',
      'postsOverTime',
      'snapshotChange',
      'snapshotOf',
    ]);
  });
});
