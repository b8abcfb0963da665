import type { MergedStatistic } from '@profiles/timeline';
import { recordIri } from '../iris.js';
import { decimalLexical } from '../literals.js';
import { makeNode, type JsonLdNode, type NodeScope } from './node.js';
import { recordProperties, recordText } from './provenance.js';

/**
 * A survey figure or a turnout as a `cp:Statistic`: who measured it (`schema:author`, as text: the page names
 * the pollster, nothing more), what was asked (`cp:topic`), about what (`cp:subject`), and the
 * value as an `xsd:decimal` with `schema:unitText` (percent, rank or points) and, for a rank or a
 * score, the scale's top as `schema:maxValue` (170th of 176, 6.93 of 7).
 *
 * @param statistic The merged record (`@profiles/timeline`).
 * @param scope The country being written.
 */
export function statisticNode(statistic: MergedStatistic, scope: NodeScope): JsonLdNode {
  const text = recordText(statistic, scope);
  // Terms in code-point order, the order the document lists them in.
  return makeNode(recordIri(statistic.id, scope.base), ['Statistic'], {
    author: text(statistic.author),
    maxValue: statistic.outOf === null ? null : decimalLexical(statistic.outOf),
    subject: text(statistic.subject),
    topic: text(statistic.topic),
    unitText: statistic.unit,
    value: decimalLexical(statistic.value),
    ...recordProperties(statistic, scope),
  });
}
