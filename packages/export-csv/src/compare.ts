import type { Column } from './columns.js';
import type { Cell, Row } from './table.js';

/**
 * Compares strings by Unicode code point, the same on every machine and locale (unlike
 * `localeCompare`). JavaScript's `<` compares UTF-16 code units, which puts U+E000–U+FFFF after
 * the astral characters; shifting the code units as below restores code-point order.
 *
 * @returns negative when `a` sorts first, positive when `b` does, 0 when equal
 */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointOrder(x) - codePointOrder(y);
  }
  return a.length - b.length;
}

/** Surrogates (astral characters) move above U+FFFF's unit; U+E000–U+FFFF move down to make room. */
function codePointOrder(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000;
  if (unit >= 0xe000) return unit - 0x800;
  return unit;
}

/** Compares two cells of one column: numbers by value, text by code point, empty cells first. */
function compareCells(column: Column, a: Cell | undefined, b: Cell | undefined): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return compareCodePoints(a, b);
  throw new TypeError(`cannot compare the ${column.name} values ${String(a)} and ${String(b)}`);
}

/**
 * Orders rows by the given key columns, in turn.
 *
 * @param key the primary-key columns of the table, in key order
 */
export function compareRowsBy(key: readonly Column[]): (a: Row, b: Row) => number {
  return (a, b) => {
    for (const column of key) {
      const order = compareCells(column, a[column.name], b[column.name]);
      if (order !== 0) return order;
    }
    return 0;
  };
}
