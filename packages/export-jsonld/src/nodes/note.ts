import type { Note } from '@profiles/model';
import { textIn } from '../literals.js';
import { link, makeNode, type JsonLdNode, type PageScope } from './node.js';
import { provenanceNodes } from './provenance.js';

/**
 * The IRI of a note of a page: the page's IRI, `/` and the model ID. A note belongs to one
 * reading of one page, and its model ID (a hash of its heading and text) recurs on every snapshot
 * that keeps the paragraph: under the page's IRI each snapshot's note is a node of its own.
 *
 * @param pageIri The IRI of the page's `schema:WebPage`.
 * @param id The note's model ID.
 */
export function noteIri(pageIri: string, id: string): string {
  return `${pageIri}/${id}`;
}

/**
 * Page text no rule turned into a record, as a `cp:Note` of its page: kept with its heading, place
 * and the body it speaks about (`schema:about`), so nothing on the page is lost. Its model ID is
 * `schema:identifier`.
 *
 * @param note The model record (its body resolved to the country's merged body).
 * @param scope The page being written.
 */
export function noteNode(note: Note, scope: PageScope): JsonLdNode {
  const text = textIn(scope.language);
  // Terms in code-point order, the order the document lists them in.
  return makeNode(noteIri(scope.sourceIri, note.id), ['Note'], {
    about: link(note.organizationId, scope.base),
    heading: text(note.heading),
    identifier: note.id,
    position: note.position,
    provenance: provenanceNodes(note.provenance, scope.languages, scope.language),
    text: text(note.text),
    wasDerivedFrom: scope.sourceIri,
  });
}
