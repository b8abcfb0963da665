import { allWords, anyOf, LEXICONS, nameToNominative, type GrammaticalCase } from '../lexicon/index.js';
import { isCountryInCase } from '../country-names.js';
import { isNameWord } from './prose-person.js';
import { trailingName } from './person-name.js';
import { hasRoleWord } from './roles.js';

/**
 * Who a group's description names as its people: "выходцы из спецслужб: Игорь Сечин, Николай
 * Патрушев", "Лаймдота Страуюма, Солвита Аболтиня", "к ахалским теке принадлежат С. Ниязов и Г.М.
 * Бердымухамедов", "неформальный лидер мэр Вентспилса Айварс Лембергс", "It includes Rinat Akhmetov
 * and Vadim Novinsky". A list's items each END in a name (what stands before it is the person's
 * title or the clause's words); a lead-in before a colon is no item ("коллеги Медведева Д.А. …:
 * …" names the list's people after the colon, not Medvedev); an aside in brackets is dropped.
 */

/** Words joining a list's last item: "и", "and". */
const AND = new RegExp(`\\s+(?:${allWords((l) => l.surveys.and).join('|')})\\s+`, 'u');
/** "Г.М.", "С.", "Ts.": initials. */
const INITIALS = /^(?:\p{Lu}\p{Ll}?\.){1,3}$/u;
/** Words of bodies and posts, never of a person's name: "Правительства", "Администрации". */
const NOT_NAME_WORDS = new Set(LEXICONS.flatMap((l) => l.notNameWords));
const BODY_NOUN = new RegExp(`^(?:${LEXICONS.flatMap((l) => l.bodyNouns).join('|') || '(?!)'})$`, 'u');
/** An adjective in an oblique case ("Верховного", "Южному"): no word of a name in a list of people. */
const OBLIQUE_ADJECTIVE = new RegExp(`\\p{L}${anyOf(allWords((l) => l.wordForms.adjectiveGenitiveDative)) ?? '(?!)'}$`, 'u');

/** A word that may be part of a person's name in any lexicon: capitalized, and no body's, post's or country's word. */
export function isMemberNameWord(word: string): boolean {
  return (
    isNameWord(word) && !NOT_NAME_WORDS.has(word.toLowerCase()) && !BODY_NOUN.test(word) && !hasRoleWord(word) && !isCountryInCase(word) && !OBLIQUE_ADJECTIVE.test(word)
  );
}

const wholeWord = (words: readonly string[]) => new RegExp(`^(?:${words.join('|') || '(?!)'})$`, 'u');
/** Words after which a list's name stands in the genitive: a kin's or a role's noun ("зятя", "бизнесмена"), "вокруг". */
const GENITIVE_CUE = wholeWord(LEXICONS.flatMap((l) => [...l.groupShapes.whoseKin, ...l.groupShapes.around]));
/** Kin nouns in the nominative ("дочь"): the name after "дочь Президента" agrees with them, not with the genitive. */
const KIN_NOMINATIVE = wholeWord(LEXICONS.flatMap((l) => l.groupShapes.kinNominative));
/** Prepositions after which it stands in the instrumental: "во главе с". */
const INSTRUMENTAL_CUE = wholeWord(LEXICONS.flatMap((l) => l.groupShapes.withPrepositions));
/** A word in the genitive between a cue and the name: "вокруг губернатора Донецкой области X". */
const GENITIVE_WORD = new RegExp(
  `(?:${LEXICONS.flatMap((l) => [(l.personNames.postCases.genitive ?? '(?!)').replace(/\$$/, ''), ...l.postHolders.adjectiveGenitive.map(([, ending]) => ending)]).join('|') || '(?!)'})$`,
  'u',
);

/** The case the words before a name put it in ("зятя X", "вокруг губернатора X", "во главе с X"), or null for the nominative or unknown. */
function caseBefore(before: readonly string[]): GrammaticalCase | null {
  const last = before[before.length - 1];
  if (last !== undefined && INSTRUMENTAL_CUE.test(last)) return 'instrumental';
  for (let i = before.length - 1; i >= Math.max(0, before.length - 4); i -= 1) {
    if (GENITIVE_CUE.test(before[i]!)) return i > 0 && KIN_NOMINATIVE.test(before[i - 1]!.toLowerCase()) ? null : 'genitive';
    if (!GENITIVE_WORD.test(before[i]!)) return null;
  }
  return null;
}

/** Verbs whose object is a list's person: "относят", "причисляют". */
const ACCUSATIVE_VERB = wholeWord(LEXICONS.flatMap((l) => l.groupShapes.memberClauses.accusativeVerbs));

/** One person a group's description names: as written, and whether it is a full name or a family name alone. */
export interface GroupMemberName {
  written: string;
  /** A family name alone ("Сечин"): the page's person of that name, if there is exactly one. */
  familyOnly: boolean;
}

/** The name that ends an item, or null: a run of name words and initials at its end; `listCase` the case its list's verb gives ("относят X"). */
export function nameEndingItem(item: string, listCase: GrammaticalCase | null = null): GroupMemberName | null {
  const words = item.replace(/[\s,;:!?]+$/u, '').split(/\s+/).filter(Boolean);
  // A sentence's full stop is no initial's: "Инга Вовк." (but "Гаев Ю." keeps it).
  if (words.length && !INITIALS.test(words[words.length - 1]!)) words[words.length - 1] = words[words.length - 1]!.replace(/\.+$/u, '');
  let start = words.length;
  while (start > 0 && (isMemberNameWord(words[start - 1]!) || INITIALS.test(words[start - 1]!))) start -= 1;
  // "зятя Тимура X", "во главе с Мартом X": the name back to the nominative from the case its cue gives.
  const grammaticalCase = caseBefore(words.slice(0, start)) ?? listCase;
  const run = grammaticalCase ? nameToNominative(words.slice(start), grammaticalCase) : words.slice(start);
  // A name needs a name word; initials stand before or after it ("Г.М. Бердымухамедов", "Медведев Д.А.").
  if (!run.some((w) => !INITIALS.test(w))) return null;
  if (run.length === 1) return { written: run[0]!, familyOnly: true };
  const written = trailingName(run.join(' '));
  return { written, familyOnly: false };
}

/** The items of a clause's list: after its lead-in's colon, split at commas and at the last "и". */
export function listItems(clause: string): string[] {
  const afterColon = clause.slice(clause.lastIndexOf(':') + 1);
  return afterColon.split(',').flatMap((part) => part.split(AND)).map((item) => item.trim()).filter(Boolean);
}

/** An aside in brackets that is only a list of full names: "(Валерий Орлов, Сергей Лис, Виктор Пинчук)". */
function namesOfAside(aside: string): GroupMemberName[] {
  const names = listItems(aside).map((item) => ({ item: item.replace(/[.;]+$/u, ''), name: nameEndingItem(item) }));
  return names.length && names.every(({ item, name }) => name && !name.familyOnly && name.written === item) ? names.map(({ name }) => name!) : [];
}

/** The people a group's description names, in its order, each once: an aside's only where it is a list of names. */
export function findGroupMembers(description: string | null): GroupMemberName[] {
  if (!description) return [];
  const text = description.replace(/\s*\([^()]*\)/g, '');
  const found: GroupMemberName[] = [];
  const asides = [...description.matchAll(/\(([^()]*)\)/g)].flatMap((m) => namesOfAside(m[1]!));
  // Sentences end at a full stop after a word, never after an initial ("С. Ниязов").
  for (const sentence of text.split(/(?<=\p{Ll}{2})\.\s+/u)) {
    for (const clause of sentence.split(';')) {
      // "к которым относят A и B": the verb puts every name of its list in the accusative.
      let listCase: GrammaticalCase | null = null;
      for (const item of listItems(clause)) {
        if (item.split(/\s+/).some((w) => ACCUSATIVE_VERB.test(w))) listCase = 'accusative';
        const name = nameEndingItem(item, listCase);
        if (name && !found.some((f) => f.written === name.written)) found.push(name);
      }
    }
  }
  for (const name of asides) if (!found.some((f) => f.written === name.written)) found.push(name);
  return found;
}
