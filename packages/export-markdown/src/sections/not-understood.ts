import type { RootContent } from 'mdast';
import type { Issue } from '@profiles/model';
import type { ProfileContext } from '../context.js';
import { compareCodePoints } from '../compare.js';
import { code, heading, paragraph, table } from '../mdast.js';
import { oneLine } from '../one-line.js';

/** Longest a quoted text is shown; the JSON model and issues.csv keep it whole. */
export const MAX_QUOTE = 160;

/** Shortens text to `max` characters at a word boundary, with an ellipsis; on one line. */
export function shortQuote(text: string, max = MAX_QUOTE): string {
  const flat = oneLine(text);
  const characters = [...flat];
  if (characters.length <= max) return flat;
  const cut = characters.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * Where a warning points: its first location's line (`63`) or line range (`63–65`), with the file
 * in front only when it is not the page's own.
 */
export function issueLine(issue: Issue, pageFile: string): string {
  const first = issue.provenance[0]!;
  const lines = first.endLine > first.line ? `${first.line}–${first.endLine}` : String(first.line);
  return first.file === pageFile ? lines : `${first.file}:${lines}`;
}

/** Warnings in page order: by file, line, code, then ID (code points). */
export function byPlace(a: Issue, b: Issue): number {
  const x = a.provenance[0]!;
  const y = b.provenance[0]!;
  return compareCodePoints(x.file, y.file) || x.line - y.line || compareCodePoints(a.code, b.code) || compareCodePoints(a.id, b.id);
}

/**
 * What the ingest met on the page but could not read, so a reader knows what the sections above
 * may lack: one row per warning (line, code, message, the quoted page text, shortened). Nothing
 * when the page has no warnings.
 */
export function notUnderstoodSection({ profile, labels }: ProfileContext): RootContent[] {
  if (profile.issues.length === 0) return [];
  const issues = [...profile.issues].sort(byPlace);
  const { columns } = labels;
  return [
    heading(2, labels.headings.notUnderstood),
    paragraph(labels.notUnderstoodLead(issues.length)),
    table(
      [columns.line, columns.code, columns.message, columns.pageText],
      issues.map((issue) => [issueLine(issue, profile.source.file), code(issue.code), issue.message, shortQuote(issue.provenance[0]!.quote)]),
    ),
  ];
}
