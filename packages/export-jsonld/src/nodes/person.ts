import type { MergedPerson } from '@profiles/timeline';
import { recordIri } from '../iris.js';
import { makeNode, sortedTexts, type JsonLdNode, type NodeScope } from './node.js';
import { recordProperties, recordText } from './provenance.js';

/**
 * A person as a `schema:Person`. The patronymic gets a project term: schema:additionalName would
 * not say which kind of extra name it is.
 *
 * @param person The merged record (`@profiles/timeline`).
 * @param scope The country being written.
 */
export function personNode(person: MergedPerson, scope: NodeScope): JsonLdNode {
  const text = recordText(person, scope);
  // Terms in code-point order, the order the document lists them in.
  return makeNode(recordIri(person.id, scope.base), ['Person'], {
    alternateName: sortedTexts(person.aliases, text),
    familyName: text(person.familyName),
    givenName: text(person.givenName),
    name: text(person.name),
    patronymic: text(person.patronymic),
    sameAs: [...person.mergedIds].sort().map((id) => recordIri(id, scope.base)),
    ...recordProperties(person, scope),
  });
}
