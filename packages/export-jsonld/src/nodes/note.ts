import type { Note } from '@profiles/model';
import { recordIri } from '../iris.js';
import { link, makeNode, type JsonLdNode, type NodeScope } from './node.js';
import { provenanceNodes } from './provenance.js';

/**
 * Page text no rule turned into a record, as a `cp:Note`: kept with its heading, place and the body
 * it speaks about (`schema:about`), so nothing on the page is lost.
 *
 * @param note The model record.
 * @param scope The profile being written.
 */
export function noteNode(note: Note, scope: NodeScope): JsonLdNode {
  // Terms in code-point order, the order the document lists them in.
  return makeNode(recordIri(note.id, scope.base), ['Note'], {
    about: link(note.organizationId, scope.base),
    heading: note.heading,
    position: note.position,
    provenance: provenanceNodes(note.provenance),
    text: note.text,
    wasDerivedFrom: scope.sourceIri,
  });
}
