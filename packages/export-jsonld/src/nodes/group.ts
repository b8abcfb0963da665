import type { MergedGroup } from '@profiles/timeline';
import { recordIri } from '../iris.js';
import { link, makeNode, sortedStrings, type JsonLdNode, type NodeScope } from './node.js';
import { recordProperties, recordText } from './provenance.js';

/**
 * A clan, lobby or interest group as a `cp:Group`. Deliberately not an `org:Organization`: these
 * are informal groupings with no posts on record, and a reader asking for the state's bodies
 * should not get clans. The people the page names as its own are `cp:groupMember` links to persons
 * (not `org:member`, whose subject is an organization's membership). Its own-language name (`cp:localName`, "Uly") is in neither the
 * page's language nor one the page states, so it stays a plain string: no language is better than
 * a wrong one.
 *
 * @param group The merged record (`@profiles/timeline`).
 * @param scope The country being written.
 */
export function groupNode(group: MergedGroup, scope: NodeScope): JsonLdNode {
  const text = recordText(group, scope);
  // Terms in code-point order, the order the document lists them in.
  return makeNode(recordIri(group.id, scope.base), ['Group'], {
    category: text(group.category),
    description: text(group.description),
    groupMember: sortedStrings(group.memberIds.map((id) => link(id, scope.base)!)),
    localName: group.localName,
    name: text(group.name),
    region: text(group.region),
    ...recordProperties(group, scope),
  });
}
