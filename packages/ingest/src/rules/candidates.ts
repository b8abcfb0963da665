import { LEXICONS, lexiconOfWord, nameToNominative, toNominative, type Lexicon } from '../lexicon/index.js';
import { isPatronymic, NAME_PARTICLE, NAME_WORD } from './person-name.js';
import { regExp } from '../regexp.js';

/** Where a word of a lexicon ends: `\\b` for English, no letter or digit after it for the others. */
function wordEnd(lexicon: Lexicon): string {
  return lexicon.boundary === 'ascii' ? '\\b' : '(?![\\p{L}\\p{N}])';
}

/** A percentage, in every lexicon's words: "63.24%", "91,1 %", "63 per cent", "63 процента" (use with the `u` flag). */
export const PERCENT = `(\\d{1,3}(?:[.,]\\d+)?)\\s*(?:%|${LEXICONS.map((l) => `(?:${l.elections.percentWords.join('|')})${wordEnd(l)}`).join('|')})`;

/** A number of years: "7", "seven", "семи" (of "семилетний"). */
const COUNT = `(\\d{1,2}|${LEXICONS.flatMap((l) => l.elections.numbers).join('|')})`;

/**
 * Every lexicon's phrases of one kind in one alternation, `<share>` a percentage and `<count>` a
 * number of years (each a capturing group). Use with the `u` flag.
 *
 * @param pick a lexicon's phrases (regular-expression sources)
 */
export function phrasePattern(pick: (lexicon: Lexicon) => readonly string[]): string {
  return `(?:${LEXICONS.flatMap(pick).map((p) => p.replaceAll('<share>', PERCENT).replaceAll('<count>', COUNT)).join('|')})`;
}

/** The first group a match captured: the share or count of whichever phrase matched. */
export function firstGroup(match: RegExpExecArray): string {
  return match.slice(1).find((g) => g !== undefined)!;
}

/** "7", "seven" or "семи" → 7. */
export function parseCount(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  for (const lexicon of LEXICONS) {
    const word = lexicon.elections.numbers.findIndex((n) => regExp(`^(?:${n})$`, 'iu').test(text));
    if (word >= 0) return word + 1;
  }
  return Number(text);
}

/** Reads a decimal written with a dot or a comma: "91,1" → 91.1. */
export function parseDecimal(text: string): number {
  return Number(text.replace(',', '.'));
}

/** A candidate an election's sentence names, with the share the sentence gives them. */
export interface CandidateMention {
  /** As written, without the title before it: "Levon Ter-Petrosyan", or a surname alone: "Kossanov". */
  name: string;
  /** Percent of the votes; null where the sentence names the candidate without one ("X defeated Y"). */
  voteShare: number | null;
  /** A count of votes instead of a share, where a body voted ("Во втором туре X получил 53 голоса, Y – 41"). */
  votes?: number | null;
}

/** A candidate's share and where the share stands in the sentence. */
export interface OwnedShare extends CandidateMention {
  voteShare: number;
  /** The index of the share in the sentence. */
  at: number;
}

/** Words before or inside a title, never part of a name: "the then Chairman …", "Mr", "First". */
const NOT_NAME = new RegExp(`^(?:${LEXICONS.flatMap((l) => l.elections.titles).join('|')})$`, 'u');
/** An abbreviation in capitals is a party's or a body's, never a name's word: "лидер КПРФ Николай Зотов". */
const ABBREVIATION = /^\p{Lu}{2,}$/u;
/** The last word of a body's name: "the People's Democratic Party", "the Federation of Trade Unions". */
const BODY_END = /^(?:Party|Parties|Union|Unions|Movement|Bloc|Front|Council|Assembly|Parliament|Committee|Government|Coalition|Alliance|Federation|Congress|Republic|Opposition|Commission|Ministers|Ministry|Office|Administration|Service|Agency|Court|Bank|Foundation|Institute|Centre|Center|Commonwealth|List)$/u;
/** A run of capitalized words, with the small words of Turkic names: "Tursunbai Bakir uulu", "Aliyev ogly", "Бакыт Асанбек уулу". */
const RUN = `${NAME_WORD}(?:\\s+(?:${NAME_WORD}|uulu|kyzy|ogly|oglu|qizi|${NAME_PARTICLE}(?![\\p{L}\\p{N}]))){0,6}`;
const RUN_AT_END = new RegExp(`(${RUN})\\s*$`, 'u');
const WHOLE_NAME = new RegExp(`^(?:and\\s+)?(?:the\\s+)?(${RUN})$`, 'u');
/** "Asliddin Rustamov of the …", "the poet Muhammad Salih of the Erk party": a name before "of", after lower-case words. */
const NAME_THEN_OF = new RegExp(`^(?:(?:the|a|an|his|her)\\s+)?(?:\\p{Ll}[\\p{L}-]*\\s+){0,3}?(${RUN})\\s+(?:of|from)\\b`, 'u');
/** "President of ", "Council of the ": a body's name goes on after it, so its first words are no name. */
const TITLE_OF = /\p{Lu}[\p{L}'’-]*\s+of\s+(?:the\s+)?$/u;

/** How many words to keep from the end: `n`, or one more when a patronymic is among them. */
function keep(words: readonly string[], n: number): number {
  return words.slice(-(n + 1)).length > n && words.slice(-(n + 1)).some(isPatronymic) ? n + 1 : n;
}

/**
 * The name in a run of capitalized words, without the title or body words before it: "Chairman of
 * the Council of Ministers Vyacheslav Kebich" gives the run "Ministers Vyacheslav Kebich" →
 * "Vyacheslav Kebich". After a title's "of" ("President of Armenia Levon Ter-Petrosyan") the body's
 * last word may still lead the run: two words are kept. Null for a body ("Democratic Party").
 *
 * @param run capitalized words
 * @param afterTitle true when the run follows "<Title> of (the)"
 */
export function candidateName(run: string, afterTitle = false): string | null {
  let words = run.trim().split(/\s+/);
  if (BODY_END.test(words[words.length - 1]!)) return null;
  let cut = -1;
  words.forEach((w, i) => {
    if (NOT_NAME.test(w) || BODY_END.test(w) || ABBREVIATION.test(w)) cut = i;
  });
  words = words.slice(cut + 1);
  if (afterTitle && cut < 0) words = words.slice(-keep(words, 2));
  words = words.slice(-keep(words, inflects(words) ? 2 : 3));
  return words.length ? words.join(' ') : null;
}

const PARTICLE_WORD = new RegExp(`^${NAME_PARTICLE}$`, 'iu');

/**
 * A name of a language whose words inflect, with no patronymic or particle: two words ("депутат
 * Милли Меджлиса Закир Агаев" → Закир Агаев, the body's word in the genitive before it); a name
 * with a particle keeps it ("Бакыт Асанбек уулу").
 */
function inflects(words: readonly string[]): boolean {
  const last = words[words.length - 1];
  return !!last && lexiconOfWord(last).boundary !== 'ascii' && !words.some((w) => PARTICLE_WORD.test(w));
}

/** The name that ends a text: "his nearest rival Amanyaz Atajykov" → Amanyaz Atajykov. */
function trailingName(text: string): string | null {
  const run = RUN_AT_END.exec(text);
  return run ? candidateName(run[1]!, TITLE_OF.test(text.slice(0, run.index))) : null;
}

/** A lower-case participle opening the clause's last part (lexicon `eventShapes.asideParticiples`). */
const ASIDE_PARTICIPLE = new RegExp(`^${anyOfLexicons((l) => l.eventShapes.asideParticiples)}(?![\\p{L}\\p{N}])`, 'u');
/** Initials and a family name ending a text: "… туре Х. Баттулга". */
const INITIALS_NAME_AT_END = new RegExp(`(?:^|\\s)((?:\\p{Lu}\\.\\s?){1,2}${NAME_WORD})\\s*$`, 'u');

/**
 * "Х. Баттулга, выдвинутый Демократической партией, (получил)", "В первом туре Саломе Зурабишвили,
 * баллотировавшаяся как независимый кандидат …, (получила)": the last part is an aside on the name
 * ending the part before it, whatever names the aside itself holds.
 */
function nameBeforeAside(parts: readonly string[]): string | null {
  if (parts.length < 2 || !ASIDE_PARTICIPLE.test(parts[parts.length - 1]!)) return null;
  const before = parts[parts.length - 2]!;
  return INITIALS_NAME_AT_END.exec(before)?.[1] ?? trailingName(before);
}

/**
 * Who a clause's verb is about, from the words before it: a part between commas that is a name
 * alone ("his only rival, Abdulhafiz Jalalov,"), else the name ending the last part ("The runner-up,
 * the first President of Armenia Levon Ter-Petrosyan,"), else a name before "of" ("Asliddin
 * Rustamov of the People's Democratic Party").
 */
export function subjectName(prefix: string): string | null {
  // "Opposition candidate Andrei Sannikov, who came second with …": the name before "who".
  const parts = prefix.replace(/,\s*(?:who|which)\s*$/, '').split(',').map((p) => p.trim()).filter(Boolean);
  const beforeAside = nameBeforeAside(parts);
  if (beforeAside) return beforeAside;
  for (const part of parts) {
    const whole = WHOLE_NAME.exec(part);
    const name = whole ? candidateName(whole[1]!) : null;
    if (name) return name;
  }
  const last = parts[parts.length - 1];
  if (!last) return null;
  const leading = NAME_THEN_OF.exec(last);
  return trailingName(last) ?? (leading ? candidateName(leading[1]!) : null);
}

const SHARE = regExp(PERCENT, 'giu');
/** The most candidates read from one sentence. */
const MAX_CANDIDATES = 30;
/** "(16.23%)" after a name, or after its place: "ahead of Amirzhan Kossanov (16.23%)", "Nurlan Omurov came third (9.1%)". */
const IN_PARENTHESES = new RegExp(`(${RUN})\\s*(?:\\s(?:${LEXICONS.flatMap((l) => l.eventShapes.placed).join('|') || '(?!)'})\\s*)?\\(\\s*(?:with\\s+|about\\s+)?$`, 'u');
/** "44.2% for Viktor Yanukovych". */
const FOR_NAME = new RegExp(`^\\s*(?:of\\s+(?:the\\s+)?(?:valid\\s+|cast\\s+)?(?:votes?|ballots)\\s+)?for\\s+(${RUN})`, 'u');
/** "36.75% for the leader of the Heritage party Raffi Hovannisian": a name after a title, at the clause's end. */
const FOR_TITLED = new RegExp(`^\\s*(?:of\\s+(?:the\\s+)?(?:valid\\s+|cast\\s+)?(?:votes?|ballots)\\s+)?for\\s+(?:the|his|her)\\s+[^,;:()%]{0,100}?\\s(${RUN})(?=\\s*(?:[,;:.)]|$|\\s(?:and|who)\\b))`, 'u');
/**
 * "(6.61%)" after an aside: "ahead of Zharmakhan Tuyakbay, the former Chairman of … bloc (6.61%)",
 * "followed by Tolibek Bukhoriev of the Agrarian Party (4.6%)": the name before the aside.
 */
const ASIDE_IN_PARENTHESES = new RegExp(`(?:^|[,;]|\\b(?:of|by|and|against|than|with)\\b)\\s*(${RUN})(?:,\\s+(?:the|a|an)\\s|\\s+(?:of|from)\\s)[^()%]{0,160}?\\(\\s*(?:with\\s+|about\\s+)?$`, 'u');
/**
 * "(41,97 %)" after a lower-case aside after a comma: "Б. Бат-Эрдэнэ, выдвинутый Монгольской народной
 * партией (41,97 %)", "и министр здравоохранения Н. Удвал, кандидат от МНРП (6,50 %)": the name (or
 * initials and a family name) before the comma.
 */
const COMMA_ASIDE_IN_PARENTHESES = new RegExp(`(?:^|[\\s,;])((?:\\p{Lu}\\.\\s?){1,2}${NAME_WORD}|${RUN})\\s*,\\s+\\p{Ll}[^()%,;]{0,160}?\\(\\s*$`, 'u');
const INITIALS_FIRST = /^(?:\p{Lu}\.\s?){1,2}/u;
/** A bracketed aside, or the dash closing an apposition, right before a verb: "Намбарын Энхбаяр (… партия) получил …", "… – лидер партии «Эрк» Мухаммад Салих – получил …". */
const ASIDE_BEFORE_VERB = /\s*(?:\([^()]*\)|[\u2013\u2014])\s*$/u;

/** "… against 41.2%", "defeated Y, 48.95% to 45.47%": the share of the one defeated. */
const AGAINST = new RegExp(`(?:${LEXICONS.flatMap((l) => l.elections.against).join('|')})\\s+$`, 'iu');
/** "X defeated Y", "X defeated the incumbent President Y": the one defeated (the title is cut from the name). */
const DEFEATED = new RegExp(`${phrasePattern((l) => l.elections.defeated.map((w) => (l.boundary === 'ascii' ? `\\b${w}` : `(?<![\\p{L}\\p{N}])${w}`)))}\\s+(?:the\\s+(?:(?:incumbent|outgoing|sitting|acting|former|then)\\s+){1,2})?(${RUN})`, 'u');
/** A finite verb right before a share: "got 14.2%", "received only 1.9%", "came second with 3.17%". */
const VERB_BEFORE = regExp(`^(.*?)(?:${LEXICONS.map((l) => `${l.boundary === 'ascii' ? '\\b' : '(?<![\\p{L}\\p{N}])'}(?:${l.elections.rivalVerbs.join('|')})`).join('|')})$`, 'isu');
/** A name right before a share in a list: ", Miyeegombyn Enkhbold 30.3%", "and Sainkhuugiin Ganbaatar 30.2%". */
const LISTED = new RegExp(`(?:^|,|\\band\\b)\\s*(${RUN})\\s+$`, 'u');

/** "на третьем месте оказался Пётр Сомов с 6,4 %", "followed by Ivan Petrov with 6.4%": a name, then the word before its share. */
const NAME_WITH = new RegExp(`(?:^|[,\\s])(${RUN})\\s+(?:${LEXICONS.flatMap((l) => l.eventShapes.nameWithShare).join('|') || '(?!)'})\\s*$`, 'u');

/** A dash for the verb before: "…, лидер оппозиционной партии Арташес Мелконян – 28,22 %" (lower-case words may open the clause). */
const DASHED = new RegExp(`(?:^|,)\\s*(?:\\p{Ll}[^,;:%()]{0,80}?\\s)?(${RUN})\\s*[\u2013\u2014-]\\s*$`, 'u');

/** A list's line: the name, the candidate's post between commas, a dash: "Иван Петров, лидер партии «Союз», — 12,5 %". */
const DASHED_AFTER_POST = new RegExp(`(?:^|,)\\s*(${RUN})\\s*,\\s*\\p{Ll}[^,;:%()]{0,80}?,\\s*[\u2013\u2014-]\\s*$`, 'u');

/**
 * A list's line with a count before the share in parentheses: "Иван Петров, лидер партии «Союз» –
 * 351 222 голоса (21,5 %)", "Анна Ким – 21 075 (1,3 %)"; the remark after the name may hold a
 * tenure in parentheses; lower-case words may open the clause ("еврокомиссар в отставке Сийм Каллас –
 * 42 голоса (41,6 %)"). The word after the count, if any, is checked to be a vote's.
 */
const DASHED_COUNT = new RegExp(`(?:^|[,;])\\s*(?:\\p{Ll}[^,;:%()]{0,80}?\\s)?(${RUN})(?:\\s*,\\s*[^;:%]{0,160}?)?\\s+[\u2013\u2014-]\\s+\\d{1,3}(?:[\\s\\u00a0]\\d{3})*(?:\\s+(\\p{L}+))?\\s*\\(\\s*$`, 'u');
const VOTE_WORD = regExp(phrasePattern((l) => l.elections.voteWords), 'iu');

/** The name of a counted list line ("Name, remark – 351 222 голоса ("), null when the count's word is no vote's. */
function countedName(local: string): string | null {
  const line = DASHED_COUNT.exec(local);
  if (!line || (line[2] && !VOTE_WORD.test(line[2]))) return null;
  // "за Йыкса – 134 (": the one voted for, in the case its word governs.
  const before = local.slice(0, line.index + line[0].indexOf(line[1]!));
  return VOTED_FOR_WORD.test(before) ? votedForName(line[1]!) : candidateName(line[1]!);
}

const VOTED_FOR_WORD = regExp(`(?:^|[\\s,;])${anyOfLexicons((l) => l.eventShapes.votedForWord)}\\s+$`, 'u');

/** A count of votes right before the share's parenthesis: "получил 63 голоса (" (group 1 the count's word). */
const COUNT_BEFORE = /\s+\d{1,3}(?:[\s\u00a0]\d{3})*\s+(\p{L}+)\s*\(\s*$/u;

/** "Иван Петров, директор музея, получил 63 голоса (": the one voted for, or the subject of the verb before a counted share. */
function countedSubject(local: string): string | null {
  // "за Марту Лийв проголосовали 40 депутатов (": the one voted for (lexicon `eventShapes.votesFor`).
  const votedFor = VOTES_FOR.exec(local);
  if (votedFor) return votedForName(firstGroup(votedFor));
  const count = COUNT_BEFORE.exec(local);
  if (!count || !VOTE_WORD.test(count[1]!)) return null;
  const verb = VERB_BEFORE.exec(local.slice(0, count.index + 1));
  return verb ? subjectName(verb[1]!) : null;
}

/** "за Калласа проголосовали": the one voted for, read back from the accusative ("Каллас"). */
function votedForName(run: string): string | null {
  const name = candidateName(run);
  return name ? nameToNominative(name.split(' '), 'accusative').join(' ') : null;
}

/** Words of every lexicon as one group, one that never matches when none has any. */
function anyOfLexicons(pick: (lexicon: Lexicon) => readonly string[]): string {
  const words = LEXICONS.flatMap(pick);
  return words.length ? `(?:${words.join('|')})` : '(?!)';
}

/**
 * A verb right after a share, the candidate after it up to the clause's end: "Второй результат –
 * 17,18 % – показал лидер КПРФ Николай Зотов", "Второе место с 3,17 % занял кандидат от … Акмаль
 * Асадов", "Second place, with 17.2%, went to Ivan Petrov".
 */
const VERB_AFTER_SHARE = new RegExp(`^\\s*(?:[)\u2013\u2014-]\\s*|,\\s*)?${anyOfLexicons((l) => l.eventShapes.verbAfterShare)}\\s+([^;:,.()%]{1,120})`, 'u');
/** "против 45,47 % у Савчук": the owner named after the share. */
const OWNER_AFTER_SHARE = new RegExp(`^\\s*${anyOfLexicons((l) => l.eventShapes.ownerAfterShare)}\\s+(${RUN})`, 'u');
/** "за Марию Лупашку было подано 47,9 %", "the votes for X amounted to 47.9%": the one voted for, before the share. */
const VOTES_FOR = new RegExp(`${anyOfLexicons((l) => l.eventShapes.votesFor.map((p) => p.replace('<name>', `(${RUN})`)))}\\s*$`, 'u');

/** "его соперник Георгий Лунгу получил лишь один голос", "his only rival, Ivan Petrov,": a rival named with no share (lexicon `elections.rivalNamed`). */
const RIVAL_NAMED = new RegExp(`(?:${LEXICONS.flatMap((l) => l.elections.rivalNamed).join('|') || '(?!)'})(${RUN})`, 'u');

/** The rival a sentence names by that word, with or without a share. */
export function namedRival(sentence: string): string | null {
  const rival = RIVAL_NAMED.exec(sentence);
  return rival ? candidateName(rival[1]!) : null;
}

/** The one defeated in a sentence ("X defeated Y (party), …"), if it names one. */
export function defeatedName(sentence: string): string | null {
  const defeated = DEFEATED.exec(sentence);
  return defeated ? candidateName(defeated[1]!) : null;
}

/** Whose share stands at a place: the text of its clause before it, and the sentence after it. */
function ownerOf(sentence: string, local: string, after: string): string | null {
  if (/^[^()]*\)/.test(after)) {
    const paren = IN_PARENTHESES.exec(local);
    const name = paren ? candidateName(paren[1]!, TITLE_OF.test(local.slice(0, paren.index))) : null;
    if (name) return name;
    // A party's share is no one's ("ahead of the Labour Party (20%)"), unless a name stands before the aside.
    const aside = ASIDE_IN_PARENTHESES.exec(local);
    if (aside) return candidateName(aside[1]!);
    const commaAside = COMMA_ASIDE_IN_PARENTHESES.exec(local);
    const asideName = commaAside ? (INITIALS_FIRST.test(commaAside[1]!) ? commaAside[1]! : candidateName(commaAside[1]!)) : null;
    return asideName ?? countedName(local) ?? countedSubject(local);
  }
  const verbAfter = VERB_AFTER_SHARE.exec(after);
  const shown = verbAfter ? trailingName(verbAfter[1]!.trim()) : null;
  if (shown) return shown;
  const forName = FOR_NAME.exec(after) ?? FOR_TITLED.exec(after);
  if (forName) return candidateName(forName[1]!);
  // "21,3 % у Петра Иванова": the owner stands in the genitive, read back to the nominative.
  const owner = OWNER_AFTER_SHARE.exec(after);
  const ownerName = owner ? candidateName(owner[1]!) : null;
  if (ownerName) return ownerName.split(' ').map((w) => toNominative(w, 'genitive')).join(' ');
  const votedFor = VOTES_FOR.exec(local);
  if (votedFor) return votedForName(firstGroup(votedFor));
  if (AGAINST.test(local)) return defeatedName(sentence);
  const verb = VERB_BEFORE.exec(local);
  if (verb) return subjectName(verb[1]!.replace(ASIDE_BEFORE_VERB, ' '));
  const listed = NAME_WITH.exec(local) ?? LISTED.exec(local) ?? DASHED.exec(local) ?? DASHED_AFTER_POST.exec(local);
  return listed ? candidateName(listed[1]!) : null;
}

/** "соответственно", "respectively" (lexicon `elections.respectively`). */
const RESPECTIVELY = new RegExp(`(?<![\\p{L}\\p{N}])(?:${LEXICONS.flatMap((l) => l.elections.respectively).join('|') || '(?!)'})(?![\\p{L}\\p{N}])`, 'iu');
/** What joins two names or two shares of a list: a comma or the lexicon's "и", "and" (`elections.listAnd`). */
const LIST_JOINT = new RegExp(`^\\s*(?:,\\s*)?(?:(?:${LEXICONS.flatMap((l) => l.elections.listAnd).join('|') || '(?!)'})(?![\\p{L}\\p{N}]))?\\s*$`, 'iu');
const NAME_OR_INITIALS = new RegExp(`(?:\\p{Lu}\\.\\s?){1,2}${NAME_WORD}|${RUN}`, 'gu');

/**
 * "Его главные соперники – Адахан Мадумаров (партия «…») и Камчыбек Ташиев («…») – получили
 * соответственно 14,78 % и 14,32 % голосов", "A and B received 14.8% and 14.3% respectively": the
 * shares in the order of the names joined before the verb. Null where the counts differ or the list is broken.
 */
function respectiveShares(sentence: string): OwnedShare[] | null {
  const word = RESPECTIVELY.exec(sentence);
  if (!word) return null;
  const shares = [...sentence.matchAll(SHARE)];
  const listed = shares.filter((s, i) => i === 0 || LIST_JOINT.test(sentence.slice(shares[i - 1]!.index + shares[i - 1]![0].length, s.index)));
  if (shares.length < 2 || listed.length !== shares.length) return null;
  // The names before the verb, brackets left out: the last ones, as many as the shares, joined as a list.
  const verbAt = Math.min(word.index, shares[0]!.index);
  const head = sentence.slice(0, verbAt).replace(/\([^()]*\)/gu, (m) => ' '.repeat(m.length));
  const runs = [...head.matchAll(NAME_OR_INITIALS)].slice(-shares.length);
  if (runs.length !== shares.length || !/^[\s\u2013\u2014-]*\p{Ll}+(?:\s+\p{Ll}+)?\s*$/u.test(head.slice(runs.at(-1)!.index + runs.at(-1)![0].length))) return null;
  if (runs.some((r, i) => i > 0 && !LIST_JOINT.test(head.slice(runs[i - 1]!.index + runs[i - 1]![0].length, r.index)))) return null;
  const names = runs.map((r) => (INITIALS_FIRST.test(r[0]) ? r[0] : candidateName(r[0])));
  if (names.some((n) => !n)) return null;
  return shares.map((s, i) => ({ name: names[i]!, voteShare: parseDecimal(s[1]!), at: s.index }));
}

/**
 * Every share a sentence gives a named candidate, in the sentence's order: "his rival, the then
 * Chairman … Vyacheslav Kebich, got 14.2%", "ahead of Amirzhan Kossanov (16.23%)", "against 44.2%
 * for Viktor Yanukovych", "X defeated Y, winning 50.6% against 41.2%" (Y's), "A got 38.1%, B 30.3%
 * and C 30.2%", "Z came second with 3.17%". A share with no name before it ("97.69% of the voters")
 * is no one's. A clause ends at ";" or ":".
 *
 * @example findCandidates('X won; his rival, Ivan Petrov, got 14.2%.') // [{ name: 'Ivan Petrov', voteShare: 14.2, at: 31 }]
 */
export function findCandidates(sentence: string): OwnedShare[] {
  const respective = respectiveShares(sentence);
  if (respective) return respective;
  const found: OwnedShare[] = [];
  let previousEnd = 0;
  for (const share of sentence.matchAll(SHARE)) {
    const at = share.index;
    // The text since the previous share, from the last ";" or ":" in it (a name is never far away).
    const since = sentence.slice(Math.max(previousEnd, at - 300), at);
    const local = since.slice(Math.max(since.lastIndexOf(';'), since.lastIndexOf(':')) + 1);
    previousEnd = at + share[0].length;
    const value = parseDecimal(share[1]!);
    const name = value <= 100 ? ownerOf(sentence, local, sentence.slice(previousEnd, previousEnd + 200)) : null;
    if (name) found.push({ name, voteShare: value, at });
    // No ballot has more: a longer list is no election's.
    if (found.length === MAX_CANDIDATES) break;
  }
  return found;
}
