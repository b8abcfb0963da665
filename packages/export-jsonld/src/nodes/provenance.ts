import type { Provenance } from '@profiles/model';
import type { JsonValue } from '../stable-json.js';
import type { NodeProperties, NodeScope } from './node.js';

function compare(a: Provenance, b: Provenance): number {
  const keyA = [a.file, String(a.line).padStart(10, '0'), String(a.endLine).padStart(10, '0'), a.element ?? '', a.quote];
  const keyB = [b.file, String(b.line).padStart(10, '0'), String(b.endLine).padStart(10, '0'), b.element ?? '', b.quote];
  for (let i = 0; i < keyA.length; i += 1) {
    if (keyA[i]! < keyB[i]!) return -1;
    if (keyA[i]! > keyB[i]!) return 1;
  }
  return 0;
}

/**
 * Where a record came from, as `cp:Provenance` nodes embedded in it (blank nodes: a location has no
 * identity of its own). Sorted by file, line and text, so the output does not depend on input order.
 *
 * @param provenance The record's source locations.
 */
export function provenanceNodes(provenance: readonly Provenance[]): JsonValue[] {
  return [...provenance].sort(compare).map((p) => {
    const node: { [term: string]: JsonValue } = { '@type': 'Provenance', file: p.file, line: p.line, endLine: p.endLine, quote: p.quote };
    if (p.element !== null) node['element'] = p.element;
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
