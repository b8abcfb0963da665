import type { Provenance } from '@profiles/model';
import type { JsonValue } from '../stable-json.js';
import type { NodeProperties, NodeScope } from './node.js';

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
 *
 * @param provenance The record's source locations.
 */
export function provenanceNodes(provenance: readonly Provenance[]): JsonValue[] {
  const sorted = provenance.length > 1 ? [...provenance].sort(compare) : provenance;
  return sorted.map((p) => {
    // Keys in code-point order, the order the documents list them in.
    const node: { [term: string]: JsonValue } = { '@type': 'Provenance' };
    if (p.element !== null) node['element'] = p.element;
    node['endLine'] = p.endLine;
    node['file'] = p.file;
    node['line'] = p.line;
    node['quote'] = p.quote;
    return node;
  });
}

/**
 * The properties every record carries: its source locations and, PROV-O style, the page it was
 * derived from (`prov:wasDerivedFrom`: schema:isBasedOn is meant for creative works, not people).
 *
 * @param record Anything with provenance.
 * @param scope The profile being written.
 */
export function recordProperties(record: { provenance: readonly Provenance[] }, scope: NodeScope): NodeProperties {
  return { provenance: provenanceNodes(record.provenance), wasDerivedFrom: scope.sourceIri };
}
