import type { MergedGroup } from '@profiles/timeline';
import { recordIri } from '../iris.js';
import { makeNode, type JsonLdNode, type NodeScope } from './node.js';
import { recordProperties } from './provenance.js';

/**
 * A clan, lobby or interest group as a `cp:Group`. Deliberately not an `org:Organization`: these
 * are informal groupings with no posts or members on record, and a reader asking for the state's
 * bodies should not get clans.
 *
 * @param group The merged record (`@profiles/timeline`).
 * @param scope The country being written.
 */
export function groupNode(group: MergedGroup, scope: NodeScope): JsonLdNode {
  // Terms in code-point order, the order the document lists them in.
  return makeNode(recordIri(group.id, scope.base), ['Group'], {
    category: group.category,
    description: group.description,
    localName: group.localName,
    name: group.name,
    region: group.region,
    ...recordProperties(group, scope),
  });
}
