import type { MergedPerson } from '@profiles/timeline';
import { recordIri } from '../iris.js';
import { makeNode, sortedStrings, type JsonLdNode, type NodeScope } from './node.js';
import { recordProperties } from './provenance.js';

/**
 * A person as a `schema:Person`. The patronymic gets a project term: schema:additionalName would
 * not say which kind of extra name it is.
 *
 * @param person The merged record (`@profiles/timeline`).
 * @param scope The country being written.
 */
export function personNode(person: MergedPerson, scope: NodeScope): JsonLdNode {
  // Terms in code-point order, the order the document lists them in.
  return makeNode(recordIri(person.id, scope.base), ['Person'], {
    alternateName: sortedStrings(person.aliases),
    familyName: person.familyName,
    givenName: person.givenName,
    name: person.name,
    patronymic: person.patronymic,
    ...recordProperties(person, scope),
  });
}
