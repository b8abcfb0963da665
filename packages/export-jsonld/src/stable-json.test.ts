import { describe, expect, it } from 'vitest';
import { stableStringify } from './stable-json.js';

describe('stableStringify', () => {
  it('should sort keys at every level, keywords first, and keep array order', () => {
    const text = stableStringify({ name: 'x', '@type': 'Person', '@id': 'urn:a', list: [{ b: 1, a: 2 }, 'z', 'a'] });
    expect(text).toBe(
      ['{', '  "@id": "urn:a",', '  "@type": "Person",', '  "list": [', '    {', '      "a": 2,', '      "b": 1', '    },', '    "z",', '    "a"', '  ],', '  "name": "x"', '}', ''].join('\n'),
    );
  });

  it('should give the same bytes whatever order the keys were added in', () => {
    expect(stableStringify({ b: { d: 1, c: 2 }, a: null })).toBe(stableStringify({ a: null, b: { c: 2, d: 1 } }));
  });
});
