import type { Statistic } from '@profiles/model';
import { recordIri } from '../iris.js';
import { decimalLexical } from '../literals.js';
import { makeNode, type JsonLdNode, type NodeScope } from './node.js';
import { recordProperties } from './provenance.js';

/**
 * A survey figure as a `cp:Statistic`: who measured it (`schema:author`, as text: the page names
 * the pollster, nothing more), what was asked (`cp:topic`), about what (`cp:subject`), and the
 * value as an `xsd:decimal` with `schema:unitText`.
 *
 * @param statistic The model record.
 * @param scope The profile being written.
 */
export function statisticNode(statistic: Statistic, scope: NodeScope): JsonLdNode {
  return makeNode(recordIri(statistic.id, scope.base), ['Statistic'], {
    author: statistic.author,
    topic: statistic.topic,
    subject: statistic.subject,
    value: decimalLexical(statistic.value),
    unitText: statistic.unit,
    ...recordProperties(statistic, scope),
  });
}
