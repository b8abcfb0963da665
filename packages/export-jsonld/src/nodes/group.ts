import type { Group } from '@profiles/model';
import { recordIri } from '../iris.js';
import { makeNode, type JsonLdNode, type NodeScope } from './node.js';
import { provenanceNodes } from './provenance.js';

/**
 * A clan, lobby or interest group as a `cp:Group`. Deliberately not an `org:Organization`: these
 * are informal groupings with no posts or members on record, and a reader asking for the state's
 * bodies should not get clans.
 *
 * @param group The model record.
 * @param scope The profile being written.
 */
export function groupNode(group: Group, scope: NodeScope): JsonLdNode {
  // Terms in code-point order, the order the document lists them in.
  return makeNode(recordIri(group.id, scope.base), ['Group'], {
    category: group.category,
    description: group.description,
    localName: group.localName,
    name: group.name,
    provenance: provenanceNodes(group.provenance),
    region: group.region,
    wasDerivedFrom: scope.sourceIri,
  });
}
