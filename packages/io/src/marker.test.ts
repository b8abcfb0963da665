import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as io from './index.js';
import * as marker from './marker.js';

/** The modules a source file imports (static `import … from '…'` only). */
function importsOf(url: URL): string[] {
  return [...readFileSync(fileURLToPath(url), 'utf8').matchAll(/^import [^;]*? from '([^']+)';/gm)].map((m) => m[1]!);
}

describe('@profiles/io/marker', () => {
  it('should give the same marker as the package', () => {
    expect(marker.DATASET_MARKER).toBe(io.DATASET_MARKER);
    expect(marker.DATASET_MARKER_TEXT).toBe(io.DATASET_MARKER_TEXT);
  });

  it('should load nothing but the schema version, so the marker task loads no schema', () => {
    expect(importsOf(new URL('./marker.ts', import.meta.url))).toEqual(['@profiles/model/version']);
    expect(importsOf(new URL('../../model/src/version.ts', import.meta.url))).toEqual([]);
  });
});
