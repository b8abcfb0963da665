import type { MergedMembership } from '@profiles/timeline';
import { postId, recordIri, roleId } from '../iris.js';
import { recordLanguage } from '../languages.js';
import { textIn } from '../literals.js';
import { link, makeNode, type JsonLdNode, type NodeScope } from './node.js';
import { derivedFrom } from './provenance.js';

/** A label as one membership spells its role, in that membership's language. */
type Spelling = { role: string; language: string };

/**
 * The first of the spellings in code-point order (then by language): one label however the
 * memberships are ordered, in the language of a membership that spells it so.
 */
function firstSpelling(spellings: Map<string, Spelling>, id: string, spelling: Spelling): void {
  const seen = spellings.get(id);
  if (seen === undefined || spelling.role < seen.role || (spelling.role === seen.role && spelling.language < seen.language)) spellings.set(id, spelling);
}

function addSources(sources: Map<string, Set<string>>, id: string, sourceIds: readonly string[]): void {
  const set = sources.get(id) ?? new Set<string>();
  for (const s of sourceIds) set.add(s);
  sources.set(id, set);
}

/**
 * The posts and roles the memberships imply: an `org:Post` per (organization, role), existing apart
 * from whoever holds it, and an `org:Role` per role name. The model has no records for them, so
 * their IDs are hashes of that meaning (see `postId`, `roleId`). Each is derived from every
 * snapshot that shows one of its memberships. A label (`skos:prefLabel`) is in the language of
 * the membership that spells it.
 *
 * @param memberships The country's merged memberships.
 * @param scope The country being written.
 */
export function postAndRoleNodes(memberships: readonly MergedMembership[], scope: NodeScope): JsonLdNode[] {
  const postLabels = new Map<string, Spelling>();
  const postOrganization = new Map<string, string | null>();
  const roleLabels = new Map<string, Spelling>();
  const sources = new Map<string, Set<string>>();
  for (const membership of memberships) {
    const post = postId(scope.country, membership.organizationId, membership.role, scope.derivedIds);
    const role = roleId(scope.country, membership.role, scope.derivedIds);
    const spelling = { role: membership.role, language: recordLanguage(membership.sourceIds, scope.languages) };
    firstSpelling(postLabels, post, spelling);
    postOrganization.set(post, membership.organizationId);
    firstSpelling(roleLabels, role, spelling);
    addSources(sources, post, membership.sourceIds);
    addSources(sources, role, membership.sourceIds);
  }
  const nodes: JsonLdNode[] = [];
  for (const [post, label] of postLabels) {
    nodes.push(
      makeNode(recordIri(post, scope.base), ['Post'], {
        postIn: link(postOrganization.get(post) ?? null, scope.base),
        prefLabel: textIn(label.language)(label.role),
        role: recordIri(roleId(scope.country, label.role, scope.derivedIds), scope.base),
        wasDerivedFrom: derivedFrom([...sources.get(post)!], scope),
      }),
    );
  }
  for (const [role, label] of roleLabels) {
    nodes.push(makeNode(recordIri(role, scope.base), ['Role'], { prefLabel: textIn(label.language)(label.role), wasDerivedFrom: derivedFrom([...sources.get(role)!], scope) }));
  }
  return nodes;
}
