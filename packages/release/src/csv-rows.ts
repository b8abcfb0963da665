/**
 * Counts the data rows of a CSV text: records after the header. A quoted field may hold commas,
 * doubled quotes and line breaks. The line terminator is the one that ends the header, as a reader
 * honouring the file's dialect (Data Package `lineTerminator`, csv-parse's auto-detection) reads
 * it: after a CRLF header only CRLF ends a record, so a bare LF is field text. A final line break
 * does not start a record; blank lines are not records; a UTF-8 BOM is skipped.
 *
 * @example countCsvRows('id,name\r\n1,"A\r\nB"\r\n') // 1
 */
export function countCsvRows(text: string): number {
  let records = 0;
  let inQuotes = false;
  let lineHasContent = false;
  /** The record terminator, known from the first line break outside quotes. */
  let terminator: '\r\n' | '\n' | '\r' | null = null;
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
      continue;
    }
    if (c === '\n' || c === '\r') {
      const found = c === '\r' && text[i + 1] === '\n' ? '\r\n' : c;
      terminator ??= found;
      if (found === terminator) {
        i += found.length - 1;
        if (lineHasContent) records += 1;
        lineHasContent = false;
        continue;
      }
    }
    if (!(i === 0 && c === '\uFEFF')) lineHasContent = true;
  }
  if (lineHasContent) records += 1;
  return Math.max(0, records - 1);
}
