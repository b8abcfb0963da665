import type { ElectionResult } from '@profiles/model';
import type { MergedEvent } from '@profiles/timeline';
import { recordIri } from '../iris.js';
import { dateLiteral, decimalLexical } from '../literals.js';
import type { JsonValue } from '../stable-json.js';
import { link, makeNode, type JsonLdNode, type NodeScope } from './node.js';
import { recordProperties, recordText } from './provenance.js';

const KIND_CLASS = {
  election: 'Election',
  referendum: 'Referendum',
  inauguration: 'Inauguration',
  resignation: 'Resignation',
  death: 'Death',
  upheaval: 'Upheaval',
  decision: 'Decision',
} as const satisfies Record<MergedEvent['kind'], string>;

/** Kinds of events won by a candidate: the person is their winner; of the others, whom the event is about. */
const VOTES = new Set<MergedEvent['kind']>(['election', 'referendum']);

/**
 * One candidate's result as a `cp:ElectionResult` (a blank node: it has no identity apart from its
 * election): the candidate (`cp:candidate`, a person), the place (`cp:rank`, 1 for the winner; absent where the page places no one) and
 * the share (`cp:voteShare`, an `xsd:decimal` percentage, absent where the page gives none) and the
 * count (`cp:votes`, an `xsd:integer`, absent where the page gives none).
 *
 * @param result One entry of the event's `results`.
 * @param base The base IRI of the document's nodes.
 */
export function resultNode(result: ElectionResult, base: string): { [term: string]: JsonValue } {
  // Keys in code-point order ("@type" first), the order the documents list them in.
  const node: { [term: string]: JsonValue } = { '@type': 'ElectionResult', candidate: link(result.personId, base)! };
  // A place the page gives no figures for (the one candidate named of a round nobody won) is absent.
  if (result.rank !== null) node['rank'] = result.rank;
  if (result.voteShare !== null) node['voteShare'] = decimalLexical(result.voteShare);
  if (result.votes !== null) node['votes'] = result.votes;
  return node;
}

/**
 * An election or referendum as a `schema:Event` and the matching project class; another dated event
 * (an inauguration, a resignation, a death, an upheaval, a decision) likewise, the person it is
 * about as `schema:about`. Neither schema.org,
 * ORG nor Popolo models results, so the winner, the office, the vote share (an `xsd:decimal`
 * percentage), the winner's votes (`cp:votes`), the turnout (`cp:turnout`, an `xsd:decimal`
 * percentage of the voters), the page's own name for the event (`cp:title`), the term and every candidate's result (`cp:result`, see `resultNode`) are project
 * terms.
 *
 * @param event The merged record (`@profiles/timeline`).
 * @param scope The country being written.
 */
export function eventNode(event: MergedEvent, scope: NodeScope): JsonLdNode {
  const text = recordText(event, scope);
  // Terms in code-point order, the order the document lists them in.
  const vote = VOTES.has(event.kind);
  return makeNode(recordIri(event.id, scope.base), ['Event', KIND_CLASS[event.kind]], {
    about: vote ? null : link(event.personId, scope.base),
    description: text(event.description),
    office: link(event.organizationId, scope.base),
    outcome: text(event.outcome),
    result: event.results.map((r) => resultNode(r, scope.base)),
    startDate: dateLiteral(event.date),
    termYears: event.termYears,
    title: text(event.title),
    turnout: event.turnout === null ? null : decimalLexical(event.turnout),
    voteShare: event.voteShare === null ? null : decimalLexical(event.voteShare),
    votes: event.votes,
    ...recordProperties(event, scope),
    winner: vote ? link(event.personId, scope.base) : null,
  });
}
