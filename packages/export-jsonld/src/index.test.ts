import { describe, expect, it } from 'vitest';
import * as api from './index.js';

describe('@profiles/export-jsonld', () => {
  it('should expose exactly its public API', () => {
    expect(Object.keys(api).sort()).toEqual([
      'CONTEXT_FILE',
      'DEFAULT_BASE',
      'DEFAULT_VOCAB',
      'SHAPES_FILE',
      'countryDocument',
      'countryDocumentPath',
      'documentPath',
      'exportJsonLd',
      'jsonLdContext',
      'jsonLdPages',
      'pageDocument',
      'recordIri',
      'shapesTurtle',
    ]);
  });
});
