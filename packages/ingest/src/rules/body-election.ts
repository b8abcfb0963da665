/**
 * A body's election of a person, in a language whose word order puts the post in the instrumental
 * and the person in the accusative after the verb (lexicon `eventShapes.bodyElects`): "коллегия
 * выборщиков избрала Президентом X", "Парламент 12 мая 2014 года избрал X Президентом", "Сейм избрал
 * X Президентом государства 53 голосами". The name is read back to the nominative; the date is the
 * sentence's; the share is the first one after the name ("…, т. е. 50,4 %"). A body's approval or
 * appointment (lexicon `eventShapes.bodyApproves`) is such a vote only where the sentence counts its
 * votes ("Рада назначила Премьер-министром X: за постановление проголосовали 290 депутатов").
 */
import { LEXICONS, toNominative } from '../lexicon/index.js';
import { isCountryName } from '../country-names.js';
import { regExp } from '../regexp.js';
import { parseDecimal, PERCENT } from './candidates.js';
import { votesOf } from './election-counts.js';

/** What a body's election gives: who, to which post (nominative), with what share. */
export interface BodyElection {
  person: string;
  office: string;
  voteShare: number | null;
  /** Where the verb stands in the sentence (the date is the one nearest it). */
  at: number;
  /** "Рийгикогу переизбрал его": the one elected is the one named before (`person` empty). */
  pronoun?: boolean;
}

const VERB = LEXICONS.flatMap((l) => l.eventShapes.bodyElects);
/** An approval or appointment by a body: an election only where the sentence counts the votes. */
const APPROVAL = LEXICONS.flatMap((l) => l.eventShapes.bodyApproves);
const LOWER_CASE_POSTS = LEXICONS.flatMap((l) => l.eventShapes.lowerCasePosts);
const POST_ADJECTIVES = LEXICONS.flatMap((l) => l.eventShapes.postAdjectives);
const POST_COMPLEMENTS = LEXICONS.flatMap((l) => l.eventShapes.postComplements);
/** An ordinal before the post ("четвёртым Президентом"), left out of the post. */
const ADJECTIVE = POST_ADJECTIVES.length ? `(?:(?:${POST_ADJECTIVES.join('|')})\\s+)?` : '';
/** A post in the instrumental: "Президентом", "Председателем", "Вице-президентом"; a known post in lower case ("президентом"). */
const POST = `${ADJECTIVE}(\\p{Lu}[\\p{Ll}-]+(?:ом|ем)|(?:${LOWER_CASE_POSTS.join('|') || '(?!)'})(?:ом|ем))`;
/** The post's complement before the name: lower-case words ("государства") or a capitalized one the lexicon knows ("Республики Армения"). */
const COMPLEMENT = `(?:\\s+(?:\\p{Ll}+${POST_COMPLEMENTS.map((c) => `|${c}`).join('')})){0,3}?${POST_COMPLEMENTS.length ? `(?=\\s+(?!${POST_COMPLEMENTS.join('|')}))` : ''}`;
/** Two or three capitalized words: a person in the accusative ("Андриса Озолса"). */
/** A name's word, a double one with a capital after its hyphen too ("Вике-Фрейбергу"). */
const WORD = '\\p{Lu}[\\p{Ll}-]+(?:\\p{Lu}[\\p{Ll}-]+)?';
const NAME = `(${WORD}(?:\\s+${WORD}){1,2})`;
/** The post first, up to two lower-case words of its complement between ("Президентом государства"). */
/** After the post, a country's name may come first ("Республики Армения Армена Саркисяна"): one word more, left out later. */
const NAME_AFTER_POST = `(${WORD}(?:\\s+${WORD}){1,3})`;
const POST_FIRST = VERB.length ? regExp(`(?:${VERB.join('|')})\\s+${POST}${COMPLEMENT}\\s+${NAME_AFTER_POST}`, 'u') : null;
const NAME_FIRST = VERB.length ? regExp(`(?:${VERB.join('|')})\\s+${NAME}\\s+${POST}`, 'u') : null;
/** One name's word at least after an approval ("утвердил Бахтадзе Премьер-министром"): its count of votes makes it a vote. */
const ONE_OR_MORE = `(${WORD}(?:\\s+${WORD}){0,2})`;
const APPROVED_POST_FIRST = APPROVAL.length ? regExp(`(?:${APPROVAL.join('|')})\\s+${POST}${COMPLEMENT}\\s+${NAME_AFTER_POST}`, 'u') : null;
const APPROVED_NAME_FIRST = APPROVAL.length ? regExp(`(?:${APPROVAL.join('|')})\\s+${ONE_OR_MORE}\\s+${POST}`, 'u') : null;
const SHARE = regExp(PERCENT, 'iu');
/** "Рийгикогу переизбрал его на второй срок": a body's verb, a pronoun for the one elected, no post needed. */
const OBJECT_PRONOUN = LEXICONS.filter((l) => l.elections.objectPronouns.length && l.eventShapes.bodyElects.length);
const ELECTED_PRONOUN = OBJECT_PRONOUN.length
  ? regExp(OBJECT_PRONOUN.map((l) => `(?:${l.eventShapes.bodyElects.join('|')})\\s+(?:${l.elections.objectPronouns.join('|')})(?![\\p{L}\\p{N}])`).join('|'), 'u')
  : null;

/** "президент" → "Президент": a post written in lower case, as the page's posts are named. */
function capitalized(post: string): string {
  return post.charAt(0).toUpperCase() + post.slice(1);
}

/** A name's words from the accusative: "Яака Тамметса" → "Яак Тамметс"; a country's name before it left out, three words at most. */
function nominativeName(name: string): string {
  const words = name.split(/\s+/);
  const own = words.length > 2 && isCountryName(words[0]!) ? words.slice(1) : words;
  return own.slice(0, 3).map((word) => toNominative(word, 'accusative')).join(' ');
}

/**
 * The person a body elects in the sentence, if it says so.
 *
 * @param sentence one sentence
 * @returns the election, or null where the sentence has no such verb with a post and a name
 * @example readBodyElection('Сейм избрал Андриса Озолса Президентом.') // { person: 'Андрис Озолс', office: 'Президент', … }
 */
export function readBodyElection(sentence: string): BodyElection | null {
  const counted = votesOf(sentence) !== null;
  const postFirst = POST_FIRST?.exec(sentence) ?? (counted ? APPROVED_POST_FIRST?.exec(sentence) : null);
  const nameFirst = postFirst ? null : (NAME_FIRST?.exec(sentence) ?? (counted ? APPROVED_NAME_FIRST?.exec(sentence) : null));
  const match = postFirst ?? nameFirst;
  if (!match) return pronounElected(sentence);
  const [post, name] = postFirst ? [match[1]!, match[2]!] : [match[2]!, match[1]!];
  const share = SHARE.exec(sentence.slice(match.index + match[0].length));
  return { person: nominativeName(name), office: capitalized(toNominative(post, 'instrumental')), voteShare: share ? parseDecimal(share[1]!) : null, at: match.index };
}

/** "29 августа 2011 года Рийгикогу переизбрал его …, за него проголосовали 73 депутата (72,3 %)": the one before, by a pronoun. */
function pronounElected(sentence: string): BodyElection | null {
  const match = ELECTED_PRONOUN?.exec(sentence);
  if (!match) return null;
  const share = SHARE.exec(sentence.slice(match.index + match[0].length));
  return { person: '', office: '', voteShare: share ? parseDecimal(share[1]!) : null, at: match.index, pronoun: true };
}
