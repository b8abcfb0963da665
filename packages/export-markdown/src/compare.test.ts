import { describe, expect, it } from 'vitest';
import { byKeys, compareCodePoints } from './compare.js';

describe('compareCodePoints', () => {
  it.each([
    { a: 'a', b: 'b', expected: -1 },
    { a: 'b', b: 'a', expected: 1 },
    { a: 'a', b: 'a', expected: 0 },
    { a: 'a', b: 'ab', expected: -1 },
    { a: '', b: 'a', expected: -1 },
    { a: 'Z', b: 'a', expected: -1 },
    { a: 'z', b: 'ä', expected: -1 },
    // U+FF5E sorts before U+1F600 by code point, after it by UTF-16 code unit.
    { a: '\uff5e', b: '\u{1f600}', expected: -1 },
  ])('should order $a against $b as $expected', ({ a, b, expected }) => {
    expect(Math.sign(compareCodePoints(a, b))).toBe(expected);
  });
});

describe('byKeys', () => {
  it('should compare by the first key, then the next', () => {
    const rows = [
      { role: 'Chair', name: 'B' },
      { role: 'Adviser', name: 'Z' },
      { role: 'Chair', name: 'A' },
    ];
    expect(rows.sort(byKeys((r) => [r.role, r.name]))).toEqual([
      { role: 'Adviser', name: 'Z' },
      { role: 'Chair', name: 'A' },
      { role: 'Chair', name: 'B' },
    ]);
  });
});
