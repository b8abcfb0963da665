import { LEXICONS } from '../lexicon/index.js';
import { isVerbWord } from './post-check.js';
import { isCountryName } from '../country-names.js';

/**
 * Where a group is rooted, when its description opens with nothing but a place: "теке – Ахалский и
 * Марыйский велаяты; к ахалским теке принадлежат …" → "Ахалский и Марыйский велаяты", "Northern –
 * Chui and Talas regions". The place is the description's first clause, ending in a noun of a
 * country's part (lexicon `groupShapes.placeNouns`), short and without a verb; anything else is
 * no region.
 */

const PLACE_NOUN = new RegExp(`^(?:${LEXICONS.flatMap((l) => l.groupShapes.placeNouns).join('|') || '(?!)'})\\p{L}*$`, 'iu');
/** A place's words: a name or its adjective, a joining word, at most this many. */
const MOST_WORDS = 8;

/** The region a description names: its first clause as a place, or the places the group rests on; else null. */
export function regionOfDescription(description: string | null): string | null {
  return description ? (placeClause(description) ?? placesRestedOn(description)) : null;
}

/** The description's first clause when it is nothing but a place. */
function placeClause(description: string): string | null {
  const clause = description.split(/;|\.(?:\s|$)/u)[0]!.trim().replace(/[,:]$/u, '');
  const words = clause.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > MOST_WORDS) return null;
  if (!PLACE_NOUN.test(words[words.length - 1]!)) return null;
  // "выходцы из …", "лидеры Ошской области": a clause that opens lower case speaks of people, not a place.
  if (!/^\p{Lu}/u.test(words[0]!)) return null;
  return words.slice(0, -1).some((w) => isVerbWord(w.toLowerCase())) ? null : clause;
}

const support = LEXICONS.map((l) => l.groupShapes.support);
const orNever = (words: readonly string[]) => (words.length ? words.join('|') : '(?!)');
/**
 * "Первый опирается на X", "второй – на X", "The Northern clan rests on X": the list after what a
 * group rests on, the verb (lexicon `groupShapes.support.verbs`) or the dash standing for it among
 * the clause's first words.
 */
const RESTS_ON = new RegExp(
  `^(?:[\\p{L}-]+\\s+){0,3}?(?:(?:${orNever(support.flatMap((s) => s.verbs))})\\p{L}*\\s+|[–—-]\\s*)(?:${orNever(support.flatMap((s) => s.preposition))})\\s+(.+)$`,
  'iu',
);
/** The joints of the list (lexicon `support.and`), a repeated preposition after "и" ("на коалицию и на поддержку …"). */
const LIST_JOINT = new RegExp(`\\s*,\\s*|\\s+(?:${orNever(support.flatMap((s) => s.and))})\\s+(?:(?:${orNever(support.flatMap((s) => s.preposition))})\\s+)?`, 'u');
/** "север республики", "юг": a side of the country, with what it is of. */
const SIDE = new RegExp(`^(?:${orNever(support.flatMap((s) => s.sides))})(?:\\s+\\p{Ll}+)?$`, 'u');
/** "Гагаузию", "Khatlon": one capitalized word, the name of a place. */
const PLACE_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$/u;
const BODY_NOUN = new RegExp(`^(?:${LEXICONS.flatMap((l) => l.bodyNouns).join('|') || '(?!)'})$`, 'u');
const NOT_NAME_WORDS = new Set(LEXICONS.flatMap((l) => l.notNameWords));
const PLACE_CASES = support.flatMap((s) => s.placeCases);

/** A place's name in the case after the preposition back to the nominative: "Гагаузию" → "Гагаузия". */
function placeNominative(word: string): string {
  const ending = PLACE_CASES.find(([from]) => word.endsWith(from) && word.length > from.length + 3);
  return ending ? `${word.slice(0, -ending[0].length)}${ending[1]}` : word;
}

/** One item of the list as a place, or null: a side of the country as written, a place's name in the nominative; not a body, a country or a post's word. */
function placeOf(item: string): string | null {
  if (SIDE.test(item)) return item;
  if (!PLACE_NAME.test(item) || BODY_NOUN.test(item) || NOT_NAME_WORDS.has(item.toLowerCase())) return null;
  const place = placeNominative(item);
  return isCountryName(place) || isCountryName(item) ? null : place;
}

/** The places of the first clause's list of what the group rests on, joined: "север республики, Гагаузия". */
function placesRestedOn(description: string): string | null {
  const list = RESTS_ON.exec(description.split(/;|\.(?:\s|$)/u)[0]!.trim())?.[1];
  const places = list ? list.split(LIST_JOINT).map((item) => placeOf(item.trim())).filter((p): p is string => p !== null) : [];
  return places.length ? places.join(', ') : null;
}
