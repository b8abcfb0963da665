import { describe, expect, it } from 'vitest';
import { htmlText, renderHtml, tableCells } from './fixtures/render-html.js';
import { paragraph, table } from './mdast.js';
import { oneLine } from './one-line.js';
import { serializeMarkdown } from './serialize.js';

/** The body row of a one-column table holding `input`. */
function cellRow(input: string): string {
  return serializeMarkdown({ type: 'root', children: [table(['h'], [[input]])] }).split('\n')[2]!;
}

function paragraphLine(input: string): string {
  return serializeMarkdown({ type: 'root', children: [paragraph(input)] }).trimEnd();
}

/** Page text in a table cell → the row written. */
const CELLS: { input: string; expected: string }[] = [
  { input: 'a | b', expected: '|a \\| b|' },
  { input: 'a\\|b', expected: '|a\\\\\\|b|' },
  { input: '| leading and trailing |', expected: '|\\| leading and trailing \\||' },
  { input: 'line one\nline two', expected: '|line one line two|' },
  { input: 'a\r\n\r\nb\u2028c\td', expected: '|a b c d|' },
  { input: '<script>alert(1)</script>', expected: '|\\<script>alert(1)\\</script>|' },
  { input: '<img src=x onerror=alert(1)>', expected: '|\\<img src=x onerror=alert(1)>|' },
  { input: '<b>bold</b>', expected: '|\\<b>bold\\</b>|' },
  { input: '@name', expected: '|\\@name|' },
  { input: 'ask @name or @org/team', expected: '|ask \\@name or \\@org/team|' },
  { input: '#12', expected: '|\\#12|' },
  { input: 'see owner/repo#12', expected: '|see owner/repo\\#12|' },
  { input: 'x `code` y', expected: '|x \\`code\\` y|' },
  { input: '*bold* and _em_', expected: '|\\*bold\\* and \\_em\\_|' },
  { input: 'snake_case', expected: '|snake_case|' },
  { input: '[x](javascript:alert(1))', expected: '|\\[x]\\(javascript:alert(1))|' },
  { input: '&lt;b&gt;', expected: '|\\&lt;b\\&gt;|' },
  { input: '=SUM(A1:A2)', expected: '|=SUM(A1:A2)|' },
  { input: 'Tündük – “Uly”', expected: '|Tündük – “Uly”|' },
];

/** Page text as a paragraph → the line written. */
const PARAGRAPHS: { input: string; expected: string }[] = [
  { input: 'a | b', expected: 'a | b' },
  { input: '<script>alert(1)</script>', expected: '\\<script>alert(1)\\</script>' },
  { input: 'He <b>appoints</b> the Government.', expected: 'He \\<b>appoints\\</b> the Government.' },
  { input: '@mention and +plus and -minus', expected: '\\@mention and +plus and -minus' },
  { input: 'decree #12', expected: 'decree \\#12' },
  { input: '# not a heading', expected: '\\# not a heading' },
  { input: '- not a list', expected: '\\- not a list' },
  { input: '1. not a list', expected: '1\\. not a list' },
  { input: '> not a quote', expected: '\\> not a quote' },
  { input: '=SUM(A1:A2)', expected: '\\=SUM(A1:A2)' },
  { input: '*not emphasis*', expected: '\\*not emphasis\\*' },
  { input: 'one\ntwo', expected: 'one two' },
];

describe('serializeMarkdown', () => {
  it.each(CELLS)('should write the cell $input as $expected', ({ input, expected }) => {
    expect(cellRow(input)).toBe(expected);
  });

  it.each(CELLS)('should render the cell $input as exactly that text in one cell', ({ input }) => {
    const html = renderHtml(serializeMarkdown({ type: 'root', children: [table(['h', 'after'], [[input, 'end']])] }));
    expect(tableCells(html).map(htmlText)).toEqual([oneLine(input), 'end']);
    expect(html).not.toMatch(/<(script|img|b)\b/);
  });

  it.each(PARAGRAPHS)('should write the paragraph $input as $expected', ({ input, expected }) => {
    expect(paragraphLine(input)).toBe(expected);
  });

  it.each(PARAGRAPHS)('should render the paragraph $input as exactly that text', ({ input }) => {
    const html = renderHtml(paragraphLine(input));
    expect(html).toBe(`<p>${html.slice(3, -4)}</p>`);
    expect(htmlText(html.slice(3, -4))).toBe(oneLine(input));
  });

  it('should end the output with exactly one newline', () => {
    expect(serializeMarkdown({ type: 'root', children: [paragraph('x')] })).toBe('x\n');
    expect(serializeMarkdown({ type: 'root', children: [] })).toBe('\n');
  });

  it('should write compact tables: no aligned pipes, no padding', () => {
    const markdown = serializeMarkdown({ type: 'root', children: [table(['Role', 'Person'], [['Chair', 'A'], ['Deputy Chair', 'Somebody Long']])] });
    expect(markdown).toBe('|Role|Person|\n|-|-|\n|Chair|A|\n|Deputy Chair|Somebody Long|\n');
  });
});
