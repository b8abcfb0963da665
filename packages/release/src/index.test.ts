import { describe, expect, it } from 'vitest';
import * as api from './index.js';

describe('@profiles/release', () => {
  it('should export exactly its public API', () => {
    expect(Object.keys(api).sort()).toEqual([
      'DATAPACKAGE_PATH',
      'DATA_LICENSE',
      'INITIAL_VERSION',
      'ManifestSchema',
      'RELEASE_FILES',
      'SCHEMA_PATH',
      'archiveName',
      'buildManifest',
      'buildRelease',
      'changelog',
      'changelogEntries',
      'changelogEntry',
      'checkVersion',
      'countCsvRows',
      'describeFile',
      'indexHtml',
      'inertMarkdown',
      'isSemver',
      'modelSchemaProblems',
      'newestPageDate',
      'nextVersion',
      'parseManifest',
      'readDictionary',
      'releaseBump',
      'releaseReadme',
      'sha256sums',
      'tarGz',
    ]);
  });
});
