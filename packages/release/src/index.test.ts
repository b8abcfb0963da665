import { describe, expect, it } from 'vitest';
import * as api from './index.js';

describe('@profiles/release', () => {
  it('should export exactly its public API', () => {
    expect(Object.keys(api).sort()).toEqual([
      'RELEASE_FILES',
      'buildManifest',
      'buildRelease',
      'changelog',
      'changelogEntries',
      'changelogEntry',
      'countCsvRows',
      'defaultVersion',
      'describeFile',
      'inertMarkdown',
      'newestPageDate',
      'sha256sums',
    ]);
  });
});
