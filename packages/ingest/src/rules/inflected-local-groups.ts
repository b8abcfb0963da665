import { CLOSE_QUOTE, OPEN_QUOTE } from '../normalize.js';
import { allWords, anyOf, LEXICONS } from '../lexicon/index.js';
import type { GroupMention } from './groups.js';

/**
 * Groups of a language whose nouns inflect, by two shapes the English rules read in English:
 * - a group's adjective and noun in any case, then its own-language name and its region in brackets:
 *   "Старшего жуза («Улы жуз», Южный и Юго-Восточный Казахстан)" → Старший жуз, local name Улы жуз,
 *   region Южный и Юго-Восточный Казахстан (the English "the Elder zhuz –“Uly” (Southern …)");
 * - a group's noun quoted after "так называемый" in any case: "роль так называемой «семьи»" → семья
 *   (the English "the so-called “Family”").
 * The nouns, their lemmas and categories and the adjectives' endings are the lexicons' `groups`.
 */

const NOUNS = LEXICONS.flatMap((l) => l.groups.nouns.map((n) => ({ ...n, forms: new RegExp(`^(?:${n.forms})$`, 'iu'), adjectives: l.groups.adjectives })));
const nounOf = (word: string) => NOUNS.find((n) => n.forms.test(word));

/** "Старшего жуза («Улы жуз», Южный … Казахстан)": an adjective, a noun, the quoted name, a separator, the region. */
const WITH_LOCAL_NAME = new RegExp(`(\\p{Lu}\\p{Ll}+)\\s+(\\p{Ll}+)\\s*\\(\\s*${OPEN_QUOTE}([^«»"“”]{2,40})${CLOSE_QUOTE}\\s*[,;\\u2010-\\u2015-]\\s*([^()]{3,120}?)\\s*\\)`, 'gu');
/** "так называемой «семьи»", "так называемых «кланов»": the quoted word after the participle. */
const SO_CALLED = new RegExp(`${anyOf(allWords((l) => l.wordForms.soCalled)) ?? '(?!)'}\\s+${OPEN_QUOTE}(\\p{Ll}+)${CLOSE_QUOTE}`, 'gu');

/** An adjective in another case back to the nominative of its noun's gender: "Старшего" → "Старший". */
function nominativeAdjective(adjective: string, endings: Array<[string, string]>): string {
  const lower = adjective.toLowerCase();
  const ending = endings.find(([from]) => lower.endsWith(from) && lower.length > from.length + 2);
  const nominative = ending ? `${lower.slice(0, -ending[0].length)}${ending[1]}` : lower;
  return `${nominative[0]!.toUpperCase()}${nominative.slice(1)}`;
}

/** The groups of a paragraph by the two shapes. */
export function readInflectedLocalGroups(paragraph: string): GroupMention[] {
  const found: GroupMention[] = [];
  for (const match of paragraph.matchAll(WITH_LOCAL_NAME)) {
    const noun = nounOf(match[2]!);
    if (!noun) continue;
    const adjective = nominativeAdjective(match[1]!, noun.feminine ? noun.adjectives.feminine : noun.adjectives.masculine);
    found.push({ name: `${adjective} ${noun.lemma}`, category: noun.category, localName: match[3]!.trim(), region: match[4]!.trim(), description: null, text: match[0] });
  }
  for (const match of paragraph.matchAll(SO_CALLED)) {
    const noun = nounOf(match[1]!);
    if (noun) found.push({ name: noun.lemma, category: noun.category, localName: null, region: null, description: null, text: match[0] });
  }
  return found;
}
