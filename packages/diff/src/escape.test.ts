import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from './escape.js';

describe('escapeMarkdown', () => {
  it.each([
    ['Masimov Karim Kazhimkhanovich', 'Masimov Karim Kazhimkhanovich'],
    ['A | B', 'A \\| B'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['Tom & Jerry', 'Tom &amp; Jerry'],
    ['@team please', '@&#8203;team please'],
    ['ask (@team)', 'ask (@&#8203;team)'],
    ['mail user@example.org', 'mail user@example.org'],
    ['see #12', 'see #&#8203;12'],
    ['#1 priority', '#&#8203;1 priority'],
    ['C#', 'C#'],
    ['*bold* _it_ `code` [link](x) ~~s~~ \\', '\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](x) \\~\\~s\\~\\~ \\\\'],
    ['two\nlines  and\ttabs ', 'two lines and tabs'],
  ])('should escape %j as %j', (input, output) => {
    expect(escapeMarkdown(input)).toBe(output);
  });
});
