import type { MergedMaterial } from '@profiles/timeline';
import { recordIri } from '../iris.js';
import { dateLiteral } from '../literals.js';
import { makeNode, type JsonLdNode, type NodeScope } from './node.js';
import { recordProperties, recordText } from './provenance.js';

/**
 * A listed article or forum as a `schema:CreativeWork`: its rubric as `schema:genre`, its date as
 * `schema:datePublished` at its precision.
 *
 * @param material The merged record (`@profiles/timeline`).
 * @param scope The country being written.
 */
export function materialNode(material: MergedMaterial, scope: NodeScope): JsonLdNode {
  const text = recordText(material, scope);
  // Terms in code-point order, the order the document lists them in.
  return makeNode(recordIri(material.id, scope.base), ['CreativeWork'], {
    datePublished: dateLiteral(material.date),
    genre: text(material.kind),
    name: text(material.title),
    position: material.position,
    url: material.url,
    ...recordProperties(material, scope),
  });
}
