import type { Membership } from '@profiles/model';
import { postId, recordIri, roleId } from '../iris.js';
import { link, makeNode, type JsonLdNode, type NodeScope } from './node.js';

/** The first of the spellings in code-point order: one label however the memberships are ordered. */
function firstSpelling(spellings: Map<string, string>, id: string, role: string): void {
  const seen = spellings.get(id);
  if (seen === undefined || role < seen) spellings.set(id, role);
}

/**
 * The posts and roles the memberships imply: an `org:Post` per (organization, role), existing apart
 * from whoever holds it, and an `org:Role` per role name. The model has no records for them, so
 * their IDs are hashes of that meaning (see `postId`, `roleId`).
 *
 * @param memberships The profile's memberships.
 * @param scope The profile being written.
 */
export function postAndRoleNodes(memberships: readonly Membership[], scope: NodeScope): JsonLdNode[] {
  const postLabels = new Map<string, string>();
  const postOrganization = new Map<string, string | null>();
  const roleLabels = new Map<string, string>();
  for (const membership of memberships) {
    const post = postId(scope.country, membership.organizationId, membership.role, scope.derivedIds);
    firstSpelling(postLabels, post, membership.role);
    postOrganization.set(post, membership.organizationId);
    firstSpelling(roleLabels, roleId(scope.country, membership.role, scope.derivedIds), membership.role);
  }
  const nodes: JsonLdNode[] = [];
  for (const [post, label] of postLabels) {
    nodes.push(
      makeNode(recordIri(post, scope.base), ['Post'], {
        postIn: link(postOrganization.get(post) ?? null, scope.base),
        prefLabel: label,
        role: recordIri(roleId(scope.country, label, scope.derivedIds), scope.base),
        wasDerivedFrom: scope.sourceIri,
      }),
    );
  }
  for (const [role, label] of roleLabels) {
    nodes.push(makeNode(recordIri(role, scope.base), ['Role'], { prefLabel: label, wasDerivedFrom: scope.sourceIri }));
  }
  return nodes;
}
