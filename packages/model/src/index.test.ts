import { describe, expect, it } from 'vitest';
import * as api from './index.js';

describe('@profiles/model', () => {
  it('should export exactly its public API', () => {
    expect(Object.keys(api).sort()).toEqual([
      'CountrySchema',
      'EventSchema',
      'GroupSchema',
      'ID_KINDS',
      'ID_PATTERN',
      'ISSUE_LEVELS',
      'Id',
      'IssueSchema',
      'MaterialSchema',
      'MembershipSchema',
      'NoteSchema',
      'ORGANIZATION_CLASSIFICATIONS',
      'OrganizationSchema',
      'PARTIAL_DATE_PATTERN',
      'PageMetaSchema',
      'PartialDateSchema',
      'PersonSchema',
      'ProfileError',
      'ProfileSchema',
      'ProvenanceSchema',
      'RECORD_COLLECTIONS',
      'RECORD_NOUN',
      'SCHEMA_VERSION',
      'SourceSchema',
      'StatisticSchema',
      'TaskSchema',
      'comparePartialDates',
      'crossRecordProblems',
      'datePrecision',
      'isProfileError',
      'isValidPartialDate',
      'makeId',
      'normalizeKeyPart',
      'pageStem',
      'parseProfile',
      'profileJsonSchema',
      'runPaged',
      'sampleProfile',
      'serializeProfile',
      'validateProfile',
    ]);
  });
});
