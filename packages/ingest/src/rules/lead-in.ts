import { stripArticle } from '../normalize.js';

/** What a list's lead-in says: that tasks follow, and the body they belong to when it names one. */
export interface LeadIn {
  /** The body as the lead-in names it ("Administration of the President", "Committee"); null for "Its tasks are:". */
  body: string | null;
}

const LIST_NOUNS = '(?:functions|tasks|duties|powers|responsibilities|objectives|competences?|authorities|goals|aims|prerogatives|mandate)';
const QUALIFIERS = '(?:(?:main|basic|principal|key|major|primary|chief|core|general)\\s+)?';
const BODY = "(\\p{Lu}[\\p{L}\\p{N}'’(),\\- ]{1,120}?)";

/** Lead-ins the template uses, each giving the body in its first group (or none). */
const LEAD_INS: RegExp[] = [
  // "The Council of Ministers shall:", "The Administration of the President is to:"
  new RegExp(`^(?:The\\s+)?${BODY}\\s+(?:shall|must|is\\s+to|is\\s+obliged\\s+to|is\\s+called\\s+upon\\s+to|will)(?:\\s+\\p{Ll}+)?\\s*:$`, 'u'),
  // "The functions of the Security Council are:", "Basic tasks of the Committee are as follows:"
  new RegExp(`^(?:The\\s+)?${QUALIFIERS}${LIST_NOUNS}\\s+of\\s+(?:the\\s+)?${BODY}\\s+(?:are|include|is|comprise|consist\\s+of)(?:\\s+as\\s+follows)?\\s*:$`, 'iu'),
  // "The Commission has the following tasks:", "The Council performs the following functions:"
  new RegExp(`^(?:The\\s+)?${BODY}\\s+(?:has|have|performs|carries\\s+out|exercises|fulfils|fulfills|is\\s+responsible\\s+for|is\\s+charged\\s+with|deals\\s+with|is\\s+in\\s+charge\\s+of)(?:\\s+the)?(?:\\s+following)?(?:\\s+${LIST_NOUNS})?\\s*:$`, 'u'),
  // "The Assembly activity is directed to the solution of the following tasks:"
  new RegExp(`^(?:The\\s+)?${BODY}(?:['’]s)?\\s+(?:activity|activities|work)\\s+(?:is|are)\\s+(?:directed|aimed)\\s+(?:to|at|towards)\\b.*:$`, 'u'),
];

/** A lead-in that names no body: "Its tasks are:", "The main functions are as follows:". */
const CONTEXT_LEAD_IN = new RegExp(`^(?:(?:Its|Their|His|The)\\s+)?${QUALIFIERS}${LIST_NOUNS}\\b.*:$|\\b(?:shall|following\\s+${LIST_NOUNS})\\s*:$`, 'iu');

const PRONOUN = /^(?:It|They|He|She|This|These|That)$/;

/**
 * Reads the sentence before a list as its lead-in: "The Council of Ministers shall:", "The
 * functions of the Security Council are:", "The Commission has the following tasks:" — the items
 * that follow are that body's tasks. Null when the sentence is not a lead-in.
 */
export function readLeadIn(sentence: string): LeadIn | null {
  const text = sentence.trim();
  if (!text.endsWith(':') || text.length > 300) return null;
  for (const pattern of LEAD_INS) {
    const match = pattern.exec(text);
    if (!match || match[1]!.split(' ').length > 12) continue;
    const body = stripArticle(match[1]!.trim());
    return { body: PRONOUN.test(body) ? null : body };
  }
  return CONTEXT_LEAD_IN.test(text) ? { body: null } : null;
}
