import type { Paragraph, RootContent } from 'mdast';
import { RECORD_COLLECTIONS, type Note, type Provenance } from '@profiles/model';
import type { ProfileContext } from '../context.js';
import { blocks, heading, paragraph, paragraphs, strong, text } from '../mdast.js';

/** A note's paragraphs; the first names the body the note is about, where known. */
function noteParagraphs(note: Note, context: ProfileContext): Paragraph[] {
  const [first, ...rest] = paragraphs(note.text);
  if (note.organizationId === null || first === undefined) return [first, ...rest].filter((p) => p !== undefined);
  return [paragraph(strong(`${context.organizationName(note.organizationId)}:`), text(' '), first.children), ...rest];
}

/**
 * The notes whose lines some record was read from (a paragraph that gave groups or survey figures,
 * say): their text is not "text no rule turned into a record", so the Notes section leaves them to
 * the Analysis section, which shows them above the records read from them.
 */
export function recordedNotes(context: ProfileContext): Note[] {
  const spans = new Map<string, Array<[number, number]>>();
  for (const collection of RECORD_COLLECTIONS) {
    if (collection === 'notes' || collection === 'issues') continue;
    for (const record of context.profile[collection]) {
      for (const p of record.provenance as readonly Provenance[]) {
        const list = spans.get(p.file);
        if (list) list.push([p.line, p.endLine]);
        else spans.set(p.file, [[p.line, p.endLine]]);
      }
    }
  }
  const cited = (p: Provenance) => (spans.get(p.file) ?? []).some(([first, last]) => first <= p.endLine && p.line <= last);
  return [...context.profile.notes].filter((note) => note.provenance.some(cited)).sort((a, b) => a.position - b.position);
}

/** A note's paragraphs as the Notes section shows them (for the Analysis section too). */
export function notesParagraphs(notes: readonly Note[], context: ProfileContext): RootContent[] {
  return notes.flatMap((note) => noteParagraphs(note, context));
}

/**
 * Page text that no rule turned into a record, kept as written, under the page's own headings (in
 * the order they first appear; text without a heading first) and in the page's order within each.
 */
export function notesSection(context: ProfileContext): RootContent[] {
  const recorded = new Set(recordedNotes(context).map((note) => note.id));
  const notes = [...context.profile.notes].filter((note) => !recorded.has(note.id)).sort((a, b) => a.position - b.position);
  if (notes.length === 0) return [];
  const groups = new Map<string | null, Note[]>([[null, []]]);
  for (const note of notes) {
    const group = groups.get(note.heading);
    if (group) group.push(note);
    else groups.set(note.heading, [note]);
  }
  return blocks(
    heading(2, context.labels.headings.notes),
    paragraph(context.labels.notesLead),
    [...groups].flatMap(([title, members]) =>
      blocks(title === null || members.length === 0 ? null : heading(3, title), members.flatMap((note) => noteParagraphs(note, context))),
    ),
  );
}
