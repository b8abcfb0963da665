import { LEXICONS } from '../lexicon/index.js';
import { isVerbWord } from './post-check.js';

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

/** The region a description's first clause names, or null. */
export function regionOfDescription(description: string | null): string | null {
  if (!description) return null;
  const clause = description.split(/;|\.(?:\s|$)/u)[0]!.trim().replace(/[,:]$/u, '');
  const words = clause.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > MOST_WORDS) return null;
  if (!PLACE_NOUN.test(words[words.length - 1]!)) return null;
  // "выходцы из …", "лидеры Ошской области": a clause that opens lower case speaks of people, not a place.
  if (!/^\p{Lu}/u.test(words[0]!)) return null;
  return words.slice(0, -1).some((w) => isVerbWord(w.toLowerCase())) ? null : clause;
}
