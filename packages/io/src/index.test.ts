import { describe, expect, it } from 'vitest';
import * as api from './index.js';

describe('@profiles/io', () => {
  it('should export exactly its public API', () => {
    expect(Object.keys(api).sort()).toEqual([
      'DATASET_MARKER',
      'DATASET_MARKER_TEXT',
      'MAX_PAGE_BYTES',
      'OutputFolderError',
      'StagedFolder',
      'checkOutputPath',
      'describeFsError',
      'discoverRawPages',
      'fileLanguage',
      'fsReason',
      'isOutputFolderError',
      'listRawPages',
      'loadRawPage',
      'modelFilePath',
      'modelFiles',
      'nestFiles',
      'pageStamp',
      'readModels',
      'readSidecar',
      'repairOutputFolder',
      'reportFailure',
      'runExportTask',
      'scanRawPages',
      'sectionSlug',
      'showPath',
      'sortProfiles',
      'testFault',
      'writeFolderAtomically',
    ]);
  });
});
