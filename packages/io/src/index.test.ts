import { describe, expect, it } from 'vitest';
import * as api from './index.js';

describe('@profiles/io', () => {
  it('should export exactly its public API', () => {
    expect(Object.keys(api).sort()).toEqual([
      'MAX_PAGE_BYTES',
      'StagedFolder',
      'discoverRawPages',
      'listRawPages',
      'loadRawPage',
      'modelFilePath',
      'modelFiles',
      'nestFiles',
      'readModels',
      'reportFailure',
      'runExportTask',
      'sortProfiles',
      'writeFolderAtomically',
    ]);
  });
});
