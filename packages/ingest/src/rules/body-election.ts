/**
 * A body's election of a person, in a language whose word order puts the post in the instrumental
 * and the person in the accusative after the verb (lexicon `eventShapes.bodyElects`): "коллегия
 * выборщиков избрала Президентом X", "Парламент 12 мая 2014 года избрал X Президентом", "Сейм избрал
 * X Президентом государства 53 голосами". The name is read back to the nominative; the date is the
 * sentence's; the share is the first one after the name ("…, т. е. 50,4 %").
 */
import { LEXICONS, toNominative } from '../lexicon/index.js';
import { regExp } from '../regexp.js';
import { parseDecimal, PERCENT } from './candidates.js';

/** What a body's election gives: who, to which post (nominative), with what share. */
export interface BodyElection {
  person: string;
  office: string;
  voteShare: number | null;
  /** Where the verb stands in the sentence (the date is the one nearest it). */
  at: number;
}

const VERB = LEXICONS.flatMap((l) => l.eventShapes.bodyElects);
/** A post in the instrumental: "Президентом", "Председателем", "Вице-президентом". */
const POST = '(\\p{Lu}[\\p{Ll}-]+(?:ом|ем))';
/** Two or three capitalized words: a person in the accusative ("Андриса Озолса"). */
const NAME = '(\\p{Lu}[\\p{Ll}-]+(?:\\s+\\p{Lu}[\\p{Ll}-]+){1,2})';
/** The post first, up to two lower-case words of its complement between ("Президентом государства"). */
const POST_FIRST = VERB.length ? regExp(`(?:${VERB.join('|')})\\s+${POST}(?:\\s+\\p{Ll}+){0,2}?\\s+${NAME}`, 'u') : null;
const NAME_FIRST = VERB.length ? regExp(`(?:${VERB.join('|')})\\s+${NAME}\\s+${POST}`, 'u') : null;
const SHARE = regExp(PERCENT, 'iu');

/** A name's words from the accusative: "Яака Тамметса" → "Яак Тамметс". */
function nominativeName(name: string): string {
  return name.split(/\s+/).map((word) => toNominative(word, 'accusative')).join(' ');
}

/**
 * The person a body elects in the sentence, if it says so.
 *
 * @param sentence one sentence
 * @returns the election, or null where the sentence has no such verb with a post and a name
 * @example readBodyElection('Сейм избрал Андриса Озолса Президентом.') // { person: 'Андрис Озолс', office: 'Президент', … }
 */
export function readBodyElection(sentence: string): BodyElection | null {
  const postFirst = POST_FIRST?.exec(sentence);
  const nameFirst = postFirst ? null : NAME_FIRST?.exec(sentence);
  const match = postFirst ?? nameFirst;
  if (!match) return null;
  const [post, name] = postFirst ? [match[1]!, match[2]!] : [match[2]!, match[1]!];
  const share = SHARE.exec(sentence.slice(match.index + match[0].length));
  return { person: nominativeName(name), office: toNominative(post, 'instrumental'), voteShare: share ? parseDecimal(share[1]!) : null, at: match.index };
}
