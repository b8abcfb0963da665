/**
 * The one structure both page forms are turned into before any rule runs: headings, paragraphs,
 * list items and section breaks, in page order, each with where it came from.
 */

export interface Link {
  text: string;
  href: string;
}

export interface Block {
  kind: 'heading' | 'paragraph' | 'item' | 'break';
  /**
   * Heading level: 1 the page title, 2 a section, 3 a title line that introduces what follows
   * (a body's name), 4 a minor heading (bold line, "Official Sites").
   */
  level: number;
  /** Normalized text: one line, single spaces, no-break spaces and bullets removed. */
  text: string;
  links: Link[];
  /** 1-based first and last line in the raw file. */
  line: number;
  endLine: number;
  /** CSS path of the element for HTML pages, null for text dumps. */
  element: string | null;
  /** The text as the page wrote it, where `text` dropped something for the rules (a name's alias in brackets). */
  quote?: string;
}
