/**
 * Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` (and, in some, with a tab or a
 * carriage return) as a formula: "CSV injection". The OWASP remedy is to put a single quote in front
 * of such a cell, which every spreadsheet shows as text. We also quote a cell that already starts
 * with `'`, so that the rule can be undone without guessing: drop one leading `'`, always.
 *
 * Only free-text columns get this (see `isFreeText`): a number such as `-3.5`, an ID or a date must
 * stay exactly as written, which is why csv-stringify's blanket `escape_formulas` is not used.
 */

/**
 * Makes a free-text cell safe to open in a spreadsheet.
 *
 * @example neutralizeFormula('=HYPERLINK("x")') // "'=HYPERLINK(\"x\")"
 * @param text the cell's text as the model holds it
 * @returns the text, with a `'` in front when it starts with `= + - @`, tab, CR or `'`
 */
export function neutralizeFormula(text: string): string {
  // A formula start: = + - @, tab or CR, or a quote (so the rule can always be undone).
  switch (text.charCodeAt(0)) {
    case 61: // =
    case 43: // +
    case 45: // -
    case 64: // @
    case 9: // tab
    case 13: // CR
    case 39: // '
      return `'${text}`;
    default:
      return text;
  }
}

/**
 * Undoes `neutralizeFormula`: the text as the model held it.
 *
 * @example restoreNeutralized("'=HYPERLINK(\"x\")") // '=HYPERLINK("x")'
 * @param cell a free-text cell as read from the CSV
 */
export function restoreNeutralized(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}
