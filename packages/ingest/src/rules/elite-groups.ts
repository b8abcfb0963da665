import { CLOSE_QUOTE, OPEN_QUOTE, splitSentences } from '../normalize.js';
import { allWords, LEXICONS, type Lexicon } from '../lexicon/index.js';
import type { GroupMention } from './groups.js';
import { nameEndingItem } from './group-members.js';
import { isCountryInCase } from '../country-names.js';

/**
 * Groups an analysis of the elite names without a group's noun (lexicon `groupShapes`), in a
 * paragraph that speaks of groups or stands under a heading on them: parties and blocs ("партии
 * «Родина»", "«Народное движение»", unquoted "Союз фермеров Эстонии" under such a heading), a person
 * of influence ("олигарх Пётр Лисов"), a key figure ("Ключевой фигурой … остаётся … Иван Орлов") and
 * a circle named by its person ("окружение Петра Лисова", "группа вокруг олигарха Павла Лора").
 */

const shapes = LEXICONS.map((l) => l.groupShapes);
const orNever = (words: readonly string[]) => (words.length ? words.join('|') : '(?!)');
/** Every lexicon's endings or small words of one kind (lexicon `wordForms`), or what matches nothing. */
const forms = (field: keyof Lexicon['wordForms']) => orNever(allWords((l) => l.wordForms[field]));
const LETTER_START = '(?<![\\p{L}\\p{N}])';
const LETTER_END = '(?![\\p{L}\\p{N}])';
/** A noun's forms with its first letter in either case: "[Пп]арти(?:я|и)". */
const anyCase = (forms: string) => `[${forms[0]!}${forms[0]!.toUpperCase()}]${forms.slice(1)}`;

const PARTIES = shapes.flatMap((g) => g.partyNouns.map((n) => ({ ...n, forms: new RegExp(`^(?:${n.forms})$`, 'iu') })));
export const PARTY_FORMS = orNever(shapes.flatMap((g) => g.partyNouns.map((n) => anyCase(n.forms))));
export const PARTY_LEMMAS = orNever(shapes.flatMap((g) => g.partyNouns.map((n) => anyCase(n.lemma))));
/** "партии «Родина»", "блоком «Вперёд»": a party's noun, then its quoted capitalized name. */
const PARTY_THEN_NAME = new RegExp(`${LETTER_START}(${PARTY_FORMS})\\s+${OPEN_QUOTE}(\\p{Lu}[^«»"“”]{1,60}?)${CLOSE_QUOTE}`, 'gu');
/** "«Народное движение»", "«Союз правых сил»": a quoted name whose words hold a party's noun in the nominative. */
const QUOTED_PARTY = new RegExp(`${OPEN_QUOTE}(\\p{Lu}[\\p{L}-]*(?:\\s+[\\p{L}-]+){0,4}?\\s+(?:${PARTY_LEMMAS})(?:\\s+[\\p{L}-]+){0,5}|(?:${PARTY_LEMMAS})(?:\\s+[\\p{L}-]+){1,5})${CLOSE_QUOTE}`, 'gu');
/** "Союз крестьян и фермеров Эстонии": an unquoted name opened by a capitalized party's noun, up to a stop. */
const UNQUOTED_PARTY = new RegExp(`(?<![\\p{L}\\p{N}«"“-])(${orNever(shapes.flatMap((g) => g.partyNouns.map((n) => `${n.lemma[0]!.toUpperCase()}${n.lemma.slice(1)}`)))})((?:\\s+(?:\\p{Lu}[\\p{Ll}-]+|\\p{Ll}[\\p{Ll}-]*)){1,6}?)(?=\\s*(?:[,;.:()]|\\s[\\u2010-\\u2015-]\\s|$))`, 'gu');
/** A finite verb or a participle, where an unquoted name has ended: "… Литвы возглавляет", "… Литвы, выдвинувший". */
const NOT_A_NAME_WORD = new RegExp(`^(?:\\p{Ll}+(?:${forms('verbEndings')})|${forms('nameStops')})$`, 'u');
/** The conjunction a name holds inside, and those it never ends with (lexicon `wordForms.nameAnd`, `trailingConjunctions`). */
const NAME_AND = new RegExp(`^(?:${forms('nameAnd')})$`, 'u');
const TRAILING_CONJUNCTION = new RegExp(`^(?:${forms('trailingConjunctions')})$`, 'u');
/** A capitalized adjective before the noun makes it a state's or a union's: "Европейский Союз", "Советского Союза". */
export const CAPITAL_ADJECTIVE_BEFORE = new RegExp(`\\p{Lu}\\p{Ll}+(?:${forms('adjectiveBeforeUnion')})\\s+$`, 'u');

const INFLUENCE = new RegExp(`${LETTER_START}(${orNever(shapes.flatMap((g) => g.influenceNouns.map((n) => n.forms)))})\\s+(\\p{Lu}\\p{Ll}+\\s+\\p{Lu}[\\p{Ll}-]+)${LETTER_END}(?!\\s+\\p{Lu})`, 'gu');
const INFLUENCE_CATEGORY = shapes.flatMap((g) => g.influenceNouns.map((n) => ({ forms: new RegExp(`^(?:${n.forms})$`, 'u'), category: n.category })));
const KEY_FIGURE = new RegExp(`${LETTER_START}(?:${orNever(shapes.flatMap((g) => g.keyFigures))})${LETTER_END}`, 'giu');
/** The name that ends a clause: "… партии «Родина» Иван Орлов". */
const NAME_AT_END = /(?<![\p{L}-])(\p{Lu}\p{Ll}+\s+\p{Lu}[\p{Ll}-]+)\s*$/u;

const CIRCLES = shapes.flatMap((g) => g.circleNouns.map((n) => ({ lemma: n.lemma, forms: new RegExp(`^(?:${n.forms})$`, 'iu') })));
const GROUP_NOUN = orNever(LEXICONS.flatMap((l) => l.groups.nouns.filter((n) => n.category === 'group').map((n) => n.forms)));
const GROUP_LEMMA = LEXICONS.flatMap((l) => l.groups.nouns.filter((n) => n.category === 'group').map((n) => n.lemma))[0] ?? '';
const KIN = orNever(shapes.flatMap((g) => g.whoseKin));
/** "окружение Петра Лисова", "группа вокруг олигарха Павла Лора": a circle's noun, kin or role words, a given and a family name in the genitive. */
const CIRCLE = new RegExp(`${LETTER_START}(?:(${orNever(shapes.flatMap((g) => g.circleNouns.map((n) => n.forms)))})|(?:${GROUP_NOUN})\\s+(${orNever(shapes.flatMap((g) => g.around))}))\\s+(?:(?:${KIN})\\s+){0,3}(\\p{Lu}\\p{Ll}+\\s+\\p{Lu}[\\p{Ll}-]+)${LETTER_END}(?!\\s+\\p{Lu})`, 'gu');
const GENITIVE_PAIR = new RegExp(`^\\p{Lu}\\p{Ll}+(?:${forms('nounGenitive')})\\s+\\p{Lu}[\\p{Ll}-]+(?:${forms('familyGenitive')})$`, 'u');
const NOT_NAME_WORDS = new Set(LEXICONS.flatMap((l) => l.notNameWords));

const GROUP_NOUNS = LEXICONS.flatMap((l) => l.groups.nouns.map((n) => ({ ...n, forms: new RegExp(`^(?:${n.forms})$`, 'iu') })));
/** A short or own-language name in brackets after the name: "(ПЛДМ)", "(EKRE)", "(Isamaa)". */
const SHORT_NAME = '(?:\\s*\\((\\p{L}[\\p{L}\\p{N} -]{0,30})\\))?';
/** "«Союз X» – сторонники …", "Демократическая партия Молдовы (ДПМ) – …", "команда Петра Лисова – функционеры …", "«Блок Икс» – Иван Петров, Анна Орлова": a list item of a group's name, a dash and what it is or who is in it. */
// (Also words and a quoted name: "Союз добровольцев «Еркрапа» – организация ветеранов …".)
/**
 * What may stand between a quoted name and its dash: a quoted gloss in brackets ("«технократы»
 * («экономический блок») – …") or where the group sits, opened by a short lower-case word
 * ("«прагматики» в Администрации Президента – …"). Neither is part of the name.
 */
const AFTER_QUOTED_NAME = `(?:\\s*\\(${OPEN_QUOTE}[^«»"“”()]{1,60}${CLOSE_QUOTE}\\)|\\s+\\p{Ll}{1,3}(?:\\s+\\p{Lu}[\\p{Ll}-]+){1,3})?`;
const NAMED_ITEM = new RegExp(`^(?:${OPEN_QUOTE}([^«»"“”]{2,60})${CLOSE_QUOTE}${AFTER_QUOTED_NAME}|((?:[\\p{L}-]+\\s+){0,4}?(?:[\\p{L}-]+|${OPEN_QUOTE}\\p{Lu}[^«»"“”]{1,60}${CLOSE_QUOTE})))${SHORT_NAME}\\s+[\\u2010-\\u2015-]\\s+((?:\\p{L}|${OPEN_QUOTE}).{2,300}?)\\s*[;.]?$`, 'u');

/** "СДПК", "EKRE", "ПСРМ": a party's short name, capitals only. */
const ACRONYM = /^\p{Lu}{2,6}$/u;

/**
 * A list item under a heading on groups that names one and says what it is: "«Союз X» – сторонники
 * Председателя", "команда Петра Лисова – опытные функционеры …", "хозяйственная номенклатура –
 * директора заводов" (an unquoted capitalized name needs a group's or a party's noun); the words
 * after the dash are its description, a short name in brackets after the name its `localName`
 * ("Демократическая партия Молдовы (ДПМ) – …").
 */
function namedItem(paragraph: string, partyListed: boolean): GroupMention | null {
  const match = NAMED_ITEM.exec(paragraph.trim());
  if (!match) return null;
  const name = (match[1] ?? match[2]!).trim();
  const nouns = name.split(/[\s«»"“”]+/u);
  const group = nouns.map((w) => GROUP_NOUNS.find((n) => n.forms.test(w))).find(Boolean);
  const party = nouns.map((w) => PARTIES.find((n) => n.forms.test(w))).find(Boolean);
  // "хозяйственная номенклатура – «красные директора» …": a lower-case name is an item's group too; a capitalized one may be a post's or a body's.
  // An acronym is a party's short name ("СДПК – …", "EKRE – …").
  // In a list of parties, words and a quoted name are one too ("Армянская революционная федерация «Дашнакцутюн»").
  const quotedInPartyList = partyListed && new RegExp(`${OPEN_QUOTE}\\p{Lu}`, 'u').test(name);
  if (!match[1] && !group && !party && !quotedInPartyList && !/^\p{Ll}/u.test(name) && !ACRONYM.test(name)) return null;
  const localName = match[3]?.trim() ?? null;
  return { name, category: party?.category ?? group?.category ?? 'group', localName, region: null, description: `${match[4]!}.`, text: paragraph.trim() };
}

/** Quoted text replaced by as many spaces, so that a name inside quotes is never a person's. */
const maskQuotes = (text: string) => text.replace(new RegExp(`${OPEN_QUOTE}[^«»"“”]*${CLOSE_QUOTE}`, 'gu'), (m) => ' '.repeat(m.length));
export const categoryOf = (noun: string) => PARTIES.find((p) => p.forms.test(noun))?.category ?? 'party';
export const lemmaOf = (noun: string) => PARTIES.find((p) => p.forms.test(noun))?.lemma ?? noun.toLowerCase();

/** Parties and blocs: "партии «Родина»" → партия «Родина»; "«Народное движение»"; unquoted ones only under a heading on groups. */
function parties(sentence: string, headed: boolean): Array<Omit<GroupMention, 'text'>> {
  const found: Array<Omit<GroupMention, 'text'>> = [];
  const group = (name: string, category: string) => found.push({ name, category, localName: null, region: null, description: null });
  for (const match of sentence.matchAll(PARTY_THEN_NAME)) group(`${lemmaOf(match[1]!)} «${match[2]!}»`, categoryOf(match[1]!));
  for (const match of sentence.matchAll(QUOTED_PARTY)) {
    // "партии «Союз правых сил»" is read above with its noun.
    if (new RegExp(`(?:${PARTY_FORMS})\\s+$`, 'u').test(sentence.slice(0, match.index))) continue;
    const noun = match[1]!.split(/\s+/).find((w) => PARTIES.some((p) => p.lemma === w.toLowerCase()))!;
    group(match[1]!, categoryOf(noun));
  }
  if (!headed) return found;
  for (const match of sentence.matchAll(UNQUOTED_PARTY)) {
    if (CAPITAL_ADJECTIVE_BEFORE.test(sentence.slice(0, match.index))) continue;
    const words = match[2]!.trim().split(/\s+/);
    const stop = words.findIndex((w) => NOT_A_NAME_WORD.test(w) && !NAME_AND.test(w));
    const kept = stop < 0 ? words : words.slice(0, stop);
    // A name's words hold at least one capitalized word or a genitive ("Союз фермеров").
    if (!kept.length || TRAILING_CONJUNCTION.test(kept[kept.length - 1]!)) continue;
    group(`${match[1]!} ${kept.join(' ')}`, categoryOf(match[1]!));
  }
  return found;
}

const LEADERS = shapes.flatMap((g) => g.leaderPlurals.map((n) => ({ lemma: n.lemma, forms: new RegExp(`^(?:${n.forms})$`, 'u') })));
/** "лидеров Майдана": leaders in the plural and what they lead, one capitalized word in the genitive (no body's, no person's name after it). */
const LEADERS_OF = new RegExp(`${LETTER_START}(${orNever(shapes.flatMap((g) => g.leaderPlurals.map((n) => n.forms)))})\\s+(\\p{Lu}\\p{Ll}{2,}(?:${forms('nounGenitive')}))${LETTER_END}(?!\\s+\\p{Lu})`, 'gu');
const BODY_NOUN = new RegExp(`^(?:${LEXICONS.flatMap((l) => l.bodyNouns).join('|') || '(?!)'})$`, 'u');

/** People the analysis names as powers of their own: "олигарх Пётр Лисов", a key figure, a circle named by its person. */
function people(sentence: string): Array<Omit<GroupMention, 'text'>> {
  const found: Array<Omit<GroupMention, 'text'>> = [];
  const group = (name: string, category: string) => found.push({ name, category, localName: null, region: null, description: null });
  for (const match of sentence.matchAll(INFLUENCE)) group(`${match[1]!} ${match[2]!}`, INFLUENCE_CATEGORY.find((n) => n.forms.test(match[1]!))!.category);
  for (const match of sentence.matchAll(KEY_FIGURE)) {
    // The clause after the phrase, to its first comma outside quotes: "… остаётся основатель партии «X» Иван Орлов,".
    const rest = maskQuotes(sentence.slice(match.index + match[0].length)).split(/[,;.:()]/u)[0]!;
    const name = NAME_AT_END.exec(rest)?.[1];
    if (name && !name.split(/\s+/).some((w) => NOT_NAME_WORDS.has(w.toLowerCase()))) group(name.replace(/\s+/g, ' '), 'key figure');
  }
  for (const match of sentence.matchAll(CIRCLE)) {
    const person = match[3]!.replace(/\s+/g, ' ');
    if (!GENITIVE_PAIR.test(person) || person.split(' ').some((w) => NOT_NAME_WORDS.has(w.toLowerCase()))) continue;
    const lemma = match[1] ? CIRCLES.find((c) => c.forms.test(match[1]!))!.lemma : `${GROUP_LEMMA} ${match[2]!.toLowerCase()}`;
    group(`${lemma} ${person}`, 'elite circle');
  }
  for (const match of sentence.matchAll(LEADERS_OF)) {
    // "лидеров Партии", "лидеров Армении": a body's or a country's word is no movement of its own.
    if (BODY_NOUN.test(match[2]!) || NOT_NAME_WORDS.has(match[2]!.toLowerCase()) || isCountryInCase(match[2]!)) continue;
    group(`${LEADERS.find((n) => n.forms.test(match[1]!))!.lemma} ${match[2]!}`, 'group');
  }
  return found;
}

const ORDINALS = shapes.filter((g) => g.ordinals.length === 2).map((g) => new RegExp(`^(${g.ordinals[0]}${LETTER_END}.+?)\\s*[,;]\\s*(?:(?:${forms('contrastAnd')})\\s+)?(${g.ordinals[1]}${LETTER_END}.+?)\\s*\\.?$`, 'u'));
/** Where a group's name stands in a sentence, by its first word's stem ("проевропейский лагерь" in "двух лагерей – «проевропейского» …"). */
const positionIn = (sentence: string, name: string) => sentence.toLowerCase().indexOf(name.toLowerCase().split(/\s+/)[0]!.slice(0, -2));

/**
 * "…двух лагерей – «проевропейского» и «пророссийского». Первый опирается на столицу, второй – на
 * север и Гагаузию.": the sentence after one that named two groups describes each by its ordinal,
 * in the order the groups stand. Sets a description only where none is known.
 */
export function describeByOrdinals(paragraphs: readonly string[], groups: readonly GroupMention[]): void {
  for (const paragraph of ORDINALS.length ? paragraphs : []) {
    const sentences = splitSentences(paragraph);
    sentences.forEach((sentence, i) => {
      const pair = ORDINALS.map((p) => p.exec(sentences[i + 1] ?? '')).find((m) => m);
      const named = groups.filter((g) => g.text === sentence && positionIn(sentence, g.name) >= 0);
      if (!pair || named.length !== 2) return;
      const [first, second] = [...named].sort((a, b) => positionIn(sentence, a.name) - positionIn(sentence, b.name));
      first!.description ??= `${pair[1]!}.`;
      second!.description ??= `${pair[2]!}.`;
    });
  }
}

/**
 * The groups of one paragraph that an analysis of the elite names without a group's noun, each with
 * the sentence it stands in; none unless the paragraph speaks of groups (`talk`). `headed`: it stands
 * under a heading on groups, where an unquoted party's name is one too; `partyListed`: it is an item of
 * a list of parties.
 */
export function readEliteGroups(paragraph: string, talk: boolean, headed: boolean, partyListed = false): GroupMention[] {
  if (!talk) return [];
  const item = headed ? namedItem(paragraph, partyListed) : null;
  const found = splitSentences(paragraph).flatMap((text) => [...parties(text, headed), ...people(text)].map((g) => ({ ...g, text })));
  return item ? [item, ...found] : found;
}

/** An adjective in the nominative singular, of any gender: "Республиканская", "национальный", "Объединённое". */
const NOMINATIVE_ADJECTIVE = `[\\p{L}-]+(?:${forms('adjectiveNominative')})`;
/** "УзЛиДеП", "РПА", "EKRE": a short name with two capitals or more, no spaces. */
const SHORT_NAME_WORD = '(?=(?:\\p{Ll}*\\p{Lu}){2})\\p{Lu}[\\p{L}]{1,9}';
/**
 * A party's full name, unquoted, in the nominative: adjectives and the noun, a country's name after it
 * ("Республиканская партия Армении", "Армянский национальный конгресс"), or the noun and its short
 * name ("Партия БНФ"). The name opens at the last capitalized adjective ("Правящая Народно-демократическая
 * партия" → Народно-демократическая партия).
 */
export const FULL_PARTY_NAME = `(?:\\p{Lu}${NOMINATIVE_ADJECTIVE}\\s+(?:\\p{Ll}${NOMINATIVE_ADJECTIVE}\\s+){0,2}(?:${PARTY_LEMMAS})(?:\\s+\\p{Lu}\\p{Ll}+)?|(?:${PARTY_LEMMAS})\\s+${SHORT_NAME_WORD}|(?:${PARTY_LEMMAS})\\s+${OPEN_QUOTE}\\p{Lu}[^«»"“”]{1,40}${CLOSE_QUOTE})`;
/** "партия KPV LV", "Партия БНФ": a party's noun in the nominative and its short name, one or two words of capitals. */
const PARTY_SHORT_NAMED = new RegExp(`${LETTER_START}((?:${PARTY_LEMMAS})\\s+${SHORT_NAME_WORD}(?:\\s+${SHORT_NAME_WORD})?)${LETTER_END}`, 'gu');
/** "Председателем партии «Нур Отан» является …", "лидер блока «Заря»": a party whose leader the page names (lexicon `partyLeaders`). */
const PARTY_OF_LEADER = new RegExp(`${LETTER_START}(?:${orNever(shapes.flatMap((g) => g.partyLeaders))})\\p{L}*\\s+(${PARTY_FORMS})\\s+${OPEN_QUOTE}(\\p{Lu}[^«»"“”]{1,40}?)${CLOSE_QUOTE}`, 'gu');
/** A party's full name with its short name in brackets: "Республиканская партия Армении (РПА)". */
const PARTY_WITH_SHORT_NAME = new RegExp(`${LETTER_START}(${FULL_PARTY_NAME})\\s*\\((${SHORT_NAME_WORD})\\)`, 'gu');
/** A party's full name with its leader in brackets, past its own name in brackets: "Объединённая гражданская партия (Анатолий Лебедько)", "Партия БНФ (председатель Алексей Янукевич)". */
const PARTY_WITH_LEADER = new RegExp(`${LETTER_START}(${FULL_PARTY_NAME})(?:\\s*\\((\\p{Lu}[\\p{L}-]{1,20})\\))?\\s*\\(((?:\\p{Ll}[\\p{L}-]*\\s+){0,2}(?:\\p{Lu}\\.\\s*|\\p{Lu}[\\p{Ll}-]+\\s+)\\p{Lu}[\\p{Ll}-]+)\\)`, 'gu');

/** Words before a party's name are no part of it where a capitalized adjective follows them. */
export function fromLastCapital(name: string): string {
  const words = name.split(/\s+/);
  let start = 0;
  while (start + 1 < words.length && /^\p{Lu}/u.test(words[start + 1]!) && new RegExp(`^${NOMINATIVE_ADJECTIVE}$`, 'u').test(words[start + 1]!)) start += 1;
  return words.slice(start).join(' ');
}

/**
 * Parties a paragraph names in full, whether or not it speaks of groups: with a short name in brackets
 * (its `localName`) or with a leader in brackets (its description, so that the leader is its member);
 * in a paragraph that names one so, "партия «X»" names a party too ("партия «Процветающая Армения»").
 */
/** "Основные оппозиционные силы – …" (lexicon `forcesLeadIns`). */
const FORCES_LEAD_IN = new RegExp(orNever(shapes.flatMap((g) => g.forcesLeadIns)), 'u');

export function readNamedParties(paragraph: string): GroupMention[] {
  const found: GroupMention[] = [];
  const sentences = splitSentences(paragraph);
  const textOf = (match: string) => sentences.find((s) => s.includes(match)) ?? match;
  const party = (written: string, localName: string | null, description: string | null, match: string) => {
    const name = fromLastCapital(written.replace(/\s+/g, ' '));
    const noun = name.split(' ').find((w) => PARTIES.some((p) => p.forms.test(w)))!;
    // One party per name, whichever shape read it first: a later one adds what it lacks.
    const known = found.find((g) => g.name.toLowerCase() === name.toLowerCase());
    if (known) {
      known.localName ??= localName;
      known.description ??= description;
      return;
    }
    found.push({ name, category: categoryOf(noun), localName, region: null, description, text: textOf(match) });
  };
  for (const match of paragraph.matchAll(PARTY_WITH_SHORT_NAME)) {
    // "партия «Новый Азербайджан» (ПНА)": the noun in lower case, the quoted name as written.
    const quoted = new RegExp(`^(${PARTY_FORMS})\\s+(${OPEN_QUOTE}.+)$`, 'u').exec(match[1]!);
    party(quoted ? `${lemmaOf(quoted[1]!)} ${quoted[2]!}` : match[1]!, match[2]!, null, match[0]);
  }
  for (const match of paragraph.matchAll(PARTY_SHORT_NAMED)) party(match[1]!, null, null, match[0]);
  for (const match of paragraph.matchAll(PARTY_OF_LEADER)) party(`${lemmaOf(match[1]!)} «${match[2]!}»`, null, null, match[0]);
  for (const match of paragraph.matchAll(PARTY_WITH_LEADER)) {
    const leader = nameEndingItem(match[3]!);
    // A full name ends the brackets; words before it are the leader's post ("председатель").
    if (leader && !leader.familyOnly && match[3]!.endsWith(leader.written)) party(match[1]!, match[2] ?? null, `${match[3]!}.`, match[0]);
  }
  // "партия «X»" is a party where the paragraph names one otherwise or lists the country's forces.
  if (!found.length && !FORCES_LEAD_IN.test(paragraph)) return found;
  for (const match of paragraph.matchAll(PARTY_THEN_NAME)) party(`${lemmaOf(match[1]!)} «${match[2]!}»`, null, null, match[0]);
  return found;
}

/** "Первую составляет «старая номенклатура» – …", "Вторая по влиянию группа – «еразы» (…)": an ordinal opens the sentence, a quoted name follows within a few words. */
const ORDINAL_QUOTED = new RegExp(`^(?:${orNever(shapes.flatMap((g) => g.ordinalOpeners))})${LETTER_END}(?:\\s+[\\p{Ll}-]+){0,3}\\s*(?:[\\u2010-\\u2015-]\\s*)?${OPEN_QUOTE}(\\p{L}[^«»"“”]{1,40}?)${CLOSE_QUOTE}`, 'u');
/** One word with an adjective's ending: «донецкая» names the group its noun names elsewhere, not one of its own. */
const LONE_ADJECTIVE = new RegExp(`^\\p{L}+(?:${forms('adjectiveAlone')})$`, 'u');

/**
 * Groups a paragraph on groups counts by ordinals: "…соперничеством двух групп. Первую составляет
 * «старая номенклатура» – … Вторую – «люди Саюдиса», …" (the quoted name as written).
 */
export function readOrdinalGroups(paragraph: string, talk: boolean): GroupMention[] {
  if (!talk) return [];
  return splitSentences(paragraph).flatMap((text) => {
    const name = ORDINAL_QUOTED.exec(text)?.[1]?.trim();
    return name && !LONE_ADJECTIVE.test(name) ? [{ name, category: 'group', localName: null, region: null, description: null, text }] : [];
  });
}

/**
 * "…кругом руководителей «Единого национального движения»: …, в него входили A, B и C.": a quoted
 * party's name, any case, right before a colon, and its list up to the sentence's end (a full stop
 * before a capitalized word and a lower-case one; not an initial's nor "гг." before a name).
 */
const QUOTED_PARTY_THEN_LIST = new RegExp(`${OPEN_QUOTE}((?:\\p{L}[\\p{L}-]*\\s+){0,3}(?:${PARTY_FORMS}))${CLOSE_QUOTE}\\s*:\\s*((?:[^.;]|\\.(?!\\s+\\p{Lu}\\p{Ll}*\\s+\\p{Ll}|\\s*$))+)`, 'gu');

/** A word with a genitive ending swapped for the nominative one (lexicon `bodyGenitive`), or null. */
function swapGenitive(word: string, endings: ReadonlyArray<readonly [string, string, ...unknown[]]>): { word: string; at: number } | null {
  const at = endings.findIndex(([genitive]) => word.toLowerCase().endsWith(genitive));
  return at < 0 ? null : { word: word.slice(0, word.length - endings[at]![0].length) + endings[at]![1], at };
}

/** A party's quoted name in the nominative: "Единого национального движения" → Единое национальное движение; null where a word fits no ending. */
export function partyNominative(name: string): string | null {
  const words = name.split(/\s+/);
  const noun = words[words.length - 1]!;
  if (PARTIES.some((p) => p.lemma === noun.toLowerCase())) return name;
  for (const { bodyGenitive } of LEXICONS) {
    const head = swapGenitive(noun, bodyGenitive.nouns);
    if (!head) continue;
    const adjectives = bodyGenitive.adjectives[bodyGenitive.nouns[head.at]![2]];
    const before = words.slice(0, -1).map((word) => swapGenitive(word, adjectives)?.word ?? null);
    if (!before.some((word) => word === null)) return [...(before as string[]), head.word].join(' ');
  }
  return null;
}

/** A party whose people a sentence lists after its quoted name and a colon: the list is its description, so its people are its members. */
export function readPartyLists(paragraph: string): GroupMention[] {
  const sentences = splitSentences(paragraph);
  return [...paragraph.matchAll(QUOTED_PARTY_THEN_LIST)].flatMap((match) => {
    const name = partyNominative(match[1]!);
    if (!name) return [];
    const text = sentences.find((s) => s.includes(match[1]!)) ?? match[0];
    return [{ name, category: categoryOf(name.split(/\s+/).pop()!), localName: null, region: null, description: `${match[2]!.trim()}.`, text }];
  });
}

const BLOC_FORMS = orNever(shapes.flatMap((g) => g.partyNouns.filter((n) => n.category === 'bloc').map((n) => n.forms)));
/** "коалицию парламентского большинства", "блок национального единства": a bloc's lower-case noun and what it is of, an adjective and a noun in the genitive. */
const BLOC_OF = new RegExp(`${LETTER_START}(${BLOC_FORMS})\\s+(\\p{Ll}+(?:${forms('adjectiveGenitive')})\\s+\\p{Ll}{3,})${LETTER_END}`, 'gu');
/** A party's own name in a list: quoted, or a short name of capitals ("СДПК", «Бир Бол»). */
const LISTED_PARTY = new RegExp(`${OPEN_QUOTE}\\p{Lu}[^«»"“”]{1,40}${CLOSE_QUOTE}|${LETTER_START}\\p{Lu}{2,6}${LETTER_END}`, 'gu');

/** A bloc of parties named by what it is of, in a sentence that names two parties or more: "коалицию парламентского большинства составляли фракции СДПК, «Кыргызстан» и «Бир Бол»". */
export function readCoalitions(paragraph: string): GroupMention[] {
  return splitSentences(paragraph).flatMap((text) => {
    if ((text.match(LISTED_PARTY) ?? []).length < 2) return [];
    return [...text.matchAll(BLOC_OF)].map((match) => ({ name: `${lemmaOf(match[1]!)} ${match[2]!}`, category: categoryOf(match[1]!), localName: null, region: null, description: null, text }));
  });
}
