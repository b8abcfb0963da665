import { describe, expect, it } from 'vitest';
import * as api from './index.js';

describe('@profiles/ingest', () => {
  it('should export exactly its public API', () => {
    expect(Object.keys(api).sort()).toEqual([
      'MAX_RECORDS_PER_PAGE',
      'PUBLISHER_DEFAULT_ENCODING',
      'decodePage',
      'ingestPage',
      'pageBlocks',
      'pageWarningLine',
      'recordCount',
      'warningSummary',
    ]);
  });
});
