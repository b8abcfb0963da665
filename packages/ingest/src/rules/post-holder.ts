/**
 * A post and its holder in one clause of a language that writes posts with cases (lexicon
 * `postHolders`), in the few orders such a clause takes, whatever words stand between:
 * - the post in the instrumental, a passive verb or a copula, the holder in the nominative:
 *   "Премьер-министром Республики Беларусь в июле 2003 года назначен X", "Управляющим делами с
 *   2001 года является X", "Временно исполняющим обязанности министра назначен его первый заместитель X";
 * - a dismissal: "от должности министра здравоохранения был освобождён X" (the post ended);
 * - an acting post: "обязанности Премьер-министра временно исполнял X", "его обязанности исполняет X";
 * - an active verb, the holder in the accusative, the post in the genitive: "Парламент утвердил X в
 *   должности Премьер-министра";
 * - a body led by the holder in the instrumental: "«Центр согласия» во главе с Вадимом Лебедевым".
 * A post's bare noun ("обязанности министра") takes the complement the same noun has earlier in the
 * sentence ("министр сельского хозяйства …").
 */
import { splitSentences, stripTrailingPunctuation } from '../normalize.js';
import { findDates, firstDate } from './dates.js';
import { startsWithRoleWord } from './roles.js';
import { regExp } from '../regexp.js';
import { trailingName } from './person-name.js';
import { isVerbWord, nameFault } from './post-check.js';
import { termAfterName } from './dated-aside.js';
import { postFromInstrumental } from './appointed-line.js';
import { findTermAsides } from './term-aside.js';
import { bodyInGenitive } from './prose-person.js';
import { AFTER_NAME, clauseDate, genitiveBody, governingBody, headTitleOf, isGenitive, isName, NAME, nominative, nominativePost, withoutLeadingPost, type PostTerm } from './post-terms.js';
import { allWords, anyOf, eachLexicon, hasScriptLetter, LEXICONS, toNominative, type Lexicon } from '../lexicon/index.js';

/** A word's start, never inside a hyphenated word ("Премьер-министром" holds no "министром"). */
const B = '(?<![\\p{L}\\p{N}-])';
const E = '(?![\\p{L}\\p{N}])';
/** A word with its first letter in either case. */
const eitherFirst = (word: string) => word.replace(/^(\p{L})/u, (c) => `[${c.toUpperCase()}${c.toLowerCase()}]`);
const BODY_NOUN = anyOf(allWords((l) => l.bodyNouns)) ?? '(?!)';
/** A party's or a faction's noun in any case ("Партию", "Фракцию"): a body its head leads, named after it. */
const PARTY_NOUN = anyOf(allWords((l) => l.postHolders.partyNouns)) ?? '(?!)';
/** A body's own name in quotes: "«Светлая Армения»". */
const QUOTED = '«[^«»]{1,40}»';
/** An adjective in any case before a body's noun: "Центральной", "Счётная". */
const ADJECTIVE_ENDS = '(?:ой|ая|ую|ого|его|ый|ий|ым|им|ое|ей)';
/** Up to three adjectives, the first capitalized ("Центральной избирательной"), before a body's noun. */
const ADJECTIVES = `\\p{Lu}\\p{L}+${ADJECTIVE_ENDS}(?:\\s+\\p{Ll}+${ADJECTIVE_ENDS}){0,2}\\s+`;
/** Adjectives in any case, a dative's too ("Временному", "Верховному"), the first capitalized, before a led body's noun. */
const LED_ADJECTIVES = `\\p{Lu}\\p{L}+(?:${ADJECTIVE_ENDS}|ому|ему)(?:\\s+\\p{Ll}+(?:${ADJECTIVE_ENDS}|ому|ему)){0,2}\\s+`;
/** A body's noun alone: "комиссией", "Палата" (not "Центральной", which only opens with one). */
const BODY_NOUN_ONLY = new RegExp(`^${BODY_NOUN}$`, 'u');
/** A word that opens with a body's noun in any case: "Сената", "Правительства". */
const BODY_WORD = new RegExp(`^${BODY_NOUN}\\p{L}*$`, 'u');

interface Shapes {
  lexicon: Lexicon;
  /** "партия «X», основанная миллиардером Y": groups 1 party, 2 founder (instrumental). */
  foundedBy: RegExp;
  /** "Основатель партии, бывший Президент Грузии Y, …": groups 1 the founder's post, 2 the apposition and the name. */
  foundingPost: RegExp;
  /** "Борис Грызлов, он же Председатель Государственной Думы": groups 1 name, 2 the other post. */
  alsoHolds: RegExp;
  /** "Y, который 21 октября 2010 года был наделён полномочиями Мэра Москвы": groups 1 name, 2 pronoun, 3 between, 4 post (genitive). */
  endowed: RegExp;
  /** "Y, назначенный Премьер-министром 7 июля 2016 года": groups 1 name, 2 participle's ending, 3 post (instrumental), 4 the date's words. */
  appointedDated: RegExp;
  /** The paragraph's text before the sentence being read (set per call). */
  account: string;
  cue: RegExp;
  postFirst: RegExp;
  active: RegExp;
  activeAs: RegExp;
  activeAsAfter: RegExp;
  ledBy: RegExp;
  actingPronoun: RegExp;
  nameActing: RegExp;
  /** A past form of the acting verb ("исполнял"). */
  pastActing: RegExp;
  roleNoun: RegExp;
  became: RegExp;
  modifier: RegExp;
  actingGoverns: RegExp;
  instrumental: RegExp;
  government: RegExp;
  activeVerb: RegExp;
  sameDay: RegExp;
  actingLaid: RegExp;
  bodyHeld: RegExp;
  pronounHeld: RegExp;
  aside: RegExp;
  relativeHead: RegExp;
  rangeTo: RegExp;
  elected: RegExp;
  nounPhrase: RegExp;
  governmentFell: RegExp;
  openingSince: RegExp;
  tookHead: RegExp;
  activeDismissal: RegExp;
  headsAdjectiveBody: RegExp;
  nameFirst: RegExp;
  postHeld: RegExp;
  bodyHeads: RegExp;
  namedPost: RegExp;
  appointmentPostFirst: RegExp;
  appointmentNameFirst: RegExp;
  leftLater: RegExp;
}

/** Each lexicon's shapes, built once; none for a lexicon without them. */
/** Words that end an acting post's own words: a preposition of its time or role ("с апреля", "до утверждения", "как Председатель Сейма"). */
const ACTING_POST_ENDS = anyOf(allWords((l) => l.wordForms.actingPostEnds)) ?? '(?!)';

function shapesOf(l: Lexicon): Shapes | null {
  const h = l.postHolders;
  if (!h.activeAppointed.length) return null;
  const noun = `(?:${l.roles.nouns.map(eitherFirst).join('|')})`;
  const mod = `(?:${l.roles.modifiers.map(eitherFirst).join('|')})`;
  const appointed = anyOf([...l.personNames.appointedAs, ...l.appointment.verbs])!;
  const copula = anyOf(l.postTerms.copulas)!;
  const dismissed = anyOf(h.dismissedVerbs)!;
  const acting = anyOf([...h.actingVerbs, ...(h.dutyVerbs ?? [])])!;
  const poss = anyOf(h.possessives)!;
  const name = `(${NAME})${AFTER_NAME}`;
  // The holder's own post before their name ("исполняет министр труда X", "является Президент Республики Y X"): a role noun and a few words, no mark.
  // (A noun joined to another by a hyphen too: "Первый вице-премьер-министр".)
  // (A party's name in quotes among its words: "лидер «Грузинской мечты» X".)
  const ownPost = `(?:${poss}\\s+)?(?:${mod}\\s+)*${noun}(?:-\\p{L}+)?${E}(?:\\s+(?:[^\\s,;:()«»–—\\d]+|«[^«»]{1,40}»)){0,4}?`;
  const founders = h.founders ?? { participles: [], title: '', posts: [] };
  const second = h.secondPosts ?? { also: [], endowed: [], relatives: [] };
  return {
    lexicon: l,
    foundedBy: new RegExp(`(${PARTY_NOUN}\\s+«[^«»]{1,80}»)\\s*,\\s+${anyOf(founders.participles) ?? '(?!)'}${E}\\s+(?:\\p{Ll}+\\s+){0,2}?(${NAME})${AFTER_NAME}`, 'gu'),
    alsoHolds: new RegExp(`(${NAME})\\s*,\\s+${anyOf(second.also) ?? '(?!)'}\\s+((?:${mod}\\s+)*${noun}${E}(?:\\s+[^\\s,.;:()«»–—\\d]+){0,5}?)(?=\\s*(?:[,.;:)]|$))`, 'gu'),
    endowed: new RegExp(`(${NAME})\\s*,\\s+(${anyOf(second.relatives) ?? '(?!)'})\\s+([^,;]{0,40}?)\\s*${anyOf(second.endowed) ?? '(?!)'}\\s+(${noun}${E}(?:\\s+\\p{Lu}[\\p{L}-]*){0,3})`, 'gu'),
    appointedDated: new RegExp(`(${NAME})\\s*,\\s+${anyOf(l.postTerms.laterPost.stems) ?? '(?!)'}(\\p{Ll}{2,3})\\s+((?:${mod}\\s+)*${noun}${E}(?:\\s+[\\p{L}-]+){0,4}?)\\s+((?:${anyOf(l.yearPrepositions)}\\s+)?(?:\\p{Ll}+\\s+)?\\d[^,;]*?)(?=\\s*(?:[,;]|\\.?$))`, 'gu'),
    foundingPost: new RegExp(`^(${anyOf(founders.posts) ?? '(?!)'})\\s*,\\s+([^,;:()«»–—\\d]{3,120}?)\\s*,`, 'u'),
    account: '',
    cue: new RegExp(`${appointed}|${copula}|${dismissed}|${acting}|${anyOf(h.ledBy)}|${anyOf(h.activeAppointed)}|${anyOf(l.postTerms.heldVerbs)}|${anyOf(h.actingLaid.laid) ?? '(?!)'}|${anyOf(h.activeDismissed) ?? '(?!)'}|${anyOf(h.whoseGovernment) ?? '(?!)'}|${anyOf(l.postTerms.headsVerbs) ?? '(?!)'}|${anyOf(h.tookHead) ?? '(?!)'}|${anyOf(l.personNames.heldBy.current) ?? '(?!)'}|${anyOf(h.appointmentNouns) ?? '(?!)'}|\\(\\s*(?:${anyOf(h.asideRoles.map(eitherFirst)) ?? '(?!)'})|${anyOf([...founders.participles, ...founders.posts, ...second.also, ...second.endowed, ...l.postTerms.laterPost.stems]) ?? '(?!)'}`, 'u'),
    // groups: 1 from-post, 2 modifiers, 3 noun, 4 between, 5 appointed, 6 copula, 7 dismissed, 8 acting, 9 aside, 10 name.
    postFirst: new RegExp(
      `${B}(?:(${anyOf(h.fromPost.map(eitherFirst))})\\s+)?((?:${mod}\\s+)*)(${noun})${E}((?:\\s+[^\\s,;:()«»–—]+){0,10}?)\\s+(?:(${appointed})|(${copula})|(${dismissed})|(${acting}))${E}(?:\\s+(${ownPost}))?\\s+${name}`,
      'gu',
    ),
    // groups: 1 name, 2 noun and its complement.
    active: new RegExp(`${B}${anyOf(h.activeAppointed)}${E}\\s+(${NAME})\\s+${anyOf(h.inPost)}\\s+(${noun}(?:\\s+[\\p{L}-]+){0,5}?)(?=\\s*(?:[,.;(]|$))`, 'gu'),
    // groups: 1 post in the instrumental, 2 name. "назначил Премьер-министром Артура Петросяна", "избрал Председателем Сената X".
    activeAs: new RegExp(`${B}${anyOf(h.activeAppointed)}${E}\\s+((?:${mod}\\s+)*${noun}${E}(?:\\s+(?:\\p{Ll}[\\p{L}-]*|${BODY_NOUN}\\p{L}*)){0,4}?)\\s+${name}`, 'gu'),
    // groups: 1 name, 2 post in the instrumental, 3 its words. "назначил Артура Петросяна Премьер-министром 9 мая".
    activeAsAfter: new RegExp(`${B}${anyOf(h.activeAppointed)}${E}\\s+(${NAME})\\s+((?:${mod}\\s+)*${noun})${E}((?:\\s+[^\\s,;:()«»–—]+){0,6})`, 'gu'),
    // groups: 1 body, 2 name.
    // (A body's lower-case complement too: "Центральная комиссия по выборам и проведению референдумов во главе с X".)
    // (A party by its noun and its words: "Партия труда во главе с предпринимателем X", the occupation no part of the name.)
    ledBy: new RegExp(`(«[^»]{2,60}»|${anyOf(h.governmentsAnyCase)}|(?:${LED_ADJECTIVES})?${BODY_NOUN}(?:\\s+\\p{Lu}[\\p{L}-]*){0,2}(?:\\s+\\p{Ll}[\\p{L}-]*){0,6}?|${PARTY_NOUN}(?:\\s+(?:\\p{L}[\\p{L}-]*|${QUOTED})){1,3}?)\\s+${anyOf(h.ledBy)}(?:\\s+${anyOf(h.occupations) ?? '(?!)'})?\\s+${name}`, 'gu'),
    // groups: 1 name.
    actingPronoun: new RegExp(`${B}${poss}\\s+${anyOf(l.postTerms.actingGoverns)}\\s+${acting}${E}(?:\\s+(${ownPost}))?\\s+${name}`, 'gu'),
    // groups: 1 name, 2 the verb, 3 the post (genitive). "Ж. Эрдэнэбат исполнял обязанности Премьер-министра", up to a preposition or a mark.
    nameActing: new RegExp(`${B}(${NAME})\\s+(${acting})${E}\\s+${anyOf(l.postTerms.actingGoverns) ?? '(?!)'}\\s+((?:${mod}\\s+)*${noun}${E}(?:\\s+(?!${ACTING_POST_ENDS}${E})[\\p{L}-]+){0,4}?)(?=\\s*(?:[,.;:()]|$)|\\s+${ACTING_POST_ENDS}${E})`, 'gu'),
    pastActing: new RegExp(`${anyOf(h.actingPast ?? []) ?? '(?!)'}$`, 'u'),
    roleNoun: new RegExp(`^${noun}$`, 'u'),
    became: new RegExp(`^(?:${anyOf(l.postTerms.becameCopulas ?? []) ?? '(?!)'})$`, 'u'),
    modifier: new RegExp(`^${mod}$`, 'u'),
    actingGoverns: new RegExp(`^${anyOf(l.postTerms.actingGoverns.map(eitherFirst))}$`, 'u'),
    instrumental: new RegExp(l.personNames.postCases.instrumental ?? '(?!)', 'u'),
    government: new RegExp(`^${anyOf(h.governmentsAnyCase)}$`, 'u'),
    activeVerb: new RegExp(`${B}${anyOf(h.activeAppointed)}${E}`, 'u'),
    sameDay: new RegExp(`${B}${anyOf(h.sameDay) ?? '(?!)'}${E}`, 'u'),
    // groups: 1 post, 2 name. "исполнение обязанностей Президента было возложено на Премьер-министра X".
    actingLaid: new RegExp(`${B}${anyOf(h.actingLaid.duty)}\\s+(${noun}(?:\\s+\\p{Lu}[\\p{L}-]*){0,2})\\s+${anyOf(h.actingLaid.laid)}\\s+${l.postTerms.actingTo}\\s+[^.;]*?(${NAME})${AFTER_NAME}`, 'gu'),
    // groups: 1 body, 2 name. "Аппарат в течение пяти лет возглавлял X": a body headed in the past.
    bodyHeld: new RegExp(`(?:^|[,;]\\s*|\\s)((?:${BODY_NOUN}|${PARTY_NOUN})(?:\\s+(?:\\p{Lu}[\\p{L}-]*|${QUOTED})){0,2})((?:\\s+[\\p{Ll}\\d][\\p{L}\\d-]*){0,5}?)\\s+${anyOf(l.postTerms.heldVerbs)}${E}\\s+${name}`, 'gu'),
    // groups: 1 range, 2 post words, 3 body, 4 its lower-case words. "С 2005 по 2007 год он возглавлял Министерство финансов".
    pronounHeld: new RegExp(`(?:^|[,;]\\s*)(${anyOf(l.postTerms.rangeFrom)}\\s+[^,;]{4,40}?)\\s+${anyOf(h.pronouns) ?? '(?!)'}\\s+${anyOf(l.postTerms.heldVerbs)}\\s+(?:${anyOf(l.postTerms.postNouns)}\\s+(${noun}(?:\\s+[\\p{L}-]+){0,4}?)|(${BODY_NOUN}(?:\\s+\\p{Lu}[\\p{L}-]*){0,2})((?:\\s+\\p{Ll}[\\p{L}-]*){0,3}))(?=\\s*(?:[,.;]|$))`, 'u'),
    // groups: 1 adjective, 2 body noun, 3 name. "С 14.11.2013 Исполнительный аппарат возглавляет X".
    headsAdjectiveBody: new RegExp(`(?:^|[,;]\\s*|\\s)(\\p{Lu}\\p{Ll}+(?:${h.adjectiveGenitive.map(([nominative]) => nominative).join('|') || '(?!)'}))\\s+(${BODY_NOUN})\\s+${anyOf(l.postTerms.headsVerbs) ?? '(?!)'}${E}\\s+(?:[^,.;()]{0,80}?\\s)??${name}`, 'gu'),
    // "X назначен министром финансов 5 мая 2012 года".
    // groups: 1 name, 2 lower-case words or a date between ("вновь", "в тот же день"), 3 modifiers, 4 noun, 5 its words.
    nameFirst: new RegExp(`(?:^|[,;:]\\s*|\\s)(${NAME})((?:\\s+[\\p{Ll}\\d][\\p{L}\\d.]*){0,4}?)\\s+(?:${anyOf([...l.personNames.appointedAs, ...l.appointment.verbs])})\\s+((?:${mod}\\s+)*)(${noun})${E}((?:\\s+(?!${anyOf(l.stopwords.filter((w) => !h.complementPrepositions.includes(w)))}${E})[\\p{L}-]+){0,5})`, 'gu'),
    // groups: 1 noun, 2 its words, 3 name. "Пост министра обороны занимает X", "Должность государственного секретаря занимает X".
    postHeld: new RegExp(`${B}${anyOf(l.postTerms.postNouns.map(eitherFirst))}\\s+((?:\\p{L}+(?:ого|его)\\s+)?${noun})((?:\\s+[\\p{L}-]+){0,4}?)\\s+${anyOf(l.personNames.heldBy.current)}${E}\\s+${name}`, 'gu'),
    // groups: 1 body, 2 its lower-case words, 3 between, 4 verb now or taken, 5 name. "Министерство финансов возглавляет X", "Кабинет министров возглавил X".
    bodyHeads: new RegExp(`(?:^|[,;]\\s*|\\s)(${BODY_NOUN}|${PARTY_NOUN})((?:\\s+(?:\\p{L}[\\p{L}-]*|${QUOTED})){0,3}?)((?:\\s+(?:${anyOf(l.postTerms.rangeFrom)}|${anyOf(l.yearPrepositions)}|\\d[\\d.]*|${anyOf(l.postTerms.yearWords)}|\\p{Ll}+(?:я|а|е|ря|ля)))*?)\\s+(${anyOf([...l.postTerms.headsVerbs, ...h.tookHead])})${E}\\s+(?:[^,.;()]{0,80}?\\s)??${name}`, 'gu'),
    // groups: 1 name. "Премьер-министр отправил в отставку X".
    activeDismissal: new RegExp(`${B}${anyOf(h.activeDismissed) ?? '(?!)'}\\s+(${NAME})${AFTER_NAME}`, 'gu'),
    // groups: 1 noun, 2 its lower-case words. "Пост министра юстиции …": the post a sentence is about.
    namedPost: new RegExp(`${B}${anyOf(l.postTerms.postNouns.map(eitherFirst))}\\s+(${noun})((?:\\s+\\p{Ll}[\\p{L}-]*){0,3})`, 'u'),
    // groups: 1 modifiers and noun, 2 their words, 3 name. "на назначение Председателем Правительства X" (X in the genitive).
    appointmentPostFirst: new RegExp(`${B}${anyOf(h.appointmentNouns) ?? '(?!)'}\\s+((?:${mod}\\s+)*${noun})${E}((?:\\s+[\\p{L}-]+){0,4}?)\\s+${name}`, 'gu'),
    // groups: 1 name, 2 modifiers and noun, 3 their words. "после назначения X министром внутренних дел в 2007 г.".
    appointmentNameFirst: new RegExp(`${B}${anyOf(h.appointmentNouns) ?? '(?!)'}\\s+(${NAME})\\s+((?:${mod}\\s+)*${noun})${E}((?:\\s+[^\\s,;:()«»–—]+){0,6})`, 'gu'),
    leftLater: new RegExp(`${B}${anyOf(h.leftGerunds) ?? '(?!)'}${E}`, 'u'),
    elected: new RegExp(`^${anyOf(h.electedVerbs) ?? '(?!)'}$`, 'u'),
    // groups: 1 noun, 2 the lower-case words after it: where a bare noun's complement is borrowed from.
    nounPhrase: new RegExp(`${B}(${noun})((?:\\s+\\p{Ll}[\\p{L}-]*){1,5})`, 'gu'),
    // groups: 1 name. "…, сменившего на этом посту И.В. Савчук, чьё правительство было отправлено в отставку 3 марта 2010 г.".
    governmentFell: new RegExp(`(${NAME})\\s*,\\s+${anyOf(h.whoseGovernment) ?? '(?!)'}\\s+${anyOf(l.postTerms.dismissed) ?? '(?!)'}${E}`, 'gu'),
    openingSince: new RegExp(`(?:^|\\s)${anyOf(l.postTerms.rangeFrom) ?? '(?!)'}\\s+[^,;]*$`, 'u'),
    tookHead: new RegExp(`^${anyOf(h.tookHead) ?? '(?!)'}$`, 'u'),
    rangeTo: new RegExp(`\\s(?:${l.postTerms.rangeTo.join('|')})\\s`, 'u'),
    // groups: 1 body, 2 role, 3 name. "Институтом … региона (руководитель – X)".
    // (Adjectives may open the body: "Центральной избирательной комиссией (председатель – X)"; the role in either case.)
    aside: new RegExp(`(«[^»]{2,60}»|(?:${ADJECTIVES})?${BODY_NOUN}(?:\\s+[\\p{L}-]+){0,5}?)\\s*\\(\\s*(${anyOf(h.asideRoles.map(eitherFirst)) ?? '(?!)'})\\s*[–—-]\\s*(${NAME})\\s*\\)`, 'gu'),
    // groups: 1 body, 2 name. "Центральной избирательной комиссии, которую возглавляет X".
    relativeHead: new RegExp(`((?:${ADJECTIVES})?${BODY_NOUN}(?:\\s+\\p{Lu}[\\p{L}-]*){0,2})\\s*,\\s+${anyOf(h.relativeBody) ?? '(?!)'}\\s+${anyOf(l.postTerms.headsVerbs) ?? '(?!)'}${E}\\s+${name}`, 'gu'),
  };
}
const SHAPES = LEXICONS.map(shapesOf).filter((s): s is Shapes => s !== null);

/** An adjective or an adjective-like noun back to the nominative: "исполняющим" → "исполняющий", "Управляющим" → "Управляющий". */
function nominativeAdjective(l: Lexicon, word: string): string | null {
  const pair = l.groups.adjectives.masculine.find(([ending]) => word.endsWith(ending));
  return pair ? word.slice(0, word.length - pair[0].length) + pair[1] : null;
}

/** A role noun in the instrumental back to the nominative: "Премьер-министром", "Руководителем", "Управляющим". */
function nominativeNoun(l: Lexicon, noun: string): string {
  const adjective = /(?:ым|им)$/u.test(noun) ? nominativeAdjective(l, noun) : null;
  return adjective ?? toNominative(noun, 'instrumental');
}

/**
 * A post's modifiers in the nominative; "исполняющей обязанности" (a participle in any gender and case before
 * "обязанности") as the lexicon's acting title, which is the one every acting post is given.
 */
function nominativeModifiers(s: Shapes, modifiers: readonly string[]): string[] {
  const l = s.lexicon;
  const governs = modifiers.findIndex((w) => s.actingGoverns.test(w));
  const plain = (w: string) => nominativeAdjective(l, w) ?? nominativeNoun(l, w);
  if (governs < 1) return modifiers.map(plain);
  const acting = governs > 1 ? l.postTerms.actingTitle.toLowerCase() : l.postTerms.actingTitle;
  return [...modifiers.slice(0, governs - 1).map(plain), acting, ...modifiers.slice(governs + 1).map(plain)];
}

/** Splits the words between a post's noun and its verb: the complement, up to the first date ("Республики Беларусь в июле 2003 года"). */
function complementOf(l: Lexicon, between: string): { complement: string; dated: boolean } | null {
  const date = findDates(between)[0];
  const head = (date ? between.slice(0, date.index) : between).trim().split(/\s+/).filter(Boolean);
  // "Министром внутренних дел вместо Y стал X": the post's words end before the predecessor.
  const instead = head.findIndex((w) => l.postHolders.insteadOf.includes(w));
  if (instead >= 0) head.length = instead;
  // "исполняющей обязанности Президента вновь стала X": an adverb belongs to the verb after it, it ends the post's words.
  const adverb = head.findIndex((w) => l.postHolders.auxiliaries.includes(w));
  if (adverb >= 0) head.length = adverb;
  // "с 2001 года", "в июле": the date's own small word is no part of the post.
  // "Президентом Республики в очередной раз избран": a small word before a lower-case one opens an aside, no post's words.
  const aside = head.findIndex((w, i) => l.stopwords.includes(w) && !l.postHolders.complementPrepositions.includes(w) && /^\p{Ll}/u.test(head[i + 1] ?? ''));
  if (aside >= 0) head.length = aside;
  while (head.length && l.stopwords.includes(head[head.length - 1]!.toLowerCase())) head.pop();
  // A verb or a digit before the verb: another clause, or a figure; no post's words.
  if (head.some((w) => isVerbWord(w) || /\d/.test(w))) return null;
  if (!date && /\d/.test(between)) return null;
  return { complement: head.join(' '), dated: !!date };
}

/** "министра" alone: the complement the same noun has earlier in the sentence ("министр сельского хозяйства и продовольствия X"). */
function borrowedComplement(s: Shapes, sentence: string, before: number, noun: string): string {
  const l = s.lexicon;
  const stemOf = (word: string) => toNominative(toNominative(word, 'genitive'), 'instrumental').toLowerCase();
  const stem = stemOf(noun);
  let found = '';
  s.nounPhrase.lastIndex = 0;
  for (const m of sentence.slice(0, before).matchAll(s.nounPhrase)) {
    if (stemOf(m[1]!) !== stem) continue;
    const words: string[] = [];
    // Lower-case words in the genitive up to a verb or a small word: "юстиции остаётся …" → "юстиции".
    for (const w of m[2]!.trim().split(/\s+/)) {
      if (isVerbWord(w) || s.actingGoverns.test(w) || l.postHolders.possessives.includes(w) || l.postHolders.verbParticles.includes(w) || l.postHolders.auxiliaries.includes(w) || (l.stopwords.includes(w) && (w !== 'и' || !words.length))) break;
      words.push(w);
    }
    while (words.length && l.stopwords.includes(words[words.length - 1]!)) words.pop();
    if (words.length) found = words.join(' ');
  }
  return found;
}

const capital = (text: string) => text.replace(/^\p{Ll}/u, (c) => c.toUpperCase());

/** "X назначен …", "X является …": the post before the verb, its holder after. */
/**
 * The date of an appointment: the clause's, or, after "в тот же день", the first the sentence gave
 * before it, else the first of the sentence before.
 */
function appointedOn(s: Shapes, sentence: string, before: string, from: number, to: number): string | null {
  const opened = Math.max(0, sentence.lastIndexOf(';', from) + 1);
  if (!s.sameDay.test(sentence.slice(opened, from))) return ownClauseDate(sentence, opened, to);
  // The day an account opens with ("6 ноября 2012 года …; в тот же день …"), not a date its asides give;
  // else the first the paragraph gave ("X – Секретарь (с 28 марта 2001 г.). … Y в тот же день назначен …").
  return (findDates(sentence).find((d) => d.index < from) ?? findDates(before)[0] ?? findDates(s.account)[0])?.date ?? null;
}

/** A clause's end: a comma, a semicolon, or a full stop, not an initial's or a short word's ("М.", "г."), that the splitter kept ("… X. 5 января …"). */
const CLAUSE_END = /[,;]|(?<![\s.]\p{Lu}|\s\p{Ll}{1,2}|\d)\.\s/u;
/** The date of the clause [opened, to), or one right after it before the next comma ("…, ранее работавший с 2005 года" is another clause's). */
function ownClauseDate(sentence: string, opened: number, to: number): string | null {
  const comma = sentence.slice(to).search(CLAUSE_END);
  const closed = comma < 0 ? sentence.length : to + comma;
  return findDates(sentence).find((d) => d.index >= opened && d.index < closed)?.date ?? null;
}

type Add = (name: string, title: string, start: string | null, end: string | null, ended: boolean) => void;

function postFirst(s: Shapes, sentence: string, before: string, add: Add): void {
  const l = s.lexicon;
  s.postFirst.lastIndex = 0;
  for (let m = s.postFirst.exec(sentence); m; m = s.postFirst.exec(sentence)) {
    // A reading refused may hide one that starts inside it ("Президента от должности министра …"): go on from its next letter.
    const retry = m.index + 1;
    const [, fromPost, mods = '', noun = '', between = '', appointed, copula, dismissed, acting, ownPost, written = ''] = m;
    // After the holder's own post its capitalized words may run into the name.
    const name = ownPost ? trailingName(written) : written;
    const split = complementOf(l, between);
    s.postFirst.lastIndex = retry;
    if (!split) continue;
    // "Первым заместителем министра": the first role noun is the head, what follows it its complement.
    const postWords = [...mods.trim().split(/\s+/).filter(Boolean), noun];
    const headAt = postWords.findIndex((w) => s.roleNoun.test(w));
    const modifiers = postWords.slice(0, headAt);
    const head = postWords[headAt]!;
    const actingPost = modifiers.some((w) => s.actingGoverns.test(w));
    const at = m.index + (fromPost ? fromPost.length + 1 : 0) + mods.length;
    const complement = [...postWords.slice(headAt + 1), split.complement || (actingPost ? borrowedComplement(s, sentence, at, noun) : '')].filter(Boolean).join(' ');
    const end = m.index + m[0].length;
    if (appointed || copula) {
      // A post taken: the noun in the instrumental ("Премьер-министром"), or after "обязанности", in the genitive.
      if (!actingPost && !s.instrumental.test(head) && !/(?:ым|им)$/u.test(head)) continue;
      // "Первым всенародно избранным Президентом стал X", "новым министром назначен X": an adjective the post's
      // words did not take makes it another post (the first, a past one) or no post's name, unless the sentence gave it.
      const wordBefore = sentence.slice(0, m.index).trim().split(/\s+/).pop() ?? '';
      const adjectiveBefore = /(?:ым|им)$/u.test(wordBefore);
      // A participle or a post's own modifier before ("избранным", "Первым") makes the post another; a plain adjective ("Новым") does not.
      const otherPost = adjectiveBefore && (/(?:нн|вш|ем|им|т)ым$/u.test(wordBefore) || s.modifier.test(wordBefore));
      const words = nominativeModifiers(s, modifiers);
      // An election's verb: the post starts when its holder takes office, which this clause does not say.
      const became = copula && s.became.test(copula);
      const since = appointed || became ? (appointed && s.elected.test(appointed) ? null : appointedOn(s, sentence, before, at + noun.length + between.length, end)) : split.dated ? findDates(between)[0]!.date : null;
      // "новым министром назначен X": the complement the same noun has earlier ("министр обороны Y был освобождён").
      const full = complement || borrowedComplement(s, sentence, at, head);
      if ((copula && otherPost) || (adjectiveBefore && !full && !copula)) continue;
      add(name, capital([...words, actingPost ? head : nominativeNoun(l, head), full].filter(Boolean).join(' ')), since, null, false);
      s.postFirst.lastIndex = end;
    } else if (dismissed && fromPost && !modifiers.length && isGenitive(l, head)) {
      add(name, nominativePost([head, complement].filter(Boolean).join(' ')), null, clauseDate(sentence, m.index, end), true);
      s.postFirst.lastIndex = end;
    } else if (acting && actingPost && isGenitive(l, head)) {
      add(name, `${l.postTerms.actingTitle} ${[head, complement].filter(Boolean).join(' ')}`, openedSince(s, sentence, m.index), null, false);
      s.postFirst.lastIndex = end;
    }
  }
}

/** "С 1 февраля 2012 г. …": the date an opening "с" of the clause gives, as a start. */
function openedSince(s: Shapes, sentence: string, at: number): string | null {
  const opened = Math.max(0, sentence.lastIndexOf(';', at) + 1);
  return s.openingSince.test(sentence.slice(opened, at + 1)) ? ownClauseDate(sentence, opened, at) : null;
}

/** "Парламент утвердил X в должности Премьер-министра": the holder in the accusative, the post in the genitive. */
function activeAppointment(s: Shapes, sentence: string, add: (name: string, title: string, start: string | null, end: string | null, ended: boolean) => void): void {
  for (const m of sentence.matchAll(s.active)) {
    if (!isGenitive(s.lexicon, m[2]!)) continue;
    add(nominative(m[1]!, 'accusative'), nominativePost(m[2]!), clauseDate(sentence, m.index!, m.index! + m[0].length), null, false);
  }
}

/** "Президент назначил Премьер-министром X", "назначил X Премьер-министром": the holder in the accusative, the post in the instrumental. */
function activeAs(s: Shapes, sentence: string, add: Add): void {
  const read = (written: string, postWords: string, rest: string, at: number, end: number) => {
    // "Председателем Сената Айну …": a body's capitalized genitive the name took belongs to the post.
    const nameWords = written.trim().split(/\s+/);
    const bodyWords: string[] = [];
    while (nameWords.length > 2 && BODY_WORD.test(nameWords[0]!)) bodyWords.push(nameWords.shift()!);
    const post = instrumentalPost(s, [...postWords.trim().split(/\s+/), ...bodyWords]);
    if (!post) return;
    const complement = stripTrailingPunctuation(wordsOfPost(s.lexicon, rest));
    add(nominative(nameWords.join(' '), 'accusative'), capital([post, complement].filter(Boolean).join(' ')), clauseDate(sentence, at, end), null, false);
  };
  for (const m of sentence.matchAll(s.activeAs)) read(m[2]!, m[1]!, '', m.index!, m.index! + m[0].length);
  for (const m of sentence.matchAll(s.activeAsAfter)) read(m[1]!, m[2]!, m[3]!, m.index!, m.index! + m[0].length);
}

/** An aside right after a name that gives the person's own post, and its start after a "since" word: "(председатель ЦИК с 1996 г.)". */
const OWN_POST_ASIDE = regExp(`^\\s*\\(\\s*([^()]+?)(?:\\s+((?:${eachLexicon((l) => anyOf(l.appointment.since))})\\s+[^()]*\\d{4}[^()]*))?\\s*\\)`, 'iu');

/** Family names that never decline: "Успасских", "Черных", "Дурново". */
const INDECLINABLE = /(?:их|ых|ово|аго|ко|дзе|швили)$/u;

/** A given name in the instrumental, the family name one that never declines: "Виктором Успасских". */
function inInstrumental(s: Shapes, written: string): boolean {
  const [given = '', ...rest] = written.trim().split(/\s+/);
  return rest.length > 0 && new RegExp(`${s.lexicon.postHolders.instrumentalName}$`, 'u').test(given) && rest.every((w) => INDECLINABLE.test(w));
}

/** "«Центр согласия» во главе с X", "Кабинет министров во главе с X": the body's head, in the instrumental; its own post where an aside gives one. */
function ledBy(s: Shapes, sentence: string, add: (name: string, title: string, start: string | null, end: string | null, ended: boolean) => void): void {
  const l = s.lexicon;
  for (const m of sentence.matchAll(s.ledBy)) {
    const [, body = '', written = ''] = m;
    // The holder stands in the instrumental: a name that does not is another reading's
    // (a family name that never declines may stay as written: "Виктором Успасских").
    if (!nameFault(written) && !inInstrumental(s, written)) continue;
    // "во главе с X (председатель ЦИК с 1996 г.)": the post the aside names, and its start.
    const own = OWN_POST_ASIDE.exec(sentence.slice(m.index! + m[0].length));
    if (own && startsWithRoleWord(own[1]!)) {
      add(nominative(written, 'instrumental'), capital(own[1]!.trim()), own[2] ? firstDate(own[2]) : null, null, false);
      continue;
    }
    const title = s.government.test(body) ? l.postHolders.governmentHead : `${headTitleFor(l, body)} ${body.startsWith('«') ? body : genitivePhrase(l, body)}`;
    const opened = Math.max(sentence.lastIndexOf(';', m.index!), sentence.lastIndexOf(',', m.index!)) + 1;
    // "Сейм … утвердил новый состав Кабинета министров во главе с X": an appointment the clause dates.
    const since = s.activeVerb.test(sentence.slice(opened, m.index!)) ? clauseDate(sentence, opened, m.index! + m[0].length) : null;
    add(nominative(written, 'instrumental'), title, since, null, false);
  }
}

/** "… нового министра его обязанности исполняет X": the acting holder of the post the sentence named last. */
function actingPronoun(s: Shapes, sentence: string, before: string, add: Add): void {
  const l = s.lexicon;
  for (const m of sentence.matchAll(s.actingPronoun)) {
    const words = sentence.slice(0, m.index!).trim().split(/\s+/);
    const at = words.map((w) => s.roleNoun.test(w)).lastIndexOf(true);
    if (at < 0 || !isGenitive(l, words[at]!)) continue;
    // "Министр культуры … освобождена. До назначения нового министра …": the complement the sentence before gave.
    const complement = borrowedComplement(s, sentence, m.index!, words[at]!) || borrowedComplement(s, before, before.length, words[at]!);
    add(m[1] ? trailingName(m[2]!) : m[2]!, `${l.postTerms.actingTitle} ${[words[at]!.toLowerCase(), complement].filter(Boolean).join(' ')}`, null, null, false);
  }
}

/**
 * "Ж. Эрдэнэбат исполнял обязанности Премьер-министра", "Иван Петров временно исполняет обязанности
 * Президента": the holder first, then the acting verb and the post; a past verb's post is over (its
 * dates are the term rules': "с апреля по июль 2004 года" is no start).
 */
function nameActing(s: Shapes, sentence: string, add: Add): void {
  for (const m of sentence.matchAll(s.nameActing)) {
    const past = s.pastActing.test(m[2]!);
    add(m[1]!, `${s.lexicon.postTerms.actingTitle} ${m[3]!}`, null, null, past);
  }
}

/** A name each word of which stands in the instrumental or never declines: "Иванишвили Бидзиной Григорьевичем". */
function allInstrumental(s: Shapes, written: string): boolean {
  const ending = new RegExp(`${s.lexicon.postHolders.instrumentalName}$`, 'u');
  const words = written.trim().split(/\s+/);
  return words.some((w) => ending.test(w)) && words.every((w) => ending.test(w) || INDECLINABLE.test(w));
}

/** "партия «X», основанная миллиардером Y": the party's founder, the name back from the instrumental ("Указом Президента" is none). */
function foundedBy(s: Shapes, sentence: string, add: Add): void {
  const title = s.lexicon.postHolders.founders?.title;
  for (const m of title ? sentence.matchAll(s.foundedBy) : []) {
    if (!allInstrumental(s, m[2]!)) continue;
    const party = bodyInGenitive(s.lexicon, m[1]!.replace(/^\p{Lu}/u, (c) => c.toLowerCase()));
    if (party) add(nominative(m[2]!, 'instrumental'), `${title} ${party}`, null, null, false);
  }
}

/**
 * "Основатель партии, бывший Президент Грузии Саакашвили Михаил Николозович, …": a founder's post opening the
 * sentence, its holder after another post in apposition; the post as written (its party is the paragraph's).
 */
function foundingPost(s: Shapes, sentence: string, add: Add): void {
  const m = s.foundingPost.exec(sentence);
  if (!m) return;
  const name = trailingName(m[2]!);
  const apposition = m[2]!.slice(0, m[2]!.length - name.length).trim().split(/\s+/).filter(Boolean);
  // The apposition is a post ("бывший Президент Грузии"), lower-case words at most before its noun: no clause.
  const noun = apposition.findIndex((w) => s.roleNoun.test(w));
  if (noun < 0 || apposition.slice(0, noun).some((w) => !/^\p{Ll}/u.test(w) || isVerbWord(w)) || apposition.some(isVerbWord)) return;
  add(name, capital(m[1]!), null, null, false);
}

/** "Борис Грызлов, он же Председатель Государственной Думы": the holder's other post, as written. */
function alsoHolds(s: Shapes, sentence: string, add: Add): void {
  for (const m of sentence.matchAll(s.alsoHolds)) add(trailingName(m[1]!), capital(m[2]!), null, null, false);
}

/**
 * "С. С. Собянина, который 21 октября 2010 года был наделён полномочиями Мэра Москвы": the post whose powers the
 * clause gives, from its date; the name back from its case where every word shows it (lexicon `postTerms.clauseCases`).
 */
function endowed(s: Shapes, sentence: string, add: Add): void {
  const l = s.lexicon;
  const relatives = l.postHolders.secondPosts?.relatives ?? [];
  for (const m of sentence.matchAll(s.endowed)) {
    if (!isGenitive(l, m[4]!.split(/\s+/)[0]!) || /\p{Lu}/u.test(m[3]!.replace(/^\S+/u, ''))) continue;
    const feminine = m[2] === relatives[relatives.length - 1];
    add(holderInCase(l, m[1]!, feminine), nominativePost(m[4]!), firstDate(m[3]!), null, false);
  }
}

/** A name back to the nominative from the case each of its words shows: a man's genitive ("Собянина"), a woman's accusative ("Анну Орлову"); else as written. */
function holderInCase(l: Lexicon, written: string, feminine: boolean): string {
  const { masculineGenitive, feminineAccusative } = l.postTerms.clauseCases;
  const words = written.split(/\s+/);
  const all = (ending: string) => words.every((w) => /\.$/u.test(w) || new RegExp(ending, 'u').test(w)) && !/\.$/u.test(words.at(-1)!);
  if (!feminine && all(masculineGenitive)) return nominative(written, 'genitive');
  if (feminine && all(feminineAccusative)) return nominative(written, 'accusative');
  return written;
}

/** "Жаргалтулгын Эрдэнэбат, назначенный Премьер-министром 7 июля 2016 года": the post taken that day, the name in the participle's case. */
function appointedDated(s: Shapes, sentence: string, add: Add): void {
  const l = s.lexicon;
  for (const m of sentence.matchAll(s.appointedDated)) {
    const grammaticalCase = l.postTerms.laterPost.cases.find(([ending]) => ending === m[2])?.[1];
    const title = postFromInstrumental(m[3]!);
    const date = firstDate(m[4]!);
    // The words after the post open with its date ("7 июля 2016 года", "в марте 2019 года"), no other clause.
    if (!grammaticalCase || !title || !date || findDates(m[4]!)[0]!.index > m[4]!.search(/\d/u)) continue;
    add(grammaticalCase === 'nominative' ? m[1]! : nominative(m[1]!, grammaticalCase), title, date, null, false);
  }
}

/** "исполнение обязанностей Президента было возложено на … X": an acting post, its holder in the accusative. */
function actingLaid(s: Shapes, sentence: string, add: Add): void {
  for (const m of sentence.matchAll(s.actingLaid)) {
    add(nominative(withoutLeadingPost(m[2]!), 'accusative'), `${s.lexicon.postTerms.actingTitle} ${m[1]!}`, clauseDate(sentence, m.index!, m.index! + m[0].length), null, false);
  }
}

/** "Аппарат в течение пяти лет возглавлял X": a body its holder headed before (a range is the post terms' shape). */
function bodyHeld(s: Shapes, sentence: string, add: Add): void {
  for (const m of sentence.matchAll(s.bodyHeld)) {
    if (/\d/.test(m[2]!) || m[2]!.trim().split(/\s+/).some(isVerbWord)) continue;
    // "С 13 апреля 2016 г. правительство возглавлял X": the date an opening "с" gives is the start.
    const opened = Math.max(0, sentence.lastIndexOf(';', m.index!) + 1);
    const since = s.openingSince.test(sentence.slice(opened, m.index! + 1)) ? ownClauseDate(sentence, opened, m.index!) : null;
    // "… возглавлял Абдулхашим Муталов (1992–1995)": a term in brackets after the name.
    const term = termAfterName(sentence.slice(m.index! + m[0].length));
    add(m[3]!, headTitleOf(s.lexicon, m[1]!), since ?? term?.startDate ?? null, term?.endDate ?? null, true);
  }
}

/** "С 2005 по 2007 год он возглавлял Министерство финансов": the holder the sentence before gave a post. */
function pronounHeld(s: Shapes, sentence: string, before: string, add: Add): void {
  const m = before ? s.pronounHeld.exec(sentence) : null;
  // "С 2005 по 2007 год": the range's first word dates its end too ("по 2007 год" alone is no date).
  const [from = '', to] = m ? m[1]!.split(s.rangeTo) : [];
  const [start, end] = [findDates(from)[0]?.date, to ? findDates(`${from.split(/\s+/)[0]} ${to}`)[0]?.date : undefined];
  if (!m || !start || !end) return;
  const holder = findPostHolders(before).find((h) => !h.ended);
  if (!holder) return;
  const title = m[2] ? nominativePost(m[2]) : headTitleOf(s.lexicon, m[3]!, m[4] ?? '');
  add(holder.name, title, start, end, true);
}

/** "«Пульс Евразии» (руководитель – X)", "Институтом … региона (директор – X)": a body's post in parentheses. */
function asideRole(s: Shapes, sentence: string, add: Add): void {
  for (const m of sentence.matchAll(s.aside)) {
    const body = m[1]!.startsWith('«') ? m[1]! : genitivePhrase(s.lexicon, m[1]!);
    add(m[3]!, `${capital(m[2]!.toLowerCase())} ${body}`, null, null, false);
  }
}

/** "Центральной избирательной комиссии, которую возглавляет X": the head of the body the relative clause follows. */
function relativeHead(s: Shapes, sentence: string, add: Add): void {
  for (const m of sentence.matchAll(s.relativeHead)) add(m[2]!, `${s.lexicon.postTerms.headTitle} ${genitivePhrase(s.lexicon, m[1]!)}`, null, null, false);
}

/** The title of a body's head by the body's noun (lexicon `postHolders.headTitles`: a council's chair), else the lexicon's head. */
function headTitleFor(l: Lexicon, body: string): string {
  const noun = body.trim().split(/\s+/).find((w) => BODY_WORD.test(w)) ?? '';
  return l.postHolders.headTitles.find(([stem]) => new RegExp(`^${stem}`, 'u').test(noun))?.[1] ?? l.postTerms.headTitle;
}

/** A body's name in the genitive, its adjectives with it: "Центральной избирательной комиссией" → "Центральной избирательной комиссии", "Счётная палата" → "Счётной палаты". */
function genitivePhrase(l: Lexicon, phrase: string): string {
  const words = phrase.trim().split(/\s+/);
  const at = words.findIndex((w) => BODY_NOUN_ONLY.test(w));
  if (at <= 0) return genitiveBody(l, phrase);
  const adjective = (w: string) => {
    const pair = l.postHolders.obliqueAdjectiveGenitive.find(([ending]) => w.endsWith(ending)) ?? l.postHolders.adjectiveGenitive.find(([ending]) => w.endsWith(ending));
    return pair ? w.slice(0, w.length - pair[0].length) + pair[1] : w;
  };
  // "Счётная палата": after a nominative adjective the noun is nominative too (the lexicon's nominative endings).
  const nominative = l.postHolders.nominativeNounGenitive.find(([adjectiveEnd]) => words[at - 1]!.endsWith(adjectiveEnd));
  const noun = words[at]!;
  const nounPair = nominative?.[1].find(([ending]) => noun.endsWith(ending));
  const genitiveNoun = nounPair ? [noun.slice(0, noun.length - nounPair[0].length) + nounPair[1], ...words.slice(at + 1)].join(' ') : genitiveBody(l, words.slice(at).join(' '));
  return [...words.slice(0, at).map(adjective), genitiveNoun].join(' ');
}

/** "Пост министра юстиции пустует с июля, когда Премьер-министр отправил в отставку X": the post the sentence names, ended. */
function activeDismissal(s: Shapes, sentence: string, add: Add): void {
  const post = s.namedPost.exec(sentence);
  if (!post || !isGenitive(s.lexicon, post[1]!)) return;
  // Its complement up to the clause's verb or predicate: "юстиции остаётся вакантным", "здравоохранения вакантна" → the first word.
  const words = post[2]!.trim().split(/\s+/).filter(Boolean);
  const verb = words.findIndex((w, i) => isVerbWord(w) || s.lexicon.stopwords.includes(w) || (i > 0 && /\p{Ll}{3,}н[аоы]$/u.test(w)));
  const title = nominativePost([post[1]!, ...(verb < 0 ? words : words.slice(0, verb))].join(' '));
  for (const m of sentence.matchAll(s.activeDismissal)) {
    add(nominative(withoutLeadingPost(m[1]!), 'accusative'), title, null, clauseDate(sentence, post.index, m.index! + m[0].length), true);
  }
}

/** "С 14.11.2013 Исполнительный аппарат возглавляет X": a body named by an adjective and a lower-case noun, headed now. */
function headsAdjectiveBody(s: Shapes, sentence: string, add: Add): void {
  const l = s.lexicon;
  for (const m of sentence.matchAll(s.headsAdjectiveBody)) {
    const [, adjective = '', noun = '', name = ''] = m;
    const pair = l.postHolders.adjectiveGenitive.find(([nominative]) => adjective.endsWith(nominative))!;
    const body = `${adjective.slice(0, adjective.length - pair[0].length)}${pair[1]} ${genitiveBody(l, noun)}`;
    // "С 1 февраля 2012 г. …": the date an opening "с" gives is the start.
    const opened = Math.max(0, sentence.lastIndexOf(';', m.index!) + 1);
    const since = s.openingSince.test(sentence.slice(opened, m.index! + 1)) ? ownClauseDate(sentence, opened, m.index!) : null;
    add(name, `${l.postTerms.headTitle} ${body}`, since, null, false);
  }
}

/** "Олег Петров назначен министром финансов 5 мая 2012 года": the holder, the passive verb, the post in the instrumental. */
function nameFirst(s: Shapes, sentence: string, before: string, add: Add): void {
  const l = s.lexicon;
  for (const m of sentence.matchAll(s.nameFirst)) {
    const [, written = '', between = '', mods = '', noun = '', after = ''] = m;
    // "так и не был назначен": a negated verb appoints no one; a verb between is another clause.
    const betweenWords = between.trim().split(/\s+/).filter(Boolean);
    if (betweenWords.some((w) => l.postHolders.verbParticles.includes(w) || isVerbWord(w))) continue;
    const name = trailingName(written);
    const postWords = [...mods.trim().split(/\s+/).filter(Boolean), noun];
    const headAt = postWords.findIndex((w) => s.roleNoun.test(w));
    const head = postWords[headAt]!;
    if (!s.instrumental.test(head) && !/(?:ым|им)$/u.test(head)) continue;
    // The complement: the words up to a date, a verb or a figure ("министром финансов 5 мая …" → "финансов").
    const split = complementOf(l, after);
    const words = postWords.slice(0, headAt).map((w) => nominativeAdjective(l, w) ?? nominativeNoun(l, w));
    const complement = [...postWords.slice(headAt + 1), split?.complement ?? ''].filter(Boolean).join(' ');
    const start = m.index! + m[0].indexOf(written);
    const verbAt = start + written.length + between.length;
    const elected = s.elected.test(sentence.slice(verbAt, m.index! + m[0].length - after.length).trim().split(/\s+(?=\p{L}+$)/u)[0] ?? '');
    add(name, capital([...words, nominativeNoun(l, head), complement].filter(Boolean).join(' ')), elected ? null : appointedOn(s, sentence, before, verbAt, m.index! + m[0].length), null, false);
  }
}

/** A post's words after its noun up to a date, a verb, a figure or a small word of another phrase ("внутренних дел в 2007 г." → "внутренних дел"). */
function wordsOfPost(l: Lexicon, text: string): string {
  const words: string[] = [];
  for (const w of text.trim().split(/\s+/).filter(Boolean)) {
    if (isVerbWord(w) || /\d/.test(w) || l.postHolders.verbParticles.includes(w) || l.postHolders.auxiliaries.includes(w) || (l.stopwords.includes(w) && !l.postHolders.complementPrepositions.includes(w))) break;
    words.push(w);
  }
  while (words.length && l.stopwords.includes(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}

/** "Первым заместителем министра" → "Первый заместитель министра": modifiers and the first role noun back from the instrumental; null for another case. */
function instrumentalPost(s: Shapes, words: readonly string[]): string | null {
  const headAt = words.findIndex((w) => s.roleNoun.test(w));
  const head = words[headAt]!;
  if (!s.instrumental.test(head) && !/(?:ым|им)$/u.test(head)) return null;
  const modifiers = words.slice(0, headAt).map((w) => nominativeAdjective(s.lexicon, w) ?? nominativeNoun(s.lexicon, w));
  return [...modifiers, nominativeNoun(s.lexicon, head), ...words.slice(headAt + 1)].join(' ');
}

/**
 * "дала согласие на назначение Председателем Правительства X", "после назначения X министром внутренних дел в
 * 2007 г.": an appointment named by its noun, dated by its clause; over when the sentence then says its holder left it.
 */
function appointmentNamed(s: Shapes, sentence: string, add: Add): void {
  const l = s.lexicon;
  const read = (written: string, postWords: string, rest: string, at: number, end: number) => {
    const post = instrumentalPost(s, postWords.trim().split(/\s+/));
    if (!post) return;
    const left = s.leftLater.test(sentence.slice(end));
    add(trailingName(nominative(written, 'genitive')), capital([post, wordsOfPost(l, rest)].filter(Boolean).join(' ')), clauseDate(sentence, at, end), null, left);
  };
  for (const m of sentence.matchAll(s.appointmentPostFirst)) read(m[3]!, m[1]!, m[2]!, m.index!, m.index! + m[0].length);
  for (const m of sentence.matchAll(s.appointmentNameFirst)) read(m[1]!, m[2]!, m[3]!, m.index!, m.index! + m[0].length);
}

/** "Пост министра обороны занимает X": the post named, its holder now. */
function postHeld(s: Shapes, sentence: string, add: Add): void {
  for (const m of sentence.matchAll(s.postHeld)) {
    const [, post = '', words = '', name = ''] = m;
    if (!isGenitive(s.lexicon, post.split(/\s+/).pop()!) || words.trim().split(/\s+/).filter(Boolean).some(isVerbWord)) continue;
    add(name, nominativePost(`${post}${words}`), null, null, false);
  }
}

/** The words between a body and its verb: the body's own lower-case words up to a date's first word, and the rest. */
function splitBetween(s: Shapes, between: string): [string, string] {
  const words = between.trim().split(/\s+/).filter(Boolean);
  const l = s.lexicon;
  const dateWord = (w: string) => /\d/.test(w) || [...l.postTerms.rangeFrom, ...l.yearPrepositions, ...l.postTerms.yearWords].some((p) => new RegExp(`^(?:${p})$`, 'u').test(w));
  const at = words.findIndex(dateWord);
  const own = at < 0 ? words : words.slice(0, at);
  return [own.map((w) => ` ${w}`).join(''), words.slice(own.length).map((w) => ` ${w}`).join('')];
}

/** "Министерство финансов возглавляет X", "Аппарат Правительства с 2015 года возглавляет X", "Кабинет министров возглавил X". */
function bodyHeads(s: Shapes, sentence: string, add: Add): void {
  const l = s.lexicon;
  for (const m of sentence.matchAll(s.bodyHeads)) {
    const [, matchedNoun = '', matchedLower = '', written = '', verb = '', name = ''] = m;
    // "Инспекцию труда при Министерстве здравоохранения с 2016 года": lower-case words before the date's first are the body's.
    const [bodyTail, between] = splitBetween(s, written);
    // "Службу … при Правительстве … возглавляет X": a noun after a preposition is no body headed, but the one its phrase hangs on.
    const governing = governingBody(l, sentence.slice(0, m.index! + m[0].indexOf(matchedNoun)));
    if (governing === null) continue;
    const [noun, lower] = governing ? [governing.noun, `${governing.rest}${matchedNoun}${matchedLower}${bodyTail}`] : [matchedNoun, `${matchedLower}${bodyTail}`];
    // A body of capitalized words and no date between ("Администрацию Президента возглавляет") is the post terms' shape.
    if (!/\p{Ll}/u.test(lower) && !between.trim()) continue;
    const body = `${noun}${lower}`;
    const government = s.government.test(body);
    const title = government ? l.postHolders.governmentHead : `${l.postTerms.headTitle} ${genitiveBody(l, noun)}${lower}`;
    const took = s.tookHead.test(verb);
    const since = findDates(between)[0]?.date ?? (took ? ownClauseDate(sentence, Math.max(0, sentence.lastIndexOf(';', m.index!) + 1), m.index! + m[0].length) : null);
    add(name, title, since, null, false);
  }
}

/**
 * "X, чьё правительство было отправлено в отставку 3 марта 2010 г.": the head of government's post, ended. The
 * name's case is the clause's before it, unknown here: only a name that reads the same in every case (initials, "Савчук").
 */
function governmentFell(s: Shapes, sentence: string, add: Add): void {
  for (const m of sentence.matchAll(s.governmentFell)) {
    const name = withoutLeadingPost(m[1]!);
    if (name.split(/\s+/).some((w) => !/\.$/u.test(w) && (/[аяуюыие]$|(?:ом|ем|ой|ей|ым|им)$/u.test(w)))) continue;
    add(name, s.lexicon.postHolders.governmentHead, null, ownClauseDate(sentence, m.index!, m.index! + m[0].length + 30), true);
  }
}

/** "голосами A, B и C («…») был избран": whose votes, an aside before the post's verb, is no word of the post (lexicon `postHolders.byVotesOf`). */
const VOTES_ASIDE = new Map(LEXICONS.map((l) => [l, new RegExp(`\\s+${B}${anyOf(l.postHolders.byVotesOf) ?? '(?!)'}\\s+[^.;:()]{1,120}?(?:\\s*\\([^()]{1,60}\\))?(?=\\s+(?:${anyOf(l.appointment.was) ?? '(?!)'}\\s+)?(?:${anyOf([...l.personNames.appointedAs, ...l.appointment.verbs]) ?? '(?!)'})${E})`, 'u')]));

function withoutVotesAside(l: Lexicon, sentence: string): string {
  return sentence.replace(VOTES_ASIDE.get(l)!, '');
}

/** The posts and holders one sentence pairs in a clause, in each lexicon that has the shapes. */
/** `before` is the sentence before, `account` the paragraph's text before the sentence ("в тот же день" of its first date). */
export function findPostHolders(written: string, before = '', account = before): PostTerm[] {
  const found: PostTerm[] = [];
  for (const shapes of SHAPES) {
    const s = { ...shapes, account };
    const sentence = withoutVotesAside(s.lexicon, written);
    // Its words are in its own script and each shape has a verb or "во главе с": most sentences have none.
    if (!hasScriptLetter(s.lexicon, sentence) || !s.cue.test(sentence)) continue;
    const add = (written: string, title: string, startDate: string | null, endDate: string | null, ended: boolean) => {
      const name = withoutLeadingPost(written);
      if (!isName(name) || !title || found.some((f) => f.name === name && f.title === title)) return;
      found.push({ name, title, startDate, endDate, ended });
    };
    postFirst(s, sentence, before, add);
    actingLaid(s, sentence, add);
    bodyHeld(s, sentence, add);
    pronounHeld(s, sentence, before, add);
    asideRole(s, sentence, add);
    relativeHead(s, sentence, add);
    activeDismissal(s, sentence, add);
    headsAdjectiveBody(s, sentence, add);
    nameFirst(s, sentence, before, add);
    appointmentNamed(s, sentence, add);
    postHeld(s, sentence, add);
    bodyHeads(s, sentence, add);
    governmentFell(s, sentence, add);
    activeAppointment(s, sentence, add);
    activeAs(s, sentence, add);
    ledBy(s, sentence, add);
    actingPronoun(s, sentence, before, add);
    nameActing(s, sentence, add);
    foundedBy(s, sentence, add);
    foundingPost(s, sentence, add);
    alsoHolds(s, sentence, add);
    endowed(s, sentence, add);
    appointedDated(s, sentence, add);
  }
  // A pronoun is the sentence before's holder; a surname the latest of that name in the paragraph before.
  for (const term of findTermAsides(written, (surname) => (surname ? latestHolder(account, surname) : holderIn(before)))) {
    if (!found.some((f) => f.name === term.name && f.title === term.title)) found.push(term);
  }
  return found;
}

/** The holder of that surname the latest sentence of the text names with a post held now, or none. */
function latestHolder(text: string, surname: string): PostTerm | undefined {
  const sentences = text ? splitSentences(text) : [];
  for (let i = sentences.length - 1; i >= 0; i -= 1) {
    const held = holderIn(sentences[i]!, surname);
    if (held) return held;
  }
  return undefined;
}

/** The one person the sentence before names with a post held now (of that surname, when one is given), or none. */
function holderIn(before: string, surname?: string): PostTerm | undefined {
  if (!before) return undefined;
  const held = findPostHolders(before).filter((h) => !h.ended && (!surname || h.name.split(/\s+/).includes(surname)));
  return held.length && held.every((h) => h.name === held[0]!.name) ? held[0] : undefined;
}
