import type { RootContent } from 'mdast';
import { RECORD_COLLECTIONS, type Provenance } from '@profiles/model';
import type { ProfileContext } from '../context.js';
import { compareCodePoints } from '../compare.js';
import { code, heading, link, list, paragraph, text, type Inline } from '../mdast.js';

interface Cited {
  records: number;
  first: number;
  last: number;
}

/** For each file the records cite: how many records cite it and the span of lines they cite. */
function citedFiles(context: ProfileContext): Map<string, Cited> {
  const files = new Map<string, Cited>();
  for (const collection of RECORD_COLLECTIONS) {
    // Warnings are not records: they have their own section, with their lines.
    if (collection === 'issues') continue;
    for (const record of context.profile[collection]) {
      const provenance: readonly Provenance[] = record.provenance;
      // Most records cite one file: its span without the sets and lists below.
      const only = provenance[0]?.file;
      if (only !== undefined && provenance.every((p) => p.file === only)) {
        let first = provenance[0]!.line;
        let last = provenance[0]!.endLine;
        for (const p of provenance) {
          if (p.line < first) first = p.line;
          if (p.endLine > last) last = p.endLine;
        }
        const seen = files.get(only);
        files.set(only, seen ? { records: seen.records + 1, first: Math.min(seen.first, first), last: Math.max(seen.last, last) } : { records: 1, first, last });
        continue;
      }
      for (const file of new Set(provenance.map((p) => p.file))) {
        const lines = provenance.filter((p) => p.file === file);
        const first = Math.min(...lines.map((p) => p.line));
        const last = Math.max(...lines.map((p) => p.endLine));
        const seen = files.get(file);
        files.set(file, seen ? { records: seen.records + 1, first: Math.min(seen.first, first), last: Math.max(seen.last, last) } : { records: 1, first, last });
      }
    }
  }
  return files;
}

/**
 * The citation of the page, and the files the records cite with how many records cite each. Each
 * record's own lines and quote are in the JSON model; putting line numbers in the tables would
 * rewrite every row whenever the raw page shifts by a line.
 */
export function sourcesSection(context: ProfileContext): RootContent[] {
  const { source } = context.profile;
  const { labels } = context;
  // A page with no publisher on record is cited by its title alone.
  const citation: Inline[] = [text(source.publisher === null ? `“${source.title}”` : `${source.publisher}, “${source.title}”`)];
  if (source.url !== null) citation.push(text(', '), link(source.url));
  citation.push(text(source.retrieved === null ? '.' : labels.retrievedOn(source.retrieved)));
  const files = [...citedFiles(context)].sort(([a], [b]) => compareCodePoints(a, b));
  return [
    heading(2, labels.headings.sources),
    paragraph(...citation),
    ...(files.length === 0
      ? []
      : [
          paragraph(labels.citesLead),
          list(
            files.map(([file, cited]): Inline => [
              code(file),
              text(`: ${labels.citedLines(cited.records, cited.first, cited.last)}`),
            ]),
          ),
        ]),
  ];
}
