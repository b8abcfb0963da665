/**
 * A post's term in the prose of a language that writes it with verbs and cases (lexicon
 * `postTerms`): who held a post from when to when ("С 2008 по 2012 год пост Президента занимал
 * X"), a predecessor's own range ("Y, руководивший Администрацией с 1995 по 2019 год"), who took
 * a post on a date ("В должность Президента X вступила 12 июля 2009 г."), who left one ("X был
 * освобождён от должности Премьер-министра"), who acts in one ("возложил исполнение обязанностей
 * Президента на … X") and who heads a body ("Канцелярию возглавляет X").
 */
import { findDates, firstDate } from './dates.js';
import { NAME_PARTICLE, NAME_WORD, trailingName } from './person-name.js';
import { hasRoleWord } from './roles.js';
import { allWords, anyOf, hasScriptLetter, LEXICONS, lexiconOfWord, nameToNominative, toNominative, type GrammaticalCase, type Lexicon } from '../lexicon/index.js';

/** A post a sentence gives with its term: a `ProsePerson` with the date the post ended, if it did. */
export interface PostTerm {
  /** In the nominative: "Игорь Сергеевич Мельников". */
  name: string;
  /** In the nominative: "Президент", "Руководитель Администрации". */
  title: string;
  startDate: string | null;
  /** Null for a post held now. */
  endDate: string | null;
  /** The post is over: a range that ended, a dismissal. */
  ended: boolean;
}

/** A name's word of two letters or more (initials are apart). */
const WHOLE = `(?=\\p{Lu}[\\p{L}'’])${NAME_WORD}`;
/** "Айгерим Тологон кызы", "Т.А. Жумалиев", "Игорь Сергеевич Мельников": a name in any case. */
export const NAME = `(?:(?:${WHOLE}\\s+){1,2}${WHOLE}\\s+${NAME_PARTICLE}(?![\\p{L}])|(?:\\p{Lu}\\.\\s?){1,2}${NAME_WORD}|${WHOLE}(?:\\s+${WHOLE}){1,2})`;
/** What may follow a name: a mark, a lower-case word, a date, the end. */
/** A hyphen only as a dash: "Премьер-министра" is one word, no name "Премьер" before a mark. */
export const AFTER_NAME = '(?=\\s*(?:[,.;:()«»–—]|-(?![\\p{L}])|$)|\\s+[\\p{Ll}\\d])';
/** A post's words after its noun, in the genitive: "Президента", "министра обороны", "Премьер-министра". */
const POST_WORDS = '(\\p{L}[\\p{L}-]*(?:\\s+[\\p{L}-]+){0,4}?)';
/** A body's name: its capitalized noun and up to two capitalized words ("Кабинет Министров", "Администрацию Президента"). */
const BODY = '(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,2}?)';

const NOT_NAME = new Set(allWords((l) => l.notNameWords));
const BODY_NOUN = new RegExp(`^(?:${allWords((l) => l.bodyNouns).join('|')})$`, 'u');

/** True for words that may be a person's name: none a body's or a post's. */
export function isName(written: string): boolean {
  return written.split(/\s+/).every((w) => !NOT_NAME.has(w.toLowerCase()) && !BODY_NOUN.test(w)) && !hasRoleWord(written);
}

/** "Премьер-министра Олжас Бекетов" → "Олжас Бекетов": a post's or a body's words that ran into a name are no part of it. */
export function withoutLeadingPost(written: string): string {
  const words = written.split(/\s+/);
  while (words.length > 2 && !isName(words[0]!)) words.shift();
  return words.join(' ');
}

/** A name back to the nominative from `grammaticalCase`, its initials and particles as written. */
export function nominative(written: string, grammaticalCase: GrammaticalCase): string {
  const words = written.split(/\s+/);
  const read = nameToNominative(words, grammaticalCase);
  return words.map((w, i) => (/^\p{Ll}/u.test(w) ? w : read[i]!)).join(' ');
}

/** "Администрацию Президента" → "Администрации Президента": a body's first word in the genitive, after a post's noun. */
export function genitiveBody(l: Lexicon, body: string): string {
  const [first = '', ...rest] = body.split(/\s+/);
  const pair = l.postTerms.bodyGenitive.find(([ending]) => first.endsWith(ending));
  const added = l.postTerms.bodyGenitiveAdded;
  const word = pair ? first.slice(0, first.length - pair[0].length) + pair[1] : new RegExp(added.after, 'u').test(first) ? `${first}${added.ending}` : first;
  return [word, ...rest].join(' ');
}

/** How far back a body's noun may stand before the noun whose phrase hangs on it ("Службу национальной безопасности при …"). */
const GOVERNING_REACH = 5;

/**
 * The body a prepositional phrase with a body's noun hangs on (`before` is the text up to that noun): the governing
 * noun and the lower-case words up to the noun, one of them a preposition ("Службу", " национальной безопасности при ";
 * "Агентство", " по делам государственной "); else '' (the noun is the body itself), or null where a preposition stands
 * right before the noun and no body's noun is within reach ("при Правительстве … возглавляет X": nothing X heads is named).
 */
export function governingBody(l: Lexicon, before: string): { noun: string; rest: string } | '' | null {
  const words = before.trimEnd().split(/\s+/).filter(Boolean);
  const governs = (w: string) => l.postHolders.bodyGoverning.includes(w);
  for (let at = words.length - 1; at >= Math.max(0, words.length - GOVERNING_REACH); at--) {
    const word = words[at]!;
    if (BODY_NOUN.test(word) && words.slice(at + 1).some(governs)) return { noun: word, rest: ` ${words.slice(at + 1).join(' ')} ` };
    if (!/^\p{Ll}+$/u.test(word)) break;
  }
  return governs(words[words.length - 1] ?? '') ? null : '';
}

/** Each lexicon's government named alone (lexicon `postTerms.headedGovernments`), as a whole body. */
const GOVERNMENT_ALONE = new Map(LEXICONS.map((l) => [l, l.postTerms.headedGovernments.length ? new RegExp(`^(?:${l.postTerms.headedGovernments.join('|')})$`, 'u') : null]));

/**
 * The post of whoever heads a body: "Канцелярию" → "Руководитель Канцелярии"; a government named
 * alone ("возглавлявшего Кабинет", "правительство возглавлял") → its head's own post, "Премьер-министр".
 */
export function headTitleOf(l: Lexicon, body: string, tail = ''): string {
  if (GOVERNMENT_ALONE.get(l)?.test(body.trim())) return l.postHolders.governmentHead;
  return `${l.postTerms.headTitle} ${genitiveBody(l, body)}${tail}`;
}

/** A post's words from the genitive: "Президента Украины" → "Президент Украины" (its first word only: the body stays genitive). */
export function nominativePost(post: string): string {
  const [first = '', ...rest] = post.split(/\s+/);
  // "Уполномоченного": a post named by an adjective takes an adjective's ending.
  const lexicon = lexiconOfWord(first);
  const adjective = lexicon.postTerms.genitiveAdjectives.find(([ending]) => first.endsWith(ending));
  if (adjective) {
    // "Государственного секретаря": the noun after the adjective is the post's too.
    const [noun, ...body] = rest;
    const head = /^\p{Ll}/u.test(noun ?? '') && !lexicon.stopwords.includes(noun!) ? [toNominative(noun!, 'genitive'), ...body] : rest;
    return [first.slice(0, first.length - adjective[0].length) + adjective[1], ...head].join(' ').replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  }
  return [toNominative(first, 'genitive').replace(/^\p{Ll}/u, (c) => c.toUpperCase()), ...rest].join(' ');
}

/** True when a post's first word is in the genitive by its lexicon's endings: "министра", not "министр" or "глава". */
export function isGenitive(l: Lexicon, post: string): boolean {
  return new RegExp(l.personNames.postCases.genitive ?? '(?!)', 'u').test(post.split(/\s+/)[0]!);
}

interface Patterns {
  lexicon: Lexicon;
  range: RegExp;
  term: RegExp;
  bodyTerm: RegExp;
  holderFirst: RegExp;
  holderSince: RegExp;
  heldGovernment: RegExp | null;
  heldClause: RegExp;
  rangeFirstClause: RegExp;
  thisPostClause: RegExp;
  pastClause: RegExp;
  wasClause: RegExp;
  laterClause: RegExp;
  dismissedActive: RegExp;
  roleNoun: RegExp;
  wasWord: RegExp;
  obliqueCase: RegExp;
  tookBefore: RegExp;
  tookAfter: RegExp;
  heads: RegExp;
  headsFirst: RegExp;
  dismissedFrom: RegExp;
  dismissedAfter: RegExp;
  dismissedParticiple: RegExp;
  governmentFell: RegExp;
  actingGiven: RegExp;
  entrustedAfter: RegExp | null;
  entrustedBefore: RegExp | null;
  lastPost: RegExp;
  cue: RegExp;
}

/** A word with its first letter in either case: "возглавляет" → "[Вв]озглавляет". */
const eitherFirst = (word: string) => word.replace(/^(\p{L})/u, (c) => `[${c.toUpperCase()}${c.toLowerCase()}]`);

/** Each lexicon's shapes, built once; none for a lexicon with no such words. */
function patternsOf(l: Lexicon): Patterns | null {
  const t = l.postTerms;
  if (!t.heldVerbs.length) return null;
  const B = '(?<![\\p{L}\\p{N}])';
  const E = '(?![\\p{L}\\p{N}])';
  const when = '(?:\\d{1,2}\\s+)?(?:\\p{L}+\\s+)?\\d{4}';
  const years = `(?:\\s*(?:${t.yearWords.join('|')})${E})?`;
  // "с 2008 по 2012 год", "с июля 2010 по 1 декабря 2011 года", "в 2004–2008 годах".
  const range = `(?:${anyOf(t.rangeFrom)}\\s+${when}(?:\\s*(?:${t.yearWords.join('|')})${E})?\\s+${anyOf(t.rangeTo)}\\s+${when}${years}|${B}${anyOf(l.yearPrepositions)}\\s+\\d{4}\\s*[-–—]\\s*\\d{4}${years})`;
  const held = anyOf(t.heldVerbs)!;
  const post = anyOf(t.postNouns)!;
  const name = `(${NAME})${AFTER_NAME}`;
  const dismissed = anyOf(t.dismissed)!;
  const heads = anyOf(t.headsVerbs)!;
  const took = anyOf(t.tookOffice.verbs)!;
  const tookBefore = anyOf(t.tookOffice.before)!;
  const nouns = l.roles.nouns.map(eitherFirst).join('|');
  const postEither = anyOf(t.postNouns.map(eitherFirst))!;
  const entrusted = t.actingEntrusted.duty ? anyOf(t.actingEntrusted.verbs) : null;
  // "X, возглавлявший правительство с …": a government named in lower case is a body too (read back with its capital).
  const bodyOrGovernment = t.headedGovernments.length ? `(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,2}?|(?:${t.headedGovernments.join('|')})(?!\\p{L}))` : BODY;
  return {
    lexicon: l,
    range: new RegExp(range, 'u'),
    // "С 2008 по 2012 год пост Президента занимал X", "Этот пост с июля 2010 по 1 декабря 2011 года занимала X".
    term: new RegExp(`${B}(?:(${range})\\s+)?(?:(${anyOf(t.thisWords)})\\s+)?${B}${postEither}${E}(?:\\s+${POST_WORDS})??(?:\\s+(${range}))?\\s+${B}${held}${E}\\s+${name}`, 'u'),
    // "С 2001 по 2005 год Администрацию возглавлял X".
    bodyTerm: new RegExp(`${B}(${range})\\s+${BODY}\\s+${held}${E}\\s+${name}`, 'u'),
    // "X в те же годы возглавлял Правительство", "X в 1995–2000 гг. занимал пост министра …".
    holderFirst: new RegExp(`${B}(${NAME})\\s+(?:(${range})|(${anyOf(t.sameYears)}))\\s+${held}\\s+(?:${post}\\s+${POST_WORDS}|${BODY})(?=\\s*(?:[,.;]|$)|\\s+\\p{Ll})`, 'u'),
    // "X занимал пост министра финансов с 14 апреля 2016 г.", "X занимает пост Премьер-министра с 2007 года": a start, or a range, after the post.
    holderSince: new RegExp(`${B}(${NAME})\\s+(?:(${held})|${anyOf(t.heldNowVerbs) ?? '(?!)'})\\s+${post}\\s+${POST_WORDS}\\s+(?:(${range})|(${anyOf(t.rangeFrom)}\\s+${when}${years}))(?=\\s*(?:[,.;]|$)|(?<=\\.)\\s+\\p{Lu})`, 'u'),
    // "Сам X возглавлял правительство с апреля 2007 г.", "Y руководил Кабинетом с 2008 по 2012 год": a government named alone (any case) headed before, from then.
    heldGovernment: t.headedGovernments.length ? new RegExp(`${B}(?:${anyOf(t.selfWords ?? []) ?? '(?!)'}\\s+)?(${NAME})\\s+(?:${held})\\s+(?:${t.headedGovernments.join('|')})${E}\\s+(?:(${range})|(${anyOf(t.rangeFrom)}\\s+${when}${years}))(?=\\s*(?:[,.;]|$))`, 'u') : null,
    // "Рауф Мехтиев, руководивший Администрацией с 1995 по 2019 год", "Y, который занимал пост министра с 2000 по 2004 год".
    heldClause: new RegExp(`${B}(${NAME})\\s*,\\s+(${anyOf(t.heldClauses)})\\s+(?:${post}\\s+${POST_WORDS}|${BODY})\\s+(${range})`, 'u'),
    // "X, с 1998 по 2003 год возглавлявший Министерство экономики": the range before the clause's verb.
    rangeFirstClause: new RegExp(`${B}(${NAME})\\s*,\\s+(${range})\\s+(${anyOf(t.heldClauses)})\\s+(?:${post}\\s+${POST_WORDS}|${BODY}((?:\\s+\\p{Ll}[\\p{L}-]*){0,3}))(?=\\s*(?:[,.;()–—]|$))`, 'gu'),
    // "за действующего Президента Y, занимавшего этот пост с 2007 по 2011 год": the post named right before the name.
    thisPostClause: new RegExp(`${B}(${NAME})\\s*,\\s+(${anyOf(t.heldClauses)})\\s+${anyOf(t.thisWords)}\\s+${post}\\s+(${range})`, 'gu'),
    // "Y, ранее занимавший пост министра финансов до 2010 года", "X, возглавлявшая Администрацию": a post held before, no range.
    pastClause: new RegExp(`${B}(${NAME})\\s*,\\s+(?:${anyOf(t.pastClause.formerly) ?? '(?!)'}\\s+)?(?:${anyOf(t.rangeFrom)}\\s+${when}${years}\\s+)?(${anyOf(t.pastClause.participles) ?? '(?!)'})\\s+(?:${post}\\s+${POST_WORDS}|${bodyOrGovernment}((?:\\s+\\p{Ll}[\\p{L}-]*){0,3}))(?:\\s+${anyOf(t.pastClause.until) ?? '(?!)'}\\s+(${when}${years})|\\s+(${anyOf(t.rangeFrom)}\\s+${when})(?:${anyOf(t.ordinalYear) ?? '(?!)'}|${years}))?(?=\\s*(?:[,.;()–—]|$)|\\s+${anyOf(t.pastClause.asides) ?? '(?!)'}\\s)`, 'gu'),
    // "сменив Y, который был министром обороны с 2004 года": a copula, the post in the instrumental, its start.
    wasClause: new RegExp(`${B}(${NAME})\\s*,\\s+(${anyOf(t.pastClause.wasPost) ?? '(?!)'})\\s+(\\p{L}[\\p{L}-]*)((?:\\s+[\\p{L}-]+){0,4}?)(?:\\s+${anyOf(t.rangeFrom)}\\s+(${when}${years}))?(?=\\s*(?:[,.;]|$))`, 'gu'),
    // "Y, избранную затем Председателем Сената": a post taken later (its date after it: "X, назначенный Премьер-министром 7 июля 2016 года"), in the instrumental, the name in the participle's case.
    laterClause: new RegExp(`${B}(${NAME})\\s*,\\s+(${anyOf(t.laterPost.stems) ?? '(?!)'})(\\p{Ll}{2,3})\\s+(?:${anyOf(t.laterPost.adverbs) ?? '(?!)'}\\s+)?(\\p{L}[\\p{L}-]*)((?:\\s+[\\p{L}-]+){0,5}?)(?:\\s+(?:${t.pastClause.inYear || '(?!)'}\\s+)?(${when}${years}))?(?=\\s*(?:[,.;]|$))`, 'gu'),
    // "освободил от должности заместителя Председателя Кабинета министров X Y «за …»": the post and its holder, to the clause's end.
    dismissedActive: new RegExp(`${B}${anyOf(t.dismissedActive.verbs) ?? '(?!)'}\\s+((?:${nouns})(?:[^«».;:()]|(?<=\\s\\p{Lu})\\.)*?)(?=\\s*(?:[«;:(]|\\.(?<![\\s.]\\p{Lu}\\.)|$)|\\s+(?:${anyOf(t.dismissedActive.ends) ?? '(?!)'})\\s)`, 'gu'),
    roleNoun: new RegExp(`^(?:${nouns})$`, 'u'),
    wasWord: new RegExp(`^(?:${anyOf(t.wasVerbs) ?? '(?!)'})$`, 'u'),
    obliqueCase: new RegExp(Object.values(l.personNames.postCases).join('|') || '(?!)', 'u'),
    // "В должность Президента X вступила 12 июля 2009 г.", "К исполнению обязанностей Президента X приступил …".
    tookBefore: new RegExp(`${B}${tookBefore}\\s+(\\p{Lu}[\\p{L}-]*(?:\\s+[\\p{L}-]+){0,3}?)\\s+(${NAME})\\s+${took}${E}`, 'u'),
    // "X вступил в должность Президента Украины".
    tookAfter: new RegExp(`${B}(${NAME})\\s+${took}\\s+${tookBefore.replace(/\[(\p{Lu})(\p{Ll})\]/gu, '$2')}\\s+${POST_WORDS}(?=\\s*(?:[,.;(]|$)|\\s+\\d)`, 'u'),
    // "Канцелярию возглавляет X", "Комитетом руководит советник Президента X".
    heads: new RegExp(`(?:^|[,;]\\s*|\\s)${BODY}\\s+${heads}${E}\\s+(?:[^,.;()]{0,80}?\\s)??${name}`, 'u'),
    // "Возглавляет Комиссию советник Президента по правовым вопросам X".
    headsFirst: new RegExp(`(?:^|[,;]\\s*)${anyOf(t.headsVerbs.map(eitherFirst))}\\s+(\\p{Lu}[\\p{L}-]*)\\s+(?:[^,.;()]{0,80}?\\s)??${name}`, 'u'),
    // "X, возглавлявший Кабинет Министров …, был освобождён от должности Премьер-министра".
    dismissedFrom: new RegExp(`${B}(${NAME})(?:\\s*,[^,;]{1,100},)?\\s+(?:[^,;]{0,40}?\\s+)?${dismissed}\\s+((?:${nouns})(?:\\s+[\\p{L}-]+){0,4}?)(?=\\s*(?:[,.;]|$))`, 'u'),
    // "министр обороны X был освобождён от должности", "на посту министра обороны X в апреле 2007 г. был освобождён".
    // The post's words lazily, so that a body's capitalized words stay the post's ("председатель Комитета по делам молодёжи X").
    // (An aside after the name may say when the post was taken: "Премьер-министр X (возглавлял Правительство с февраля 2000 г.) был отправлен в отставку".)
    dismissedAfter: new RegExp(`${B}((?:${nouns})(?:\\s+[\\p{L}-]+){0,6}?)\\s+(${NAME})(?:\\s*\\([^()]{1,160}\\))?\\s+(?:[^,;()]{0,40}?\\s+)?${dismissed}`, 'u'),
    // "отставка министра энергетики X, освобождённого от должности в мае 2013 года": the name in the participle's case.
    dismissedParticiple: new RegExp(`${B}((?:${nouns})(?:\\s+[\\p{L}-]+){0,6}?)\\s+(${NAME})\\s*,\\s+(${anyOf(t.dismissedParticiples.stems) ?? '(?!)'})`, 'gu'),
    // "Правительство Кубата Алымкулова 22 августа 2012 г. ушло в отставку".
    governmentFell: new RegExp(`${B}(${anyOf(t.governments)})\\s+(${NAME})\\s+(?:[^,;]{0,40}?\\s+)?${dismissed}`, 'u'),
    // "… возложил исполнение обязанностей Президента на заместителя …, министра здравоохранения X".
    actingGiven: new RegExp(`${B}${anyOf(t.actingGiven)}\\s+(\\p{L}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,2})\\s+${t.actingTo}\\s+[^.;]*?(${NAME})\\s*(?=[.;]|$)`, 'u'),
    // "Исполнение обязанностей министра финансов поручено его заместителю X": the duty, the verb, the holder in the dative.
    entrustedAfter: entrusted ? new RegExp(`${B}${t.actingEntrusted.duty}\\s+(\\p{L}[\\p{L}-]*(?:\\s+[\\p{L}-]+){0,4}?)\\s+${entrusted}\\s+[^.;]*?(${NAME})\\s*(?=[.;]|$)`, 'u') : null,
    // "Президент поручил исполнение обязанностей Премьер-министра первому вице-премьеру X".
    entrustedBefore: entrusted ? new RegExp(`${B}${entrusted}\\s+${t.actingEntrusted.duty}\\s+(\\p{L}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,2})\\s+[^.;]*?(${NAME})\\s*(?=[.;]|$)`, 'u') : null,
    // The last post of a sentence: what "этот пост" is ("полномочия Президента переходного периода").
    lastPost: new RegExp(`${B}((?:\\p{L}+${anyOf(t.genitiveAdjectives.map(([ending]) => ending))}\\s+)?(?:${nouns})(?:\\s+\\p{Ll}[\\p{L}-]*){0,3})\\s*[.;]?\\s*$`, 'u'),
    cue: new RegExp(`${held}|${anyOf(t.heldNowVerbs) ?? '(?!)'}|${anyOf(t.heldClauses)}|${anyOf(t.pastClause.participles) ?? '(?!)'}|${anyOf(t.pastClause.wasPost) ?? '(?!)'}|${took}|${dismissed}|${heads}|${anyOf(t.actingGiven)}|${entrusted ?? '(?!)'}|${anyOf(t.dismissedParticiples.stems) ?? '(?!)'}|${anyOf(t.laterPost.stems) ?? '(?!)'}|${anyOf(t.dismissedActive.verbs) ?? '(?!)'}`, 'iu'),
  };
}
const PATTERNS = LEXICONS.map(patternsOf).filter((p): p is Patterns => p !== null);

/** The first and last dates of a range: "с июля 2010 по 1 декабря 2011 года" → 2010-07, 2011-12-01. */
function readRange(p: Patterns, range: string | undefined): { from: string | null; to: string | null } | null {
  if (!range) return null;
  const to = new RegExp(`\\s(?:${p.lexicon.postTerms.rangeTo.join('|')})\\s|\\s*[-–—]\\s*`, 'u').exec(range);
  if (!to) return null;
  // The range's first word ("с", "в") dates its end too: "по 2012 год" alone is no date.
  const opening = range.split(/\s+/)[0]!;
  return { from: firstDate(range.slice(0, to.index)), to: firstDate(`${opening} ${range.slice(to.index + to[0].length)}`) };
}

/**
 * The date of the clause around [from, to): the last before it since a semicolon, else the first after it
 * before the clause ends, at the next of the marks `ends` gives (a semicolon; a comma too where an aside
 * after the name is another clause's: "назначила Премьер-министром X, работавшего с 2005 года").
 */
export function clauseDate(sentence: string, from: number, to: number, ends = ';'): string | null {
  const opened = sentence.lastIndexOf(';', from) + 1;
  const closing = [...ends].map((mark) => sentence.indexOf(mark, to)).filter((at) => at >= 0);
  const closed = closing.length ? Math.min(...closing) : sentence.length;
  const dates = findDates(sentence);
  const before = dates.filter((d) => d.index >= opened && d.index < from).pop();
  return (before ?? dates.find((d) => d.index >= from && d.index < closed))?.date ?? null;
}

/** The holder of a clause after their name back to the nominative: "Витаутаса Гринюса, который" → genitive. */
function clauseHolder(l: Lexicon, asWritten: string, clause: string): string {
  // "назначил Премьер-министром Тиграна X, который …": the post's word before the name says nothing of its case.
  const written = withoutLeadingPost(asWritten);
  const words = written.split(/\s+/);
  const { feminine: she, masculineGenitive, feminineAccusative, indeclinable } = l.postTerms.clauseCases;
  const feminine = new RegExp(she, 'u').test(clause.split(/\s+/).pop()!) || new RegExp(she, 'u').test(clause);
  const keepsForm = (w: string) => !!indeclinable && new RegExp(indeclinable, 'u').test(w);
  // Every word in the case (an initial too), or a given name that keeps its form before a family name in it.
  const all = (ending: string) => {
    const inCase = (w: string) => new RegExp(ending, 'u').test(w) || /\.$/.test(w);
    return inCase(words.at(-1)!) && words.every((w) => inCase(w) || keepsForm(w));
  };
  if (!feminine && all(masculineGenitive)) return nominative(written, 'genitive');
  if (feminine && all(feminineAccusative)) return nominative(written, 'accusative');
  return written;
}

/** "на посту министра обороны": a post in the genitive back to the nominative; "министр обороны": as written, capitalized. */
function postAsWritten(p: Patterns, post: string): string {
  return isGenitive(p.lexicon, post) ? nominativePost(post) : post.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

type Add = (written: string, title: string, startDate: string | null, endDate: string | null, ended: boolean) => void;

/** A post held before with no range ("Y, занимавший пост министра до 2010 года"): over, its end the "до" date or its start the "с" date, if any. */
function readPastClause(p: Patterns, clause: RegExpMatchArray, add: Add): void {
  const body = clause[4]?.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  const title = clause[3] ? nominativePost(clause[3]) : body && BODY_NOUN.test(body.split(/\s+/)[0]!) ? headTitleOf(p.lexicon, body, clause[5] ?? '') : '';
  // "…, возглавлявший Правительство с декабря 2015-го": the start; "… до 2010 года": the end.
  // "…, до того с ноября 2017 г. занимавший пост …": the start may stand before the participle too.
  const lead = clause[0].slice(clause[1]!.length, clause[0].indexOf(clause[2]!, clause[1]!.length));
  const start = clause[7] ? firstDate(clause[7]) : new RegExp(`(?:^|\\s)${anyOf(p.lexicon.postTerms.rangeFrom)}\\s`, 'u').test(lead) ? firstDate(lead) : null;
  if (title && hasRoleWord(title)) add(clauseHolder(p.lexicon, clause[1]!, clause[2]!), title, start, clause[6] ? firstDate(`${p.lexicon.postTerms.pastClause.inYear} ${clause[6]}`) : null, true);
}

/**
 * The post right before a clause's holder, in the nominative: "Президента " (genitive), "министр ", or
 * "Президентом был " (the instrumental a copula governs: "Первым Президентом был X, занимавший этот пост …"); '' for none.
 */
function postBeforeName(p: Patterns, lead: string): string {
  const words = lead.trim().split(/\s+/);
  const copula = words.length > 1 && p.wasWord.test(words.at(-1)!);
  const noun = (copula ? words.at(-2) : words.at(-1)) ?? '';
  if (copula) {
    const nominativeNoun = toNominative(noun, 'instrumental');
    return nominativeNoun !== noun && p.roleNoun.test(nominativeNoun) ? nominativeNoun.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : '';
  }
  if (!p.roleNoun.test(noun)) return '';
  if (isGenitive(p.lexicon, noun)) return nominativePost(noun);
  return p.obliqueCase.test(noun) ? '' : noun.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

/** A post a predecessor held ("Y, который был министром обороны с 2004 года"): its noun back from the instrumental, over. */
function readWasClause(p: Patterns, clause: RegExpMatchArray, add: Add): void {
  const noun = toNominative(clause[3]!, 'instrumental');
  if (noun === clause[3] || !p.roleNoun.test(noun)) return;
  const title = `${noun.replace(/^\p{Ll}/u, (c) => c.toUpperCase())}${clause[4] ?? ''}`;
  const start = clause[5] ? firstDate(`${p.lexicon.postTerms.pastClause.inYear} ${clause[5]}`) : null;
  if (hasRoleWord(title)) add(clauseHolder(p.lexicon, clause[1]!, clause[2]!), title, start, null, true);
}

/**
 * "освободил от должности заместителя Председателя Кабинета министров, курировавшего торговлю,
 * Ходжамырадова Бегенча": the run's closing capitalized words are the holder (genitive), what stands
 * before them, less an aside between commas, the post; over on the clause's date.
 */
function readDismissedActive(clause: RegExpMatchArray, sentence: string, add: Add): void {
  const run = clause[1]!.trim();
  const capitals = /(?:^|\s)((?:\p{Lu}[\p{L}'’-]*\.?\s*){2,5})$/u.exec(run);
  if (!capitals) return;
  // "…, курировавшего торговлю, Лисову Анну Петровну": after an aside's comma the whole run is the name.
  const comma = run.lastIndexOf(',');
  const afterComma = comma >= 0 ? run.slice(comma + 1).trim() : '';
  const name = afterComma && afterComma === capitals[1]!.trim() && afterComma.split(/\s+/).length <= 4 ? afterComma : trailingName(capitals[1]!.trim());
  const post = run.slice(0, run.length - name.length).replace(/\s*,[^,]*,?\s*$/u, '').trim();
  if (!post || !hasRoleWord(post) || !isGenitive(lexiconOfWord(post), post.split(/\s+/)[0]!)) return;
  // The holder is the verb's object: a woman's name in the accusative ("Анну Орлову"), a man's in the genitive's form.
  const accusative = name.split(/\s+/).every((w) => /[ую]$/u.test(w) || /\.$/u.test(w));
  add(nominative(name, accusative ? 'accusative' : 'genitive'), nominativePost(post), null, clauseDate(sentence, clause.index!, clause.index! + clause[0].length), true);
}

/** A post taken later ("Y, избранную затем Председателем Сената"): the name back from the participle's case, the post held now. */
function readLaterClause(p: Patterns, clause: RegExpMatchArray, add: Add): void {
  const grammaticalCase = p.lexicon.postTerms.laterPost.cases.find(([ending]) => ending === clause[3])?.[1];
  const noun = toNominative(clause[4]!, 'instrumental');
  if (!grammaticalCase || noun === clause[4] || !p.roleNoun.test(noun)) return;
  const title = `${noun.replace(/^\p{Ll}/u, (c) => c.toUpperCase())}${clause[5] ?? ''}`;
  const start = clause[6] ? firstDate(`${p.lexicon.postTerms.pastClause.inYear} ${clause[6]}`) : null;
  if (hasRoleWord(title)) add(grammaticalCase === 'nominative' ? clause[1]! : nominative(clause[1]!, grammaticalCase), title, start, null, false);
}

/** "X возглавлял правительство с апреля 2007 г.": the government's head's post, over, from then (or the range's ends). */
function readHeldGovernment(p: Patterns, sentence: string, add: Add): void {
  const held = p.heldGovernment?.exec(sentence);
  if (!held) return;
  const range = readRange(p, held[2]);
  add(held[1]!, p.lexicon.postHolders.governmentHead, range ? range.from : firstDate(held[3]!), range ? range.to : null, true);
}

/** "X занимал пост министра с 2016 г." (over, from then), "X занимает пост … с 2007 года" (held now), "… с 2000 по 2004 год" (a range). */
function readHolderSince(p: Patterns, sentence: string, add: Add): void {
  const since = p.holderSince.exec(sentence);
  // "пост министра": the post's noun in the genitive, no other words ("пост в совете директоров").
  if (!since || !isGenitive(p.lexicon, since[3]!)) return;
  const title = nominativePost(since[3]!);
  if (!p.roleNoun.test(title.split(/\s+/)[0]!)) return;
  const range = readRange(p, since[4]);
  if (range) add(since[1]!, title, range.from, range.to, true);
  else if (since[5]) add(since[1]!, title, firstDate(since[5]), null, !!since[2]);
}

/**
 * The posts a sentence gives with their terms, in each lexicon that has the shapes; `before` is
 * the paragraph's text before the sentence, for "этот пост" and "в те же годы".
 */
export function findPostTerms(sentence: string, before = ''): PostTerm[] {
  const found: PostTerm[] = [];
  for (const p of PATTERNS) {
    // Its words are in its own script and each shape has a verb: most sentences have none.
    if (!hasScriptLetter(p.lexicon, sentence) || !p.cue.test(sentence)) continue;
    const add = (written: string, title: string, startDate: string | null, endDate: string | null, ended: boolean) => {
      const name = withoutLeadingPost(written);
      if (!isName(name) || !title) return;
      if (!found.some((f) => f.name === name && f.title === title)) found.push({ name, title, startDate, endDate, ended });
    };
    const t = p.lexicon.postTerms;
    const term = p.term.exec(sentence);
    if (term) {
      const range = readRange(p, term[1] ?? term[4]);
      const title = term[3] ? nominativePost(term[3]) : term[2] ? nominativePost(p.lastPost.exec(before)?.[1] ?? '') : '';
      if (range && title && hasRoleWord(title)) add(term[5]!, title, range.from, range.to, true);
    }
    readHeldGovernment(p, sentence, add);
    const bodyTerm = p.bodyTerm.exec(sentence);
    if (bodyTerm && BODY_NOUN.test(bodyTerm[2]!.split(/\s+/)[0]!)) {
      const range = readRange(p, bodyTerm[1]);
      if (range) add(bodyTerm[3]!, headTitleOf(p.lexicon, bodyTerm[2]!), range.from, range.to, true);
    }
    const first = p.holderFirst.exec(sentence);
    if (first) {
      const body = first[5];
      const range = readRange(p, first[2] ?? (first[3] ? [...sentence.slice(0, first.index).matchAll(new RegExp(p.range, 'gu'))].pop()?.[0] ?? [...before.matchAll(new RegExp(p.range, 'gu'))].pop()?.[0] : undefined));
      const title = first[4] ? nominativePost(first[4]) : body && BODY_NOUN.test(body.split(/\s+/)[0]!) ? `${t.headTitle} ${genitiveBody(p.lexicon, body)}` : '';
      if (range) add(first[1]!, title, range.from, range.to, true);
    }
    readHolderSince(p, sentence, add);
    for (const clause of sentence.matchAll(new RegExp(p.heldClause, 'gu'))) {
      const body = clause[4];
      const title = clause[3] ? nominativePost(clause[3]) : body && BODY_NOUN.test(body.split(/\s+/)[0]!) ? `${t.headTitle} ${genitiveBody(p.lexicon, body)}` : '';
      const range = readRange(p, clause[5]);
      if (range) add(clauseHolder(p.lexicon, clause[1]!, clause[2]!), title, range.from, range.to, true);
    }
    for (const clause of sentence.matchAll(p.rangeFirstClause)) {
      const body = clause[5];
      const title = clause[4] ? nominativePost(clause[4]) : body && BODY_NOUN.test(body.split(/\s+/)[0]!) ? `${t.headTitle} ${genitiveBody(p.lexicon, body)}${clause[6] ?? ''}` : '';
      const range = readRange(p, clause[2]);
      if (range) add(clauseHolder(p.lexicon, clause[1]!, clause[3]!), title, range.from, range.to, true);
    }
    for (const clause of sentence.matchAll(p.thisPostClause)) {
      // The post's noun may have run into the name ("Президента Валдиса Ванагса").
      const name = withoutLeadingPost(clause[1]!);
      const lead = `${sentence.slice(0, clause.index)} ${clause[1]!.slice(0, clause[1]!.length - name.length)}`;
      const range = readRange(p, clause[3]);
      const title = postBeforeName(p, lead);
      if (range && title) add(clauseHolder(p.lexicon, name, clause[2]!), title, range.from, range.to, true);
    }
    for (const clause of sentence.matchAll(p.pastClause)) readPastClause(p, clause, add);
    for (const clause of sentence.matchAll(p.wasClause)) readWasClause(p, clause, add);
    for (const clause of sentence.matchAll(p.laterClause)) readLaterClause(p, clause, add);
    for (const clause of sentence.matchAll(p.dismissedActive)) readDismissedActive(clause, sentence, add);
    const took = p.tookBefore.exec(sentence) ?? p.tookAfter.exec(sentence);
    if (took) {
      const [post, name] = p.tookBefore.test(sentence) ? [took[1]!, took[2]!] : [took[2]!, took[1]!];
      if (hasRoleWord(post)) add(name, nominativePost(post), clauseDate(sentence, took.index, took.index + took[0].length), null, false);
    }
    const heads = p.heads.exec(sentence);
    const headsFirst = heads ? null : p.headsFirst.exec(sentence);
    const headed = heads ?? headsFirst;
    // "Службу … при Правительстве … возглавляет X": a body's noun after a preposition is not the body headed (post-holder.ts reads it).
    if (headed && BODY_NOUN.test(headed[1]!.split(/\s+/)[0]!) && governingBody(p.lexicon, sentence.slice(0, headed.index + headed[0].indexOf(headed[1]!))) === '') {
      // "С 13 июля 2009 г. Канцелярию возглавляет X": the date the clause opens with is the start.
      const opened = sentence.lastIndexOf(';', headed.index) + 1;
      const since = new RegExp(`(?:^|\\s)(?:${t.rangeFrom.join('|')})\\s+[^,;]*$`, 'u').test(sentence.slice(opened, headed.index + 1)) ? clauseDate(sentence, headed.index + 1, headed.index + headed[0].length) : null;
      add(headed[2]!, headTitleOf(p.lexicon, headed[1]!), since, null, false);
    }
    const left = p.dismissedFrom.exec(sentence);
    // "от должности Премьер-министра": the post left is in the genitive; a nominative one is the next clause's subject.
    if (left && isGenitive(p.lexicon, left[2]!)) {
      add(left[1]!, nominativePost(left[2]!), null, clauseDate(sentence, left.index, left.index + left[0].length), true);
    }
    const after = left ? null : p.dismissedAfter.exec(sentence);
    if (after) add(trailingName(after[2]!), postAsWritten(p, after[1]!), null, clauseDate(sentence, after.index, after.index + after[0].length), true);
    for (const m of sentence.matchAll(p.dismissedParticiple)) {
      const written = trailingName(m[2]!);
      const ending = t.dismissedParticiples.cases.find(([e]) => m[3]!.split(/\s+/)[0]!.endsWith(e));
      const end = m.index + m[0].length;
      // The date the participle's own clause gives, else the sentence's.
      const date = findDates(sentence.slice(end)).find((d) => !/[,;]/.test(sentence.slice(end, end + d.index)))?.date ?? clauseDate(sentence, m.index, end);
      add(ending && ending[1] !== 'nominative' ? nominative(written, ending[1]) : written, postAsWritten(p, m[1]!), null, date, true);
    }
    const fell = p.governmentFell.exec(sentence);
    if (fell) add(nominative(fell[2]!, 'genitive'), headTitleOf(p.lexicon, fell[1]!), null, clauseDate(sentence, fell.index, fell.index + fell[0].length), true);
    const acting = p.actingGiven.exec(sentence);
    if (acting) add(nominative(acting[2]!, 'accusative'), `${t.actingTitle} ${acting[1]!}`, clauseDate(sentence, acting.index, acting.index + acting[0].length), null, false);
    const entrusted = (p.entrustedAfter && p.entrustedAfter.exec(sentence)) ?? (p.entrustedBefore && p.entrustedBefore.exec(sentence));
    if (entrusted) add(trailingName(nominative(entrusted[2]!, 'dative')), `${t.actingTitle} ${entrusted[1]!}`, clauseDate(sentence, entrusted.index, entrusted.index + entrusted[0].length), null, false);
  }
  return found;
}
