import type { Group } from '@profiles/model';
import { recordIri } from '../iris.js';
import { makeNode, type JsonLdNode, type NodeScope } from './node.js';
import { recordProperties } from './provenance.js';

/**
 * A clan, lobby or interest group as a `cp:Group`. Deliberately not an `org:Organization`: these
 * are informal groupings with no posts or members on record, and a reader asking for the state's
 * bodies should not get clans.
 *
 * @param group The model record.
 * @param scope The profile being written.
 */
export function groupNode(group: Group, scope: NodeScope): JsonLdNode {
  return makeNode(recordIri(group.id, scope.base), ['Group'], {
    name: group.name,
    category: group.category,
    localName: group.localName,
    region: group.region,
    description: group.description,
    ...recordProperties(group, scope),
  });
}
