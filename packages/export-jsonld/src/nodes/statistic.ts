import type { Statistic } from '@profiles/model';
import { recordIri } from '../iris.js';
import { decimalLexical } from '../literals.js';
import { makeNode, type JsonLdNode, type NodeScope } from './node.js';
import { provenanceNodes } from './provenance.js';

/**
 * A survey figure as a `cp:Statistic`: who measured it (`schema:author`, as text: the page names
 * the pollster, nothing more), what was asked (`cp:topic`), about what (`cp:subject`), and the
 * value as an `xsd:decimal` with `schema:unitText`.
 *
 * @param statistic The model record.
 * @param scope The profile being written.
 */
export function statisticNode(statistic: Statistic, scope: NodeScope): JsonLdNode {
  // Terms in code-point order, the order the document lists them in.
  return makeNode(recordIri(statistic.id, scope.base), ['Statistic'], {
    author: statistic.author,
    provenance: provenanceNodes(statistic.provenance),
    subject: statistic.subject,
    topic: statistic.topic,
    unitText: statistic.unit,
    value: decimalLexical(statistic.value),
    wasDerivedFrom: scope.sourceIri,
  });
}
