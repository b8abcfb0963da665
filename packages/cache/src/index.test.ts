import { describe, expect, it } from 'vitest';
import * as api from './index.js';

describe('@profiles/cache', () => {
  it('should export exactly its public API', () => {
    expect(Object.keys(api).sort()).toEqual([
      'ContentStore',
      'assembleParts',
      'cacheDirFor',
      'codeHash',
      'countryParts',
      'exportFolderIsCurrent',
      'exportFolderKey',
      'folderIsCurrent',
      'groupCountries',
      'hashKey',
      'modelFolderKey',
      'outputOfInputsIsCurrent',
      'pageKey',
      'partKey',
      'readReceipt',
      'recordFolder',
      'recordInputFolder',
      'runByCountry',
      'sha256',
      'sharedFile',
      'stillStamped',
    ]);
  });
});
