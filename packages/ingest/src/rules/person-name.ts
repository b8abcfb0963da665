import { normalizeKeyPart } from '@profiles/model';
import { isCountryInCase } from '../country-names.js';
import { allWords, lexiconOfWord, nameToNominative, withFleetingVowel } from '../lexicon/index.js';
import { regExp } from '../regexp.js';
import { hasRoleWord } from './roles.js';

/** A person's name split into its parts, as the page wrote it. */
export interface PersonName {
  /** As written: "Nazarbayev Nursultan Abishevitch". */
  written: string;
  familyName: string;
  givenName: string | null;
  patronymic: string | null;
}

/**
 * Endings of East Slavic and Central Asian patronymics (-ovich, -evna, -uly, -kyzy …) in every
 * lexicon's spelling: "Abishevitch", "Baigazyevna", "Абишевич", "Байгазиевна", "Кажимканулы".
 */
const PATRONYMIC = regExp(`(?:${allWords((l) => l.names.patronymicEndings).join('|')})$`, 'iu');

/** Endings that mark a word as a family name in this region's names ("Masimov", "Масимов"). */
const FAMILY_SUFFIX = regExp(`(?:${allWords((l) => l.names.familyEndings).join('|')})$`, 'iu');

/** A word of a personal name: a capital, then letters, apostrophes or inner hyphens. */
export const NAME_WORD = "\\p{Lu}[\\p{L}'’]*(?:-\\p{Lu}?[\\p{L}'’]+)*";

/** A lower-case word that ends a name with no family name: "кызы" of "Назира Бакыт кызы". */
export const NAME_PARTICLE = `(?:${allWords((l) => l.personNames.particles).join('|') || '(?!)'})`;
const PARTICLE_ONLY = new RegExp(`^${NAME_PARTICLE}$`, 'u');

/** True for the word that ends a name with no family name ("кызы", "уулу"). */
export function isNameParticle(word: string): boolean {
  return PARTICLE_ONLY.test(word);
}

export function isPatronymic(word: string): boolean {
  return PATRONYMIC.test(word) && word.length > 5;
}

/** Patronymic endings that given and family names have too: "Гурбангулы", "Сапарулы". */
const WEAK_PATRONYMIC = regExp(`(?:${allWords((l) => l.names.weakPatronymicEndings).join('|') || '(?!)'})$`, 'iu');

/**
 * True when the name's word at `at` is its patronymic: a weak ending ("-улы") only where the
 * word does not open the name and no other word is a patronymic ("Гурбангулы Мяликгулыевич X":
 * the second; "Айдос Сапарулы" keeps the first as the given name).
 */
export function isPatronymicAt(words: readonly string[], at: number): boolean {
  const word = words[at];
  if (!word || !isPatronymic(word)) return false;
  if (!WEAK_PATRONYMIC.test(word)) return true;
  return at > 0 && !words.some((other, i) => i !== at && isPatronymic(other) && !WEAK_PATRONYMIC.test(other));
}

/**
 * True when the middle of three words is a patronymic after a given name: not after a country's
 * word ("Туркменистана Гурбангулы X" is a country and a two-word name).
 */
export function isMiddlePatronymic(three: readonly string[]): boolean {
  return three.length === 3 && isPatronymicAt(three, 1) && !isCountryInCase(three[0]!);
}

/** A given name, the father's with its particle, a family name: "Рамиз Энвер оглы Мехтиев" (also without the family name, or with it first). */
// (Or, as Kyrgyz documents write it, the father's name with its particle first, then the given name: "Алымбек кызы Чолпон".)
export const PARTICLE_NAME = `(?:(?:${NAME_WORD}\\s+)?${NAME_WORD}\\s+${NAME_WORD}\\s+${NAME_PARTICLE}(?![\\p{L}])(?:\\s+${NAME_WORD})?|${NAME_WORD}\\s+${NAME_PARTICLE}\\s+${NAME_WORD}(?![\\p{L}]))`;

/** A rank before a name, no part of it: "генерал-полковник", "академик", "Major General". */
const RANK = `(?:${allWords((l) => l.personNames.ranks).join('|') || '(?!)'})`;
const RANK_BEFORE_NAME = regExp(`(?<![\\p{L}\\p{N}-])${RANK}\\s+(?=\\p{Lu})`, 'gu');
// Capitalized too where the rank opens a line ("Генерал Мартин Херем – командующий …").
const OPENING_RANK = regExp(`^${RANK}\\s+(?=\\p{Lu})`, 'iu');
/** Words of bodies, posts and countries ("Республики", "Федерации", "Ministry"): no word of a person's name. */
const NOT_NAME_WORDS: ReadonlySet<string> = new Set(allWords((l) => l.notNameWords));
/** An acronym ("АЕИ", "NDP", "СДПК"): a party's or a body's, no word of a name; a longer word in capitals is a family name as official lists write it ("KARIMOV", "ИВАНОВ"). */
const ACRONYM = /^\p{Lu}{2,4}$/u;
/** Endings no nominative name's word has (lexicon `names.notNameEndings`): "Верховную". */
const NOT_NAME_ENDING = regExp(`(?:${allWords((l) => l.names.notNameEndings).join('|') || '(?!)'})$`, 'iu');

/** True for a word that opens no name, whatever follows it: a country's in its case, an acronym, a body's or a post's word. */
function opensNoName(word: string): boolean {
  return isCountryInCase(word) || ACRONYM.test(word) || NOT_NAME_WORDS.has(word.toLowerCase());
}

/** A text without the ranks written before names: "Министр обороны – генерал армии Тимур Касымов" → "Министр обороны – Тимур Касымов". */
export function withoutRanks(text: string): string {
  return text.replace(RANK_BEFORE_NAME, '');
}

/**
 * A name without the words before it that are no part of it: a rank ("Генерал-майор Ильяс
 * Оспанов"), a country in the genitive ("Туркменистана Мерген Ахмедов"), an acronym ("АЕИ Андрей
 * X") or a body's word ("Республики Армен X"); a name that would be left with one word keeps them.
 */
export function withoutNamePrefix(written: string): string {
  let name = written.trim();
  for (;;) {
    const rank = OPENING_RANK.exec(name);
    const words = name.split(/\s+/);
    const rest = rank ? name.slice(rank[0].length) : opensNoName(words[0]!) ? words.slice(1).join(' ') : null;
    if (rest === null || !rest.includes(' ')) return name === written.trim() ? written : name;
    name = rest;
  }
}

/**
 * The name that ends a run of capitalized words a post's words ran into ("Национального Собрания
 * Ара Саакян" → "Ара Саакян"): initials and a family name, four words with a particle, three with a
 * patronymic, else two.
 */
export function trailingName(run: string): string {
  const words = run.trim().split(/\s+/);
  if (words.length <= 2) return words.join(' ');
  if (/^(?:\p{Lu}\.\s?){1,2}$/u.test(words[words.length - 2]!)) return words.slice(/^\p{Lu}\.$/u.test(words[words.length - 2]!) && /^\p{Lu}\.$/u.test(words[words.length - 3]!) ? -3 : -2).join(' ');
  if (words.some(isNameParticle)) return words.slice(-4).join(' ');
  const three = words.slice(-3);
  // "Туркменистана Гурбангулы X": a country's word opens no name, whatever the next one ends in.
  if (isCountryInCase(three[0]!)) return three.slice(1).join(' ');
  // A last word in "-улы" is a patronymic only after a family name ("Назарбаев Нурсултан Абишулы"), else a family name ("… Мурат Сапарулы").
  const lastIsPatronymic = isPatronymicAt(three, 2) && (!WEAK_PATRONYMIC.test(three[2]!) || looksLikeFamilyName(three[0]!));
  return isMiddlePatronymic(three) || lastIsPatronymic ? three.join(' ') : words.slice(-2).join(' ');
}

/**
 * The name without a capitalized word that opened its sentence: a name with a patronymic has three
 * words ("Впервые Темирбек Асанович Токтогулов" → "Темирбек Асанович Токтогулов", "Then Petrov
 * Ivan Sergeyevich" → "Petrov Ivan Sergeyevich"); other names are as written.
 */
export function withoutOpeningWord(written: string): string {
  const words = written.trim().split(/\s+/);
  if (words.length !== 4 || isPatronymicAt(words, 1)) return written;
  return isPatronymicAt(words, 2) || isPatronymicAt(words, 3) ? words.slice(1).join(' ') : written;
}

/** Given names that end as family names do ("Valentin Sukalo", "Konstantin Sultanov", "Даниал Ахметов"). */
// The whole word or its last hyphened part: "Ева-Мария" is a given name as "Мария" is.
const GIVEN_WITH_FAMILY_ENDING = new RegExp(`(?:^|-)(?:${allWords((l) => l.names.givenWithFamilyEnding).join('|')})$`, 'u');

export function looksLikeFamilyName(word: string): boolean {
  return FAMILY_SUFFIX.test(word) && word.length > 3 && !GIVEN_WITH_FAMILY_ENDING.test(word);
}

const WEAK_FAMILY_SUFFIX = regExp(`(?:${allWords((l) => l.names.weakFamilyEndings).join('|') || '(?!)'})$`, 'iu');

/** How strongly a word's ending marks a family name: 2 ("Мустафаев"), 1 ("Шахин", "Гахария"), 0 ("Георгий"). */
export function familyNameStrength(word: string): number {
  if (word.length <= 3 || GIVEN_WITH_FAMILY_ENDING.test(word)) return 0;
  if (WEAK_FAMILY_SUFFIX.test(word)) return 1;
  return FAMILY_SUFFIX.test(word) ? 2 : 0;
}

const INITIAL = /^\p{Lu}\p{Ll}?\.$/u;

/**
 * A name of initials and one other word, in either order ("А. В. Дворкович", "Кудрин А. Л.",
 * "Ts. Elbegdorj"): the word is the family name whatever its ending ("-ович" is a family name's
 * ending too), the initials are the given name. Null for any other shape.
 */
function initialedName(words: readonly string[]): { familyName: string; givenName: string } | null {
  const initials = words.filter((word) => INITIAL.test(word));
  // Only the one word is no initial (`parsePersonName` has taken one-word names already).
  if (initials.length !== words.length - 1) return null;
  const family = INITIAL.test(words[0]!) ? words[words.length - 1]! : words[0]!;
  if (INITIAL.test(family)) return null;
  return { familyName: family, givenName: initials.join(' ') };
}

/**
 * Splits a written name into family, given and patronymic parts, by the name's own shape:
 * - three words ending in a patronymic are family-first ("Kim Georgiy Vasilyevitch");
 * - a patronymic in the middle is given-first ("Nursultan Abishevich Nazarbayev");
 * - two words are given-first ("Aslan Musin") unless the first has the stronger family-name ending
 *   ("Мустафаев Шахин", "Гахария Георгий");
 * - one word is a family name alone ("Musin");
 * - a name ending in a particle keeps the father's name and the particle as its family part ("Марат Сапар уулу"),
 *   unless a family name opens it: then the father's name and the particle are its patronymic ("Рустамов Артур Тофик оглы").
 */
export function parsePersonName(written: string): PersonName {
  const words = written.trim().split(/\s+/);
  if (words.length === 1) return { written, familyName: words[0]!, givenName: null, patronymic: null };
  const initialed = initialedName(words);
  if (initialed) return { written, ...initialed, patronymic: null };
  const last = words[words.length - 1]!;
  // "Фуад Ильхам оглы Мамедли": given, the father's name with its particle, then the family name.
  if (words.length === 4 && isNameParticle(words[2]!)) {
    return { written, familyName: words[3]!, givenName: words[0]!, patronymic: words.slice(1, 3).join(' ') };
  }
  // "Гусейнова Севиль Ариф кызы": family, given, then the father's name with its particle.
  if (words.length === 4 && isNameParticle(last) && looksLikeFamilyName(words[0]!)) {
    return { written, familyName: words[0]!, givenName: words[1]!, patronymic: words.slice(2).join(' ') };
  }
  // "Алымбек кызы Чолпон": the father's name and the particle first, then the given name.
  if (words.length === 3 && isNameParticle(words[1]!)) {
    return { written, familyName: words.slice(0, 2).join(' '), givenName: words[2]!, patronymic: null };
  }
  // "Назира Бакыт кызы": the father's name and the particle stand where a family name would.
  if (words.length >= 3 && isNameParticle(last)) {
    return { written, familyName: words.slice(-2).join(' '), givenName: words.slice(0, -2).join(' '), patronymic: null };
  }
  if (words.length >= 3 && isPatronymicAt(words, words.length - 1)) {
    return { written, familyName: words[0]!, givenName: words.slice(1, -1).join(' '), patronymic: last };
  }
  if (words.length === 3 && isPatronymicAt(words, 1)) {
    return { written, familyName: words[2]!, givenName: words[0]!, patronymic: words[1]! };
  }
  if (words.length === 2 && familyNameStrength(words[0]!) > familyNameStrength(words[1]!)) {
    return { written, familyName: words[0]!, givenName: words[1]!, patronymic: null };
  }
  return { written, familyName: last, givenName: words.slice(0, -1).join(' '), patronymic: null };
}

/** How many letters two endings open with alike: "ки" and "ка" one. */
function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && a[n] === b[n]) n += 1;
  return n;
}

/**
 * Every nominative a name's word may be read back to, by the endings of any case the lexicon
 * lists (`nameCases`, `names.otherCases`), each as a key's word: "Лину" → лина, "Георгия" →
 * георгии (the key folds "й"), "Ирину" → ирина. The word itself is not among them.
 */
export function keyReadings(word: string): string[] {
  const lexicon = lexiconOfWord(word);
  const pairs = [...Object.values(lexicon.nameCases).flat(), ...lexicon.names.otherCases];
  const lower = word.toLowerCase();
  const readings = pairs
    // The stem is what the two forms share: "Ники" and "Ника" share "Ник", three letters.
    .filter(([ending, nominative]) => lower.length - ending.length + sharedStart(ending, nominative) >= 3 && lower.endsWith(ending))
    .map(([ending, nominative]) => normalizeKeyPart(withFleetingVowel(lower.slice(0, lower.length - ending.length) + nominative)));
  const own = normalizeKeyPart(word);
  return [...new Set(readings)].filter((reading) => reading !== own);
}

/**
 * The identity key of a person: family and given names as an unordered pair, so "Nazarbayev
 * Nursultan Abishevitch" and "Nursultan Nazarbayev" are one person even where the order of a
 * two-word name was guessed wrong, while "Kim Georgiy" and "Kim Igor" stay two.
 */
export function personKey(name: PersonName): string[] {
  return [name.familyName, name.givenName ?? '']
    .flatMap((part) => part.split(/\s+/))
    .filter(Boolean)
    .map(normalizeKeyPart)
    .sort();
}

/** How sure the split is: a patronymic fixes the order, a bare two-word name does not. */
export function nameConfidence(name: PersonName): number {
  if (name.patronymic) return 2;
  return name.givenName ? 1 : 0;
}

/**
 * Why words read as a name are no person's, or null: a post's noun among them ("Последним
 * Президент"), a body's or a country's word ("Российской Федерации"), an ending no nominative
 * name has ("Верховную Раду"). Run on a name without its prefix (`withoutNamePrefix`).
 */
export function notANameWhy(written: string): string | null {
  const words = written.trim().split(/\s+/).filter((w) => !/\.$/u.test(w));
  // A language without cases has family names that are its nouns ("John Head", "Margaret Court"): only every word tells.
  const tells = (test: (word: string) => boolean) => (lexiconOfWord(written).boundary === 'ascii' ? words.every(test) : words.some(test));
  if (tells((w) => NOT_NAME_WORDS.has(w.toLowerCase()))) return 'a body\'s or a post\'s word';
  if (words.some((w) => NOT_NAME_ENDING.test(w))) return 'an ending no name has in the nominative';
  if (tells(isPostWord)) return 'a post\'s noun';
  return null;
}

/** A post's noun in any case ("Президентом"), not a family name that starts as one ("Акимов"). */
const isPostWord = (word: string) => hasRoleWord(word) && !looksLikeFamilyName(word);

/** A name without the posts' nouns after it ("Vaira Vīķe-Freiberga President" → "Vaira Vīķe-Freiberga"), two words at least. */
export function withoutTrailingPost(written: string): string {
  const words = written.trim().split(/\s+/);
  if (words.length < 3 || !isPostWord(words[words.length - 1]!)) return written;
  while (words.length > 2 && isPostWord(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}

/** Endings every word of a name in the instrumental has (lexicon `postHolders.instrumentalName`). */
const INSTRUMENTAL_NAME = regExp(`(?:${allWords((l) => [l.postHolders.instrumentalName]).join('|')})$`, 'u');
/** A word only an instrumental ends so: a man's name shows one, a woman's has nothing else (lexicon `postHolders.instrumentalOnly`). */
const INSTRUMENTAL_MASCULINE = regExp(`^(?:${allWords((l) => [l.postHolders.instrumentalOnly.masculine]).join('|')})$`, 'u');
const INSTRUMENTAL_FEMININE = regExp(`^(?:${allWords((l) => [l.postHolders.instrumentalOnly.feminine]).join('|')})$`, 'u');

/**
 * A name of two words or more whose every word ends as the instrumental does, back to the
 * nominative ("Робертом Кочаряном" → "Роберт Кочарян"); any other name as written.
 */
export function fromInstrumental(written: string): string {
  const words = written.trim().split(/\s+/);
  const full = words.filter((w) => !/\.$/u.test(w));
  if (full.length < 2 || !full.every((w) => INSTRUMENTAL_NAME.test(w))) return written;
  // "Алексей Толстой", "Сергей Трубецкой" end as an instrumental does, but are nominatives.
  if (!full.some((w) => INSTRUMENTAL_MASCULINE.test(w)) && !full.every((w) => INSTRUMENTAL_FEMININE.test(w))) return written;
  return nameToNominative(words, 'instrumental').join(' ');
}
