import { CLOSE_QUOTE, DASH, OPEN_QUOTE, splitSentences } from '../normalize.js';
import { allWords, anyOf, LEXICONS } from '../lexicon/index.js';
import type { GroupMention } from './groups.js';
import { CAPITAL_ADJECTIVE_BEFORE, categoryOf, FULL_PARTY_NAME, fromLastCapital, lemmaOf, PARTY_FORMS } from './elite-groups.js';
import { findGroupMembers, nameEndingItem } from './group-members.js';

/**
 * Parties named with their leaders or members, whatever the paragraph speaks of (issue 16, groups
 * wave 6; lexicon `groupShapes.ledBy`, `partyMemberOpeners`, `pronounMembers`, `partyLeaders`):
 * - a party's name and who leads it right after: "Союз Отечества – Христианские демократы Литвы во
 *   главе с Андрюсом Кубилюсом", "Движение либералов, которое возглавляет Элигиюс Масюлис";
 * - a paragraph opened by a party's name alone, then its leader and members: "Демократическая партия.
 *   Председатель – X. К партии принадлежат Президент Y и …";
 * - a quoted name and its leaders in brackets: "«Заря» (председатель партии – X, председатель
 *   Высшего совета – Y, он же …)" → партия «Заря»;
 * - a group's name opening a sentence and its people in the next by a pronoun: "Днепропетровская
 *   группа сложилась … Её представляют X (…) и группа «Y», которую возглавляет Z".
 * - a company and its owner in a relative clause: "компанией «X», совладельцем которой является Y"
 *   (lexicon `ownedCompanies`).
 * The clause naming the people is the group's description, so that they are its members
 * (rules/group-members.ts reads them, back from the instrumental after "во главе с").
 */

const shapes = LEXICONS.map((l) => l.groupShapes);
const orNever = (words: readonly string[]) => (words.length ? words.join('|') : '(?!)');
const LETTER_START = '(?<![\\p{L}\\p{N}])';
const LETTER_END = '(?![\\p{L}\\p{N}])';
const capitalized = (word: string) => `${word[0]!.toUpperCase()}${word.slice(1)}`;
const CAPITAL_LEMMAS = orNever(shapes.flatMap((g) => g.partyNouns.map((n) => capitalized(n.lemma))));
/** A word of an unquoted party's name after its noun: capitalized ("Отечества") or a genitive ("труда", "либералов", "зелёных"). */
const NAME_WORD_AFTER_NOUN = `(?:\\p{Lu}[\\p{Ll}-]+|\\p{Ll}[\\p{Ll}-]*(?:${anyOf(allWords((l) => l.wordForms.nameWordGenitive)) ?? '(?!)'}))`;
/** "Партия труда", "Союз Отечества", "Движение либералов": a capitalized party's noun and one to three words of its name. */
const NOUN_NAMED = `(?:${CAPITAL_LEMMAS})(?:\\s+${NAME_WORD_AFTER_NOUN}){1,3}?`;
/** A party's name: in full ("Социал-демократическая партия Литвы", "партия «Заря»") or by its noun and words. */
const PARTY_NAME = `(?:${FULL_PARTY_NAME}|${NOUN_NAMED})`;
/** A second part of a party's double name after a dash: "Союз Отечества – Христианские демократы Литвы". */
const SECOND_PART = `(?:\\s+${DASH}\\s+\\p{Lu}[\\p{L}-]*(?:\\s+[\\p{L}-]+){0,4}?)?`;
/** A person's name as written: initials or a given name, and a family name. */
const PERSON = '(?:(?:\\p{Lu}\\.\\s*){1,2}|\\p{Lu}[\\p{Ll}-]+\\s+)\\p{Lu}[\\p{Ll}-]+';
const LED_BY = orNever(shapes.flatMap((g) => g.ledBy));
/** A short name in brackets between a party's name and its leader: "Народно-демократическая партия (НДП), которую возглавляет …". */
const SHORT_NAME = '(?:\\s*\\(\\p{Lu}[\\p{L}-]{1,15}\\))?';
/** "Союз Отечества … во главе с Андрюсом Кубилюсом", "Движение либералов, которое возглавляет Элигиюс Масюлис". */
const LED_PARTY = new RegExp(`${LETTER_START}(${PARTY_NAME}${SECOND_PART})${SHORT_NAME}\\s*(${LED_BY})\\s+(${PERSON})${LETTER_END}`, 'gu');

/** The clause naming people, with a full stop, where it names one by a full name; else null. */
function peopleClause(clause: string): string | null {
  const text = clause.trim().replace(/^,\s*/u, '').replace(/[\s.;,]+$/u, '');
  return findGroupMembers(text).some((m) => !m.familyOnly) ? `${text}.` : null;
}

const party = (name: string, description: string, text: string): GroupMention => {
  const noun = name.split(/[\s«»]+/u).find((w) => new RegExp(`^(?:${PARTY_FORMS})$`, 'u').test(w)) ?? name;
  return { name, category: categoryOf(noun), localName: null, region: null, description, text };
};

/** "Европейский союз", "Северный союз": a capitalized adjective and a union's noun alone. */
function isStatesUnion(group: GroupMention): boolean {
  const words = group.name.split(' ');
  return words.length === 2 && group.category === 'bloc' && CAPITAL_ADJECTIVE_BEFORE.test(`${words[0]!} `);
}

/** A party's name and who leads it right after it: the leader's clause its description. */
export function readLedParties(paragraph: string): GroupMention[] {
  const sentences = splitSentences(paragraph);
  return [...paragraph.matchAll(LED_PARTY)].flatMap((match) => {
    const found = party(fromLastCapital(match[1]!.replace(/\s+/gu, ' ')), '', '');
    // "Европейский Союз во главе с …" is a union of states: a capitalized adjective before a union's noun, before or in the name.
    if (CAPITAL_ADJECTIVE_BEFORE.test(paragraph.slice(0, match.index)) || isStatesUnion(found)) return [];
    const description = peopleClause(`${match[2]!} ${match[3]!}`);
    const text = sentences.find((s) => s.includes(match[0])) ?? match[0];
    return description ? [{ ...found, description, text }] : [];
  });
}

const LEADERS = orNever(shapes.flatMap((g) => g.partyLeaders));
/** "Председатель партии – X", "Лидер – Y": a leader's word, the party's noun, a dash. */
const LEADER_CLAUSE = new RegExp(`^(?:${LEADERS})\\p{L}*(?:\\s+(?:${PARTY_FORMS}))?\\s*${DASH}\\s*\\S`, 'u');
/** "К партии принадлежат X и Y", "В партии состоят …" (lexicon `partyMemberOpeners`, `<party>` the party's noun). */
const MEMBER_CLAUSE = new RegExp(`^(?:${orNever(shapes.flatMap((g) => g.partyMemberOpeners).map((p) => p.replace(/<party>/gu, `(?:${PARTY_FORMS})`)))})\\s+\\S`, 'u');
/** A paragraph opened by a party's name alone as its first sentence: "Демократическая партия. …". */
const SECTION = new RegExp(`^(${PARTY_NAME})\\.\\s+`, 'u');

/** A paragraph opened by a party's name: its clauses naming the leader and the members are its description. */
export function readPartySections(paragraph: string): GroupMention[] {
  const opening = SECTION.exec(paragraph.trim());
  if (!opening) return [];
  const rest = paragraph.trim().slice(opening[0].length);
  const sentences = splitSentences(rest);
  const kept = sentences.flatMap((sentence) => sentence.split(';').filter((clause) => LEADER_CLAUSE.test(clause.trim()) || MEMBER_CLAUSE.test(clause.trim())).map((clause) => ({ clause, sentence })));
  const clauses = kept.map((k) => peopleClause(k.clause)).filter((c): c is string => c !== null);
  if (!clauses.length) return [];
  const last = kept[0]!.sentence;
  const text = paragraph.trim().slice(0, opening[0].length + rest.indexOf(last) + last.length);
  return [party(opening[1]!, clauses.map((c) => c.replace(/\.$/u, '')).join('; ') + '.', text)];
}

/** «Заря» (председатель партии – X, председатель Высшего совета – Y, …): a quoted name and the brackets right after it. */
const QUOTED_THEN_BRACKETS = new RegExp(`${OPEN_QUOTE}(\\p{Lu}[^«»"“”]{1,40})${CLOSE_QUOTE}\\s*\\(([^()]{5,300})\\)`, 'gu');
/** "председатель партии – В. В. Путин": a leader's word, what he leads (up to three words), a dash, a name. */
const LEADER_PART = new RegExp(`^(?:${LEADERS})\\p{L}*((?:\\s+[\\p{L}-]+){0,3}?)\\s+${DASH}\\s+(.+)$`, 'u');
const PARTY_WORD = new RegExp(`^(?:${PARTY_FORMS})$`, 'u');

/** A quoted party's leaders in brackets: a part that names the party's noun makes it a party ("председатель партии – …"). */
/** "партии «X» (лидер – …) и «Y» (…)": a party's noun before the quoted list the name is an item of. */
const NOUN_BEFORE_LIST = new RegExp(`(?<![\\p{L}-])(${PARTY_FORMS})\\s+(?:${OPEN_QUOTE}[^«»"“”]{1,40}${CLOSE_QUOTE}\\s*\\([^()]{1,300}\\)\\s*(?:,|${anyOf(allWords((l) => l.groupShapes.support.and)) ?? '(?!)'})\\s*)*$`, 'u');
const nounBeforeList = (before: string): string | undefined => NOUN_BEFORE_LIST.exec(before)?.[1];

export function readBracketLeaders(paragraph: string): GroupMention[] {
  const sentences = splitSentences(paragraph);
  return [...paragraph.matchAll(QUOTED_THEN_BRACKETS)].flatMap((match) => {
    const parts = match[2]!.split(/\s*,\s*/u).map((p) => ({ part: p.trim(), led: LEADER_PART.exec(p.trim()) }));
    // Only a full name after the dash: "председатель – он же …" names no one.
    const leaders = parts.filter(({ led }) => led && nameEndingItem(led[2]!)?.written === led[2]!.trim());
    const noun = leaders.flatMap(({ led }) => led![1]!.trim().split(/\s+/u)).find((w) => PARTY_WORD.test(w)) ?? nounBeforeList(paragraph.slice(0, match.index));
    if (!noun || !leaders.length) return [];
    const text = sentences.find((s) => s.includes(match[0])) ?? match[0];
    return [{ name: `${lemmaOf(noun)} «${match[1]!}»`, category: categoryOf(noun), localName: null, region: null, description: `${leaders.map((l) => l.part).join(', ')}.`, text }];
  });
}

const GROUP_NOUNS = LEXICONS.flatMap((l) => l.groups.nouns.map((n) => ({ ...n, place: new RegExp(`^(?:${l.groups.placeAdjective})$`, 'u') })));
/** "Днепропетровская группа сложилась …": a capitalized adjective and a group's noun open the sentence. */
const GROUP_OPENS = new RegExp(`^(\\p{Lu}\\p{Ll}+(?:${anyOf(allWords((l) => l.wordForms.groupAdjectiveOpening)) ?? '(?!)'}))\\s+(${orNever(GROUP_NOUNS.map((n) => n.lemma))})${LETTER_END}`, 'u');
/** "Её представляют …", "Его составляют …" (lexicon `pronounMembers`): the next sentence names its people. */
const PRONOUN_MEMBERS = new RegExp(`^(?:${orNever(shapes.flatMap((g) => g.pronounMembers))})\\s+(.+)$`, 'u');

/** A group opening a sentence, its people in the next by a pronoun: that sentence's list is its description. */
export function readPronounMembers(paragraph: string): GroupMention[] {
  const sentences = splitSentences(paragraph);
  return sentences.flatMap((sentence, i) => {
    const group = GROUP_OPENS.exec(sentence);
    const people = PRONOUN_MEMBERS.exec(sentences[i + 1] ?? '');
    if (!group || !people || !findGroupMembers(people[1]!).some((m) => !m.familyOnly)) return [];
    const noun = GROUP_NOUNS.find((n) => n.lemma === group[2])!;
    const category = noun.category === 'group' && noun.place.test(group[1]!.toLowerCase()) ? 'regional group' : noun.category;
    return [{ name: `${group[1]!} ${group[2]!}`, category, localName: null, region: null, description: people[1]!.trim(), text: sentence }];
  });
}

const OWNED = LEXICONS.map((l) => l.groupShapes.ownedCompanies).filter((o) => o.owners.length);
/** "компанией «РосУкрЭнерго», совладельцем которой является Дмитрий Фирташ": a company's noun, its quoted name, its owner's clause. */
const OWNED_COMPANY = new RegExp(
  `${LETTER_START}(?:${orNever(OWNED.map((o) => o.forms))})\\s+${OPEN_QUOTE}(\\p{Lu}[^«»"“”]{1,40})${CLOSE_QUOTE}\\s*,\\s*((?:${orNever(OWNED.flatMap((o) => o.owners))})\\s+(${PERSON}))${LETTER_END}`,
  'gu',
);

/** A company whose owner a relative clause names: a business group of its quoted name, the owner its member. */
export function readOwnedCompanies(paragraph: string): GroupMention[] {
  const sentences = splitSentences(paragraph);
  return [...paragraph.matchAll(OWNED_COMPANY)].flatMap((match) => {
    const description = peopleClause(match[2]!);
    const text = sentences.find((s) => s.includes(match[0])) ?? match[0];
    return description ? [{ name: match[1]!, category: 'business group', localName: null, region: null, description, text }] : [];
  });
}

const HEADED_BY = orNever(shapes.flatMap((g) => g.headedBy));
/**
 * "Партию «X», основанную …, с 2020 года возглавляет Y": a party's noun and quoted name open the sentence, an aside
 * between commas and up to three words (a date) before the verb of heading, its leader right after.
 */
const HEADED_PARTY = new RegExp(
  `^(${PARTY_FORMS})\\s+${OPEN_QUOTE}(\\p{Lu}[^«»"“”]{1,40})${CLOSE_QUOTE}(?:\\s*,[^,.;«»]{1,100},)?(?:\\s+[^\\s,.;«»]+){0,3}?\\s+((?:${HEADED_BY})\\s+(${PERSON}))${LETTER_END}`,
  'u',
);

/** A sentence opened by a party whose leader the verb of heading names later: the leader's clause its description. */
export function readHeadedParties(paragraph: string): GroupMention[] {
  return splitSentences(paragraph).flatMap((sentence) => {
    const match = HEADED_PARTY.exec(sentence.trim());
    const description = match && peopleClause(match[3]!);
    return match && description ? [party(`${lemmaOf(match[1]!)} «${match[2]!}»`, description, sentence)] : [];
  });
}

/** Every shape of this file, in one paragraph. */
export function readPartyLeaders(paragraph: string): GroupMention[] {
  return [...readLedParties(paragraph), ...readPartySections(paragraph), ...readBracketLeaders(paragraph), ...readPronounMembers(paragraph), ...readOwnedCompanies(paragraph), ...readHeadedParties(paragraph)];
}
