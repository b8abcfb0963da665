import { splitSentences, stripTrailingPunctuation } from '../normalize.js';
import { findDates, type DateMatch } from './dates.js';
import { NAME_WORD } from './person-name.js';

/** An election the prose reports: "On October 30, 2011 Almazbek Atambayev was elected President …". */
export interface ElectionMention {
  date: string;
  /** The winner as written: "Nursultan Nazarbayev", or a surname alone: "Nazarbayev"; null for a parliament's election. */
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
  /** The sentences the facts came from. */
  text: string;
}

/** A referendum the prose reports: "On June 27, 2010 the nation-wide referendum adopted the new Constitution". */
export interface ReferendumMention {
  date: string;
  /** What it decided, in the page's words: "adopted the new Constitution …"; null when unsaid. */
  outcome: string | null;
  text: string;
}

/** Reads a decimal written with a dot or a comma: "91,1" → 91.1. */
export function parseDecimal(text: string): number {
  return Number(text.replace(',', '.'));
}

const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "7" or "seven" → 7. */
export function parseCount(text: string): number {
  const word = NUMBER_WORDS.indexOf(text.toLowerCase());
  return word >= 0 ? word + 1 : Number(text);
}

const COUNT = `(\\d{1,2}|${NUMBER_WORDS.join('|')})`;
/** A percentage: "63.24%", "91,1 %", "63 per cent", "63 percent". */
export const PERCENT = '(\\d{1,3}(?:[.,]\\d+)?)\\s*(?:%|per\\s?cent\\b)';

/**
 * A winner's share: "with 79.78% of votes", "(76.2% of votes)", "won 63 per cent of the vote",
 * "with 63%", "receiving 91,1 %". Not a turnout: "with 60% turnout", "75% of voters took part".
 */
const VOTE_SHARE = new RegExp(
  `\\b(?:with|won|wins|winning|gaining|gained|gathering|gathered|receiving|received|obtaining|obtained|securing|secured|garnering|garnered|got|getting|collected|collecting|scored|scoring|polled|polling|taking|took)\\s+(?:(?:about|almost|nearly|over|some|around|roughly|just|more|than|under|less)\\s+){0,3}${PERCENT}(?!\\s*(?:turnout|of\\s+(?:the\\s+)?(?:electorate|voters|registered|eligible)))` +
    `|${PERCENT}\\s+of\\s+(?:the\\s+|all\\s+)?(?:(?:valid|popular|cast)\\s+)?(?:votes?|ballots)\\b` +
    `|\\bsupport\\s+of\\s+${PERCENT}`,
  'i',
);

/** "for his first 7-year-term", "a seven-year term", "for a term of five years", "for seven years". */
const TERM = new RegExp(
  `\\b${COUNT}[-\\s]+years?[-\\s]+(?:(?:presidential|long)[-\\s]+)?terms?\\b|\\bterm\\s+of\\s+${COUNT}\\s+years\\b|\\bfor\\s+(?:another\\s+|a\\s+further\\s+)?${COUNT}\\s+years\\b`,
  'i',
);

/** "was elected", "has been re-elected", "was officially reelected": a past election of the subject. */
const PASSIVE = /\b(?:was|were|has\s+been|have\s+been|had\s+been|got)\s+(?:(?:officially|again|once|overwhelmingly|popularly|first|successfully|democratically|directly|then|subsequently|finally|eventually|easily)\s+){0,2}(?:re-?elected|elected)\b/i;
/** "won the elections", "won the second round of the presidential election", "won 63 per cent of the vote", "which X won with 83.6 %". */
const WON = new RegExp(
  `\\b(?:won|wins|has\\s+won|had\\s+won)\\s+(?:(?:the|a|an|his|her|their|first|second|third|final|decisive|presidential|parliamentary|early|snap|general|popular|national|nation-wide|nationwide|last|latest|round|of|re-?run)\\s+){0,6}(?:elections?|vote|ballot|presidency|run-?off|polls)\\b|\\b(?:won|wins|received|obtained|garnered|gained|got|polled|secured|collected)\\s+(?:with\\s+|the\\s+support\\s+of\\s+)?(?:(?:about|almost|nearly|over|some|around|more|than)\\s+){0,3}${PERCENT}`,
  'i',
);
/** "Elections to the Jogorku Kenesh were held on …", "parliamentary elections took place in 2010". */
/** "the Parliament elected Vladimir Voronin, the leader of …, President": the winner after the verb. */
const ACTIVE = new RegExp(`\\b(?:re-?elected|elected)\\s+(?:as\\s+)?(${NAME_WORD}(?:\\s+${NAME_WORD}){1,3})`, 'u');
const VOTE_WORDS = /\b(?:elections?|votes?|ballots?|voters|polls)\b/i;
/** A first round's figures: no winner yet ("In the first round … X obtained 44.82%"). */
const FIRST_ROUND = /\bfirst\s+round\b/i;
const HELD = /\b(?:were|was)\s+held\b|\btook\s+place\b/i;
const REFERENDUM_WORD = /\b(?:referend(?:um|a|ums)|plebiscites?)\b/i;

/** Capitalized words that open the subject before the name: an article, a title. */
const LEADING_WORDS = new Set(['the', 'president', 'prime', 'minister', 'acting', 'interim', 'incumbent', 'former', 'vice', 'chairman', 'speaker', 'mr', 'dr']);
/** The words of those that name the office: "President Emomali Rahmon was reelected" → President. */
const OFFICE_WORDS = new Set(['President', 'Prime', 'Minister', 'Speaker', 'Chairman', 'Vice']);
/** Words of a body, not a person: "the Jogorku Kenesh was elected". */
const BODY_WORDS = /^(?:Kenesh|Parliament|Majilis|Mazhilis|Majlis|Majlisi|Oli|Oliy|Senate|Duma|Assembly|Council|Chamber|House|Khural|Congress|Government|Committee|Party|Republic|Kurultai|Rada|Sejm|Soviet)$/;
const PRONOUN = /^(?:he|she|they)$/i;

/** An office named after "elected": "elected President of the Kyrgyz Republic", "elected as the new Speaker". */
const ELECTED_TO = /^\s*(?:as\s+)?(?:the\s+)?(?:new\s+)?((?:(?:Vice|Deputy|First)\s+)?(?:President|Prime\s+Minister|Speaker|Chairman|Chairwoman|Chair|Head\s+of\s+State|Governor|Mayor|Akim|Senator|Deputy))\b/;
const ROLE_WORD = /^(?:President|Prime|Speaker|Chairman|Chairwoman|Chair|Head|Governor|Mayor|Akim|Senator|Deputy|Vice|First)$/;
/** "the presidential election" → President. */
const PRESIDENTIAL = /\bpresidential\s+(?:elections?|vote|polls|race|ballot|run-?off)\b/i;
/** "elections to the Jogorku Kenesh", "parliamentary elections". */
const BODY_ELECTION = new RegExp(`\\b[Ee]lections?\\s+(?:to|of|for|in)\\s+(?:the\\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b)(${NAME_WORD}(?:\\s+${NAME_WORD}){0,3})`, 'u');
const PARLIAMENTARY = /\b(?:parliamentary|legislative)\s+elections?\b/i;

/** A capitalized run at the end of a text: the subject before the verb. */
const TRAILING_NAMES = new RegExp(`(${NAME_WORD}(?:\\s+${NAME_WORD}){0,4})\\s*,?\\s*$`, 'u');
const TRAILING_PRONOUN = /\b(he|she|they)\s*$/i;

interface Subject {
  person: string | null;
  office: string | null;
  pronoun: boolean;
}

/**
 * The subject written right before the verb: "On January 10, 1999 President Nursultan Nazarbayev"
 * → Nursultan Nazarbayev, office President; "the Jogorku Kenesh" → no person, office Jogorku Kenesh.
 */
function subjectBefore(prefix: string): Subject {
  // An aside between the subject and the verb: "Askar Akayev, in office since 1990, was …" (the
  // last 200 characters are enough for a subject).
  const tail = prefix.slice(-200).replace(/,[^,]*,\s*$/, (aside) => (/\p{Lu}/u.test(aside.slice(1, 3)) ? aside : ''));
  const pronoun = TRAILING_PRONOUN.test(tail);
  const run = pronoun ? null : TRAILING_NAMES.exec(tail);
  // "the Party of Communists of the Republic of Moldova received …": the end of a body's name.
  if (run && /\b(?:of|for|and)\s+(?:the\s+)?$/.test(tail.slice(0, run.index))) return { person: null, office: null, pronoun };
  const words = run ? run[1]!.split(/\s+/) : [];
  let first = 0;
  while (first < words.length && LEADING_WORDS.has(words[first]!.toLowerCase())) first += 1;
  const titles = words.slice(0, first);
  const name = words.slice(first);
  // A former post is not the office elected: "Former Prime Minister X was elected".
  const office = titles.includes('Former') ? null : titles.filter((w) => OFFICE_WORDS.has(w)).join(' ') || null;
  // "the Jogorku Kenesh was elected": a body, the office the election filled.
  if (name.some((w) => BODY_WORDS.test(w))) return { person: null, office: name.join(' '), pronoun };
  return { person: name.join(' ') || null, office, pronoun };
}

/** The date of the election a sentence reports: one that opens it ("On …"), else the first after the verb, else the first. */
function eventDate(all: readonly DateMatch[], verbAt: number, sentence: string): string | null {
  // "holds the post until 31 December 2011": the end of a term is no event's date.
  const dates = all.filter((d) => !UNTIL.test(sentence.slice(0, d.index)));
  if (!dates.length) return null;
  // "In the early presidential election of Jun. 9, 2019 Tokayev received …": the election's own date.
  const tied = dates.find((d) => ELECTION_BEFORE.test(sentence.slice(0, d.index)));
  if (tied) return tied.date;
  const opening = dates[0]!;
  if (opening.index <= 3 && !SINCE.test(opening.text)) return opening.date;
  return (dates.find((d) => d.index > verbAt) ?? opening).date;
}

const ELECTION_BEFORE = /\b(?:elections?|referendum|plebiscite)\s+(?:held\s+)?(?:(?:on|of|in)\s+)?(?:the\s+)?$/i;
const UNTIL = /\b(?:until|till|up\s+to|through|before|by|to)\s+$/i;

/** A date that says since when, not when: "Since 1991", "from 1995". */
const SINCE = /^(?:since|from)\b/i;

function shareOf(sentence: string): number | null {
  const share = VOTE_SHARE.exec(sentence);
  if (!share) return null;
  const value = parseDecimal(share[1] ?? share[2] ?? share[3]!);
  return value <= 100 ? value : null;
}

function termOf(sentence: string): number | null {
  const term = TERM.exec(sentence);
  if (!term) return null;
  const years = parseCount(term[1] ?? term[2] ?? term[3]!);
  return years > 0 ? years : null;
}

/** What a sentence says of an election: null when it names no election's verb. */
interface Reading {
  /** The election it reports, if it gives a date. */
  election: ElectionMention | null;
  /** "he was re-elected": the winner is the one named before. */
  pronoun: boolean;
}

function readElection(sentence: string): Reading | null {
  const passiveMatch = PASSIVE.exec(sentence);
  // "obtained 44.82% in the first round" is no result; "won the first round" is.
  // "received 30 per cent of the posts" is no vote: a share needs an election or votes in the sentence.
  const wonMatch = VOTE_WORDS.test(sentence) ? WON.exec(sentence) : null;
  if (wonMatch && !/^(?:won|wins|has|had)\b/i.test(wonMatch[0]) && FIRST_ROUND.test(sentence) && !passiveMatch) return { election: null, pronoun: false };
  const activeMatch = passiveMatch || wonMatch ? null : ACTIVE.exec(sentence);
  if (activeMatch && !ROLE_WORD.test(activeMatch[1]!.split(/\s+/)[0]!)) {
    const date = eventDate(findDates(sentence), activeMatch.index, sentence);
    if (!date) return { election: null, pronoun: false };
    const rest = sentence.slice(activeMatch.index + activeMatch[0].length).replace(/^\s*,[^,]*,/, '');
    const office = ELECTED_TO.exec(rest)?.[1]!.replace(/\s+/g, ' ') ?? null;
    return { election: { date, person: activeMatch[1]!, office, voteShare: shareOf(sentence), termYears: termOf(sentence), text: sentence }, pronoun: false };
  }
  // "X won 53.47 per cent of the vote and was reelected President": the verb whose subject is a person.
  const candidates = [passiveMatch, wonMatch].filter((m): m is RegExpExecArray => m !== null).map((m) => ({ m, subject: subjectBefore(sentence.slice(0, m.index)) }));
  const chosen = candidates.find((c) => c.subject.person) ?? candidates.find((c) => c.subject.pronoun) ?? candidates[0];
  const verb = chosen?.m ?? HELD.exec(sentence);
  // A referendum's figures are its own: its sentence completes no election.
  if (!verb) return REFERENDUM_WORD.test(sentence) ? { election: null, pronoun: false } : null;
  const subject = chosen?.subject ?? { person: null, office: null, pronoun: false };
  const date = eventDate(findDates(sentence), verb.index, sentence);
  // Without a date it is a general rule ("The President is elected for …") or a recalled result.
  if (!date) return { election: null, pronoun: subject.pronoun };
  // A referendum's sentence reports an election only with a winner.
  if (REFERENDUM_WORD.test(sentence) && !subject.person) return { election: null, pronoun: false };
  let office = ELECTED_TO.exec(sentence.slice(verb.index + verb[0].length))?.[1]!.replace(/\s+/g, ' ') ?? subject.office;
  if (PRESIDENTIAL.test(sentence)) office ??= 'President';
  if (!subject.person && !subject.pronoun && !office) {
    office = BODY_ELECTION.exec(sentence)?.[1] ?? (PARLIAMENTARY.test(sentence) ? 'Parliament' : null);
    // A "held" sentence must say what was elected; a passive one with no subject is not an election.
    if (!office) return { election: null, pronoun: false };
  }
  return { election: { date, person: subject.person, office, voteShare: shareOf(sentence), termYears: termOf(sentence), text: sentence }, pronoun: subject.pronoun };
}

/**
 * Elections in a paragraph. A sentence saying someone was (re)elected, or won an election, on a
 * date starts one: "On October 30, 2011 Almazbek Atambayev was elected President … (he won the
 * elections with 63.24% of votes)", "X won the presidential election of 5 March 2012 with 63%",
 * "Elections to the Jogorku Kenesh were held on October 10, 2010" (no winner). A vote share or term
 * missing from it may follow in the next sentences ("He won the elections with 91,1 % of votes.").
 * A sentence with "he" and a new date is a new election of the same person. One election per date.
 */
export function findElections(paragraph: string): ElectionMention[] {
  const found: ElectionMention[] = [];
  /** The election the last sentence spoke of, which the next sentence may complete. */
  let open: ElectionMention | null = null;
  for (const sentence of splitSentences(paragraph)) {
    const reading = readElection(sentence);
    const election = reading?.election;
    if (election) {
      if (reading.pronoun && !election.person) election.person = found[found.length - 1]?.person ?? null;
      const same = found.find((e) => e.date === election.date);
      if (same) {
        same.person ??= election.person;
        same.office ??= election.office;
        same.voteShare ??= election.voteShare;
        same.termYears ??= election.termYears;
        open = same;
      } else {
        found.push(election);
        open = election;
      }
      continue;
    }
    // Only a sentence with no election of its own, or one about "him", completes the last one.
    if (open && (!reading || reading.pronoun)) {
      const share = shareOf(sentence);
      const term = termOf(sentence);
      if ((open.voteShare === null && share !== null) || (open.termYears === null && term !== null)) {
        open.voteShare ??= share;
        open.termYears ??= term;
        open.text += ` ${sentence}`;
        continue;
      }
    }
    open = null;
  }
  return found;
}

/** "the Constitution adopted at the referendum of June 27, 2010" → "adopted the Constitution". */
const ADOPTED_AT = /\b(?:the\s+)?((?:new\s+)?(?:Constitution|constitution|amendments|changes|law|Law)(?:\s+of\s+[^,]{1,40}?)?)\s+((?:adopted|approved|endorsed|passed|accepted|rejected)\s+)(?:at|by|in|through)\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}?referendum\b/;
/** After "referendum": "held on 22 June 2003", "of June 27, 2010", "(June 27, 2010)", "has", "was". */
const AFTER_REFERENDUM = /\b(?:referendum|plebiscite)\b\s*(?:\(([^)]{0,40})\)\s*)?(?:(?:that\s+was\s+|which\s+was\s+)?(?:held|conducted|organi[sz]ed|that\s+took\s+place|which\s+took\s+place|took\s+place)\s+)?(?:(?:on|of|in)\s+)?/i;
/** A decision: a past verb ("extended", "approved", "gave"). */
const DECIDED = /^(?:has\s+|had\s+)?((?:[a-z]+ed|gave|made|took|won|brought|put|set|let|chose|overwhelmingly\s+[a-z]+ed|also\s+[a-z]+ed)\b.*)$/;
/** "On the same day the plebiscite …": the date of the sentence before. */
const SAME_DAY = /\b(?:on\s+)?the\s+same\s+day\b/i;
/** A referendum yet to come: "will be held", "is scheduled". */
const FUTURE = /\b(?:will|shall|would|is\s+to|are\s+to|planned|scheduled|proposed|intends?\s+to)\b/i;

/** The outcome after "referendum" and its date: "… referendum held on 22 June 2003 approved amendments …". */
function outcomeAfter(sentence: string, dates: readonly DateMatch[]): string | null {
  const after = AFTER_REFERENDUM.exec(sentence);
  if (!after) return null;
  const at = after.index + after[0].length;
  // The date right after "referendum" ("of 1995" is a date phrase with its preposition).
  const date = dates.find((d) => d.index >= after.index && d.index <= at);
  const rest = sentence.slice(date ? Math.max(at, date.index + date.text.length) : at).replace(/^\s*,?\s*/, '');
  const decided = DECIDED.exec(rest);
  return decided ? stripTrailingPunctuation(decided[1]!) : null;
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
export function findReferendums(paragraph: string): ReferendumMention[] {
  const found: ReferendumMention[] = [];
  /** The date the last sentence spoke of, for "On the same day the plebiscite …". */
  let previous: string | null = null;
  for (const sentence of splitSentences(paragraph)) {
    const dates = findDates(sentence);
    const before = previous;
    previous = dates[0]?.date ?? null;
    if (!REFERENDUM_WORD.test(sentence) || FUTURE.test(sentence)) continue;
    // The referendum's date: one that opens the sentence, else the first after "referendum", else the first.
    const date = eventDate(dates, sentence.search(REFERENDUM_WORD), sentence) ?? (SAME_DAY.test(sentence) ? before : null);
    if (!date) continue;
    const adopted = ADOPTED_AT.exec(sentence);
    const outcome = adopted ? `${adopted[2]!}the ${adopted[1]!}` : outcomeAfter(sentence, dates);
    const same = found.find((r) => r.date === date);
    if (!same) found.push({ date, outcome, text: sentence });
    else if (same.outcome === null && outcome !== null) Object.assign(same, { outcome, text: sentence });
  }
  return found;
}
