import type { Provenance } from '@profiles/model';
import type { Seen } from '@profiles/timeline';
import { recordIri } from '../iris.js';
import { quoteLanguage, recordLanguage, type PageLanguages } from '../languages.js';
import { dateLiteral, textIn, type TextWriter } from '../literals.js';
import type { JsonValue } from '../stable-json.js';
import { sortedStrings, type NodeProperties, type NodeScope } from './node.js';

/**
 * Line numbers in numeric order (the same as the zero-padded 10-digit text they were once sorted
 * by, for every line a page under the size limit can have).
 */
const compareLines = (a: number, b: number): number => a - b;

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function compare(a: Provenance, b: Provenance): number {
  return (
    compareText(a.file, b.file) ||
    compareLines(a.line, b.line) ||
    compareLines(a.endLine, b.endLine) ||
    compareText(a.element ?? '', b.element ?? '') ||
    compareText(a.quote, b.quote)
  );
}

/**
 * Where a record came from, as `cp:Provenance` nodes embedded in it (blank nodes: a location has no
 * identity of its own). Sorted by file, line and text, so the output does not depend on input order.
 * Each quote is in the language of the page it was quoted from.
 *
 * @param provenance The record's source locations.
 * @param languages The document's pages.
 * @param fallback The record's language, for a file that is none of the document's pages.
 */
export function provenanceNodes(provenance: readonly Provenance[], languages: PageLanguages, fallback: string): JsonValue[] {
  const sorted = provenance.length > 1 ? [...provenance].sort(compare) : provenance;
  return sorted.map((p) => {
    // Keys in code-point order, the order the documents list them in.
    const node: { [term: string]: JsonValue } = { '@type': 'Provenance' };
    if (p.element !== null) node['element'] = p.element;
    node['endLine'] = p.endLine;
    node['file'] = p.file;
    node['line'] = p.line;
    node['quote'] = { '@language': quoteLanguage(p.file, languages, fallback), '@value': p.quote };
    return node;
  });
}

/**
 * The properties every record of the country carries: its source locations (on every page that
 * shows it), the snapshots it was read from (`prov:wasDerivedFrom` each snapshot's
 * `schema:WebPage`: PROV-O, as schema:isBasedOn is meant for creative works, not people), and
 * when it was first and last seen (`cp:firstSeen`, `cp:lastSeen`, the dates of the first and
 * last snapshot that show it, typed at their precision).
 *
 * @param record A merged record of `@profiles/timeline`.
 * @param scope The country being written.
 */
export function recordProperties(record: { provenance: readonly Provenance[] } & Seen, scope: NodeScope): NodeProperties {
  return {
    firstSeen: record.firstSeen === null ? null : dateLiteral(record.firstSeen),
    lastSeen: record.lastSeen === null ? null : dateLiteral(record.lastSeen),
    provenance: provenanceNodes(record.provenance, scope.languages, recordLanguage(record.sourceIds, scope.languages)),
    wasDerivedFrom: derivedFrom(record.sourceIds, scope),
  };
}

/**
 * The writer of a merged record's text: in the language of the snapshot its fields come from (see
 * `recordLanguage`).
 *
 * @param record A merged record of `@profiles/timeline`.
 * @param scope The country being written.
 */
export function recordText(record: Seen, scope: NodeScope): TextWriter {
  return textIn(recordLanguage(record.sourceIds, scope.languages));
}

/** The IRIs of the snapshots' pages, sorted: one IRI stays a string, several a list. */
export function derivedFrom(sourceIds: readonly string[], scope: NodeScope): string | string[] {
  const iris = sortedStrings(sourceIds.map((id) => recordIri(id, scope.base)));
  return iris.length === 1 ? iris[0]! : iris;
}
