import { datePrecision, type PartialDate } from '@profiles/model';
import type { MergedMembership } from '@profiles/timeline';
import { postId, recordIri, roleId } from '../iris.js';
import { dateLiteral } from '../literals.js';
import type { JsonValue } from '../stable-json.js';
import { link, makeNode, type JsonLdNode, type NodeScope } from './node.js';
import { recordProperties, recordText } from './provenance.js';

/** The OWL-Time property that places an instant at a date of each precision. */
const INSTANT_TERMS = { year: 'inXSDgYear', month: 'inXSDgYearMonth', day: 'inXSDDate' } as const;

/**
 * A `time:Instant` at a date, typed at its precision: `time:inXSDgYear` (`2012`),
 * `time:inXSDgYearMonth` (`2012-09`) or `time:inXSDDate` (`2012-09-24`). A year stays a year.
 *
 * @param date `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 */
export function instantAt(date: PartialDate): { [term: string]: JsonValue } {
  // Keys in code-point order ("@type" first), the order the documents list them in.
  return { '@type': 'Instant', [INSTANT_TERMS[datePrecision(date)]]: date };
}

/**
 * When a membership held, as an OWL-Time `time:Interval` (a blank node: it has no identity apart
 * from its membership). `time:hasBeginning` is an instant at the start date the page states, when
 * it states one. An ended membership has `time:hasEnd` (see `endOf`): at the end date the page
 * states, and `time:before` the date of the first snapshot that no longer shows it (`endedBefore`
 * is an upper bound, not the day it ended); a current one has no end.
 *
 * @param membership The merged membership.
 */
export function intervalOf(membership: MergedMembership): { [term: string]: JsonValue } {
  const interval: { [term: string]: JsonValue } = { '@type': 'Interval' };
  if (membership.startDate !== null) interval['hasBeginning'] = instantAt(membership.startDate);
  if (membership.status === 'ended') interval['hasEnd'] = endOf(membership);
  return interval;
}

/**
 * The end of an ended membership: an instant at the end date the page states, and `time:before`
 * the first snapshot that no longer shows it, each where known; a bare instant when the page says
 * only that the post is past ("former Minister").
 */
function endOf(membership: MergedMembership): { [term: string]: JsonValue } {
  const end: { [term: string]: JsonValue } = membership.endDate === null ? { '@type': 'Instant' } : instantAt(membership.endDate);
  if (membership.endedBefore !== null) end['before'] = instantAt(membership.endedBefore);
  return end;
}

/**
 * A membership as `org:Membership`: who (`org:member`), where (`org:organization`), as what
 * (`org:role`), in which post (`cp:post`, as ORG cannot link a membership to its post), since
 * when (`schema:startDate`, typed at its precision), until when (`schema:endDate`, where the page
 * says), and when it held (`org:memberDuring`, see
 * `intervalOf`). `cp:predecessor` is the person who held the post before. `cp:status` is
 * `current` or `ended`, with `cp:endedBefore` the date of the first snapshot that no longer
 * shows it.
 *
 * @param membership The merged record (`@profiles/timeline`).
 * @param scope The country being written.
 */
export function membershipNode(membership: MergedMembership, scope: NodeScope): JsonLdNode {
  return makeNode(recordIri(membership.id, scope.base), ['Membership'], {
    endDate: membership.endDate === null ? null : dateLiteral(membership.endDate),
    endedBefore: membership.endedBefore === null ? null : dateLiteral(membership.endedBefore),
    member: link(membership.personId, scope.base),
    memberDuring: intervalOf(membership),
    organization: link(membership.organizationId, scope.base),
    post: recordIri(postId(scope.country, membership.organizationId, membership.role, scope.derivedIds), scope.base),
    predecessor: link(membership.predecessorId, scope.base),
    role: recordIri(roleId(scope.country, membership.role, scope.derivedIds), scope.base),
    startDate: membership.startDate === null ? null : dateLiteral(membership.startDate),
    status: membership.status,
    title: recordText(membership, scope)(membership.title),
    ...recordProperties(membership, scope),
  });
}
