import type { Material } from '@profiles/model';
import { recordIri } from '../iris.js';
import { dateLiteral } from '../literals.js';
import { makeNode, type JsonLdNode, type NodeScope } from './node.js';
import { recordProperties } from './provenance.js';

/**
 * A listed article or forum as a `schema:CreativeWork`: its rubric as `schema:genre`, its date as
 * `schema:datePublished` at its precision.
 *
 * @param material The model record.
 * @param scope The profile being written.
 */
export function materialNode(material: Material, scope: NodeScope): JsonLdNode {
  return makeNode(recordIri(material.id, scope.base), ['CreativeWork'], {
    genre: material.kind,
    datePublished: dateLiteral(material.date),
    name: material.title,
    url: material.url,
    position: material.position,
    ...recordProperties(material, scope),
  });
}
