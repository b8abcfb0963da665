import type { MergedEvent } from '@profiles/timeline';
import { recordIri } from '../iris.js';
import { dateLiteral, decimalLexical } from '../literals.js';
import { link, makeNode, type JsonLdNode, type NodeScope } from './node.js';
import { recordProperties } from './provenance.js';

const KIND_CLASS = { election: 'Election', referendum: 'Referendum' } as const;

/**
 * An election or referendum as a `schema:Event` and the matching project class. Neither schema.org,
 * ORG nor Popolo models results, so the winner, the office, the vote share (an `xsd:decimal`
 * percentage) and the term are project terms.
 *
 * @param event The merged record (`@profiles/timeline`).
 * @param scope The country being written.
 */
export function eventNode(event: MergedEvent, scope: NodeScope): JsonLdNode {
  // Terms in code-point order, the order the document lists them in.
  return makeNode(recordIri(event.id, scope.base), ['Event', KIND_CLASS[event.kind]], {
    description: event.description,
    office: link(event.organizationId, scope.base),
    outcome: event.outcome,
    startDate: dateLiteral(event.date),
    termYears: event.termYears,
    voteShare: event.voteShare === null ? null : decimalLexical(event.voteShare),
    ...recordProperties(event, scope),
    winner: link(event.personId, scope.base),
  });
}
