import { describe, expect, it } from 'vitest';
import { sampleProfile } from '@profiles/model';
import { secondProfile } from './fixtures/profiles.js';
import { mergeCountry } from '@profiles/timeline';
import { countryDocument, countryDocumentPath, documentPath, exportJsonLd, pageDocument } from './index.js';
import { hasSortedKeys, stableStringify, withSortedKeys, type JsonValue } from './stable-json.js';

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

describe('stableStringify against JSON.stringify of sorted copies', () => {
  /** How the documents were written before: sorted copies, then JSON.stringify. */
  function sortedCopy(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(sortedCopy);
    if (value === null || typeof value !== 'object') return value;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) sorted[key] = sortedCopy((value as Record<string, unknown>)[key]);
    return sorted;
  }

  it.each([
    { value: { b: [], a: {}, c: [{}, []], '@id': 'x' } },
    { value: { '10': 'ten', '9': 'nine', a: 1, '01': 'zero one', '@type': ['A', 'B'] } },
    { value: { text: 'quote " backslash \\ newline \n tab \t control \u0001 lone \ud800 emoji 😀', n: -0, m: 1e21, k: 0.1 } },
    { value: [null, true, false, 'x', 1.5, [[]]] },
    { value: 'top-level string' },
  ])('should write $value as JSON.stringify would', ({ value }) => {
    expect(stableStringify(value as JsonValue)).toBe(`${JSON.stringify(sortedCopy(value), null, 2)}\n`);
  });

  it('should write a value sorted beforehand as the value itself', () => {
    const value = { b: [1, { d: 2, c: 3 }], a: 'x', '2': 'two' };
    expect(stableStringify(withSortedKeys(value as JsonValue))).toBe(stableStringify(value as JsonValue));
  });
});

describe('the documents exportJsonLd writes', () => {
  it('should hold only objects whose keys are in sorted order, so they are written without a copy', () => {
    for (const profile of [sampleProfile(), secondProfile()]) {
      const dataset = mergeCountry([profile]);
      const files = exportJsonLd([profile]);
      for (const [path, document] of [
        [countryDocumentPath(profile.source.country.code), countryDocument(dataset)],
        [documentPath(profile), pageDocument(dataset.snapshots[0]!)],
      ] as const) {
        expect(hasSortedKeys(document['@graph'] as unknown as JsonValue), path).toBe(true);
        expect(files.get(path), path).toBe(stableStringify(document as unknown as JsonValue));
      }
    }
  });
});
