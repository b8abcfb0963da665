import { stripArticle } from '../normalize.js';
import { LEXICONS, type Lexicon } from '../lexicon/index.js';
import { namesBody, opensWithBodyNoun } from './body-definition.js';
import { regExp } from '../regexp.js';

/** What a list's lead-in says: that tasks follow, and the body they belong to when it names one. */
export interface LeadIn {
  /** The body as the lead-in names it ("Administration of the President", "Committee"); null for "Its tasks are:". */
  body: string | null;
}

const BODY = "(\\p{Lu}[\\p{L}\\p{N}'’(),\\- ]{1,120}?)";

/** Each lexicon's lead-ins, `{body}` made the group that gives the body. */
const leadIns = (pick: (l: Lexicon['leadIns']) => string[], flags: string) =>
  LEXICONS.flatMap((l) => pick(l.leadIns)).map((source) => regExp(source.replace('{body}', BODY), flags));

/** Lead-ins the template uses, each giving the body in its first group: first those matched as written, then in any case. */
const LEAD_INS: RegExp[] = [...leadIns((l) => l.patterns, 'u'), ...leadIns((l) => l.caseless, 'iu')];
/** Lead-ins that are one only when what stands for the body names one ("Правительство:"). */
const NAMED_LEAD_INS: RegExp[] = leadIns((l) => l.named, 'u');

/** A lead-in that names no body: "Its tasks are:", "The main functions are as follows:", "Основные задачи:". */
const CONTEXT_LEAD_IN = regExp(LEXICONS.flatMap((l) => l.leadIns.bodiless).join('|'), 'iu');

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
  for (const pattern of NAMED_LEAD_INS) {
    const match = pattern.exec(text);
    if (match && match[1]!.split(' ').length <= 12 && namesBody(match[1]!) && opensWithBodyNoun(match[1]!)) return { body: stripArticle(match[1]!.trim()) };
  }
  return CONTEXT_LEAD_IN.test(text) ? { body: null } : null;
}

/**
 * A sub-heading that opens a body's list of tasks as a lead-in would: "Задачи совета", "Основные
 * функции Администрации", "Functions of the Council" — the list is the body's above it, never a body
 * of its own. Not a heading that only names a body ("Канцелярия", "Правительство"): no list's word.
 */
export function readTaskHeading(heading: string): LeadIn | null {
  const text = `${heading.trim().replace(/[.:]$/u, '')}:`;
  if (text.length > 120) return null;
  for (const pattern of LEAD_INS) {
    const match = pattern.exec(text);
    if (match && match[1]!.split(' ').length <= 12) return { body: stripArticle(match[1]!.trim()) };
  }
  return CONTEXT_LEAD_IN.test(text) ? { body: null } : null;
}
