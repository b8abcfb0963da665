/**
 * Counts the data rows of an RFC 4180 CSV text: records after the header, where a quoted field may
 * hold commas, doubled quotes and line breaks, lines end in LF or CRLF, and a final line break does
 * not start a record. Blank lines are not records.
 *
 * @example countCsvRows('id,name\r\n1,"A\r\nB"\r\n') // 1
 */
export function countCsvRows(text: string): number {
  let records = 0;
  let inQuotes = false;
  let lineHasContent = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') i += 1;
        else inQuotes = false;
      }
      continue;
    }
    if (c === '"') {
      inQuotes = true;
      lineHasContent = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      if (lineHasContent) records += 1;
      lineHasContent = false;
    } else if (!(i === 0 && c === '\uFEFF')) {
      lineHasContent = true;
    }
  }
  if (lineHasContent) records += 1;
  return Math.max(0, records - 1);
}
