import { describe, expect, it } from 'vitest';
import { type Column, codeColumn, dateColumn, enumColumn, idColumn, integerColumn, listColumn, numberColumn, textColumn, urlColumn } from './columns.js';
import { formatCell } from './cells.js';
import type { Cell } from './table.js';

const text = textColumn('text', 'Free text.');
const list = listColumn('aliases', 'Names.');
const number = numberColumn('value', 'A figure.');
const integer = integerColumn('position', 'A position.');
const id = idColumn('id', 'person', 'An ID.');
const date = dateColumn('date', 'A date.');
const code = codeColumn('file', 'A path.');
const url = urlColumn('url', 'A link.');
const kind = enumColumn('kind', ['election', 'referendum'], 'A kind.');

const rows: { name: string; column: Column; input: Cell; output: string }[] = [
  { name: 'keeps -3.5 in a number column', column: number, input: -3.5, output: '-3.5' },
  { name: 'writes 63.2 with a dot', column: number, input: 63.2, output: '63.2' },
  { name: 'writes -0 as 0', column: number, input: -0, output: '0' },
  { name: 'writes an integer plainly', column: integer, input: 12, output: '12' },
  { name: 'guards -3.5 in a text column', column: text, input: '-3.5', output: "'-3.5" },
  { name: 'guards =HYPERLINK("x") in a text column', column: text, input: '=HYPERLINK("x")', output: `'=HYPERLINK("x")` },
  { name: 'leaves plain text untouched', column: text, input: 'Security Council', output: 'Security Council' },
  { name: 'writes null as an empty cell', column: text, input: null, output: '' },
  { name: 'sorts a list by code point and joins it with "; "', column: list, input: ['b', 'B', 'a', 'Ä'], output: 'B; a; b; Ä' },
  { name: 'guards a list whose first value starts a formula', column: list, input: ['=x', 'y'], output: "'=x; y" },
  { name: 'writes an empty list as an empty cell', column: list, input: [], output: '' },
  { name: 'never guards an ID', column: id, input: 'kg-person-0123456789ab', output: 'kg-person-0123456789ab' },
  { name: 'never guards a date', column: date, input: '2011-10', output: '2011-10' },
  { name: 'never guards a code', column: code, input: '-odd-path', output: '-odd-path' },
  { name: 'never guards a URL', column: url, input: 'http://example.org/?a=-1', output: 'http://example.org/?a=-1' },
  { name: 'writes an enum value as it is', column: kind, input: 'election', output: 'election' },
];

describe('formatCell', () => {
  it.each(rows)('should $name', ({ column, input, output }) => {
    expect(formatCell(column, input)).toBe(output);
  });

  it.each([
    { name: 'text in a number column', column: number, input: '3' as Cell },
    { name: 'a fraction in an integer column', column: integer, input: 1.5 },
    { name: 'NaN in a number column', column: number, input: Number.NaN },
    { name: 'a number in a text column', column: text, input: 3 },
    { name: 'null in a required column', column: textColumn('name', 'A name.', { required: true }), input: null },
  ])('should refuse $name', ({ column, input }) => {
    expect(() => formatCell(column, input)).toThrow();
  });
});
