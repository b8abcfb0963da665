import type { MergedGroup } from '@profiles/timeline';
import { recordIri } from '../iris.js';
import { makeNode, type JsonLdNode, type NodeScope } from './node.js';
import { recordProperties, recordText } from './provenance.js';

/**
 * A clan, lobby or interest group as a `cp:Group`. Deliberately not an `org:Organization`: these
 * are informal groupings with no posts or members on record, and a reader asking for the state's
 * bodies should not get clans. Its own-language name (`cp:localName`, "Uly") is in neither the
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
    localName: group.localName,
    name: text(group.name),
    region: text(group.region),
    ...recordProperties(group, scope),
  });
}
