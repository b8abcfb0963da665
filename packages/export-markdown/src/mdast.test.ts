import { describe, expect, it } from 'vitest';
import { comment, link, list, paragraphs, table, text } from './mdast.js';
import { serializeMarkdown } from './serialize.js';

describe('comment', () => {
  it.each([
    { input: 'Generated from raw/kg/a.html', expected: '<!-- Generated from raw/kg/a.html -->' },
    { input: 'end --> <script>', expected: '<!-- end - -> <script> -->' },
    { input: 'a\nb', expected: '<!-- a b -->' },
  ])('should write $input as $expected, never closing early', ({ input, expected }) => {
    expect(comment(input).value).toBe(expected);
  });
});

describe('table', () => {
  it('should pad short rows so every row has as many cells as the header', () => {
    const markdown = serializeMarkdown({ type: 'root', children: [table(['a', 'b', 'c'], [['1'], ['2', 'x', 'y']])] });
    expect(markdown.split('\n')[2]).toBe('|1|||');
  });

  it('should leave out a column that is empty on every row, but never the first', () => {
    const markdown = serializeMarkdown({ type: 'root', children: [table(['a', 'since', 'b', 'website'], [['', '', 'x', ''], ['', '', 'y', '']])] });
    expect(markdown.split('\n').slice(0, 4)).toEqual(['|a|b|', '|-|-|', '||x|', '||y|']);
    expect(serializeMarkdown({ type: 'root', children: [table(['a', 'b'], [])] }).split('\n')[0]).toBe('|a|b|');
  });

  it('should flatten line breaks inside links in a cell', () => {
    const markdown = serializeMarkdown({ type: 'root', children: [table(['a'], [[link('http://x.example/', 'two\nlines')]])] });
    expect(markdown.split('\n')[2]).toBe('|[two lines](http://x.example/)|');
  });
});

describe('paragraphs', () => {
  it('should make one paragraph per blank-line-separated block, and none for null', () => {
    expect(paragraphs('One.\n\nTwo\nthree.').map((p) => p.children)).toEqual([[text('One.')], [text('Two three.')]]);
    expect(paragraphs(null)).toEqual([]);
  });
});

describe('list', () => {
  it('should number an ordered list from 1', () => {
    expect(serializeMarkdown({ type: 'root', children: [list(['a', 'b'], true)] })).toBe('1. a\n2. b\n');
  });
});

describe('link', () => {
  it.each([
    { url: 'http://www.mod.example.kg/', text: undefined, expected: '<http://www.mod.example.kg/>' },
    { url: 'https://x.example/a b', text: 'A', expected: '[A](<https://x.example/a b>)' },
    { url: 'kg/executive-branch.md', text: 'Kyrgyzstan', expected: '[Kyrgyzstan](kg/executive-branch.md)' },
    { url: 'javascript:alert(1)', text: undefined, expected: 'javascript:alert(1)' },
    { url: 'data:text/html,<b>x</b>', text: 'Who rules?', expected: 'Who rules? (data:text/html,\\<b>x\\</b>)' },
  ])('should write a link to $url as $expected', ({ url, text: label, expected }) => {
    expect(serializeMarkdown({ type: 'root', children: [{ type: 'paragraph', children: [link(url, label)] }] })).toBe(`${expected}\n`);
  });
});
