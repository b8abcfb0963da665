import { describe, expect, it } from 'vitest';
import { compareCodePoints, compareKeys } from './order.js';

describe('compareCodePoints', () => {
  it.each([
    ['a', 'b', -1],
    ['b', 'a', 1],
    ['a', 'a', 0],
    ['a', 'ab', -1],
    ['Z', 'a', -1],
    ['z', 'Ä', -1],
    // U+FF5E (one UTF-16 unit) sorts before U+1F600 (two units, the first 0xD83D): code points, not units.
    ['\uFF5E', '\u{1F600}', -1],
  ])('should order %j and %j as %i', (a, b, order) => {
    expect(Math.sign(compareCodePoints(a, b))).toBe(order);
  });

  it('should compare key tuples element by element', () => {
    expect(compareKeys(['a', 'z'], ['b', 'a'])).toBeLessThan(0);
    expect(compareKeys(['a'], ['a', 'b'])).toBeLessThan(0);
    expect(compareKeys(['a', 'b'], ['a', 'b'])).toBe(0);
  });
});
