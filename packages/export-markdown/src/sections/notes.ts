import type { Paragraph, RootContent } from 'mdast';
import type { Note } from '@profiles/model';
import type { ProfileContext } from '../context.js';
import { blocks, heading, paragraph, paragraphs, strong, text } from '../mdast.js';

/** A note's paragraphs; the first names the body the note is about, where known. */
function noteParagraphs(note: Note, context: ProfileContext): Paragraph[] {
  const [first, ...rest] = paragraphs(note.text);
  if (note.organizationId === null || first === undefined) return [first, ...rest].filter((p) => p !== undefined);
  return [paragraph(strong(`${context.organizationName(note.organizationId)}:`), text(' '), first.children), ...rest];
}

/**
 * Page text that no rule turned into a record, kept as written, under the page's own headings (in
 * the order they first appear; text without a heading first) and in the page's order within each.
 */
export function notesSection(context: ProfileContext): RootContent[] {
  const notes = [...context.profile.notes].sort((a, b) => a.position - b.position);
  if (notes.length === 0) return [];
  const groups = new Map<string | null, Note[]>([[null, []]]);
  for (const note of notes) {
    const group = groups.get(note.heading);
    if (group) group.push(note);
    else groups.set(note.heading, [note]);
  }
  return blocks(
    heading(2, 'Notes'),
    paragraph('Text from the page that no rule turned into a record, kept as written.'),
    [...groups].flatMap(([title, members]) =>
      blocks(title === null || members.length === 0 ? null : heading(3, title), members.flatMap((note) => noteParagraphs(note, context))),
    ),
  );
}
