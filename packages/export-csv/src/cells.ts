import { isFreeText, LIST_SEPARATOR, type Column } from './columns.js';
import { compareCodePoints } from './compare.js';
import { neutralizeFormula } from './neutralize.js';
import type { Cell } from './table.js';

/**
 * Writes a number with a dot as the decimal mark and no grouping: JavaScript's shortest form that
 * reads back as the same number (`63.2`, `-3.5`, `6`).
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`cannot write ${value} in a CSV number column`);
  return Object.is(value, -0) ? '0' : String(value);
}

/**
 * Turns a cell into the text written to the CSV: `null` → empty, numbers with a dot, lists sorted
 * and joined with "; ", and free text guarded against formulas. A wrong type or a missing required
 * value is a bug upstream, so it throws rather than writing a bad cell.
 *
 * @param column the column the cell is in
 * @param value the cell as a row builder made it
 */
export function formatCell(column: Column, value: Cell): string {
  if (value === null || (Array.isArray(value) && value.length === 0)) {
    if (column.required) throw new TypeError(`column ${column.name} is required but has no value`);
    return '';
  }
  switch (column.kind) {
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) throw new TypeError(`column ${column.name} needs an integer, got ${String(value)}`);
      return formatNumber(value);
    case 'number':
      if (typeof value !== 'number') throw new TypeError(`column ${column.name} needs a number, got ${String(value)}`);
      return formatNumber(value);
    case 'list':
      if (!Array.isArray(value)) throw new TypeError(`column ${column.name} needs a list`);
      return neutralizeFormula([...(value as readonly string[])].sort(compareCodePoints).join(LIST_SEPARATOR));
    default:
      if (typeof value !== 'string') throw new TypeError(`column ${column.name} needs text, got ${String(value)}`);
      return isFreeText(column) ? neutralizeFormula(value) : value;
  }
}
