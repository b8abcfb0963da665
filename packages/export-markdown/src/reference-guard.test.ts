import type { PhrasingContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { link, text } from './mdast.js';
import { serializeMarkdown } from './serialize.js';

function line(...children: PhrasingContent[]): string {
  return serializeMarkdown({ type: 'root', children: [{ type: 'paragraph', children }] }).trimEnd();
}

describe('referenceGuard', () => {
  it.each([
    { input: '@name', expected: '\\@name' },
    { input: 'see @org/team', expected: 'see \\@org/team' },
    { input: 'mail a@b.example', expected: 'mail a\\@b.example' },
    { input: 'decree #12', expected: 'decree \\#12' },
    { input: 'owner/repo#12', expected: 'owner/repo\\#12' },
    { input: 'C#', expected: 'C\\#' },
  ])('should escape $input in text as $expected', ({ input, expected }) => {
    expect(line(text(input))).toBe(expected);
  });

  it('should escape link text but leave the address alone', () => {
    expect(line(link('http://x.example/#top', '@top'))).toBe('[\\@top](http://x.example/#top)');
    expect(line(link('http://x.example/#top'))).toBe('<http://x.example/#top>');
  });
});
