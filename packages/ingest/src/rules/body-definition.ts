import { DASH, stripArticle } from '../normalize.js';
import { findDates, firstDate } from './dates.js';
import type { Lexicon } from '../lexicon/index.js';
import { anyOf, eachLexicon, LEXICONS, lexiconOfWord, wordsPattern } from '../lexicon/index.js';
import { regExp } from '../regexp.js';

/**
 * Nouns that make a phrase the name of a body: a title line holding one of them ("Legal Policy
 * Council") introduces that body; one without ("Termination of Authorities") is only a sub-heading.
 */
const INSTITUTION_NOUNS = new RegExp(wordsPattern((l) => l.bodyNouns), 'u');

/** An outline number before a heading: "3.", "3)", "1.2", "IV.", "B)" (not a year, not an initial: "I. V. Petrov"). */
const ENUMERATOR = /^(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[IVX]{1,5}[.)](?=\s+\p{L}{2})|[A-H]\))\s+(?=\p{L})/u;

/** Small words a name keeps in lower case when an all-capitals heading is read as a name. */
const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'under', 'to', 'a', 'an', 'at', 'by', 'with']);

/**
 * A heading in capitals as a name is written: "ADMINISTRATION OF THE PRESIDENT" → "Administration
 * of the President"; any other heading as it is; an outline number before it dropped.
 */
export function readableHeading(heading: string): string {
  // "3. National Security Council", "IV. GOVERNMENT", "2) Cabinet", "1.2 Ministries": the number is the outline's, not the name's.
  const text = heading.replace(ENUMERATOR, '') || heading;
  // A lone short word in capitals is an abbreviation ("AP"), not a shouted name.
  if (/\p{Ll}/u.test(text) || !/\p{Lu}.*\p{Lu}/u.test(text) || (!text.includes(' ') && text.length <= 5)) return text;
  return text
    .toLowerCase()
    .split(' ')
    .map((word, i) => (i > 0 && SMALL_WORDS.has(word) ? word : word.replace(/^\p{Ll}/u, (c) => c.toUpperCase())))
    .join(' ');
}

/** True when a heading names a body rather than a topic. */
export function namesBody(heading: string): boolean {
  return INSTITUTION_NOUNS.test(heading);
}

/**
 * "The President of the Republic of Kazakhstan is the Head of State." → the presidency's name;
 * also "… is head of state", "… is the Head of the State", "The Head of State is the President of …",
 * "Президент Республики Казахстан является главой государства", "Главой государства является
 * Президент …": in every lexicon.
 */
export function headOfStateName(sentence: string): string | null {
  if (!HEAD_OF_STATE_WORDS.test(sentence)) return null;
  const is = HEAD_OF_STATE_AFTER.exec(sentence);
  if (is) {
    // The name is the run of capitalized words (and "of", "the") just before "is the Head of State":
    // "Under the Constitution of 1995 the President of the Republic …" → "President of the Republic …".
    const subject = trailingName(sentence.slice(0, is.index));
    if (subject && !HEAD_OF_STATE_WORDS.test(subject) && !PRONOUN.test(subject)) return subject;
  }
  const inverted = HEAD_OF_STATE_INVERTED.exec(sentence);
  const name = inverted?.slice(1).find((group) => group !== undefined);
  return name ? stripArticle(name.trim()) : null;
}

const HEAD_OF_STATE_WORDS = regExp(eachLexicon((l, { start }) => `${start}${l.headOfState.cue}`), 'iu');
const HEAD_OF_STATE_AFTER = regExp(eachLexicon((l) => l.headOfState.after), 'iu');
const HEAD_OF_STATE_INVERTED = regExp(eachLexicon((l) => l.headOfState.inverted), 'iu');
/** "Он является главой государства": a pronoun names no office. */
const PRONOUN = new RegExp(`^${wordsPattern((l) => l.elections.pronouns)}$`, 'iu');
/** A post's noun in any lexicon: where a head of state's name starts ("Конституции Президент Республики …" → "Президент …"). */
const ROLE_NOUN = new RegExp(`^${wordsPattern((l) => l.roles.nouns)}$`, 'u');

/** The capitalized name that ends a text: "… 1995 the President of the Republic of Kazakhstan" → "President of the Republic of Kazakhstan". */
function trailingName(text: string): string | null {
  const words = text.trim().split(/\s+/);
  let from = words.length;
  while (from > 0 && (/^\p{Lu}[\p{L}'’()-]*$/u.test(words[from - 1]!) || (/^(?:of|the|and)$/.test(words[from - 1]!) && from < words.length))) from -= 1;
  // Leading small words belong to the sentence, not the name.
  while (from < words.length && /^(?:of|the|and)$/i.test(words[from]!)) from += 1;
  // Capitalized words before the post's noun belong to the sentence too ("По Конституции Президент …").
  const noun = words.slice(from).findIndex((word) => ROLE_NOUN.test(word));
  if (noun > 0) from += noun;
  const name = words.slice(from).join(' ');
  return name && name.length <= 100 ? stripArticle(name) : null;
}

/** A heading that names the head of state's office: "President", "The President of the Republic", "Presidency", "Глава государства". */
export function isHeadOfStateHeading(heading: string): boolean {
  return HEAD_OF_STATE_HEADING.test(heading);
}

const HEAD_OF_STATE_HEADING = new RegExp(`^${eachLexicon((l) => anyOf(l.headOfState.headings))}$`, 'u');

/**
 * The body a paragraph's first sentence speaks of, as written: "The Security Council coordinates …"
 * → "Security Council". Only a capitalized phrase that names a body; the caller decides whether
 * the page already knows it.
 */
export function subjectBody(sentence: string): string | null {
  const match = /^(?:The\s+)?(\p{Lu}[\p{L}'’-]*(?:(?:\s+(?:of|for|on|and|the|under))*\s+\p{Lu}[\p{L}'’-]*)*)\s+\p{Ll}/u.exec(sentence);
  if (!match) return null;
  const phrase = match[1]!;
  return phrase.split(' ').length <= 10 && namesBody(phrase) ? phrase : null;
}

/**
 * The body a paragraph's first sentence makes its subject, when the lead-in closing the paragraph
 * points back to it by its noun or names none: "Канцелярия Президента обеспечивает деятельность
 * Главы государства. Канцелярия:" → "Канцелярия Президента"; "Аппарат Президента Республики Армения
 * обеспечивает … В задачи Аппарата входят:" → "Аппарат Президента Республики Армения". Null for a
 * one-word subject ("Совет рассматривает …" only points back) or a lead-in of another body.
 */
export function leadInSubject(first: string, leadInBody: string | null): string | null {
  const subject = subjectBody(first);
  if (!subject?.includes(' ')) return null;
  if (leadInBody === null) return subject;
  const stemOf = (name: string) => {
    const word = stripArticle(name).split(/\s+/)[0]!.toLowerCase();
    return lexiconOfWord(word).stem(word);
  };
  return stemOf(subject) === stemOf(leadInBody) ? subject : null;
}

/**
 * The body a paragraph's first sentence introduces by its name, as written: "Администрация
 * Президента Республики Беларусь – государственный орган, …" → "Администрация Президента Республики
 * Беларусь"; also "Совет обороны – консультативно-совещательный орган", "Администрация Президента …
 * была сформирована 12 января 1994 года", "Совет … является совещательным органом" (each
 * lexicon's `bodyDefinitions`). Null for a sentence that only speaks of a body.
 */
export function definedBody(sentence: string): string | null {
  // The shortest name of all: "Совет … является органом … и создан в 2004 году" is the council's, up to "является".
  const names = BODY_DEFINITIONS.map((pattern) => pattern.exec(sentence)?.[1]?.trim()).filter((found): found is string => !!found);
  return names.sort((a, b) => a.length - b.length)[0] ?? null;
}

const BODY_DEFINITIONS = LEXICONS.flatMap((l) => l.bodyDefinitions).map((source) => new RegExp(source, 'u'));

/** True when a name opens with a body's noun: "Правительство", "Совет Министров" (not "В число задач Совета входят"). */
export function opensWithBodyNoun(name: string): boolean {
  return OPENING_NOUN.test(name);
}

const OPENING_NOUN = new RegExp(`^${wordsPattern((l) => l.bodyNouns)}`, 'u');

/**
 * "In compliance with the Constitution the Government exercises executive power …" → "Government";
 * also "The Government of the Kyrgyz Republic is the highest body of executive power", "The Cabinet
 * of Ministers heads the system of executive bodies", "В соответствии с Конституцией Правительство
 * осуществляет исполнительную власть": the government named with executive power.
 */
export function governmentName(sentence: string): string | null {
  if (!EXECUTIVE_WORD.test(sentence)) return null;
  return GOVERNMENT.exec(sentence)?.slice(1).find((group) => group !== undefined) ?? null;
}

/** Each lexicon's patterns of a government with executive power, the name in their first group. */
const GOVERNMENT = regExp(eachLexicon((l, { start }) => anyOf(l.government.patterns.map((p) => `${start}${p}`))), 'iu');
/** The word `governmentName` needs, found much faster than its pattern. */
const EXECUTIVE_WORD = regExp(eachLexicon((l) => l.government.cue), 'iu');

/** A party's or a bloc's word (lexicon `groupShapes.sideKinds`): "Альянс за …", "коалицию". */
const SIDE_WORD = new RegExp(
  `(?<![\\p{L}])(?:${LEXICONS.flatMap((l) => l.groupShapes.sideKinds.filter((k) => k.category !== 'camp').map((k) => k.stem)).join('|') || '(?!)'})`,
  'iu',
);

/**
 * "Administration of the President (AP) plays …" → the body's name and abbreviation; not an acronym
 * after words that speak of a party or a bloc ("… коалицию сформировал Альянс за … (АЕИ)").
 */
export function abbreviatedBody(paragraph: string): { name: string; abbreviation: string } | null {
  if (!paragraph.includes('(')) return null;
  const match = /^(?:The\s+)?(\p{Lu}[^()]{3,120}?)\s+\((\p{Lu}{2,8})\)/u.exec(paragraph);
  if (!match || !namesBody(match[1]!) || SIDE_WORD.test(match[1]!)) return null;
  return { name: withoutLeadWords(match[1]!.trim()), abbreviation: match[2]! };
}

/**
 * A body's name without the sentence's words before it, in the nominative: "По данным Центральной
 * комиссии по проведению выборов (ЦИК)" → "Центральная комиссия по проведению выборов", "При
 * премьер-министре действует также Межотраслевой координационный центр (МКЦ)" → "Межотраслевой
 * координационный центр"; the name opens at the capitalized words right before its body noun.
 */
const STOPWORDS: ReadonlySet<string> = new Set(LEXICONS.flatMap((l) => l.stopwords));

function withoutLeadWords(name: string): string {
  const words = name.split(/\s+/);
  const noun = words.findIndex((word) => namesBody(word));
  const capital = (at: number) => at >= 0 && /^\p{Lu}/u.test(words[at]!);
  // The name may put two lower-case words before its noun ("Межотраслевой координационный центр").
  let start = noun;
  while (start > 0 && noun - start < 2 && !capital(start)) start -= 1;
  // One small word between capitalized ones is the name's ("National Security and Defense Council"), not "According to the …".
  while (capital(start - 1) || (STOPWORDS.has(words[start - 1] ?? '') && capital(start - 2))) start -= capital(start - 1) ? 1 : 2;
  if (start <= 0 || !/^\p{Lu}/u.test(words[start] ?? '')) return name;
  return bodyFromGenitive(words.slice(start).join(' '));
}

/**
 * "AP was created in October 1995" → 1995-10, "The Council was set up by a decree of the President
 * on November 8, 2005" → 2005-11-08, "образован Указом Президента от 5 марта 2012 года" →
 * 2012-03-05: when a body was founded (by whatever act, a date after it).
 */
export function foundingDate(sentence: string): string | null {
  const match = FOUNDED.exec(sentence);
  // The date after the verb, in its clause ("…, созданный в марте 1996 года, готовит …"; a comma before a year stays: "November 8, 2005").
  const after = match ? firstDate(`in ${match[1]!.split(/[;:]|,(?!\s*\d)/)[0]!}`) : null;
  if (after) return after;
  // "В ноябре 1997 года была образована Комиссия": the last date before the verb, in the same clause.
  const verb = FOUNDED_AFTER_DATE.exec(sentence);
  const clause = verb ? sentence.slice(0, verb.index).split(/[,;:]/).pop()! : '';
  return findDates(clause).at(-1)?.date ?? null;
}

/** Each lexicon's phrases of a founding, up to the text that holds the date. */
const FOUNDED = regExp(`${eachLexicon((l, { start }) => anyOf(l.founding.map((p) => `${start}${p}`)))}(.+)$`, 'iu');
/** Each lexicon's founding verbs whose date may stand before them. */
const FOUNDED_AFTER_DATE = regExp(eachLexicon((l, { start, end }) => anyOf(l.foundedAfterDate.map((p) => `${start}${p}${end}`))), 'iu');

/**
 * "Its predecessor – The Standing Meeting for Democratization – failed …", "Его предшественник –
 * Постоянно действующее совещание по демократизации – не смог …" → the earlier body's name.
 */
export function predecessorBody(sentence: string): string | null {
  if (!PREDECESSOR_WORD.test(sentence)) return null;
  const match = PREDECESSOR.exec(sentence);
  return match ? stripArticle(match[1]!.trim()) : null;
}

const PREDECESSOR = regExp(
  `${eachLexicon((l, { start, end }) => `${start}${anyOf(l.bodyPredecessor.phrases)}\\s*(?:${DASH}|,|:|${start}${anyOf(l.bodyPredecessor.joins)}${end})`)}\\s*(.+?)\\s*(?:${DASH}|,|\\.|$)`,
  'iu',
);
/** The phrase the pattern needs, found much faster than the pattern. */
const PREDECESSOR_WORD = regExp(eachLexicon((l, { start }) => `${start}${anyOf(l.bodyPredecessor.phrases)}`), 'iu');

/** Each lexicon's words that class a body (see `Lexicon.bodyKinds`), each at a word's start. */
const kindWords = (pick: (kinds: Lexicon['bodyKinds']) => string[]) => eachLexicon((l, { start, end }) => `${start}${anyOf(pick(l.bodyKinds))}${end}`);
const MINISTRY = regExp(`^${kindWords((k) => k.ministry)}`, 'iu');
const GOVERNMENT_BODY = regExp(`^${kindWords((k) => k.government)}`, 'iu');
const ADMINISTRATION = regExp(kindWords((k) => k.administration), 'iu');
const OFFICE = regExp(kindWords((k) => k.presidentialOffice), 'iu');
const PRESIDENT = regExp(eachLexicon((l, { start }) => `${start}${anyOf(l.bodyKinds.president)}`), 'iu');

/** The classification a body's name implies; advisory bodies are what the template lists by name. */
export function classifyBodyName(name: string): 'administration' | 'government' | 'ministry' | null {
  if (MINISTRY.test(name)) return 'ministry';
  if (GOVERNMENT_BODY.test(name)) return 'government';
  if (ADMINISTRATION.test(name) || (OFFICE.test(name) && PRESIDENT.test(name))) return 'administration';
  return null;
}

const PRESIDENT_WORD = new RegExp(`^${eachLexicon((l) => anyOf(l.bodyKinds.president))}$`, 'u');

const STATE_NOUN = new RegExp(eachLexicon((l, { start, end }) => `${start}${anyOf(l.stateNouns)}${end}`), 'u');

/**
 * Whether a post is the head of state's, the state named in its own words: "Президент Кыргызской
 * Республики" (the role the president's word alone, the rest a state's name and no body's).
 */
export function isHeadOfStatePost(role: string, bodyRef: string): boolean {
  return PRESIDENT_WORD.test(role) && STATE_NOUN.test(bodyRef) && !namesBody(bodyRef);
}

/** "… under the President of the Republic of …": the body sits under the head of state. */
export function isUnderHeadOfState(name: string): boolean {
  return /\bunder\s+the\s+President\b/i.test(name);
}

/** A word with its genitive ending swapped for the nominative one, keeping its case of letters; null when none fits. */
function swapEnding(word: string, endings: ReadonlyArray<readonly [string, string, ...unknown[]]>): { word: string; at: number } | null {
  const at = endings.findIndex(([genitive]) => word.toLowerCase().endsWith(genitive));
  return at < 0 ? null : { word: word.slice(0, word.length - endings[at]![0].length) + endings[at]![1], at };
}

/**
 * A body's name as a post's title gives it in the genitive, in the nominative: the adjectives and
 * the body noun it opens with ("Председатель Государственного комитета национальной безопасности"
 * → "Государственный комитет национальной безопасности"); the complement after the noun stays as
 * written. The name unchanged when its words are not all in a genitive the lexicon knows.
 */
export function bodyFromGenitive(name: string): string {
  const words = name.split(' ');
  const noun = words.findIndex((word) => namesBody(word));
  if (noun < 0) return name;
  for (const lexicon of LEXICONS) {
    const { nouns, adjectives } = lexicon.bodyGenitive;
    const head = swapEnding(words[noun]!, nouns);
    if (!head) continue;
    const gender = nouns[head.at]![2];
    const before = words.slice(0, noun).map((word) => swapEnding(word, adjectives[gender])?.word ?? null);
    if (before.some((word) => word === null)) continue;
    return [...(before as string[]), head.word, ...words.slice(noun + 1)].join(' ');
  }
  return name;
}
