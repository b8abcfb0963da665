import { NAME_WORD } from './person-name.js';

/** A post a body's rules give to the holder of another post: "The Security Council is chaired by the President". */
export interface ExOfficio {
  /** The body as the sentence names it: "Security Council of the Republic of Belarus", "Council". */
  body: string;
  /** The post in that body: "Chairman", "Head". */
  role: string;
  /** The post whose holder holds it: "President", "Prime Minister". */
  holderPost: string;
}

const WORD_RUN = `${NAME_WORD}(?:\\s+(?:of|the|and|for|on|${NAME_WORD}))*`;
/** The posts one person holds, named as the template names them. */
const HOLDER_POST = '(President|Prime\\s+Minister|Vice[-\\s]President|Chairman\\s+of\\s+the\\s+Government|Head\\s+of\\s+State|Speaker)';
/** "The Security Council … is chaired by the President (of the Republic)", "The Council is headed by the Prime Minister". */
const CHAIRED_BY = new RegExp(`^(?:The\\s+)?(${WORD_RUN}?)\\s+(?:is|shall\\s+be|has\\s+been)\\s+(?:also\\s+)?(chaired|headed|led|presided\\s+over)\\s+by\\s+the\\s+${HOLDER_POST}\\b`, 'u');
/** "The President of Ukraine is the Chairman of the NSDC", "The Prime Minister is also the Head of the Commission". */
const IS_CHAIR_OF = new RegExp(`^The\\s+${HOLDER_POST}(?:\\s+of\\s+(?:the\\s+)?${NAME_WORD}(?:\\s+${NAME_WORD}){0,3})?\\s+(?:is|shall\\s+be)\\s+(?:also\\s+|ex\\s+officio\\s+)?(?:the\\s+)?(Chairman|Chairwoman|Chair|Head)\\s+of\\s+(?:the\\s+)?(${WORD_RUN})`, 'u');

const ROLE_OF_VERB: Record<string, string> = { chaired: 'Chairman', headed: 'Head', led: 'Head', 'presided over': 'Chairman' };

/** The ex officio post a sentence states, or null. */
export function readExOfficio(sentence: string): ExOfficio | null {
  const chaired = CHAIRED_BY.exec(sentence);
  if (chaired) return { body: trimBody(chaired[1]!), role: ROLE_OF_VERB[chaired[2]!.replace(/\s+/g, ' ')]!, holderPost: chaired[3]!.replace(/\s+/g, ' ') };
  const is = IS_CHAIR_OF.exec(sentence);
  // "The President is the Head of State": the post itself, no body's.
  if (is && !/^(?:State|Nation|Country|Republic|Government)$/.test(is[3]!)) return { body: trimBody(is[3]!), role: is[2]!, holderPost: is[1]!.replace(/\s+/g, ' ') };
  return null;
}

/** "Security Council of the Republic of Belarus" stays; a trailing small word goes. */
function trimBody(body: string): string {
  return body.replace(/(?:\s+(?:of|the|and|for|on))+$/, '');
}
