import { describe, expect, it } from 'vitest';
import { compareCodePoints } from './compare.js';

describe('compareCodePoints', () => {
  it.each([
    { a: 'a', b: 'b', sign: -1 },
    { a: 'B', b: 'a', sign: -1 },
    { a: 'a', b: 'a', sign: 0 },
    { a: 'a', b: 'ab', sign: -1 },
    { a: 'kg-org-2', b: 'kg-org-10', sign: 1 },
    { a: 'Z', b: 'Ä', sign: -1 },
    // U+FFFF sorts before U+1F600 by code point, although its UTF-16 unit is above the surrogates'.
    { a: '\uFFFF', b: '😀', sign: -1 },
    { a: '\uE000', b: '𝒜', sign: -1 },
    { a: '😀', b: '😁', sign: -1 },
  ])('should order $a against $b as $sign', ({ a, b, sign }) => {
    expect(Math.sign(compareCodePoints(a, b))).toBe(sign);
    expect(Math.sign(compareCodePoints(b, a))).toBe(-sign || 0);
  });

  it('should not depend on the locale', () => {
    const words = ['é', 'e', 'f', 'E', 'z', 'É'];
    expect([...words].sort(compareCodePoints)).toEqual(['E', 'e', 'f', 'z', 'É', 'é']);
  });
});
