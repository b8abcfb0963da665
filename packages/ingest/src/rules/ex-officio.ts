import { NAME_WORD } from './person-name.js';
import { LEXICONS, anyOf, toNominative } from '../lexicon/index.js';

/** A post a body's rules give to the holder of another post: "The Security Council is chaired by the President". */
export interface ExOfficio {
  /** The body as the sentence names it: "Security Council of the Republic of Belarus", "Council". */
  body: string;
  /** The post in that body: "Chairman", "Head". */
  role: string;
  /** The post whose holder holds it: "President", "Prime Minister". */
  holderPost: string;
  /** The post's whole title, where the language writes its body in the genitive: "Председатель Кабинета министров". */
  title?: string;
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

/** Each cased lexicon's two shapes: the post first ("Председателем X является Президент"), the holder first ("Президент является Председателем X и …"). */
const CASED = LEXICONS.filter((l) => l.exOfficio.holders.length).map((l) => {
  const { holders, copulas, adverbs, roles } = l.exOfficio;
  const joins = anyOf(l.roles.joins) ?? '(?!)';
  const holder = `(${anyOf(holders)})`;
  const copula = `${anyOf(copulas)}(?:\\s+${anyOf(adverbs)})*`;
  return {
    postFirst: new RegExp(`^((?:${anyOf(roles)})(?:ем|ём|ями))\\s+([^,.;]+?)\\s+(?:${anyOf(adverbs)}\\s+)*${copula}\\s+(?:(?:${anyOf(adverbs)})\\s+)*${holder}(?![\\p{L}-])`, 'u'),
    holderFirst: new RegExp(`^${holder}(?:\\s+\\p{Lu}\\p{L}+)?\\s+(?:${anyOf(adverbs)}\\s+)*${copula}\\s+(.+?)\\.?$`, 'u'),
    list: new RegExp(`\\s*,\\s*|\\s+${joins}\\s+(?=\\p{L}+(?:ем|ём|ями)\\s)`, 'u'),
    role: new RegExp(`^(${anyOf(roles)})(?:ем|ём|ями)\\s+(\\p{L}.+)$`, 'u'),
  };
});

/** "Председателем Государственного совета" → Председатель, "Председатель Государственного совета". */
function casedPost(item: string, role: RegExp, holderPost: string): ExOfficio | null {
  const match = role.exec(item.trim());
  if (!match || !/^\p{Lu}/u.test(match[2]!)) return null;
  const noun = toNominative(item.trim().split(/\s+/)[0]!, 'instrumental').replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  return { body: match[2]!.trim(), role: noun, holderPost: holderPost.replace(/\s+/g, ' '), title: `${noun} ${match[2]!.trim()}` };
}

/**
 * The ex officio posts a sentence in a cased language states: "Председателем Кабинета министров
 * является Президент Туркменистана"; "Президент также является Председателем Совета безопасности,
 * Верховным главнокомандующим и председателем Демократической партии" (each post of a role the
 * lexicon names; a post of another noun is left).
 */
export function readCasedExOfficio(sentence: string): ExOfficio[] {
  for (const c of CASED) {
    const first = c.postFirst.exec(sentence);
    if (first) return [casedPost(`${first[1]!} ${first[2]!}`, c.role, first[3]!)].filter((p): p is ExOfficio => p !== null);
    const holder = c.holderFirst.exec(sentence);
    if (holder) return holder[2]!.split(c.list).map((item) => casedPost(item, c.role, holder[1]!)).filter((p): p is ExOfficio => p !== null);
  }
  return [];
}
