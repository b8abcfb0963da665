import type { Note } from '@profiles/model';
import { recordIri } from '../iris.js';
import { link, makeNode, type JsonLdNode, type NodeScope } from './node.js';
import { recordProperties } from './provenance.js';

/**
 * Page text no rule turned into a record, as a `cp:Note`: kept with its heading, place and the body
 * it speaks about (`schema:about`), so nothing on the page is lost.
 *
 * @param note The model record.
 * @param scope The profile being written.
 */
export function noteNode(note: Note, scope: NodeScope): JsonLdNode {
  return makeNode(recordIri(note.id, scope.base), ['Note'], {
    heading: note.heading,
    about: link(note.organizationId, scope.base),
    position: note.position,
    text: note.text,
    ...recordProperties(note, scope),
  });
}
