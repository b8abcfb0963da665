/**
 * How every CSV file is written, as a Frictionless Table Dialect. The writer takes its record
 * delimiter from here, so the file and the data package's `dialect` cannot disagree.
 *
 * RFC 4180: comma-separated, CRLF after every record (the last one too), fields quoted with `"`
 * only when they hold a comma, a quote or a line break, quotes doubled. A field may hold line breaks
 * (paragraphs of page text): those stay as the page has them (LF) inside the quotes.
 */
export const CSV_DIALECT = {
  header: true,
  delimiter: ',',
  lineTerminator: '\r\n',
  quoteChar: '"',
  doubleQuote: true,
} as const;

/** The encoding of every CSV file: UTF-8 without a byte-order mark. */
export const CSV_ENCODING = 'utf-8';
