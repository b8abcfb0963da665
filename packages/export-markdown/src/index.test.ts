import { describe, expect, it } from 'vitest';
import * as api from './index.js';

describe('@profiles/export-markdown', () => {
  it('should expose exactly its public API', () => {
    expect(Object.keys(api).sort()).toEqual(['exportMarkdown', 'markdownPages', 'pagePath', 'renderIndex', 'renderProfile']);
  });
});
