import { normalizeKeyPart } from '@profiles/model';
import { splitSentences, stripTrailingPunctuation } from '../normalize.js';
import { allWords, anyOf, LEXICONS, lexiconOfWord, nameToNominative, nominativesOf, toNominative, type GrammaticalCase, type Lexicon } from '../lexicon/index.js';
import { candidateName, defeatedName, findCandidates, namedRival, firstGroup, parseCount, parseDecimal, PERCENT as PERCENT_SOURCE, phrasePattern, type CandidateMention } from './candidates.js';
import { readBodyElection } from './body-election.js';
import { datedSentences, findDates, withYears, type DateMatch } from './dates.js';
import { turnoutOf, votesOf } from './election-counts.js';
import { failedVoteTitle } from './failed-vote.js';
import { NAME_WORD } from './person-name.js';
import { regExp } from '../regexp.js';

export { parseCount, parseDecimal, PERCENT, type CandidateMention } from './candidates.js';

/** An election the prose reports: "On October 30, 2011 Almazbek Atambayev was elected President …". */
export interface ElectionMention {
  date: string;
  /** The winner as written: "Nursultan Nazarbayev", or a surname alone: "Nazarbayev"; null for a parliament's election or a round without a winner. */
  person: string | null;
  /**
   * What the election filled, as the page names it: a post ("President", "Speaker") or, for an
   * election with no winner, the body elected ("Jogorku Kenesh", "Parliament"). Null when unsaid.
   */
  office: string | null;
  /** The winner's share of the votes, in percent: "91,1 %" → 91.1. */
  voteShare: number | null;
  /** Length of the term won, in years: "7-year-term", "a seven-year term" → 7. */
  termYears: number | null;
  /** The winner's count of votes: "53 голосами", "with 1,234,567 votes" → 53, 1234567 (`election-counts.ts`). */
  votes: number | null;
  /** The election's turnout, in percent: "явка составила 77,1 %" → 77.1 (`election-counts.ts`). */
  turnout: number | null;
  /**
   * The other candidates the sentences name, most votes first: runner-ups ("his closest rival, X,
   * received only 1.9%"), the one defeated ("X defeated Y"); for a round the page says nobody won,
   * every candidate.
   */
  others: CandidateMention[];
  /** The event in the page's own words where the date alone does not say it: a failed vote's clause. */
  title?: string | null;
  /** The sentences the facts came from. */
  text: string;
  /** A list of the rest of the candidates ("Результаты остальных кандидатов:"): the others of an election whose winner another sentence names. */
  restOf?: boolean;
}

/** A referendum the prose reports: "On June 27, 2010 the nation-wide referendum adopted the new Constitution". */
export interface ReferendumMention {
  date: string;
  /** What it decided, in the page's words: "adopted the new Constitution …"; null when unsaid. */
  outcome: string | null;
  /** Its turnout, in percent: "при явке 30,3 %" → 30.3. */
  turnout: number | null;
  /** Its name in the page's words: "консультативный референдум (о числе депутатов)", "the nation-wide referendum". */
  title: string | null;
  /** The share that voted for it, in percent: "За Конституцию проголосовали 90,55 %" → 90.55. */
  voteShare: number | null;
  text: string;
}

/** Where a lexicon's words start and end. */
function bounded(lexicon: Lexicon, body: string): string {
  return lexicon.boundary === 'ascii' ? `\\b${body}\\b` : `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`;
}

/** Every lexicon's words of one kind, each bounded as its lexicon says. */
function wordsOf(pick: (lexicon: Lexicon) => readonly string[]): string {
  return `(?:${LEXICONS.filter((l) => pick(l).length).map((l) => bounded(l, `(?:${pick(l).join('|')})`)).join('|')})`;
}

/** One regular expression of every lexicon's phrases of one kind (`u`, case-insensitive). */
function phrases(pick: (lexicon: Lexicon) => readonly string[], flags = 'iu'): RegExp {
  return regExp(phrasePattern(pick), flags);
}

/**
 * A winner's share: "with 79.78% of votes", "(76.2% of votes)", "won 63 per cent of the vote",
 * "with 63%", "receiving 91,1 %", "97.69% of the voters supported him". Not a turnout: "with 60%
 * turnout", "75% of voters took part".
 */
const VOTE_SHARE = phrases((l) => l.elections.voteShare);

/** "for his first 7-year-term", "a seven-year term", "for a term of five years", "for seven years". */
const TERM = phrases((l) => l.elections.term);

/** "was elected", "has been re-elected", "was officially reelected": a past election of the subject. */
const PASSIVE = phrases((l) => l.elections.elected);


/**
 * "won the elections", "won the second round of the presidential election", "won it", "won 63 per
 * cent of the vote", "which X won with 83.6 %", "X defeated Y".
 */
const WON = phrases((l) => l.elections.won);
/** "the Parliament elected Vladimir Voronin, the leader of …, President": the winner after the verb. */
const ACTIVE = new RegExp(`\\b(?:re-?elected|elected)\\s+(?:as\\s+)?(${NAME_WORD}(?:\\s+${NAME_WORD}){1,3})`, 'u');
/** "The presidential election of … was won in the first round by Serzh Sargsyan": the winner after "by". */
const ACTIVE_PRONOUN = regExp(`\\b(?:re-?elected|elected)\\s+${wordsOf((l) => (l.boundary === 'ascii' ? l.elections.objectPronouns : []))}`, 'u');
const WON_BY = new RegExp(`\\b(?:was|were|has\\s+been|had\\s+been)\\s+won\\s+(?:[^,.;]{0,60}?\\s)?by\\s+(?:the\\s+)?(?:(?:incumbent|outgoing|acting|interim|former|then|sitting|ruling|opposition)\\s+)?(${NAME_WORD}(?:\\s+${NAME_WORD}){0,4})`, 'u');
const VOTE_WORDS = phrases((l) => l.elections.voteWords);
/** A first round's figures: no winner yet ("In the first round … X obtained 44.82%"). */
const FIRST_ROUND = phrases((l) => l.elections.firstRound);
/** A round the page says nobody won: "no candidate received a majority", "required a second round". */
const NO_WINNER = phrases((l) => l.elections.noWinner);
/** A first round's leader: "В первом туре … лидировал X (35,32 %)", "In the first round X led with 35.3%". */
const ROUND_LEADER = phrases((l) => l.eventShapes.roundLeader);
/** A win's verb that decides a first round ("won the first round", "одержал победу в первом туре"), unlike "obtained 44% in the first round". */
const FIRST_ROUND_WIN = regExp(`^(?:${LEXICONS.flatMap((l) => l.elections.firstRoundWin).join('|')})`, 'iu');
/** A first round named right before a win's verb: "Уже в первом туре победил X" decided it. */
const ROUND_BEFORE_WIN = regExp(`(?:${LEXICONS.flatMap((l) => l.elections.roundBeforeWin).join('|') || '(?!)'})\\s*$`, 'iu');
const HELD = phrases((l) => l.elections.held);
/** A win's verb (lexicon `eventShapes.winVerbs`): enough for a result right after the election's sentence. */
const WIN_VERB = phrases((l) => l.eventShapes.winVerbs);
const REFERENDUM_WORD = phrases((l) => l.elections.referendum);
/** A sentence about another candidate than the winner: "his closest rival", "the runner-up", "came second". */
const RIVAL = phrases((l) => l.elections.rival);
/** Rival words before a subject: "his closest rival, Temur Shashiashvili, received …" is no winner. */
const RIVAL_BEFORE = /\b(?:rivals?|runner-?ups?|opponents?|challengers?|contenders?|(?:came|finished|placed|ended)\s+(?:a\s+\w+\s+)?(?:second|third|fourth|fifth|last))\b(?:[^.;]|\.\d)*$/i;
/** Asides without a figure in parentheses: "(Democratic Party)". Figures stay: "(16.23%)", "(June 27, 2010)". */
const PLAIN_ASIDE = /\s*\((?![^()]*\d)[^()]*\)/g;
/** A tenure in parentheses ("(май 2014 – июнь 2018)", "(2012–2020)"): a span of dates, no share, never the election's date. */
const SPAN_ASIDE = /\s*\((?![^()]*%)[^()]*\d[^()]*[\u2013\u2014-][^()]*\d[^()]*\)/g;

/** Capitalized words that open the subject before the name: an article, a title. */
const LEADING_WORDS = regExp(`^(?:${LEXICONS.flatMap((l) => [...l.elections.subjectTitles.office, ...l.elections.subjectTitles.other]).join('|')})$`, 'iu');
/** The words of those that name the office: "President Emomali Rahmon was reelected" → President. */
const OFFICE_WORDS = regExp(`^(?:${LEXICONS.flatMap((l) => l.elections.subjectTitles.office).join('|')})$`, 'iu');
/** A past post's word before a name: "Former Prime Minister X was elected" was elected to no post of theirs. */
const FORMER_WORDS = new RegExp(`^(?:${LEXICONS.flatMap((l) => l.elections.subjectTitles.former).join('|')})$`, 'u');
/** Words of a body, not a person: "the Jogorku Kenesh was elected". */
const BODY_WORDS = /^(?:Kenesh|Parliament|Majilis|Mazhilis|Majlis|Majlisi|Oli|Oliy|Senate|Duma|Assembly|Council|Chamber|House|Khural|Congress|Government|Committee|Party|Republic|Kurultai|Rada|Sejm|Soviet)$/;
/** Body words of the lexicons whose words inflect ("парламента", "совета"): never a winner's name. */
const OTHER_BODY_WORDS = new Set(LEXICONS.filter((l) => l.boundary !== 'ascii').flatMap((l) => l.notNameWords));
const PRONOUN = regExp(`^${wordsOf((l) => l.elections.pronouns)}$`, 'iu');

/** An office named after "elected": "elected President of the Kyrgyz Republic", "elected as the new Speaker". */
const ELECTED_TO = /^\s*(?:as\s+)?(?:the\s+)?(?:new\s+)?((?:(?:Vice|Deputy|First)\s+)?(?:President|Prime\s+Minister|Speaker|Chairman|Chairwoman|Chair|Head\s+of\s+State|Governor|Mayor|Akim|Senator|Deputy))\b/;
const ROLE_WORD = /^(?:President|Prime|Speaker|Chairman|Chairwoman|Chair|Head|Governor|Mayor|Akim|Senator|Deputy|Vice|First)$/;
/** "the presidential election" → President. */
const PRESIDENTIAL = phrases((l) => l.elections.presidential);
/** "the presidential election" → President, "президентские выборы" → Президент: the post in the sentence's language; null for another election. */
function presidentialOffice(sentence: string): string | null {
  const presidential = PRESIDENTIAL.exec(sentence);
  return presidential ? lexiconOfWord(presidential[0]).elections.presidentTitle : null;
}
/** "elections to the Jogorku Kenesh", "parliamentary elections". */
/** "Elections to the Jogorku Kenesh", "выборы в Сейм" (lexicon `elections.bodyElection`, the body's words after it). */
const BODY_NAME_TAIL = LEXICONS.map((l) => l.elections.bodyNameTail).filter(Boolean).join('|') || '(?!)';
const BODY_ELECTION = new RegExp(`(?:${LEXICONS.flatMap((l) => l.elections.bodyElection).join('|')})(${NAME_WORD}(?:\\s+${NAME_WORD}){0,3}(?:\\s+(?:${BODY_NAME_TAIL}))?)`, 'u');
/** Seats in a body after its election: "Распределение мест в Жогорку Кенеше по итогам выборов 4 октября 2015 года". */
const SEATS_IN = regExp(LEXICONS.flatMap((l) => l.elections.seatsIn).join('|') || '(?!)', 'u');
/** "parliamentary elections", "парламентских выборов". */
const PARLIAMENTARY = phrases((l) => l.elections.parliamentary);
/** An election yet to come: "will be held", "is scheduled". */
const UPCOMING = phrases((l) => l.elections.upcoming);
/** An election set for a date: "были назначены на", "were called for" (lexicon `eventShapes.scheduled`). */
const SCHEDULED = phrases((l) => l.eventShapes.scheduled);

/**
 * An initial of a lexicon whose words inflect ("Р.Б. Турсунов" stays whole; English results keep
 * the surname alone: "A. Lukashenko" → Lukashenko).
 */
const SUBJECT_INITIAL = `(?:(?=[${LEXICONS.filter((l) => l.boundary !== 'ascii').map((l) => `\\p{Script=${l.script}}`).join('') || '(?!)'}])\\p{Lu}\\.\\s?)`;
/** A capitalized run at the end of a text, initials first: the subject before the verb. */
const TRAILING_NAMES = new RegExp(`(${SUBJECT_INITIAL}{0,2}${NAME_WORD}(?:\\s+${NAME_WORD}){0,4})\\s*,?\\s*$`, 'u');
/** Words between a subject and its verb: "Ф.И. Мамедли в третий раз победил", "X again won". */
const ADVERB_AFTER_SUBJECT = regExp(`\\s+${wordsOf((l) => l.eventShapes.subjectAdverbs)}\\s*$`, 'iu');
/** An adverb of the lexicons, one word, capitalized where it opens the sentence: "Впервые", "Вновь", "Again". */
const LEADING_ADVERB = new RegExp(`^(?:${LEXICONS.flatMap((l) => l.eventShapes.subjectAdverbs).filter((a) => !a.includes('\\s')).join('|') || '(?!)'})$`, 'iu');
/** A share or a round between a subject and its verb: "Кучма с результатом 56,25 % голосов одержал победу", "X in the run-off defeated Y". */
const ASIDE_AFTER_SUBJECT = regExp(`\\s+${phrasePattern((l) => l.eventShapes.subjectAsides)}\\s*$`, 'iu');
const TRAILING_PRONOUN = regExp(`(${wordsOf((l) => l.elections.pronouns)})\\s*$`, 'iu');

interface Subject {
  person: string | null;
  office: string | null;
  pronoun: boolean;
}

const NO_SUBJECT: Subject = { person: null, office: null, pronoun: false };

/** A date between a subject and its verb: " in October 2008", " в октябре 2008 г.", " on 9 October 2013", " 4 декабря 2011 года". */
const DATE_AFTER_SUBJECT = new RegExp(
  `\\s+(?:(?:${LEXICONS.flatMap((l) => l.yearPrepositions).join('|')})\\s+(?:\\d{1,2}\\s+)?(?:\\p{L}+\\s+)?(?:\\d{1,2},?\\s+)?|\\d{1,2}\\s+\\p{L}+\\s+)\\d{4}(?:\\s*(?:${LEXICONS.flatMap((l) => l.yearWords).join('|') || '(?!)'}))?\\s*$`,
  'u',
);

/**
 * The subject written right before the verb: "On January 10, 1999 President Nursultan Nazarbayev"
 * → Nursultan Nazarbayev, office President; "the Jogorku Kenesh" → no person, office Jogorku Kenesh.
 * A rival ("his closest rival, X, received …") is no subject of a win.
 */
function subjectBefore(prefix: string): Subject {
  // An aside between the subject and the verb: "Askar Akayev, in office since 1990, was …" (the
  // last 200 characters are enough for a subject).
  const aside = /,[^,]*,\s*$/.exec(prefix.slice(-200));
  if (aside && RIVAL_BEFORE.test(aside[0])) return NO_SUBJECT;
  const tail = prefix
    .slice(-200)
    .replace(/,[^,]*,\s*$/, (text) => (/\p{Lu}/u.test(text.slice(1, 3)) ? text : ''))
    // "Fuad Mamedli in October 2008 was re-elected", "… в октябре 2008 г. был переизбран": the date is not the subject's.
    .replace(DATE_AFTER_SUBJECT, '')
    .replace(ASIDE_AFTER_SUBJECT, '')
    .replace(DATE_AFTER_SUBJECT, '')
    .replace(ADVERB_AFTER_SUBJECT, '');
  const pronoun = TRAILING_PRONOUN.test(tail);
  const run = pronoun ? null : TRAILING_NAMES.exec(tail);
  // "the Party of Communists of the Republic of Moldova received …": the end of a body's name.
  if (run && /\b(?:of|for|and)\s+(?:the\s+)?$/.test(tail.slice(0, run.index))) return { ...NO_SUBJECT, pronoun };
  if (run && RIVAL_BEFORE.test(tail.slice(0, run.index))) return NO_SUBJECT;
  const words = run ? run[1]!.split(/\s+/) : [];
  let first = 0;
  // "Впервые Ашот Мелкумян был избран …": an adverb that opens the sentence is no name's word.
  while (first < words.length && (LEADING_WORDS.test(words[first]!) || (first === 0 && LEADING_ADVERB.test(words[first]!)))) first += 1;
  const titles = words.slice(0, first);
  const name = words.slice(first);
  // A former post is not the office elected: "Former Prime Minister X was elected".
  const office = titles.some((w) => FORMER_WORDS.test(w)) ? null : titles.filter((w) => OFFICE_WORDS.test(w)).join(' ') || null;
  // "the Jogorku Kenesh was elected": a body, the office the election filled.
  // A party that won votes is no office: "the Unity Party received 45%" (the office is the parliament's).
  // "Председателем Парламента вновь избрана X": a body's word in another language's case is the post's, not a subject's.
  if (name.some((w) => OTHER_BODY_WORDS.has(w.toLowerCase()))) return { ...NO_SUBJECT, pronoun };
  if (name.some((w) => BODY_WORDS.test(w))) return { person: null, office: /\b(?:Party|Bloc|Union|Movement)$/.test(name.join(' ')) ? null : name.join(' '), pronoun };
  return { person: name.join(' ') || null, office, pronoun };
}

/** A date tied to an election before it: "the election of …", "the run-off of …", "the second round took place on …". */
const ELECTION_BEFORE = regExp(`(?:${LEXICONS.flatMap((l) => l.elections.electionBefore).join('|')})$`, 'iu');
const UNTIL = regExp(`${wordsOf((l) => l.elections.until)}\\s+$`, 'iu');
/** A date that says since when, not when: "Since 1991", "from 1995". */
const SINCE = regExp(`^${wordsOf((l) => l.elections.since)}`, 'iu');
/** "After the parliamentary elections of …": a date of what came before the election reported. */
const AFTER_ANOTHER = /\b(?:after|following|since)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:elections?|referendum|plebiscite|vote|voting|rounds?|run-?offs?)\s+(?:(?:on|of|in)\s+)?(?:the\s+)?$/i;
/** "held in two rounds on … and …": the result is the last round's. */
const ROUNDS = /\b(?:two|three|2|3)\s+rounds\b/i;

/**
 * The date of the election a sentence reports: the last one tied to an election before the verb
 * ("the run-off of November 21 … the repeat second round took place on December 26" → December 26),
 * else one that opens it ("On …"), else the first after the verb, else the first; of rounds, the last.
 */
function eventDate(all: readonly DateMatch[], verbAt: number, sentence: string): string | null {
  // "holds the post until 31 December 2011": the end of a term is no event's date; "не 3 апреля", "не в марте" a day denied.
  let dates = all.filter((d) => !UNTIL.test(sentence.slice(0, d.index)) && !DENIED_DATE.test(sentence.slice(Math.max(0, d.index - 16), d.index)));
  if (!dates.length) return null;
  if (ROUNDS.test(sentence)) return dates[dates.length - 1]!.date;
  // "After the parliamentary elections of March 6, 2005 X was reelected … on April 4, 2005": the
  // election after which it happened is another one, when the sentence dates its own after the verb.
  const later = dates.filter((d) => d.index > verbAt && !SINCE.test(d.text));
  if (later.length) dates = dates.filter((d) => !AFTER_ANOTHER.test(sentence.slice(0, d.index)));
  // "…: on January 5, 2008 he was reelected": a date that opens the verb's clause.
  const clauseAt = Math.max(sentence.lastIndexOf(':', verbAt), sentence.lastIndexOf(';', verbAt)) + 1;
  const opensClause = clauseAt > 0 ? dates.find((d) => d.index >= clauseAt && d.index < verbAt && /^\s*(?:on|in)?\s*$/i.test(sentence.slice(clauseAt, d.index)) && !SINCE.test(d.text)) : undefined;
  if (opensClause) return opensClause.date;
  const tied = dates.filter((d) => ELECTION_BEFORE.test(sentence.slice(0, d.index)));
  const tiedBefore = tied.filter((d) => d.index < verbAt);
  const chosen = tied.length ? (tiedBefore[tiedBefore.length - 1] ?? tied[0]!).date : null;
  // "the presidential elections of 1996 … in the second round of December 1, 1996": the round's day.
  if (chosen) return tied.map((d) => d.date).find((d) => d.length > chosen.length && d.startsWith(chosen)) ?? chosen;
  const opening = dates[0];
  if (!opening) return null;
  if (opening.index <= 3 && !SINCE.test(opening.text)) return opening.date;
  return (dates.find((d) => d.index > verbAt) ?? opening).date;
}

/** The winner's share and where it stands, so that no one else is given it. */
/** "переизбран 26 июня 2013 года (50,89 %)": the share alone in brackets after the date (lexicon `elections.shareAfterDate`). */
const SHARE_AFTER_DATE = phrases((l) => l.elections.shareAfterDate);

function shareOf(sentence: string): { value: number; from: number; to: number } | null {
  const share = VOTE_SHARE.exec(sentence) ?? SHARE_AFTER_DATE.exec(sentence);
  if (!share) return null;
  const value = parseDecimal(firstGroup(share));
  return value <= 100 ? { value, from: share.index, to: share.index + share[0].length } : null;
}

const SHARE_IN_PARENTHESES = regExp(`^\\s*\\(\\s*${PERCENT_SOURCE}\\s*\\)|${phrasePattern((l) => l.elections.shareAfterWinner)}`, 'u');

/** "Президентом избран Олег Гуляев (61,3 %)", "победила Анна Гура, получившая 51,3 %": the winner's share right after the name. */
function shareAfterName(sentence: string, person: string | null): { value: number; from: number; to: number } | null {
  const at = person ? sentence.indexOf(person) : -1;
  const share = at >= 0 ? SHARE_IN_PARENTHESES.exec(sentence.slice(at + person!.length)) : null;
  if (!share) return null;
  const figure = firstGroup(share);
  const from = at + person!.length + share[0].lastIndexOf(figure);
  const value = parseDecimal(figure);
  return value <= 100 ? { value, from, to: at + person!.length + share[0].length } : null;
}

function termOf(sentence: string): number | null {
  const term = TERM.exec(sentence);
  if (!term) return null;
  const years = parseCount(firstGroup(term));
  return years > 0 ? years : null;
}

/** "д. мицкявичене" is "даля мицкявичене": the same family name, the initials those of the other's given names. */
function byInitials(short: readonly string[], long: readonly string[]): boolean {
  const initials = short.filter((w) => w.endsWith('.')).join('').replace(/\./g, '');
  const family = short.filter((w) => !w.endsWith('.'));
  if (!initials || !family.length || long.some((w) => w.endsWith('.')) || !family.every((w) => long.includes(w))) return false;
  const given = long.filter((w) => !family.includes(w)).map((w) => w[0]).join('');
  return given.length > 0 && (initials.startsWith(given) || given.startsWith(initials));
}

/** One name and another are one person: the same words, a surname alone that is one of the other's, or initials for the given names ("А. Лапене", "Аудра Лапене"). */
export function samePerson(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const x = normalizeKeyPart(a).split(' ');
  const y = normalizeKeyPart(b).split(' ');
  if (x.length === 1 || y.length === 1) return x.length === 1 ? y.includes(x[0]!) : x.includes(y[0]!);
  return [...x].sort().join(' ') === [...y].sort().join(' ') || byInitials(x, y) || byInitials(y, x);
}

/**
 * The candidates a sentence names besides the winner: every share it gives a named person but the
 * winner's, and the one the winner "defeated" (with no share when the sentence gives none).
 */
function othersIn(sentence: string, winner: string | null, winnerShare: { from: number; to: number } | null): CandidateMention[] {
  const others: CandidateMention[] = findCandidates(sentence)
    .filter((c) => !(winnerShare && c.at >= winnerShare.from && c.at < winnerShare.to) && !samePerson(c.name, winner))
    .map(({ name, voteShare }) => ({ name, voteShare }));
  const defeated = winner ? defeatedName(sentence) : null;
  if (defeated && !samePerson(defeated, winner) && !others.some((o) => samePerson(o.name, defeated))) others.push({ name: defeated, voteShare: null });
  const rival = namedRival(sentence);
  if (rival && !samePerson(rival, winner) && !others.some((o) => samePerson(o.name, rival))) others.push({ name: rival, voteShare: null });
  for (const counted of countedRivals(sentence)) if (!samePerson(counted.name, winner) && !others.some((o) => samePerson(o.name, counted.name))) others.push(counted);
  return others;
}

/** A rival's count after the winner's, the verb elided: "X получил 53 голоса, Y – 41", "X got 53 votes, Y – 41". */
const COUNTED_RIVAL = new RegExp(`,\\s*(${NAME_WORD}(?:\\s+${NAME_WORD}){0,2})\\s*[\\u2013\\u2014-]\\s*(\\d{1,3})(?!\\d|[.,]\\d|\\s*%)`, 'gu');

/** The rivals a sentence counts votes for past the winner's count: none without the winner's own count of votes. */
function countedRivals(sentence: string): CandidateMention[] {
  if (votesOf(sentence) === null) return [];
  return [...sentence.matchAll(COUNTED_RIVAL)].map((m) => ({ name: m[1]!, voteShare: null, votes: Number(m[2]) }));
}

/** What a sentence says of an election: its date may be in the sentence before (`date` null). */
/** What the sentences read before the counts (`election-counts.ts`), which come last, from the whole text. */
type Found = Omit<ElectionMention, 'votes' | 'turnout'>;
type Draft = Omit<Found, 'date'> & { date: string | null };

/** What a sentence says of an election: null when it names no election's verb. */
interface Reading {
  /** The election it reports; undated (`date` null) when it names the winner but no date. */
  election: Draft | null;
  /** "he was re-elected": the winner is the one named before. */
  pronoun: boolean;
  /** "в первом туре он получил 31,17 %": the round's one candidate is the one named before. */
  pronounCandidate?: boolean;
}

const NOTHING: Reading = { election: null, pronoun: false };

/** The winner's share given with their name in another case: "Победил Арман Касымов: 64,2 % у Касымова, 21,3 % у …". */
function ownShare(sentence: string, winner: string | null): { value: number; from: number; to: number } | null {
  const own = winner ? findCandidates(sentence).find((c) => winnerInAnyCase(c.name, winner)) : undefined;
  return own?.voteShare != null ? { value: own.voteShare, from: own.at, to: own.at + 1 } : null;
}

/** An election read from a sentence: its share, term and other candidates. */
function draftOf(sentence: string, date: string | null, subject: Pick<Subject, 'person' | 'pronoun'>, office: string | null): Draft {
  // The share right after the winner's name comes before any later one ("…; второе место заняла Y с результатом 30,1 %" is Y's).
  const shares = [shareOf(sentence), shareAfterName(sentence, subject.person)].filter((x) => x !== null);
  const share = shares.sort((a, b) => a.from - b.from)[0] ?? ownShare(sentence, subject.person);
  // Candidates only beside a winner: a parliament's election names parties.
  const others = subject.person || subject.pronoun ? othersIn(sentence, subject.person, share) : [];
  const body = subject.person || subject.pronoun ? null : bodyElectionTitle(sentence, office);
  return { date, person: subject.person, office, voteShare: share?.value ?? null, termYears: termOf(sentence), others, ...(body ? { title: body } : {}), text: sentence };
}

/** A body's election in the page's words, as its title: "выборы в Сейм", "elections to the Jogorku Kenesh" (the body may be no organization of the page). */
function bodyElectionTitle(sentence: string, office: string | null): string | null {
  const found = office ? BODY_ELECTION.exec(sentence) : null;
  if (found && found[1] === office) return found[0].trim();
  // "парламентских выборов", "parliamentary elections": the words that made it a parliament's.
  return office === 'Parliament' ? (PARLIAMENTARY.exec(sentence)?.[0] ?? null) : null;
}

/** A negation right before a date, past a short preposition ("не 3 апреля", "не в марте", "not in March"): a day the sentence denies. */
const DENIED_DATE = regExp(`${wordsOf((l) => l.eventShapes.negations)}\\s+(?:\\p{Ll}{1,2}\\s+)?$`, 'iu');

/** A negation right before the election's verb: "X не была избрана в Сейм 4 октября 2014 года" elected nobody. */
const NEGATED = regExp(`${wordsOf((l) => l.eventShapes.negations)}\\s+$`, 'iu');

/** A body's vote that elected nobody: "Сейм трижды не смог избрать Президента", "the Parliament failed to elect a President". */
const FAILED_VOTE = phrases((l) => l.eventShapes.failedVote);

/**
 * "In the first round … no candidate received a majority: A got 38.1%, B 30.3% and C 30.2%", "Сейм
 * не смог избрать Президента": a round of its own, no winner.
 */
function readOpenRound(sentence: string, announced: string | null): Reading | null {
  const failed = FAILED_VOTE.exec(sentence);
  const open = failed ?? NO_WINNER.exec(sentence) ?? (FIRST_ROUND.test(sentence) ? ROUND_LEADER.exec(sentence) : null) ?? noMajority(sentence);
  if (!open || REFERENDUM_WORD.test(sentence)) return null;
  // Undated, the round is the one the sentence before dated ("Первый тур … состоялся 30 октября 2016 года. Ни один из кандидатов не набрал …").
  const dates = findDates(sentence);
  const date = openRoundDate(eventDate(dates, open.index, sentence), announced);
  const others = findCandidates(sentence).map(({ name, voteShare }) => ({ name, voteShare }));
  // A body's vote that elected nobody is an election of its own, with or without the candidates' shares.
  if (!date || (others.length < 2 && !failed)) return null;
  const office = presidentialOffice(sentence);
  // Only a failed vote's row needs its words: a round's candidates say what happened.
  const title = failed ? { title: failedVoteTitle(sentence, failed.index, dates) } : {};
  return { election: { date, person: null, office, voteShare: null, termYears: null, others, ...title, text: sentence }, pronoun: false };
}

const ANY_ROUND = phrases((l) => l.elections.anyRound);

/** "В первом туре X получил 44,8 %, Y – 17,3 %, Z – 12,8 %": a first round whose candidates all stayed under half went on to a run-off. */
function noMajority(sentence: string): RegExpExecArray | null {
  const shares = findCandidates(sentence).map((c) => c.voteShare);
  if (shares.length < 2 || !shares.every((v) => v < 50)) return null;
  // A later round under half that names no winner: "Во второй тур вышли A и B; за A проголосовали 138 выборщиков (41,2 %), за B – 134 (40,0 %)".
  return FIRST_ROUND.exec(sentence) ?? (!WIN_VERB.test(sentence) && !PASSIVE.test(sentence) ? ANY_ROUND.exec(sentence) : null);
}

/**
 * A round's date: its own, else the one the sentence before announced; a bare year of another year
 * than the announced day's is a tenure's ("за Президента, занимавшего пост с 2007 по 2011 год, – 43"), not the round's.
 */
function openRoundDate(own: string | null, announced: string | null): string | null {
  if (!own) return announced;
  if (announced && own.length === 4 && announced.length > 4 && !announced.startsWith(own)) return announced;
  return own;
}

/** A parliament's election won by a party: the body elected, the party's share, no winner. */
function readParliament(sentence: string, verbAt: number): Reading {
  const date = eventDate(findDates(sentence), verbAt, sentence);
  const office = BODY_ELECTION.exec(sentence)?.[1] ?? 'Parliament';
  return date ? { election: draftOf(sentence, date, NO_SUBJECT, office), pronoun: false } : NOTHING;
}

/** "the Parliament elected X, …, President", "… was won in the first round by X": the winner after the verb. */
function readWinnerAfter(sentence: string): Reading | null {
  const wonBy = WON_BY.exec(sentence);
  const active = wonBy ?? ACTIVE.exec(sentence);
  // "On 29 August 2011 the Parliament re-elected him with 72.3%": the one named before.
  const him = active ? null : ACTIVE_PRONOUN.exec(sentence);
  if (him) {
    const date = eventDate(findDates(sentence), him.index, sentence);
    return date ? { election: draftOf(sentence, date, { person: null, pronoun: true }, presidentialOffice(sentence)), pronoun: true } : NOTHING;
  }
  // "the deputies elected President X" names the post, not the one elected; "was won by Prime Minister X" names X.
  if (!active || (!wonBy && ROLE_WORD.test(active[1]!.split(/\s+/)[0]!))) return null;
  // "The parliamentary election … was won by Nur Zhol": a party, the parliament's election.
  if (wonBy && PARLIAMENTARY.test(sentence)) return readParliament(sentence, wonBy.index);
  const person = wonBy ? candidateName(active[1]!) : active[1]!;
  const date = eventDate(findDates(sentence), active.index, sentence);
  if (!date || !person) return NOTHING;
  const rest = sentence.slice(active.index + active[0].length).replace(/^\s*,[^,]*,/, '');
  const office = ELECTED_TO.exec(rest)?.[1]!.replace(/\s+/g, ' ') ?? presidentialOffice(sentence);
  return { election: draftOf(sentence, date, { person, pronoun: false }, office), pronoun: false };
}

/** An initial or a name's word: "Т.А. Токтогулов", "Нодар Шалвович Гоциридзе". */
const INITIALS_THEN_NAME = `(?:\\p{Lu}\\.\\s?){1,2}${NAME_WORD}|${NAME_WORD}(?:\\s+${NAME_WORD}){0,3}`;
/** Other languages' winner after the verb, past lower-case words ("действующий глава государства") and a party in the genitive ("кандидат Демократической партии X"). */
const WINNER_AFTER = new RegExp(`(?:${phrasePattern((l) => [...l.elections.winnerAfter, ...l.elections.winnerDeclared])})\\s+(?:(?:\\p{Ll}[\\p{L}-]*\\s+){0,4}?)(?:\\p{Lu}\\p{Ll}+\\s+\\p{Ll}+\\s+(?=\\p{Lu}))?(${INITIALS_THEN_NAME})`, 'u');
/** A winner the count declared ("объявила победителем В.Ф. Януковича"): named in the accusative. */
const WINNER_DECLARED = new RegExp(`^${phrasePattern((l) => l.elections.winnerDeclared)}`, 'u');

/**
 * "19 декабря 2010 года Президентом … избран Виктор Корольчук, получивший 79,65 % голосов",
 * "Президентом Грузии стал X, за которого проголосовали …", "победу вновь одержал действующий
 * глава государства Т.А. Токтогулов – 76,12 % голосов": the winner after the verb, where none
 * stands before it.
 */
function readInvertedWinner(sentence: string): Reading | null {
  const inverted = WINNER_AFTER.exec(sentence);
  const name = inverted ? candidateName(inverted[1]!) : null;
  const person = name && WINNER_DECLARED.test(inverted![0]) ? nameToNominative(name.split(/\s+/), 'accusative').join(' ') : name;
  if (!inverted || !person) return null;
  const date = eventDate(findDates(sentence), inverted.index, sentence);
  return { election: draftOf(sentence, date, { person, pronoun: false }, presidentialOffice(sentence)), pronoun: false };
}

/** A winner named first (two words at least, or initials: no body's one word) as the object of a backing verb, then the share: "Ивана Орлова поддержали 80,1 %", "X was backed by 80.1%". */
const WINNER_BACKED = new RegExp(`(?<![\\p{L}\\p{N}.])((?:\\p{Lu}\\.\\s?){1,2}${NAME_WORD}|${NAME_WORD}(?:\\s+${NAME_WORD}){1,3})\\s+${phrasePattern((l) => l.eventShapes.winnerBacked)}`, 'u');

/**
 * "По данным ЦИК, при явке 80,8 % Ивана Орлова поддержали 80,1 % избирателей": the winner before
 * the verb in the accusative (read back to the nominative), the share after it.
 */
function readBackedWinner(sentence: string): Reading | null {
  const backed = WINNER_BACKED.exec(sentence);
  const written = backed ? candidateName(backed[1]!) : null;
  if (!backed || !written) return null;
  const person = nameToNominative(written.split(/\s+/), 'accusative').join(' ');
  const value = parseDecimal(backed.slice(2).find((g) => g !== undefined)!);
  const share = { value, from: backed.index, to: backed.index + backed[0].length };
  const date = eventDate(findDates(sentence), backed.index, sentence);
  // The rivals after it share the verb, so its case: "…, Петра Лиса – 30,1 %" → Петр Лис.
  const others = othersIn(sentence, person, share)
    .filter((o) => !samePerson(o.name, written))
    .map((o) => ({ ...o, name: nameToNominative(o.name.split(' '), 'accusative').join(' ') }));
  return { election: { date, person, office: presidentialOffice(sentence), voteShare: value <= 100 ? value : null, termYears: termOf(sentence), others, text: sentence }, pronoun: false };
}

/** "за Ивана Орлова проголосовали 80,1 %", "the votes for X amounted to 80.1%" (lexicon `eventShapes.votesFor`). */
const VOTED_FOR = new RegExp(`(?:${LEXICONS.flatMap((l) => l.eventShapes.votesFor).map((p) => p.replace('<name>', `((?:\\p{Lu}\\.\\s?){1,2}${NAME_WORD}|${NAME_WORD}(?:\\s+${NAME_WORD}){0,3})`)).join('|')})\\s*${PERCENT_SOURCE}`, 'u');

/**
 * "На выборах 9 января 2000 г. за Ивана Орлова проголосовали 91,9 % избирателей": the one voted
 * for by more than half won (a smaller share may be a rival's), read back from the accusative.
 */
function readVotedForWinner(sentence: string): Reading | null {
  const voted = VOTED_FOR.exec(sentence);
  const groups = voted ? voted.slice(1).filter((g) => g !== undefined) : [];
  const written = groups.length === 2 ? candidateName(groups[0]!) : null;
  const value = groups.length === 2 ? parseDecimal(groups[1]!) : 0;
  if (!voted || !written || value <= 50 || value > 100) return null;
  const person = nameToNominative(written.split(/\s+/), 'accusative').join(' ');
  const date = eventDate(findDates(sentence), voted.index, sentence);
  return { election: { date, person, office: presidentialOffice(sentence), voteShare: value, termYears: termOf(sentence), others: [], text: sentence }, pronoun: false };
}

/** Every lexicon's words (or endings) of one kind as one group, unbounded, or a group that matches nothing. */
const anyWord = (pick: (lexicon: Lexicon) => readonly string[]) => anyOf(allWords(pick)) ?? '(?!)';
/** "ранее", "впервые": an adverb before the participle (lexicon `wordForms.electedAdverbs`). */
const ELECTED_ADVERBS = anyWord((l) => l.wordForms.electedAdverbs);
/** A name, a comma, a participle of election: "…, сменив Петра Лиса, избранного …" (lexicon `eventShapes.electedParticiples`). */
const ELECTED_PARTICIPLES = LEXICONS.flatMap((l) => l.eventShapes.electedParticiples).map(([forms, grammaticalCase]) => ({
  pattern: new RegExp(`(${NAME_WORD}(?:\\s+${NAME_WORD}){1,3})\\s*,\\s*(?:${ELECTED_ADVERBS}\\s+)?${forms}(?![\\p{L}\\p{N}])`, 'u'),
  grammaticalCase,
}));

/**
 * "…, сменив на посту Петра Лиса, избранного 3 мая 2009 г. с результатом 61,2 %": an earlier
 * election of the one named, read back from the participle's case, dated and shared after it.
 */
function readElectedParticiple(sentence: string): Reading | null {
  for (const { pattern, grammaticalCase } of ELECTED_PARTICIPLES) {
    const match = pattern.exec(sentence);
    if (!match) continue;
    const at = match.index + match[0].length;
    const rest = sentence.slice(at);
    const date = findDates(rest)[0];
    if (!date) return NOTHING;
    const person = nameToNominative(match[1]!.split(/\s+/), grammaticalCase).join(' ');
    const share = shareOf(rest);
    return { election: { date: date.date, person, office: presidentialOffice(sentence), voteShare: share?.value ?? null, termYears: termOf(rest), others: [], text: sentence }, pronoun: false };
  }
  return null;
}

/** "…, получив 63,6 % голосов", "…, receiving 63.6%": a share the clause before's subject got. */
const GERUND_SHARE = new RegExp(phrasePattern((l) => l.eventShapes.gerundShare), 'u');
/** A clause's subject: a name of one to three words before its past verb ("Путин вернулся", "Mira Holm returned"). */
const CLAUSE_SUBJECT = regExp(`(?<![\\p{L}\\p{N}.])(${NAME_WORD}(?:\\s+${NAME_WORD}){0,2})\\s+(?:\\p{Ll}+\\s+)?${wordsOf((l) => l.elections.subjectVerbs)}`, 'gu');

/** A party's or a movement's noun ("Партия Роста", "Movement for Change"): a subject that is no person. */
const PARTY_NOUN = regExp(`^(?:${LEXICONS.flatMap((l) => l.groupShapes.partyNouns.map((p) => p.forms)).join('|') || '(?!)'})$`, 'iu');
const isPersonRun = (name: string) => !name.split(/\s+/).some((w) => PARTY_NOUN.test(w) || BODY_WORDS.test(w) || OTHER_BODY_WORDS.has(w.toLowerCase()));

/**
 * "На выборах 4 марта 2012 г. Путин вернулся в Кремль, получив 63,6 % голосов", "In the election
 * of 4 March 2012 Mira Holm returned to power, receiving 63.6%": the clause's subject won with the
 * share its gerund gives, a majority. A share short of half decides nothing and is left alone.
 */

function readGerundShare(sentence: string): Reading | null {
  const gerund = GERUND_SHARE.exec(sentence);
  if (!gerund || !VOTE_WORDS.test(sentence)) return null;
  const clause = sentence.slice(0, gerund.index);
  const subject = [...clause.matchAll(CLAUSE_SUBJECT)].map((m) => candidateName(m[1]!)).filter((n): n is string => n !== null && isPersonRun(n)).at(-1);
  const share = parseDecimal(firstGroup(gerund));
  const date = eventDate(findDates(clause), clause.length, clause);
  if (!subject || !date || share < 50 || share > 100) return null;
  return { election: { date, person: subject, office: presidentialOffice(sentence), voteShare: share, termYears: termOf(sentence), others: [], text: sentence }, pronoun: false };
}

/**
 * "В первом туре 26 июня 1994 года он получил 31,17 % голосов", "In the first round X polled 44.8%":
 * one candidate's share of a first round, under half: a round of its own, that candidate its only one.
 */
function readFirstRoundShare(sentence: string, verb: RegExpExecArray): Reading | null {
  const subject = subjectBefore(sentence.slice(0, verb.index));
  const share = shareOf(sentence);
  const date = eventDate(findDates(sentence), verb.index, sentence);
  if (!(subject.person || subject.pronoun) || !share || share.value >= 50 || !date) return null;
  const others = [{ name: subject.person ?? '', voteShare: share.value }];
  return { election: { date, person: null, office: presidentialOffice(sentence), voteShare: null, termYears: null, others, text: sentence }, pronoun: false, pronounCandidate: !subject.person };
}

/** A win's verb that decides a first round: "одержал победу в первом туре", "в первом туре победил X". */
function decidesFirstRound(sentence: string, won: RegExpExecArray): boolean {
  return FIRST_ROUND_WIN.test(won[0]) || (WIN_VERB.test(won[0]) && ROUND_BEFORE_WIN.test(sentence.slice(0, won.index)));
}

/** Where a winner named after its verb stands ("… победу одержал X"), Infinity where none does. */
function winnerAfterAt(sentence: string): number {
  // "за А. Орлова проголосовали 72 депутата (71,3 %), и он был избран": the name voted for outranks a later "он".
  return Math.min(WINNER_AFTER.exec(sentence)?.index ?? Infinity, VOTED_FOR.exec(sentence)?.index ?? Infinity);
}

/** The office a sentence's election filled: named after the verb, by the subject's title, "presidential", or the body elected. */
function officeOf(sentence: string, verb: RegExpExecArray, subject: Subject): string | null | undefined {
  // "was elected President"; not "defeated Prime Minister X", whose post is the loser's.
  const named = !/^(?:defeated|beat|outpolled)/i.test(verb[0]) ? ELECTED_TO.exec(sentence.slice(verb.index + verb[0].length)) : null;
  let office = named?.[1]!.replace(/\s+/g, ' ') ?? subject.office;
  office ??= presidentialOffice(sentence);
  if (subject.person || subject.pronoun || office) return office;
  // A "held" sentence must say what was elected; a passive one with no subject is not an election.
  return BODY_ELECTION.exec(sentence)?.[1] ?? (PARLIAMENTARY.test(sentence) ? 'Parliament' : undefined);
}

/**
 * What a sentence says of an election, if it names one.
 *
 * @param announced the date of an election the sentence before announced without a result
 */
function readElection(sentence: string, announced: string | null = null, afterElection = false): Reading | null {
  const round = readOpenRound(sentence, announced);
  if (round) return round;
  const body = readBodyElection(sentence);
  if (body) return { election: { date: eventDate(findDates(sentence), body.at, sentence), person: body.person || null, office: body.office || presidentialOffice(sentence), voteShare: body.voteShare, termYears: termOf(sentence), others: [], text: sentence }, pronoun: body.pronoun ?? false };
  const passiveMatch = PASSIVE.exec(sentence);
  if (passiveMatch && NEGATED.test(sentence.slice(Math.max(0, passiveMatch.index - 20), passiveMatch.index))) return NOTHING;
  // "obtained 44.82% in the first round" is no result; "won the first round" is.
  // "received 30 per cent of the posts" is no vote: a share needs an election or votes in the sentence,
  // or a win's verb after a sentence that named the election ("Выборы прошли … X победил, набрав 64,2 %").
  const wonMatch = VOTE_WORDS.test(sentence) || (afterElection && WIN_VERB.test(sentence)) ? WON.exec(sentence) : null;
  // (Not "was won in the first round by X, who gained N%": a first round that decided the election.)
  const wonBy = WON_BY.exec(sentence);
  if (wonMatch && !decidesFirstRound(sentence, wonMatch) && FIRST_ROUND.test(sentence) && !passiveMatch && !wonBy) return readFirstRoundShare(sentence, wonMatch) ?? NOTHING;
  // "… was won by X with 61%; Y, the runner-up, polled 30%": the first verb is the winner's.
  const first = Math.min(passiveMatch?.index ?? Infinity, wonMatch?.index ?? Infinity);
  const after = (wonBy && wonBy.index < first) || first === Infinity ? readWinnerAfter(sentence) : null;
  if (after) return after;
  // "X won 53.47 per cent of the vote and was reelected President": the verb whose subject is a person.
  const candidates = [passiveMatch, wonMatch].filter((m): m is RegExpExecArray => m !== null).map((m) => ({ m, subject: subjectBefore(sentence.slice(0, m.index)) }));
  const chosen = candidates.find((c) => c.subject.person) ?? candidates.find((c) => c.subject.pronoun) ?? candidates[0];
  // "победу одержал X, набравший 87,9 %; Y получил 3,5 %": a winner after an earlier verb outranks a later verb's subject.
  const invertedFirst = chosen && !REFERENDUM_WORD.test(sentence) && winnerAfterAt(sentence) < chosen.m.index;
  const inverted = (chosen?.subject.person || chosen?.subject.pronoun) && !invertedFirst ? null : REFERENDUM_WORD.test(sentence) ? null : (readInvertedWinner(sentence) ?? readBackedWinner(sentence) ?? readVotedForWinner(sentence));
  if (inverted) return inverted;
  const verb = chosen?.m ?? HELD.exec(sentence);
  // A referendum's figures are its own: its sentence completes no election.
  if (!verb) return REFERENDUM_WORD.test(sentence) ? NOTHING : (readElectedParticiple(sentence) ?? readGerundShare(sentence) ?? readDatedBodyElection(sentence));
  const subject = chosen?.subject ?? NO_SUBJECT;
  const date = eventDate(findDates(sentence), verb.index, sentence);
  // A referendum's sentence reports an election only with a winner.
  if (REFERENDUM_WORD.test(sentence) && !subject.person) return NOTHING;
  const office = officeOf(sentence, verb, subject);
  if (office === undefined) return NOTHING;
  // Without a date it is a general rule ("The President is elected for …"), or a result whose date
  // the sentence before gives ("Elections took place on 9 June 2019. X won with 70.96%").
  if (!date && !subject.person && !subject.pronoun) return { election: null, pronoun: false };
  return { election: draftOf(sentence, date, subject, office), pronoun: subject.pronoun };
}

/** Between a body's election and its date: nothing, or "of", "held on" ("parliamentary elections of 6 March 2005"). */
const TO_DATE = /^\s*(?:(?:of|on|held\s+on)\s+)?$/iu;

/**
 * A parliament's election named with its day, no verb of its own ("После парламентских выборов 4
 * марта 2007 года коалицию сформировали …"): the election of that body on that day. A day at least,
 * and nothing yet to come.
 */
function readDatedBodyElection(sentence: string): Reading | null {
  if (UPCOMING.test(sentence)) return null;
  const parliament = PARLIAMENTARY.exec(sentence);
  const named = parliament ?? BODY_ELECTION.exec(sentence);
  if (!named) return readSeatsElection(sentence);
  const rest = sentence.slice(named.index + named[0].length);
  const after = findDates(rest)[0];
  const date = after && TO_DATE.test(rest.slice(0, after.index)) ? after.date : chronologyDate(sentence.slice(0, named.index));
  if (!date || date.length < 10) return null;
  const office = parliament ? 'Parliament' : named[1]!;
  // "По итогам парламентских выборов 30 сентября 2007 года: Партия регионов – 34,37 %; …": the top party's share.
  return { election: { ...draftOf(sentence, date, NO_SUBJECT, office), voteShare: partyTopShare(rest), others: [] }, pronoun: false };
}

/**
 * Seats in a body after an election of a day ("Распределение мест в Жогорку Кенеше по итогам выборов
 * 4 октября 2015 года:"): that parliament's election, its clause without the date as its title.
 */
function readSeatsElection(sentence: string): Reading | null {
  const seats = SEATS_IN.exec(sentence);
  const dates = findDates(sentence);
  const date = seats ? dates.find((d) => d.date.length >= 10 && ELECTION_BEFORE.test(sentence.slice(0, d.index))) : undefined;
  const title = date ? failedVoteTitle(sentence, seats!.index, dates) : null;
  if (!date || !title) return null;
  return { election: { date: date.date, person: null, office: seatsOffice(seats!.groups!.body!), voteShare: null, termYears: null, others: [], title, text: sentence }, pronoun: false };
}

/** A legislature's own name as seats are given in it ("Жогорку Кенеше"; lexicon `elections.legislatureNames`). */
const LEGISLATURE_NAMES = LEXICONS.flatMap((l) => l.elections.legislatureNames).map((p) => new RegExp(p, 'u'));

/** The office of seats in a body: 'Parliament' for the legislature's own name, else the body in the nominative ("Рижской думе" → "Рижская дума"). */
function seatsOffice(body: string): string {
  if (LEGISLATURE_NAMES.some((p) => p.test(body))) return 'Parliament';
  const { adjective, noun, feminineNoun } = lexiconOfWord(body).elections.seatsBodyCases;
  const swap = (word: string, pairs: Array<[string, string]>) => {
    const pair = pairs.find(([ending]) => word.length - ending.length >= 2 && word.endsWith(ending));
    return pair ? word.slice(0, word.length - pair[0].length) + pair[1] : word;
  };
  const words = body.split(/\s+/u);
  const head = words.slice(0, -1).map((w) => swap(w, adjective));
  // A feminine adjective before the noun makes the noun feminine: "думе" → "дума", not "дум".
  const feminine = head.some((w) => FEMININE_ADJECTIVE.some((ending) => w.endsWith(ending)));
  return [...head, swap(words[words.length - 1]!, feminine ? feminineNoun : noun)].join(' ');
}

/** A year's word after a date's digits: "г.", "гг.", "года" (lexicon `wordForms.yearAbbreviation`, `yearsAbbreviation`, `yearNoun`). */
const YEAR_ABBREVIATION = anyWord((l) => l.wordForms.yearAbbreviation);
const YEARS_ABBREVIATION = anyWord((l) => l.wordForms.yearsAbbreviation);
const YEAR_NOUN = anyWord((l) => l.wordForms.yearNoun);

/** A feminine adjective's ending (lexicon `wordForms.adjectiveFeminine`). */
const FEMININE_ADJECTIVE = allWords((l) => l.wordForms.adjectiveFeminine);

/** A chronology's line: its dates, then a dash that stands for the verb ("27 февраля и 13 марта 2005 г. – выборы в …"). */
const CHRONOLOGY_HEAD = new RegExp(`^\\s*(?:(\\d{1,2}\\s+\\p{L}+)\\s+(?:${anyWord((l) => l.wordForms.dayAnd)}|&)\\s+)?([^\\u2013\\u2014]*?)\\s*(?:${YEAR_ABBREVIATION}|${YEARS_ABBREVIATION}|${YEAR_NOUN})?\\s*[\\u2013\\u2014-]\\s*$`, 'u');

/**
 * The date a chronology line opens with: its first day, the year of the one after it where two
 * days share it ("27 февраля и 13 марта 2005 г." → 2005-02-27).
 */
function chronologyDate(head: string): string | null {
  const line = CHRONOLOGY_HEAD.exec(head);
  const last = line ? findDates(line[2]!)[0] : undefined;
  if (!line || !last || last.index > 0) return null;
  const year = /\d{4}/u.exec(last.text)?.[0];
  return (line[1] && year ? findDates(`${line[1]} ${year}`)[0]?.date : null) ?? last.date;
}

/** ", and on February 12, 2012 he was reelected …": where a sentence's second dated election starts. */
const NEXT_DATED = regExp(LEXICONS.flatMap((l) => l.elections.nextDated).join('|'), 'gu');

/** "… and was reelected in 1996": a second election of the sentence's subject. */
const AND_REELECTED = /\s+and\s+(?=(?:was|has\s+been|had\s+been)\s+(?:(?:again|then|subsequently|later)\s+)?re-?elected\b)/gi;

/** A sentence with two dated elections ("On … he was elected …, and on … he was reelected …") as two clauses. */
function electionClauses(sentence: string): string[] {
  // A sentence of two elections is short; a long run of text is read whole.
  if (sentence.length > 1000) return [sentence];
  // "…, и 17 сентября 2011 года прошли выборы в Сейм": a body's election held reads too.
  const reads = (part: string) => (PASSIVE.test(part) || (VOTE_WORDS.test(part) && WON.test(part)) || /\bre-?elected\b/i.test(part) || (HELD.test(part) && BODY_ELECTION.test(part))) && findDates(part).length > 0;
  // "On … a referendum extended the term, and on … X was reelected": the referendum's clause is no election's.
  // "Сейм избрал Президентом X; 20 июня 2003 года она была переизбрана": a body's election's clause is one too.
  const dated = (part: string) => (reads(part) || (REFERENDUM_WORD.test(part) || readBodyElection(part) !== null)) && findDates(part).length > 0;
  for (const cut of sentence.matchAll(NEXT_DATED)) {
    const left = sentence.slice(0, cut.index);
    const right = sentence.slice(cut.index + cut[0].length);
    if (dated(left) && reads(right)) return [left, ...electionClauses(dashAsSubject(right))];
  }
  const rounds = roundClauses(sentence);
  if (rounds) return rounds;
  // "ни один кандидат в первом туре не набрал половины голосов; во втором туре 5 марта X получил …": the run-off's clause apart.
  const semicolon = sentence.indexOf(';');
  const runOff = sentence.slice(semicolon + 1);
  if (semicolon > 0 && NO_WINNER.test(sentence.slice(0, semicolon)) && VOTE_WORDS.test(runOff) && shareOf(runOff) && findDates(runOff).length > 0) {
    return [sentence.slice(0, semicolon + 1), ...electionClauses(runOff.trimStart())];
  }
  const elided = elidedClauses(sentence);
  if (elided) return elided;
  // "X won the elections of … with 74.3% and was reelected on … with 79.8%": the same subject, as "he".
  for (const cut of sentence.matchAll(AND_REELECTED)) {
    const left = sentence.slice(0, cut.index);
    const right = sentence.slice(cut.index + cut[0].length);
    if (reads(left) && reads(right)) return [left, ...electionClauses(`he ${right}`)];
  }
  return reelectedClauses(sentence, reads) ?? [sentence];
}

/** "…избран 24 мая 2009 года (51,21 %) и переизбран 26 июня 2013 года (50,89 %)" (lexicon `elections.andReelected`). */
const REELECTED_JOINTS = LEXICONS.flatMap((l) => l.elections.andReelected.joints.map((j) => ({ joint: regExp(j, 'giu'), pronoun: l.elections.andReelected.pronoun })));

/** The re-election's clause apart, its pronoun for the subject both clauses share; null where none is. */
function reelectedClauses(sentence: string, reads: (part: string) => boolean): string[] | null {
  for (const { joint, pronoun } of REELECTED_JOINTS) {
    for (const cut of sentence.matchAll(joint)) {
      const left = sentence.slice(0, cut.index);
      const right = sentence.slice(cut.index + cut[0].length);
      if (reads(left) && reads(right)) return [left, ...electionClauses(`${pronoun} ${right}`)];
    }
  }
  return null;
}

/** A dated clause's dash where its subject would stand, before a lower-case verb: "12 февраля 2017 года – избран …". */
const DATE_DASH_VERB = new RegExp(`^(\\s*(?:${YEAR_ABBREVIATION}|${YEAR_NOUN})?\\s*)[\\u2013\\u2014-]\\s*(?=\\p{Ll})`, 'u');

/**
 * "…, а 12 февраля 2017 года – избран на семилетний срок с результатом 97,69 %": the second clause of
 * one subject, its dash standing for it; the clause with the subject's pronoun in its place.
 */
function dashAsSubject(clause: string): string {
  const date = findDates(clause)[0];
  const pronoun = lexiconOfWord(clause).elections.pronouns[0];
  if (!date || date.index > 0 || !pronoun) return clause;
  const from = date.index + date.text.length;
  const dash = DATE_DASH_VERB.exec(clause.slice(from));
  return dash ? `${clause.slice(0, from)}${dash[1]}${pronoun} ${clause.slice(from + dash[0].length)}` : clause;
}

/** ", однако во втором туре", "; in the run-off": where a first round's sentence goes on to the later round. */
const LATER_ROUND = regExp(`[,;]\\s*(?:${wordsOf((l) => l.elections.roundConjunctions)}\\s+)?(?=${phrasePattern((l) => l.elections.laterRound)})`, 'giu');
const SUBJECT_OF = regExp(`${wordsOf((l) => l.elections.pronouns)}|\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+`, 'u');

/**
 * "В первом туре 26 июня он получил 31,17 %, уступив Y, однако во втором туре 10 июля победил с
 * результатом 52,14 %": the two rounds as two clauses, the later one with the first one's subject
 * (as "he") where it names none of its own. Null for a sentence of no such rounds.
 */
function roundClauses(sentence: string): string[] | null {
  for (const cut of sentence.matchAll(LATER_ROUND)) {
    const left = sentence.slice(0, cut.index);
    const right = sentence.slice(cut.index! + cut[0].length);
    if (!FIRST_ROUND.test(left) || !findDates(left).length || !findDates(right).length || !A_SHARE.test(right)) continue;
    const named = SUBJECT_OF.test(right.replace(/^\S+/u, ''));
    const pronoun = lexiconOfWord(right).elections.pronouns[0];
    return [left, named || !pronoun ? right : `${pronoun} ${right}`];
  }
  return null;
}

const A_SHARE = new RegExp(PERCENT_SOURCE, 'u');
/** What stands between a clause's date and its share when a dash stands for the verb: a year's word, the dash. */
const DASH_FOR_VERB = /^[^\d%,;]{0,12}?[\u2013\u2014-]\s*/u;

/**
 * "На выборах 9 января 2000 г. за X проголосовали 91,9 %, на выборах 23 декабря 2007 г. – 88,1 %":
 * a clause whose dash stands for the words of the clause before between its date and its share;
 * the clause rebuilt with them ("… 2007 г. за X проголосовали 88,1 %"). Null for a sentence of no such clause.
 */
function elidedClauses(sentence: string): string[] | null {
  for (const cut of sentence.matchAll(/[,;]\s*/gu)) {
    const left = sentence.slice(0, cut.index);
    const right = sentence.slice(cut.index + cut[0].length);
    const date = findDates(right)[0];
    const dash = date && date.index <= 40 && date.date.length >= 7 ? DASH_FOR_VERB.exec(right.slice(date.index + date.text.length)) : null;
    const leftDate = findDates(left).at(-1);
    const leftShare = leftDate ? A_SHARE.exec(left.slice(leftDate.index + leftDate.text.length)) : null;
    if (!dash || !leftShare || !A_SHARE.test(right.slice(date!.index + date!.text.length + dash[0].length, date!.index + date!.text.length + dash[0].length + 8))) continue;
    const words = left.slice(leftDate!.index + leftDate!.text.length).slice(0, leftShare.index);
    const from = date!.index + date!.text.length;
    return [left, `${right.slice(0, from)}${words}${right.slice(from + dash[0].length)}`];
  }
  return null;
}

/** "Gurbanguly Berdimuhamedov became acting Head of State": whom a sentence is about, for a "he" in the next. */
const NAME_THEN_VERB = regExp(`(${NAME_WORD}(?:\\s+${NAME_WORD}){1,2})\\s+${wordsOf((l) => l.elections.subjectVerbs)}`, 'gu');

function subjectOfSentence(sentence: string | null): string | null {
  const runs = sentence ? [...sentence.matchAll(NAME_THEN_VERB)] : [];
  const last = runs[runs.length - 1];
  // "Впервые Леонид Кучма был избран": an adverb opening the sentence is no name's word.
  const words = last ? last[1]!.split(/\s+/) : [];
  while (words.length > 1 && LEADING_ADVERB.test(words[0]!)) words.shift();
  return words.length ? candidateName(words.join(' ')) : null;
}

/** Whom a "he" stands for: the subject before it in its sentence ("X has been President since 1994: … he defeated Y"), else the sentence before's. */
const ANY_PRONOUN = regExp(wordsOf((l) => [...l.elections.pronouns, ...l.elections.objectPronouns]), 'iu');

function antecedent(clause: string, previous: string | null): string | null {
  const at = clause.search(ANY_PRONOUN);
  return subjectOfSentence(at > 0 ? clause.slice(0, at) : null) ?? subjectOfSentence(previous);
}

/** A sentence that names an election and its date but no result: the next sentence's result may be its. */
interface Announcement {
  date: string;
  office: string | null;
  text: string;
}

function announcementIn(whole: string): Announcement | null {
  const sentence = afterNoWinner(whole);
  if (!VOTE_WORDS.test(sentence) || REFERENDUM_WORD.test(sentence) || UPCOMING.test(sentence) || NO_WINNER.test(sentence)) return null;
  const date = eventDate(findDates(sentence), sentence.search(VOTE_WORDS), sentence);
  return date ? { date, office: presidentialOffice(sentence), text: sentence } : null;
}

/**
 * A sentence's main clause after a round nobody won given as its reason: "Поскольку ни один из
 * кандидатов не набрал половины голосов, 15 ноября был проведён второй тур" → "15 ноября был
 * проведён второй тур" (the run-off it announces); the sentence itself where no comma follows.
 */
function afterNoWinner(sentence: string): string {
  const open = NO_WINNER.exec(sentence);
  if (!open) return sentence;
  const comma = sentence.indexOf(',', open.index + open[0].length);
  return comma < 0 ? sentence : sentence.slice(comma + 1).trimStart();
}

/** A paragraph's last sentence, from its last few hundred characters (a paragraph may be long). */
function lastSentence(paragraph: string): string {
  return splitSentences(paragraph.slice(-600)).at(-1) ?? '';
}

/**
 * A sentence that sets an election's date, even one the sentence then looked forward to ("…
 * внеочередные президентские выборы были назначены на 5 января 2008 года", "early elections were
 * called for 9 June 2019"): its date, for the first round the next paragraph reports undated.
 */
function scheduledIn(sentence: string): string | null {
  if (!VOTE_WORDS.test(sentence) || REFERENDUM_WORD.test(sentence) || !SCHEDULED.test(sentence)) return null;
  return eventDate(findDates(sentence), sentence.search(VOTE_WORDS), sentence);
}

/** Adds candidates an election lacks, once each. */
function addOthers(election: Found, others: readonly CandidateMention[]): void {
  for (const other of others) {
    const known = election.others.find((o) => samePerson(o.name, other.name));
    if (!known) election.others.push({ ...other });
    else known.voteShare ??= other.voteShare;
  }
}

/** A round the page says nobody won: candidates, no winner; a later "она победила, получив 58,8 %" is another round's. */
function nobodyWon(election: Found): boolean {
  return election.person === null && election.others.length > 0;
}

/** Folds what an undated sentence says into an election: true when it added something. */
function fill(election: Found, draft: Draft, sentence: string): boolean {
  const person = !election.person && draft.person !== null && !election.others.some((o) => samePerson(o.name, draft.person));
  const adds = person || (election.voteShare === null && draft.voteShare !== null && !nobodyWon(election)) || (election.termYears === null && draft.termYears !== null) || draft.others.length > 0;
  if (!adds) return false;
  if (person) election.person = draft.person;
  election.office ??= draft.office;
  election.voteShare ??= draft.voteShare;
  election.termYears ??= draft.termYears;
  addOthers(election, draft.others);
  election.text += ` ${sentence}`;
  return true;
}

/** An undated result fits the open election when it is about its winner (or it has none) and agrees on the share. */
function fits(election: Found, draft: Draft, pronoun: boolean): boolean {
  if (!pronoun && !draft.person) return false;
  if (!pronoun && election.person && !samePerson(election.person, draft.person)) return false;
  return election.voteShare === null || draft.voteShare === null || election.voteShare === draft.voteShare;
}

/** A share that counts votes: the sentence names votes or a win, or nothing follows the share but punctuation ("He won, receiving 64.2%."). */
function sharesVotes(sentence: string, end: number): boolean {
  return VOTE_WORDS.test(sentence) || WIN_VERB.test(sentence) || /^\s*(?:[,;.:)]|$)/u.test(sentence.slice(end));
}

/** A sentence after an election that adds its share or term ("He won the elections with 91,1 % of votes"). */
function completes(election: Found, sentence: string): boolean {
  // "On 29 August 2011 … re-elected him with 72.3%" after an election of 2006: a day of another vote's.
  if (findDates(sentence).some((d) => d.date.length === 10 && d.date !== election.date && VOTE_WORDS.test(sentence))) return false;
  const found = shareOf(sentence);
  // "X получил 30 % акций банка": a share of something else than votes; a round nobody won has no winner's share.
  const share = found && sharesVotes(sentence, found.to) && !nobodyWon(election) ? found.value : null;
  const term = termOf(sentence);
  if (!((election.voteShare === null && share !== null) || (election.termYears === null && term !== null))) return false;
  election.voteShare ??= share;
  election.termYears ??= term;
  election.text += ` ${sentence}`;
  return true;
}

/** A survey's figures are no votes: "According to the poll, A (45%), B (30%)". */
const SURVEY_WORDS = regExp(`\\b(?:poll|survey|respondents|rating|ratings|trust|trusted|barometer|sociologists?)\\b|${phrasePattern((l) => l.surveys.words)}`, 'iu');

/**
 * A sentence after an election that names its other candidates: one that speaks of rivals ("The
 * runner-up, X, received 21.5% of votes"), or a list of results ("A received 17.72%, B 9.35% and C
 * 1.30%"). Not a survey's figures, not a first round's after the decided election.
 */
function addsRivals(election: Found, plain: string, sentence: string): boolean {
  if (election.person && FIRST_ROUND.test(plain)) return false;
  const others = othersIn(plain, election.person, null);
  // "Выборы прошли 10 октября 2010 года. X получил 44,2 %, Y – 31,3 %.": results that name no winner, a round nobody won.
  if (!election.person && !election.others.length) return readsResults(election, others, plain, sentence);
  if (!others.length || !(RIVAL.test(plain) || (others.length >= 2 && !SURVEY_WORDS.test(plain)))) return false;
  addOthers(election, others);
  election.text += ` ${sentence}`;
  return true;
}

/** Two or more candidates with their shares, and no survey's words: the results of a held election that names no winner. */
function readsResults(election: Found, others: readonly CandidateMention[], plain: string, sentence: string): boolean {
  if (others.length < 2 || others.some((o) => o.voteShare === null) || SURVEY_WORDS.test(plain)) return false;
  addOthers(election, others);
  election.text += ` ${sentence}`;
  return true;
}

/** "Касымова" in "64,2 % у Касымова" is the winner Арман Касымов: the name, read back from one of its language's cases, is the winner's. */
function winnerInAnyCase(name: string, winner: string | null): boolean {
  if (!winner) return false;
  const words = name.split(' ');
  const cases = Object.keys(lexiconOfWord(words[0]!).nameCases) as GrammaticalCase[];
  return samePerson(name, winner) || cases.some((c) => samePerson(words.map((w) => toNominative(w, c)).join(' '), winner));
}

/** The others, most votes first (no share last); never the winner (whose share a case of their name may give), nor one with more votes than the winner. */
function finish(election: Found): Found {
  const own = election.others.find((o) => winnerInAnyCase(o.name, election.person));
  if (own) {
    election.voteShare ??= own.voteShare;
    election.others = election.others.filter((o) => o !== own);
  }
  const top = election.voteShare;
  const others = election.others.filter((o) => !samePerson(o.name, election.person) && (top === null || o.voteShare === null || o.voteShare < top));
  election.others = others.map((o, i) => ({ o, i })).sort((a, b) => (b.o.voteShare ?? -1) - (a.o.voteShare ?? -1) || a.i - b.i).map(({ o }) => o);
  return election;
}

/**
 * A sentence's days written without a year before its (last) election verb, of the year the sentence
 * or the paragraph's last election set: "Во втором туре 17 марта она победила", "Новым председателем
 * незадолго до этого, 5 ноября, был избран X". A day after the verb ("…, набрав 81,31 %; 26 ноября
 * он вступил в должность") is another event's and stays as written.
 */
function withDaysDated(sentence: string, year: string | null): string {
  const verbAt = Math.max(-1, ...[...sentence.matchAll(ANY_PASSIVE), ...sentence.matchAll(ANY_WON)].map((m) => m.index));
  if (verbAt < 0) return sentence;
  const head = sentence.slice(0, verbAt);
  const dated = withYears(head, year);
  return dated === head ? sentence : `${dated}${sentence.slice(verbAt)}`;
}

const ANY_PASSIVE = new RegExp(PASSIVE.source, `${PASSIVE.flags}g`);
const ANY_WON = new RegExp(WON.source, `${WON.flags}g`);

/** What the loop over a paragraph's sentences keeps. */
interface Scan {
  found: Found[];
  /** The election the last sentence spoke of, which the next sentence may complete. */
  open: Found | null;
  /** A sentence with no figure stood between the open election and now (only one may). */
  remark: boolean;
  /** An election the last sentence dated without a result. */
  announced: Announcement | null;
  /** The sentence before, whose subject a "he" with no earlier winner is. */
  previous: string | null;
  /** The date the paragraph before ended on, setting an election ("выборы были назначены на 5 января 2008 года"): a round nobody won may be its. */
  scheduled: string | null;
}

/**
 * Whom a "he" stands for: the last election's winner, or its one candidate ("в первом туре он
 * получил 31 %, однако во втором туре победил"); before any election, the subject before it.
 */
function lastSubject(scan: Scan, text: string): string | null {
  const last = scan.found.at(-1);
  if (!last) return antecedent(text, scan.previous);
  return last.person ?? (last.others.length === 1 ? last.others[0]!.name : null);
}

/** The head of state's word, in any language's lexicon: "Президент", "President". */
const HEAD_OF_STATE = regExp(LEXICONS.map((l) => l.datedEvents.headOfState).join('|'), 'u');

/** A body's election in its own words ("выборы в Великий Хурал"): a body's office and a title, nobody elected. */
export function isBodyVote(e: { office: string | null; title?: string | null; person: unknown }): boolean {
  return e.office !== null && !!e.title && !e.person && !HEAD_OF_STATE.test(e.office);
}

/**
 * Whether two mentions of one day may speak of one vote: not a body's election and someone's win
 * ("Президентом избран X" and "также прошли выборы в Великий Хурал").
 */
export function sameVote(a: { office: string | null; title?: string | null; person: unknown }, b: { office: string | null; title?: string | null; person: unknown }): boolean {
  return isBodyVote(a) === isBodyVote(b) || (!a.person && !b.person);
}

/** A dated election: a new one, or more of one already found for that date. */
function addDated(scan: Scan, election: Draft & { date: string }, pronoun: boolean, sentence: string): void {
  if (pronoun && !election.person) election.person = lastSubject(scan, election.text);
  const mention: Found = { ...election, text: sentence };
  const same = scan.found.find((e) => e.date === mention.date && sameVote(e, mention));
  if (same) {
    same.person ??= mention.person;
    same.office ??= mention.office;
    same.voteShare ??= mention.voteShare;
    same.termYears ??= mention.termYears;
    addOthers(same, mention.others);
    scan.open = same;
    scan.remark = false;
  } else {
    scan.found.push(mention);
    scan.open = mention;
    scan.remark = false;
  }
}

/** One clause of a sentence: what it adds to the elections found so far. */
function readClause(scan: Scan, clause: string, sentence: string): void {
  // A round nobody won takes the date of the election the sentence before announced or held without a winner.
  const undecided = scan.announced?.date ?? (scan.open && !scan.open.person ? scan.open.date : null) ?? (scan.found.length ? null : scan.scheduled);
  const reading = readElection(clause, undecided, scan.open !== null || scan.announced !== null);
  const election = reading?.election ?? null;
  const pronoun = reading?.pronoun ?? false;
  if (election && reading?.pronounCandidate) {
    const name = lastSubject(scan, election.text);
    if (!name) return;
    election.others = election.others.map((o) => ({ ...o, name }));
  }
  if (election?.date) return addDated(scan, { ...election, date: election.date }, pronoun, sentence);
  if (election && scan.open && fits(scan.open, election, pronoun) && fill(scan.open, election, sentence)) return;
  if (election?.person && scan.announced) {
    const { date, office, text } = scan.announced;
    scan.found.push({ ...election, date, office: election.office ?? office, text: `${text} ${sentence}` });
    scan.open = scan.found[scan.found.length - 1]!;
    scan.remark = false;
    return;
  }
  // Only a sentence with no election of its own, or one about "him", completes the last one.
  if (scan.open && (!reading || pronoun) && completes(scan.open, sentence)) return;
  // "Явка составила 91,08 %." between a held election and its result: the election's turnout, still open.
  if (scan.open && !reading && turnoutOnly(clause)) {
    scan.open.text += ` ${sentence}`;
    return;
  }
  // A body's vote whose results name the leaders of its blocs ("блок «Армения» во главе с Робертом Кочаряном – 21,04 %") keeps them, and its top party's share.
  const bodyVote = scan.open !== null && isOpenBodyVote(scan.open);
  if (scan.open && addsRivals(scan.open, clause, sentence)) {
    if (bodyVote) scan.open.voteShare ??= partyTopShare(clause);
    return;
  }
  if (scan.open && !election && addsPartyShares(scan.open, clause, sentence)) return;
  // One remark with no figure between a result and its rivals ("Оппозиция бойкотировала выборы.
  // Соперники получили: …") leaves the election open; a second one, or any figure, closes it.
  if (scan.open && !reading && !scan.remark && !/\d/.test(clause)) {
    scan.remark = true;
    return;
  }
  scan.open = null;
}

const ANY_PERCENT = new RegExp(PERCENT_SOURCE, 'gu');

/** A party's noun anywhere in a clause ("Партия регионов", "блок «Наша Украина»"; lexicon `groupShapes.partyNouns`). */
const PARTY_NOUN_IN = regExp(`(?<![\\p{L}\\p{N}])(?:${LEXICONS.flatMap((l) => l.groupShapes.partyNouns.map((p) => p.forms)).join('|') || '(?!)'})(?![\\p{L}\\p{N}])`, 'iu');

/**
 * The top share of a body's election's results by party ("Партия регионов получила 32,14 % голосов,
 * Блок Юлии Тимошенко – 22,29 %, …", "…: Партия регионов – 34,37 %; …"): the first share a party's
 * (its noun in its clause before it, no candidate's) and of votes, none a survey's; the turnout left out. Null otherwise.
 */
function partyTopShare(text: string): number | null {
  if (SURVEY_WORDS.test(text)) return null;
  const turnout = turnoutOf(text);
  const shares = [...text.matchAll(ANY_PERCENT)].filter((m) => parseDecimal(firstGroup(m)) !== turnout);
  const first = shares[0];
  if (!first) return null;
  const before = text.slice(0, first.index);
  const clause = before.slice(Math.max(before.lastIndexOf(':'), before.lastIndexOf(';')) + 1);
  if (!PARTY_NOUN_IN.test(clause) || findCandidates(text).some((c) => c.at === first.index)) return null;
  // A share of votes: the vote's word after it, or nothing but punctuation ("12 % мест" is a share of seats).
  const next = text.slice(first.index + first[0].length);
  if (!/^\s*(?:[,;.:()]|$)/u.test(next) && !VOTE_WORDS.test(next.split(/[,;]/u)[0]!)) return null;
  const values = shares.map((m) => parseDecimal(firstGroup(m))).filter((v) => v <= 100);
  return values.length ? Math.max(...values) : null;
}

/** An open election of a body (no winner, no candidates, a body's name its office): its parties' results may follow. */
function isOpenBodyVote(election: Found): boolean {
  if (election.person || election.others.length || election.voteShare !== null) return false;
  return election.office === 'Parliament' || BODY_ELECTION.exec(election.text)?.[1] === election.office;
}

/** "26 марта 2006 года прошли выборы в Верховную Раду. Партия регионов получила 32,14 % …": the body's election takes its top party's share. */
function addsPartyShares(election: Found, clause: string, sentence: string): boolean {
  if (!isOpenBodyVote(election)) return false;
  const share = partyTopShare(clause);
  if (share === null) return false;
  election.voteShare = share;
  election.text += ` ${sentence}`;
  return true;
}

/** A sentence whose one figure is a turnout ("По данным ЦИК, явка составила 91,08 %"). */
function turnoutOnly(clause: string): boolean {
  const turnout = turnoutOf(clause);
  return turnout !== null && [...clause.matchAll(ANY_PERCENT)].every((m) => parseDecimal(firstGroup(m)) === turnout);
}

/**
 * Elections in a paragraph. A sentence saying someone was (re)elected, or won an election, on a
 * date starts one: "On October 30, 2011 Almazbek Atambayev was elected President … (he won the
 * elections with 63.24% of votes)", "X won the presidential election of 5 March 2012 with 63%",
 * "The presidential election of … was won in the first round by X", "X defeated Y", "Elections to
 * the Jogorku Kenesh were held on October 10, 2010" (no winner). The next sentences may complete
 * it: a share or term ("He won the elections with 91,1 % of votes."), the winner of a "held"
 * election ("Early elections took place on 9 June 2019. X, the candidate of …, won with 70.96%"),
 * runner-ups ("The runner-up, X, received 21.5%"). A sentence that dates an election without a
 * result lends its date to a result in the next ("The presidential election of 11.02.2007 was the
 * first one with several candidates. X won it with 89.23%"). A round the page says nobody won is
 * an election of its own with every candidate and no winner. A sentence with "he" and a new date
 * is a new election of the same person. One election per date.
 *
 * @param before the paragraph before, which may have set the election's date
 * @param heading the heading right over the paragraph, which may date the election it reports
 */
export function findElections(paragraph: string, before: string | null = null, heading: string | null = null): ElectionMention[] {
  // A heading that dates an election ("Досрочные выборы Президента 10 июля 2005 года") dates the paragraph's result under it.
  const announced = heading ? announcementIn(heading) : null;
  const scan: Scan = { found: [], open: null, remark: false, announced, previous: null, scheduled: before ? scheduledIn(lastSentence(before)) : null };
  // The last day or month the paragraph named: a day written without its year after it is of its year.
  let lastDay: string | null = null;
  for (const sentence of datedSentences(paragraph)) {
    const bare = sentence.includes('(') ? sentence.replace(PLAIN_ASIDE, '').replace(SPAN_ASIDE, '') : sentence;
    const plain = withDaysDated(bare, lastDay ?? scan.found.at(-1)?.date ?? scan.announced?.date ?? null);
    lastDay = findDates(plain).filter((d) => d.date.length >= 7).at(-1)?.date ?? lastDay;
    const before = scan.found.length;
    for (const clause of electionClauses(plain)) readClause(scan, clause, sentence);
    if (scan.found.length === before) countWinnersVotes(scan.found.at(-1), plain);
    // An undated sentence of the same vote ("Выборы … прошли при явке 74,7 %.") keeps the date announced before it.
    const same = !findDates(plain).length && VOTE_WORDS.test(plain) ? scan.announced : null;
    scan.announced = scan.found.length === before && !scan.open ? announcementIn(plain) ?? same : null;
    scan.previous = plain;
  }
  return scan.found.map(withRivalOfRound).map(finish).map((e, _, all) => withCounts(withNamesAsWritten(e, all)));
}

/**
 * A body's election whose winner's count the next sentence gives, no election of its own ("Сейм
 * избрал Президентом X. … в пятом туре X получил 55 голосов депутатов"): that sentence joins its
 * text, so that the count is the winner's. Not a first round's count, nor a count beside another.
 */
function countWinnersVotes(election: Found | undefined, sentence: string): void {
  const family = election?.person?.split(/\s+/).at(-1);
  if (!election || !family || family.length < 3 || votesOf(election.text) !== null || FIRST_ROUND.test(sentence)) return;
  if (sentence.includes(family) && votesOf(sentence) !== null) election.text = `${election.text} ${sentence}`;
}

/** The counts of the election's sentences: the winner's votes (none for a round nobody won), the turnout. */
function withCounts(election: Found): ElectionMention {
  return { ...election, votes: election.person ? votesOf(election.text) : null, turnout: turnoutOf(election.text) };
}

/** "Марию Лупашку" is "Мария Лупашку" in another case: every word one of the other's forms. */
function inAnotherCase(written: string, known: string): boolean {
  const a = written.split(' ');
  const b = known.split(' ');
  return written !== known && a.length === b.length && a.every((w, i) => nominativesOf(w).includes(b[i]!));
}

/** "Кебича" after "Вячеслав Кебич": a family name alone, in another case, is the one the paragraph named in full. */
function surnameInAnotherCase(written: string, known: string): boolean {
  const whole = known.split(' ');
  return !written.includes(' ') && whole.length > 1 && nominativesOf(written).some((n) => n !== written && whole.includes(n));
}

/**
 * A candidate named in another case than the paragraph named them first ("за Марию Лупашку было
 * подано 47,9 %" after "Мария Лупашку – 38,4 %") keeps the first form, so that they are one person;
 * a winner named by initials keeps the whole name a round before gave them.
 */
function withNamesAsWritten(election: Found, all: readonly Found[]): Found {
  const named = all.flatMap((e) => [...(e.person ? [e.person] : []), ...e.others.map((o) => o.name)]);
  for (const other of election.others) other.name = named.find((n) => inAnotherCase(other.name, n) || surnameInAnotherCase(other.name, n)) ?? other.name;
  // "победу одержала А. Лапене", "Лапене победила" after a round of "Аудра Лапене": the whole name.
  if (election.person && (/\./.test(election.person) || !election.person.includes(' '))) election.person = named.find((n) => !/\./.test(n) && samePerson(n, election.person)) ?? election.person;
  return election;
}

/** "за его соперника проголосовали 32,56 %": the winner's rival by a pronoun, the share its group. */
const RIVAL_SHARE = phrases((l) => l.elections.rivalShare);

/**
 * A run-off whose rival the page names only as "his rival" ("Во втором туре X одержал победу …; за
 * его соперника проголосовали 32,56 %"): the other of the two a round before it named, with that share.
 */
function withRivalOfRound(election: Found, index: number, all: readonly Found[]): Found {
  const rival = election.person && !election.others.length ? RIVAL_SHARE.exec(election.text) : null;
  if (!rival) return election;
  const round = all.slice(0, index).reverse().find((e) => e.person === null && e.others.some((o) => samePerson(o.name, election.person)));
  const rivalName = round ? runOffRival(round.others, election.person!) : null;
  if (rivalName) election.others.push({ name: rivalName, voteShare: parseDecimal(firstGroup(rival)) });
  return election;
}

/**
 * The one a run-off's winner met: the other of the round's two, or of its two leaders when it had
 * more ("46,2 %, 31,4 %, 6,1 %": the first two); none when the winner was no leader or a share is missing.
 */
function runOffRival(round: readonly CandidateMention[], winner: string): string | null {
  if (round.length === 2) return round.find((o) => !samePerson(o.name, winner))?.name ?? null;
  if (round.some((o) => o.voteShare === null)) return null;
  const leaders = [...round].sort((a, b) => b.voteShare! - a.voteShare!).slice(0, 2);
  // A tie for second place names no one rival.
  if (round.filter((o) => o.voteShare === leaders[1]!.voteShare).length > 1) return null;
  const other = leaders.filter((o) => !samePerson(o.name, winner));
  return other.length === 1 ? other[0]!.name : null;
}

/** "the Constitution adopted at the referendum of June 27, 2010" → "adopted the Constitution". */
const ADOPTED_AT = /\b(?:the\s+)?((?:new\s+)?(?:Constitution|constitution|amendments|changes|law|Law)(?:\s+of\s+[^,]{1,40}?)?)\s+((?:adopted|approved|endorsed|passed|accepted|rejected)\s+)(?:at|by|in|through)\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}?referendum\b/;
/** After "referendum": "held on 22 June 2003", "of June 27, 2010", "(June 27, 2010)", "has", "was". */
const AFTER_REFERENDUM = regExp(LEXICONS.map((l) => `${phrasePattern(() => l.elections.oneReferendum)}\\s*(?:\\([^)]{0,40}\\)\\s*)?${phrasePattern(() => l.elections.referendumHeld)}`).join('|'), 'iu');
const REFERENDUM_STEMS = LEXICONS.flatMap((l) => l.elections.referendumSubject).join('|') || '(?!)';
const REFERENDUM_AT = LEXICONS.flatMap((l) => l.elections.referendumAt).join('|') || '(?!)';
/**
 * The referendum a decision's outcome keeps at its head (not in English): its subject with the
 * adjectives before it ("всенародный референдум продлил …"), or the phrase it was decided at ("На
 * общенациональном референдуме … был одобрен …": the decision alone names no referendum).
 */
/** A referendum's adjectives before its noun (lexicon `wordForms.adjectiveOblique`, `adjectiveMasculine`). */
const ADJECTIVE_OBLIQUE = anyWord((l) => l.wordForms.adjectiveOblique);
const ADJECTIVE_MASCULINE = anyWord((l) => l.wordForms.adjectiveMasculine);
const SUBJECT_BEFORE = new RegExp(`(?:(?<![\\p{L}\\p{N}])(?:${REFERENDUM_AT})\\s+(?:\\p{Ll}+${ADJECTIVE_OBLIQUE}\\s+){0,2}(?:${REFERENDUM_STEMS})\\p{Ll}*|(?:\\p{Ll}+${ADJECTIVE_MASCULINE}\\s+){0,2}(?:${REFERENDUM_STEMS}))\\s*$`, 'u');
/** Other languages' decisions adopted at a referendum, group 1 the outcome: "Конституции в редакции, принятой на референдуме". */
const ADOPTED_AT_OTHER = phrases((l) => l.elections.adoptedAt, 'u');
/** Words after a date's year: "30 августа 1995 года была принята …" (the decision starts after them). */
const YEAR_WORDS = new RegExp(`^\\s*(?:${LEXICONS.flatMap((l) => l.yearWords).join('|')})(?![\\p{L}\\p{N}])`, 'u');
/** A decision: a past verb ("extended", "approved", "gave"). */
const DECIDED = phrases((l) => l.elections.decided, 'u');
/** "On the same day the plebiscite …": the date of the sentence before. */
const SAME_DAY = /\b(?:on\s+)?the\s+same\s+day\b/i;
/** "Одновременно с первым туром выборов состоялся плебисцит", "held together with the first round": group 1 which round. */
const WITH_ROUND = phrases((l) => l.eventShapes.withRound);
/** "first", "перв…": the round a referendum was held with (lexicon `wordForms.firstOrdinal`). */
const FIRST_WORD = new RegExp(`^${anyWord((l) => l.wordForms.firstOrdinal)}`, 'i');

/**
 * The date of the round a referendum was held with: a first round is the page's last round nobody
 * won before it, a second the last one someone won; null when the page has no such round.
 */
function roundDate(sentence: string, elections: readonly Found[]): string | null {
  const round = WITH_ROUND.exec(sentence);
  if (!round) return null;
  const first = FIRST_WORD.test(firstGroup(round));
  const rounds = elections.filter((e) => (first ? e.person === null && e.others.length > 1 : e.person !== null));
  return rounds[rounds.length - 1]?.date ?? null;
}

/** "Оно прошло с 25 июня …", "It was held on 1 July": the vote the sentence before named. */
const PRONOUN_HELD = phrases((l) => l.eventShapes.pronounHeld, 'u');

/** A referendum yet to come: "will be held", "is scheduled". */
const FUTURE = phrases((l) => l.elections.future);

/**
 * A referendum the sentence puts in the future: a future word before the referendum or right after
 * it ("will be held", "a referendum is scheduled"), not one in what it decided ("… approved the
 * amendments and confirmed that X would remain President").
 */
function yetToCome(sentence: string): boolean {
  const at = sentence.search(REFERENDUM_WORD);
  return FUTURE.test(sentence.slice(0, at)) || FUTURE.test(sentence.slice(at, at + 40));
}

/** The outcome after "referendum" and its date: "… referendum held on 22 June 2003 approved amendments …". */
function outcomeAfter(sentence: string, dates: readonly DateMatch[]): string | null {
  const after = AFTER_REFERENDUM.exec(sentence);
  if (!after) return null;
  const at = after.index + after[0].length;
  // The date right after "referendum" ("of 1995" is a date phrase with its preposition).
  const date = dates.find((d) => d.index >= after.index && d.index <= at);
  const rest = sentence.slice(date ? Math.max(at, date.index + date.text.length) : at).replace(YEAR_WORDS, '').replace(/^\s*,?\s*/, '');
  const decided = DECIDED.exec(rest);
  if (!decided) return topicThenResult(rest) ?? topicOnly(REFERENDUM_WORD.exec(after[0])![0], rest);
  const decision = stripTrailingPunctuation(firstGroup(decided));
  // "всенародный референдум продлил …": the subject the verb agrees with, and its adjectives.
  const subject = SUBJECT_BEFORE.exec(sentence.slice(0, after.index + REFERENDUM_WORD.exec(after[0])![0].length));
  return subject ? `${subject[0].trim()} ${decision}` : decision;
}

/** What a referendum was on, then its result after a colon: "о вступлении Грузии в НАТО: «за» высказались 72,5 %", "on NATO membership: 72.5% voted for". */
const TOPIC_THEN_RESULT = new RegExp(`^((?:${LEXICONS.map((l) => bounded(l, `(?:${l.eventShapes.referendumTopic.join('|') || '(?!)'})`)).join('|')})\\s+[^:;.]{2,120}?)\\s*:\\s*([^;]*?${PERCENT_SOURCE}[^;]*?)\\s*[.;]?\\s*$`, 'iu');

/** A referendum's topic alone, to the clause's end: "… прошёл референдум о форме правления.", "a referendum on the monarchy was held". */
const TOPIC_ONLY = new RegExp(`^((?:${LEXICONS.map((l) => bounded(l, `(?:${l.eventShapes.referendumTopic.join('|') || '(?!)'})`)).join('|')})\\s+[^:;.,()]{2,120}?)\\s*[.;]?\\s*$`, 'iu');

/** A referendum's topic and its figures ("о вступлении в НАТО: «за» высказались 72,5 % участников"); null without a share after the colon. */
function topicThenResult(rest: string): string | null {
  const found = TOPIC_THEN_RESULT.exec(rest);
  return found ? `${found[1]!}: ${found[2]!}` : null;
}

/** What a referendum was on, with its own word, where the sentence gives no result: "референдум о форме правления". */
function topicOnly(word: string, rest: string): string | null {
  const found = TOPIC_ONLY.exec(rest);
  return found ? `${word} ${found[1]!}` : null;
}

/** A referendum's name as the page writes it: its adjectives, its noun, a topic after it, plain or in parentheses ("on 12 December" is a date, no topic). */
const REFERENDUM_TITLE = new RegExp(
  LEXICONS.map((l) => {
    const modifier = l.elections.referendumModifiers.join('|') || '(?!)';
    const topic = l.eventShapes.referendumTopic.join('|') || '(?!)';
    const word = l.elections.referendum.join('|');
    // "всенародным голосованием (референдумом)": a vote's name, then the referendum's in parentheses.
    return `(?:${bounded(l, `(?:${modifier})`)}\\s+){0,2}(?:${word})(?:\\s*\\(\\s*(?:${word})\\s*\\))?(?:\\s+(?:\\(\\s*${bounded(l, `(?:${topic})`)}\\s+[^()]{2,160}?\\)|${bounded(l, `(?:${topic})`)}\\s+(?!\\d)[^:;.,()]{2,120}))?`;
  }).join('|'),
  'iu',
);

/** A verb after a referendum's topic, where its title ends: "Плебисцит о гимне прошёл …", "the referendum on the Senate abolished it". */
const TOPIC_END = new RegExp(LEXICONS.map((l) => `\\s${bounded(l, `(?:${l.elections.referendumTopicEnds.join('|') || '(?!)'})`)}`).join('|'), 'u');

/**
 * A referendum's name in the page's words, for its event's title: "прошёл консультативный
 * референдум (о числе депутатов)" → "консультативный референдум (о числе депутатов)". Its date is
 * left out (a column of its own), as is a trailing clause.
 */
function referendumTitle(sentence: string): string | null {
  const found = REFERENDUM_TITLE.exec(sentence);
  if (!found) return null;
  const dates = findDates(found[0]);
  const end = Math.min(dates[0]?.index ?? Infinity, TOPIC_END.exec(found[0])?.index ?? Infinity);
  return inNominative(stripTrailingPunctuation(found[0].slice(0, end === Infinity ? undefined : end).replace(/\s+/g, ' ')));
}

/** Each lexicon's endings of a referendum's head words back to the nominative (lexicon `elections.referendumNominative`). */
const NOMINATIVE_ENDINGS = LEXICONS.flatMap((l) => l.elections.referendumNominative.map(([from, to]) => [regExp(from, 'u'), to] as const));
/** The head of a title: its words up to the referendum's noun, and the noun in brackets after it ("всенародном голосовании (референдуме)"). */
const TITLE_HEAD = regExp(`^.*?(?:${REFERENDUM_WORD.source})(?:\\s*\\(\\s*(?:${REFERENDUM_WORD.source})\\s*\\))?`, 'iu');

/**
 * "консультативном референдуме" → "консультативный референдум": the event's name in the nominative,
 * its topic as written. A word before the first one put back that no ending changed is no modifier
 * of the name ("принятой всенародным голосованием" → "всенародное голосование").
 */
function inNominative(title: string): string {
  const head = TITLE_HEAD.exec(title)?.[0];
  if (!head) return title;
  const nominative = NOMINATIVE_ENDINGS.reduce((text, [from, to]) => text.replace(new RegExp(from.source, 'gu'), to), head);
  const words = head.split(' ');
  const changed = nominative.split(' ');
  const first = changed.length === words.length ? changed.findIndex((w, i) => w !== words[i]) : 0;
  return changed.slice(Math.max(first, 0)).join(' ') + title.slice(head.length);
}

/**
 * A referendum's year with no day, right after it ("На референдуме 1994 года …") or before it
 * ("the 1994 referendum"): a bare year the date rule does not read on its own (it may be a count).
 */
const REFERENDUM_YEAR = new RegExp(
  `(?:${REFERENDUM_WORD.source})\\s+([12]\\d{3})(?=\\s*(?:${LEXICONS.flatMap((l) => l.yearWords).join('|') || '(?!)'})|\\s*[,;.)]|\\s*$)|(?<![\\p{L}\\p{N}])([12]\\d{3})\\s+(?:${REFERENDUM_WORD.source})`,
  'iu',
);

/** The dates of a referendum's sentence, with the bare year tied to the referendum ("Референдум 1994 года продлил … до 2002 года"). */
function referendumDates(sentence: string): readonly DateMatch[] {
  const dates = findDates(sentence);
  const year = REFERENDUM_YEAR.exec(sentence);
  if (!year) return dates;
  const text = year[1] ?? year[2]!;
  const index = year.index + year[0].indexOf(text);
  if (dates.some((d) => index >= d.index && index < d.index + d.text.length)) return dates;
  return [...dates, { date: text, index, text }].sort((a, b) => a.index - b.index);
}

/** ", and the referendum of …": where a sentence's next referendum starts. */
const NEXT_REFERENDUM = /(?:,\s*|;\s*)(?:and\s+|while\s+|whereas\s+)?(?=(?:(?:on|in)\s+[^,;]{3,30}?\s+)?(?:the|a|another)\s+(?:[\w-]+\s+){0,2}?(?:referendum|plebiscite)\b)/gi;

/** The lexicons' next referendum of a sentence (lexicon `elections.nextReferendum`). */
const NEXT_REFERENDUM_LEXICON = LEXICONS.some((l) => l.elections.nextReferendum.length) ? regExp(LEXICONS.flatMap((l) => l.elections.nextReferendum).join('|'), 'gu') : null;

/** Between a day and the referendum's word when that day is its: a year's word, a comma, a preposition ("29 апреля 1995 года, на референдуме"). */
const RIGHT_BEFORE = regExp(`^\\s*(?:${LEXICONS.flatMap((l) => l.yearWords).join('|') || '(?!)'})?\\s*,?\\s*(?:\\p{Ll}{1,3}\\s+)?(?:\\p{Ll}+\\s+)?$`, 'u');

/** A day of a month at least right before the referendum's word ("Ещё раньше, 29 апреля 1995 года, на референдуме были продлены …, избранного в 1991 г."). */
function dateRightBefore(dates: readonly DateMatch[], at: number, sentence: string): string | null {
  // Not a day that ends something ("Until 5 May 2012 the referendum …").
  return dates.find((d) => d.index < at && d.date.length >= 7 && !UNTIL.test(sentence.slice(0, d.index)) && RIGHT_BEFORE.test(sentence.slice(d.index + d.text.length, at)))?.date ?? null;
}

/** Between the referendum's word and its day right after it: the rest of the word, a short preposition ("референдума 30 августа", "referendum of 30 August"). */
const RIGHT_AFTER = /^\p{L}+[\s\u00a0]+(?:\p{Ll}{1,3}[\s\u00a0]+)?$/u;

/** A day right after the referendum's word, which names that day over any day before it ("распущен 5 мая 1995 г., накануне референдума 30 августа 1995 г."). */
function dateRightAfter(dates: readonly DateMatch[], at: number, sentence: string): string | null {
  return dates.find((d) => d.index > at && d.date.length >= 7 && RIGHT_AFTER.test(sentence.slice(at, d.index)))?.date ?? null;
}

/**
 * "… на всенародном референдуме 5 июля 1995 г. Поправки … одобрены на референдуме 27.11.2005": a year's
 * abbreviated word and its full stop before a capital, which the splitter keeps in one sentence, may end one.
 */
const YEAR_STOP = regExp(`(?<=\\d{4}\\s?(?:${LEXICONS.flatMap((l) => l.yearWords).filter((w) => w.endsWith('\\.')).join('|') || '(?!)'}))\\s+(?=\\p{Lu})`, 'gu');

/** "The referendum of April 29, 1995 extended …, and the referendum of August 30, 1995 adopted …": one clause per dated referendum. */
function referendumClauses(sentence: string): string[] {
  if (sentence.length > 1000) return [sentence];
  const dated = (part: string) => REFERENDUM_WORD.test(part) && findDates(part).length > 0;
  for (const cut of [...sentence.matchAll(NEXT_REFERENDUM), ...(NEXT_REFERENDUM_LEXICON ? sentence.matchAll(NEXT_REFERENDUM_LEXICON) : []), ...sentence.matchAll(YEAR_STOP)]) {
    const left = sentence.slice(0, cut.index);
    const right = sentence.slice(cut.index + cut[0].length);
    if (dated(left) && dated(right)) return [left, ...referendumClauses(right)];
  }
  return [sentence];
}

/**
 * Referendums in a paragraph: a sentence that names a referendum and a date. "On April 29, 1995
 * the nation-wide referendum extended presidential term …" (outcome "extended presidential term
 * …"), "a referendum held on 22 June 2003 approved amendments …", "the Constitution adopted at the
 * referendum of June 27, 2010" (outcome "adopted the Constitution"). Not one yet to come ("will be
 * held"), not a date that ends something ("until 31 December 2011"). A plebiscite is one too, and
 * "On the same day the plebiscite …" takes the date of the sentence before. One referendum per date
 * in a paragraph: a later mention only adds a missing outcome.
 */
/** "поддержали 77,18 % участников голосования", "За Конституцию проголосовали 90,55 %", "approved by 90.55% of voters": the share for. */
const YES_SHARE = phrases((l) => l.elections.referendumYes);
/** A side against before the verb: "Против поправок проголосовали 12 %" is no share for. */
const AGAINST_SIDE = regExp(`(?:^|[,;:]\\s*)${wordsOf((l) => l.elections.referendumAgainst)}\\s+[^,;:%]{0,80}$`, 'u');

/** "(за – 91,07% проголосовавших)": the side for in brackets (lexicon `elections.referendumYesBracketed`). */
const YES_BRACKETED = phrases((l) => l.elections.referendumYesBracketed);
/** "62,68% участников голосования высказались против строительства …" (lexicon `elections.referendumMajorityAgainst`). */
const MAJORITY_AGAINST = phrases((l) => l.elections.referendumMajorityAgainst);

/**
 * The share a sentence says voted for a referendum's question; null for none, or for the side
 * against. Where the page gives only a majority against what was asked, that majority is the
 * outcome's share: the outcome says "против …" in its own words.
 */
function yesShareOf(sentence: string): number | null {
  const yes = YES_SHARE.exec(sentence) ?? YES_BRACKETED.exec(sentence);
  if (yes && !AGAINST_SIDE.test(sentence.slice(0, yes.index))) return percentOrNull(firstGroup(yes));
  const against = yes ? null : MAJORITY_AGAINST.exec(sentence);
  const majority = against ? percentOrNull(firstGroup(against)) : null;
  return majority !== null && majority > 50 ? majority : null;
}

function percentOrNull(text: string): number | null {
  const value = parseDecimal(text);
  return value <= 100 ? value : null;
}

const REFERENDUM_SCHEDULED = phrases((l) => l.elections.referendumScheduled);
const PROPOSED = phrases((l) => l.elections.referendumProposed);

/**
 * "Референдум назначен на 18 марта 2009 года": the referendum of the day a decision fixed. The one the
 * sentence before proposed ("одобрил предложение о проведении референдума", dated by the decision) is
 * that referendum, its date moved to the day; true where the sentence was read so.
 */
function scheduledReferendum(found: ReferendumMention[], sentence: string, dates: readonly DateMatch[]): boolean {
  const scheduled = REFERENDUM_SCHEDULED.exec(sentence);
  const day = scheduled ? dates.find((d) => d.index >= scheduled.index + scheduled[0].length && d.date.length >= 10) : undefined;
  if (!day) return false;
  const last = found.at(-1);
  if (last && PROPOSED.test(last.text) && last.date < day.date) {
    const text = `${last.text} ${sentence}`;
    Object.assign(last, { date: day.date, turnout: turnoutOf(text), text });
  } else if (!found.some((r) => r.date === day.date)) {
    found.push({ date: day.date, outcome: null, turnout: null, title: referendumTitle(sentence), voteShare: null, text: sentence });
  }
  return true;
}

export function findReferendums(paragraph: string, elections: readonly Found[] = []): ReferendumMention[] {
  const found: ReferendumMention[] = [];
  /** The date the last sentence spoke of, for "On the same day the plebiscite …". */
  let previous: string | null = null;
  /** The sentence before, when it named a vote and gave it no date it was held on. */
  let undated: string | null = null;
  for (const whole of datedSentences(paragraph)) for (const sentence of referendumClauses(whole)) {
    const dates = REFERENDUM_WORD.test(sentence) ? referendumDates(sentence) : findDates(sentence);
    const before = previous;
    previous = dates[0]?.date ?? null;
    const yes = yesShareOf(sentence);
    // "За Конституцию проголосовали 90,55 % участников референдума" after the referendum's sentence: its share.
    const last = found.at(-1);
    if (yes !== null && !dates.length && last && last.voteShare === null) {
      Object.assign(last, { voteShare: yes, text: `${last.text} ${sentence}` });
      continue;
    }
    const named = undated;
    undated = null;
    // "Общероссийское голосование назначили на 22 апреля, но отложили. Оно прошло с 25 июня …": the vote named before, held then.
    const held = named && PRONOUN_HELD.test(sentence) ? findDates(withYears(sentence, null)).find((d) => d.date.length >= 7) : undefined;
    if (named && held) {
      found.push({ date: held.date, outcome: null, turnout: turnoutOf(paragraph), title: referendumTitle(named), voteShare: yes, text: `${named} ${sentence}` });
      continue;
    }
    // "при гипотетическом референдуме … проголосовали бы 44 % опрошенных": a survey's question, no vote held.
    if (!REFERENDUM_WORD.test(sentence) || SURVEY_WORDS.test(sentence)) continue;
    if (scheduledReferendum(found, sentence, dates)) continue;
    // The referendum's date: one that opens the sentence, else the first after "referendum", else the first.
    const at = sentence.search(REFERENDUM_WORD);
    const date = yetToCome(sentence) ? null : (dateRightAfter(dates, at, sentence) ?? dateRightBefore(dates, at, sentence) ?? eventDate(dates, at, sentence)) ?? (SAME_DAY.test(sentence) ? before : roundDate(sentence, elections));
    if (!date) {
      undated = sentence;
      continue;
    }
    const adopted = ADOPTED_AT.exec(sentence);
    const adoptedOther = adopted ? null : ADOPTED_AT_OTHER.exec(sentence);
    const outcome = adopted ? `${adopted[2]!}the ${adopted[1]!}` : adoptedOther ? firstGroup(adoptedOther) : outcomeAfter(sentence, dates);
    const same = found.find((r) => r.date === date);
    const title = referendumTitle(sentence);
    if (!same) found.push({ date, outcome, turnout: turnoutOf(paragraph), title, voteShare: yes, text: sentence });
    else if (same.outcome === null && outcome !== null) Object.assign(same, { outcome, text: sentence, title: same.title ?? title, voteShare: same.voteShare ?? yes });
    else same.voteShare ??= yes;
  }
  return found;
}
