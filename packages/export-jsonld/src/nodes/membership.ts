import type { Membership } from '@profiles/model';
import { postId, recordIri, roleId } from '../iris.js';
import { dateLiteral } from '../literals.js';
import { link, makeNode, type JsonLdNode, type NodeScope } from './node.js';
import { provenanceNodes } from './provenance.js';

/**
 * A membership as `org:Membership`: who (`org:member`), where (`org:organization`), as what
 * (`org:role`), in which post (`cp:post`, as ORG cannot link a membership to its post) and since
 * when (`schema:startDate`, typed at its precision). `cp:predecessor` is the person who held the
 * post before.
 *
 * @param membership The model record.
 * @param scope The profile being written.
 */
export function membershipNode(membership: Membership, scope: NodeScope): JsonLdNode {
  // Terms in code-point order, the order the document lists them in.
  return makeNode(recordIri(membership.id, scope.base), ['Membership'], {
    member: link(membership.personId, scope.base),
    organization: link(membership.organizationId, scope.base),
    post: recordIri(postId(scope.country, membership.organizationId, membership.role, scope.derivedIds), scope.base),
    predecessor: link(membership.predecessorId, scope.base),
    provenance: provenanceNodes(membership.provenance),
    role: recordIri(roleId(scope.country, membership.role, scope.derivedIds), scope.base),
    startDate: membership.startDate === null ? null : dateLiteral(membership.startDate),
    title: membership.title,
    wasDerivedFrom: scope.sourceIri,
  });
}
