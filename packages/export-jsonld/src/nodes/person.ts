import type { Person } from '@profiles/model';
import { recordIri } from '../iris.js';
import { makeNode, sortedStrings, type JsonLdNode, type NodeScope } from './node.js';
import { recordProperties } from './provenance.js';

/**
 * A person as a `schema:Person`. The patronymic gets a project term: schema:additionalName would
 * not say which kind of extra name it is.
 *
 * @param person The model record.
 * @param scope The profile being written.
 */
export function personNode(person: Person, scope: NodeScope): JsonLdNode {
  return makeNode(recordIri(person.id, scope.base), ['Person'], {
    name: person.name,
    familyName: person.familyName,
    givenName: person.givenName,
    patronymic: person.patronymic,
    alternateName: sortedStrings(person.aliases),
    ...recordProperties(person, scope),
  });
}
