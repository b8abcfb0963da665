import { describe, expect, it } from 'vitest';
import { collapseBreaks, oneLine, paragraphTexts } from './one-line.js';

describe('oneLine', () => {
  it.each([
    { input: 'a\nb', expected: 'a b' },
    { input: 'a\r\nb', expected: 'a b' },
    { input: 'a\rb', expected: 'a b' },
    { input: 'a\u2028b\u2029c\u0085d', expected: 'a b c d' },
    { input: '  a \n\n  b  ', expected: 'a b' },
    { input: 'a\tb', expected: 'a b' },
    { input: 'a\u00a0b', expected: 'a\u00a0b' },
  ])('should write $input as $expected', ({ input, expected }) => {
    expect(oneLine(input)).toBe(expected);
  });
});

describe('collapseBreaks', () => {
  it('should keep one space at the ends', () => {
    expect(collapseBreaks('Website:\n')).toBe('Website: ');
  });
});

describe('paragraphTexts', () => {
  it.each([
    { input: 'One.', expected: ['One.'] },
    { input: 'One.\n\nTwo.', expected: ['One.', 'Two.'] },
    { input: 'One\nline.\n \n\nTwo.\n', expected: ['One line.', 'Two.'] },
    { input: 'One.\r\n\r\nTwo.', expected: ['One.', 'Two.'] },
    { input: '\n\n', expected: [] },
  ])('should split $input into $expected', ({ input, expected }) => {
    expect(paragraphTexts(input)).toEqual(expected);
  });
});
