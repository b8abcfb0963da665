import type { ProfileEvent } from '@profiles/model';
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
 * @param event The model record.
 * @param scope The profile being written.
 */
export function eventNode(event: ProfileEvent, scope: NodeScope): JsonLdNode {
  return makeNode(recordIri(event.id, scope.base), ['Event', KIND_CLASS[event.kind]], {
    startDate: dateLiteral(event.date),
    office: link(event.organizationId, scope.base),
    winner: link(event.personId, scope.base),
    voteShare: event.voteShare === null ? null : decimalLexical(event.voteShare),
    termYears: event.termYears,
    outcome: event.outcome,
    description: event.description,
    ...recordProperties(event, scope),
  });
}
