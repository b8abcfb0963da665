import { describe, expect, it } from 'vitest';
import * as api from './index.js';

describe('@profiles/diff', () => {
  it('should export exactly its public API', () => {
    expect(Object.keys(api).sort()).toEqual([
      'DIFF_COMMENT_MARKER',
      'DIFF_JSON_VERSION',
      'DIFF_KINDS',
      'IGNORED_FIELDS',
      'IGNORED_PAGE_FIELDS',
      'compareCodePoints',
      'diffDatasets',
      'escapeMarkdown',
      'renderDiffJson',
      'renderDiffMarkdown',
      'renderSnapshotChangesMarkdown',
      'summaryLine',
      'warningsLine',
    ]);
  });
});
