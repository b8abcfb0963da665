import { findDates } from './dates.js';
import { roleFault } from './post-check.js';
import { findPostHolders } from './post-holder.js';
import { clauseDate, findPostTerms, genitiveBody } from './post-terms.js';
import { isNameParticle, isPatronymic, NAME_PARTICLE, NAME_WORD } from './person-name.js';
import { allWords, anyOf, hasScriptLetter, LEXICONS, lexiconOfWord, nameToNominative, nominativesOf, toNominative, type GrammaticalCase, type Lexicon } from '../lexicon/index.js';
import { regExp } from '../regexp.js';

/** A person the prose names with a post: "Adil Shayakhmetov, Chairman of the National Security Committee, said …". */
export interface ProsePerson {
  /** As written, 2–4 words ("Adil Shayakhmetov"), or a surname alone before an appointment's verb ("Putin was appointed …"). */
  name: string;
  /** The post as written, without the marks of a past post: "Chairman of the National Security Committee", "Prime Minister". */
  title: string;
  /** A past or historic post: "former Prime Minister", "the first President", "ex-", "late", "then", "resigned as". */
  past: boolean;
  /**
   * A post the page gives as over in so many words: "former Prime Minister X", "бывшего министра
   * финансов X", "X, который занимал пост …" (a past the prose merely implies, a candidate's post or
   * "the first President", is not).
   */
  ended: boolean;
  /** When the post was taken, where the sentence says: "was appointed Prime Minister in September, 2012" → 2012-09. */
  startDate: string | null;
  /** When an ended post ended, where the sentence says: "с 2008 по 2012 год пост Президента занимал X" → 2012. */
  endDate?: string | null;
  /** The sentence. */
  text: string;
}

/** The nouns of a post, capitalized as the template writes them. */
const ROLE_NOUNS = new Set([
  'President', 'Minister', 'Premier', 'Chairman', 'Chairwoman', 'Chairperson', 'Chair', 'Head', 'Secretary', 'Speaker',
  'Director', 'Governor', 'Akim', 'Hokim', 'Mayor', 'Prosecutor', 'Procurator', 'Ambassador', 'Commissioner', 'Ombudsman',
  'Adviser', 'Advisor', 'Aide', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Leader', 'Chief', 'Rector', 'Envoy',
  'Representative', 'Coordinator', 'Commander', 'Attorney', 'Auditor', 'Chancellor', 'Senator',
]);
/** Words that qualify a post: "First Deputy Prime Minister", "Acting Head", "State Secretary". */
const MODIFIERS = new Set(['First', 'Deputy', 'Vice', 'Acting', 'Executive', 'Senior', 'State', 'Assistant', 'Honorary', 'Permanent', 'Prime', 'Special', 'Presidential', 'Interim']);
/** "Secretary General", "Prosecutor General". */
const GENERAL_ROLES = new Set(['Secretary', 'Prosecutor', 'Procurator', 'Director', 'Attorney', 'Commissioner']);

/** Words of bodies and their fields: never a person's name, and where a post's body ends. */
const BODY_WORDS = new Set(
  (
    'Affairs Finance Finances Defense Defence Justice Health Healthcare Education Science Economy Economic Economics Development Trade Industry ' +
    'Industrial Energy Agriculture Transport Transportation Communications Communication Culture Labor Labour Social Protection Security ' +
    'Committee Council Agency Service Services Ministry Republic Administration Office Government Court Bank Parliament Assembly Senate ' +
    'Majilis Mazhilis Majlis Majlisi Oli Oliy Kenesh Jogorku Khural Duma Rada Emergency Emergencies Situations Environment Environmental ' +
    'Internal Foreign Interior Information Informatization Planning Budget Policy Reform Reforms Commission State National Central Supreme ' +
    'Presidential Cabinet Resources Sports Sport Tourism Youth Family Women Rights Human Public Civil Ethics Corruption Customs Tax Taxes ' +
    'Revenue Revenues Statistics Construction Housing Water Oil Gas Mineral Natural Power Work Employment Migration Religious Religion ' +
    'Religions Property Regional Region Municipal City Capital Investment Investments Integration Relations Cooperation Fund Board ' +
    'Chamber Commerce Accounts Control Audit Prosecutor General Armed Forces Border Guard Intelligence Police Party Front Movement Union ' +
    'Federation Kingdom Democratic People Peoples Popular Autonomous Province District Oblast Republican Nations United Staff Secretariat ' +
    'Department Directorate Inspection Institute University Academy Center Centre Foundation Organization Organisation Company Holding ' +
    'Corporation Samruk Kazyna Railways Airlines Telecom Media Press Television Radio Affair Transitional Provisional Council Legal Judicial ' +
    'Constitutional Electoral Elections Election Mission Procurement Competition Antimonopoly Monopoly Standards Technical Technology Technologies ' +
    'Innovation Innovations Digital Ecology Ecological Geology Subsoil Land Lands Forestry Fisheries Food Safety Light Heavy Machine ' +
    'Building Roads Road Highways Aviation Civil Sea Maritime Communal Utilities Welfare Pension Pensions Insurance Markets Market ' +
    'Securities Exchange Currency Monetary Banking Financial Fiscal Treasury Debt Management Supervision Regulation Regulatory Arts Heritage ' +
    'Language Languages Press Affairs Ministers Deputies Representatives Forces Peoples Elders Commissioners Councils Committees Ministries Agencies Services'
  ).split(' '),
);
/** Countries and regions: never a person. */
const COUNTRY = /^(?:\p{Lu}\p{L}*stan|Russia|China|Belarus|Ukraine|Moldova|Armenia|Azerbaijan|Georgia|Mongolia|Turkey|Iran|Europe|America|Asia|Eurasia|Caucasus|USA|US|EU|CIS|UN|Germany|France|Japan|India|Korea|Latvia|Lithuania|Estonia|Poland|Romania|Bulgaria|Serbia)$/u;
/** Words that open a sentence or a clause and so are capitalized without being a name. */
const FUNCTION_WORDS = new Set([
  'The', 'A', 'An', 'On', 'In', 'At', 'By', 'Since', 'From', 'After', 'Before', 'During', 'According', 'As', 'When', 'While', 'Then', 'This',
  'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'His', 'Her', 'Their', 'Its', 'Mr', 'Mrs', 'Ms', 'Dr', 'Also', 'However', 'Later', 'Now',
  'Today', 'Yesterday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March',
  'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Former', 'Ex', 'Late', 'New',
]);
/** Marks of a past or historic post before it: "former", "ex-", "the first", "the late", "the then". */
const PAST_MARKS = new Set(['former', 'Former', 'ex-', 'Ex-', 'late', 'Late', 'then', 'first', 'previous', 'Previous', 'last', 'Last', 'onetime', 'one-time', 'erstwhile', 'outgoing', 'Outgoing']);
/** Small words inside a body's name: "Ministry of Labor and Social Protection", "Committee for …". */
const CONNECTORS = new Set(['and', 'of', 'for', 'on', 'the', 'under', 'in', 'at', '&']);

/** Posts the prose writes in lower case after a name: "X, leader of the Y party", "X, the former head of …". */
const LOWER_ROLES = new Set(['leader', 'head', 'chairman', 'chairwoman', 'director', 'chief', 'secretary', 'founder', 'minister', 'governor', 'mayor', 'speaker']);
/** Posts written "adviser to the President": a lower-case post with "to". */
const ADVISER_WORDS = new Set(['adviser', 'advisor', 'aide', 'assistant']);
/** The lower-case nouns that end a party's or a movement's name: "the Prosperous Armenia party". */
const BODY_TAIL = new Set(['party', 'movement', 'bloc', 'union', 'faction', 'coalition', 'alliance', 'front']);
/** Quotation marks around a body's own name: the Chamber of Entrepreneurs "Atameken". */
const OPEN_QUOTES = new Set(['"', '“', '«', '„']);
const CLOSE_QUOTES = new Set(['"', '”', '»', '“']);

const NAME_WORD_ONLY = new RegExp(`^${NAME_WORD}$`, 'u');
/** An initialed name at the end or the start of a text: "M. Enkhbold", "U. Khurelsukh", "Ts. Elbegdorj", "K.K. Masimov". */
const INITIALED_END = new RegExp(`(?:^|\\s)((?:\\p{Lu}\\p{Ll}?\\.\\s?){1,2}${NAME_WORD})\\s*$`, 'u');
const INITIALED_START = new RegExp(`^((?:\\p{Lu}\\p{Ll}?\\.\\s?){1,2}${NAME_WORD})`, 'u');
/** "X now heads the National Security Committee as its Chairman": the post of a body the name heads. */
const BODY_RUN = `(?:${NAME_WORD}|of|the|and|for|on)(?:\\s+(?:${NAME_WORD}|of|the|and|for|on))*`;
/** "… was Viktor Medvedchuk": a name after the post and a copula. */
const COPULA_NAME = new RegExp(`^\\s+(was|is|had\\s+been|has\\s+been)\\s+(${NAME_WORD}(?:\\s+${NAME_WORD}){1,2})(?=[\\s,.;]|$)`, 'u');
const HEADS = new RegExp(`(${NAME_WORD}(?:\\s+${NAME_WORD}){1,2})(?:\\s*,[^,]{1,60},)?,?\\s+(?:who\\s+)?(?:now\\s+|currently\\s+|still\\s+)?heads\\s+the\\s+(${BODY_RUN})(?:\\s+as\\s+its\\s+(${NAME_WORD}(?:\\s+${NAME_WORD})?))?`, 'u');
/** "The Presidential Administration is headed by Ivan Petrov". */
const HEADED_BY = new RegExp(`\\b(?:The\\s+|the\\s+)(${BODY_RUN})\\s+(?:is|has\\s+been)\\s+(?:now\\s+|currently\\s+)?(?:headed|led|chaired)\\s+by\\s+(?:the\\s+)?(?:(?:(?:First\\s+|Deputy\\s+|Vice\\s+)?(?:Prime\\s+)?Minister|Chairman|Head|Secretary|Director)(?:\\s+of\\s+(?:the\\s+)?${NAME_WORD}(?:\\s+${NAME_WORD}){0,3})?\\s+)?(${NAME_WORD}(?:\\s+${NAME_WORD}){1,2})`, 'u');
const ABBREVIATION = /^\p{Lu}{2,}$/u;

interface Token {
  text: string;
  start: number;
  end: number;
}

/** Words (letters, apostrophes, inner hyphens), numbers and single punctuation marks; "ex-Prime" is "ex-", "Prime". */
const TOKEN = /[\p{L}][\p{L}'’]*(?:-[\p{L}'’]+)*-?|\d+|[^\s\p{L}\d]/gu;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const ex = /^([Ee]x-)(\p{Lu}.*)$/u.exec(m[0]);
    if (ex) {
      tokens.push({ text: ex[1]!, start: m.index, end: m.index + 3 });
      tokens.push({ text: ex[2]!, start: m.index + 3, end: m.index + m[0].length });
    } else tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/**
 * "X, leader of the Y party", "X, the former head of …": a lower-case post right after a name and a
 * comma reads as the post it names (its token is capitalized; the text keeps the page's case).
 */
function promoteAppositiveRoles(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i += 1) {
    const word = tokens[i]!.text;
    if (!(LOWER_ROLES.has(word) && tokens[i + 1]?.text === 'of') && !(ADVISER_WORDS.has(word) && tokens[i + 1]?.text === 'to')) continue;
    let k = i - 1;
    if (PAST_MARKS.has(tokens[k]!.text)) k -= 1;
    if (k >= 0 && /^(?:the|a|an)$/.test(tokens[k]!.text)) k -= 1;
    if (k >= 1 && tokens[k]!.text === ',' && isCapitalized(tokens[k - 1]!.text)) tokens[i] = { ...tokens[i]!, text: tokens[i]!.text[0]!.toUpperCase() + tokens[i]!.text.slice(1) };
  }
}

const isCapitalized = (word: string) => NAME_WORD_ONLY.test(word);
/** A word that may be part of a person's name. */
export function isNameWord(word: string): boolean {
  return isCapitalized(word) && !BODY_WORDS.has(word) && !COUNTRY.test(word) && !ROLE_NOUNS.has(word) && !MODIFIERS.has(word) && !FUNCTION_WORDS.has(word) && !ABBREVIATION.test(word);
}

/**
 * A person's name from a run of name words: two words, or three when one of them is a patronymic
 * ("Karim Kazhimkhanovich Masimov", "Masimov Karim Kazhimkhanovich"); null for fewer than two.
 */
function nameOf(words: readonly string[], fromEnd: boolean): string | null {
  if (words.length < 2) return null;
  const three = fromEnd ? words.slice(-3) : words.slice(0, 3);
  if (three.length === 3 && (isPatronymic(three[1]!) || isPatronymic(three[2]!))) return three.join(' ');
  return (fromEnd ? words.slice(-2) : words.slice(0, 2)).join(' ');
}

/** A post found in the tokens: where its words start and end, its role noun, and what follows it. */
interface Post {
  start: number;
  /** One past the post's last word. */
  end: number;
  /** The capitalized words after "of", where the post names a body: "Finance Bolat Zhamishev". */
  ofRun: Token[] | null;
  past: boolean;
}

/** Reads the post around the role noun at `at`: "First Deputy Prime Minister", "Minister of Finance …", "Security Council Secretary". */
function readPost(tokens: readonly Token[], at: number): Post {
  let start = at;
  while (start > 0 && (MODIFIERS.has(tokens[start - 1]!.text) || BODY_WORDS.has(tokens[start - 1]!.text) || tokens[start - 1]!.text === 'Vice-')) start -= 1;
  let end = at + 1;
  if (GENERAL_ROLES.has(tokens[at]!.text) && tokens[end]?.text === 'General') end += 1;
  let ofRun: Token[] | null = null;
  if (tokens[end]?.text === 'of') {
    let k = end + 1;
    if (tokens[k]?.text === 'the') k += 1;
    const run: Token[] = [];
    for (; k < tokens.length; k += 1) {
      const word = tokens[k]!.text;
      // A month or an opening word ends the body ("… of Foreign Affairs in September"), so does the next post.
      if (!(isCapitalized(word) || CONNECTORS.has(word)) || FUNCTION_WORDS.has(word)) break;
      // "… of the Office of the President": a post after "the" names the body's owner, not a new post.
      if (ROLE_NOUNS.has(word) && run[run.length - 1]?.text !== 'the') {
        // "… Trade Kairat Kelimbetov and Foreign Minister …": the next post's own words go with it.
        while (run.length && (BODY_WORDS.has(run[run.length - 1]!.text) || MODIFIERS.has(run[run.length - 1]!.text))) run.pop();
        break;
      }
      run.push(tokens[k]!);
    }
    while (run.length && CONNECTORS.has(run[run.length - 1]!.text)) run.pop();
    if (run.length) extendBodyName(tokens, run);
    if (run.length) ofRun = run;
  }
  // "the first President", "former Prime Minister", "ex-Minister", "the First President" (not "First Deputy").
  let past = start > 0 && PAST_MARKS.has(tokens[start - 1]!.text);
  if (tokens[start]!.text === 'First' && start + 1 === at && tokens[at]!.text === 'President') {
    past = true;
    start += 1;
  }
  return { start, end, ofRun, past };
}

/** A body's name goes on with "party" ("the Prosperous Armenia party") or its own name in quotes ("… Entrepreneurs "Atameken""). */
function extendBodyName(tokens: readonly Token[], run: Token[]): void {
  const next = tokens.indexOf(run[run.length - 1]!) + 1;
  if (BODY_TAIL.has(tokens[next]?.text ?? '')) {
    run.push(tokens[next]!);
    return;
  }
  if (!OPEN_QUOTES.has(tokens[next]?.text ?? '')) return;
  let k = next + 1;
  while (k < tokens.length && k - next <= 5 && isCapitalized(tokens[k]!.text)) k += 1;
  if (k > next + 1 && CLOSE_QUOTES.has(tokens[k]?.text ?? '')) run.push(...tokens.slice(next, k + 1));
}

/** The name before the appositive that ends at the comma `comma`: "X, the former Prime Minister, now …" → X. */
function nameBeforeAppositive(tokens: readonly Token[], comma: number): string | null {
  for (let j = comma - 1; j >= Math.max(1, comma - 8); j -= 1) {
    if (tokens[j]!.text === ',') return nameOf(nameRunBefore(tokens, j), true);
    if (/^[.;:()]$/.test(tokens[j]!.text)) return null;
  }
  return null;
}

/** The comma that opens the appositive an "and" at `and` continues, within a dozen words; else `and` itself. */
function appositiveComma(tokens: readonly Token[], and: number): number {
  for (let j = and - 1; j >= Math.max(1, and - 12); j -= 1) {
    const text = tokens[j]!.text;
    if (text === ',') return j;
    if (/^[.;:()]$/.test(text) || text === 'and') break;
  }
  return and;
}

/** The capitalized run of name words right before token `end` (exclusive), skipping words that open a sentence. */
function nameRunBefore(tokens: readonly Token[], end: number): string[] {
  const words: string[] = [];
  for (let k = end - 1; k >= 0 && isCapitalized(tokens[k]!.text) && words.length < 6; k -= 1) words.unshift(tokens[k]!.text);
  while (words.length && !isNameWord(words[0]!)) words.shift();
  return words.every(isNameWord) ? words : [];
}

/** "was appointed", "became", "took office as", "resigned as", "was dismissed from the post of" before a post. */
const VERB_BEFORE = /(?:,\s*|\s)(?:(?:was|has\s+been|had\s+been|is|were)\s+)?(?:(?:officially|also|again|later|then)\s+)?((?:re-?)?appointed|named|designated|promoted|became|becomes|took\s+office|took\s+the\s+oath(?:\s+of\s+office)?|was\s+inaugurated|has\s+been|have\s+been|had\s+been|has\s+served\s+as|resigned|stepped\s+down|dismissed|relieved|removed|retired|sworn\s+in|confirmed(?:\s+by\s+(?:the\s+)?[\w-]+)?)(?:\s+(?:as|from|of|to|for))?(?:\s+(?:the|his|her)\s+(?:post|position|office)s?\s+of)?(?:\s+(?:the|a))?(?:\s+new)?\s*$/i;
/** After a post: "in 1991-1994", "(1994–1997)", "from 1994 to 1997", "until 2012". */
const HELD_SPAN = /^\s*,?\s*\(?\s*(?:(?:in|from|during|between)\s+)?[12]\d{3}\s*(?:[-\u2010-\u2015]|to|and)\s*[12]\d{3}\b|^\s*,?\s*(?:until|till)\s+(?:\S+\s+){0,2}[12]\d{3}\b/;
/** A sentence that narrates a dated election: the posts its asides give are those of that day. */
const ELECTION_THEN = /\belections?\b.*\b[12]\d{3}\b|\b[12]\d{3}\b.*\belections?\b/;
/** "…, Head of the State Chancellery since February 2009, …", "(since December, 2008)": when the post was taken. */
function sinceDate(after: string): string | null {
  const since = /^\s*,?\s*\(?\s*(?:since|from)\s+/i.exec(after);
  return since ? (findDates(after.slice(since[0].length))[0]?.date ?? null) : null;
}

/** A sentence that narrates an election's results: the posts its candidates are given are those of that day. */
function narratesResults(sentence: string): boolean {
  return RESULTS.test(sentence) && (ELECTION_THEN.test(sentence) || /\b(?:defeated|round|run-?off|votes)\b/.test(sentence));
}

/** A share in a sentence: results narrated ("…, the Chairman of …, 17.33%"), not a mere mention of an election. */
const RESULTS = /\d\s*(?:%|per\s?cent\b|percent\b)/i;
const MOVED_ON = /^\s*,\s*(?:(?:was|has\s+been|had\s+been)\s+(?:sworn\s+in|elected|appointed|named)|became|has\s+become)\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?(?:acting\s+)?\p{Lu}/u;
const ENDS = /\b(?:until|till|to|before|by)\s+$/i;
const PAST_VERB = /^(?:resigned|stepped\s+down|dismissed|relieved|removed|retired|had\s+been)$/i;
/** "the Chairman of the Senate X took the oath as President": after the name, the move to another post. */
const MOVED_AFTER = /^\s*,?\s*(?:took\s+the\s+oath(?:\s+of\s+office)?\s+as|became|has\s+become|was\s+(?:sworn\s+in\s+as|inaugurated\s+as|appointed|elected|named))\s+(?:the\s+)?(?:new\s+)?(?:acting\s+)?(\p{Lu}\p{L}*)/u;

/** True when the text after a name moves its holder from `title` to another post. */
function movedOn(after: string, title: string): boolean {
  const moved = MOVED_AFTER.exec(after);
  return moved !== null && !title.split(/\s+/).includes(moved[1]!);
}


function sliceText(sentence: string, tokens: readonly Token[], from: number, to: number): string {
  return sentence.slice(tokens[from]!.start, tokens[to - 1]!.end);
}

/**
 * People a sentence of prose names with a post:
 * - "Adil Shayakhmetov, Chairman of the National Security Committee, said …" (name, then post);
 * - "Prime Minister Karim Masimov", "Minister of Finance Bolat Zhamishev" (post, then name);
 * - "Sergey Akhmetov was appointed Prime Minister in September, 2012" (with the start date);
 * - a past or historic post: "former Prime Minister Akezhan Kazhegeldin", "the first President
 *   Nursultan Nazarbayev", "ex-Minister …", "the late …", "the then …", "X resigned as …".
 * A name is two to four capitalized words none of which is a body's word, a country or a post.
 */
export function findProsePersons(sentence: string, before = '', account = before): ProsePerson[] {
  return withListedParty(endedByStay(readProsePersons(sentence, before, account), sentence), sentence);
}

/** A post that ends in a party's noun and names none: "лидер партии" (lexicon `postHolders.partyNouns`). */
const PARTY_POST = new RegExp(`\\s(?:${allWords((l) => l.postHolders.partyNouns).join('|') || '(?!)'})$`, 'u');
/** A list line that opens with a party's name in quotes and a dash: "«Ар-Намыс» – …". */
const QUOTED_SUBJECT = /^«([^«»]{2,40})»\s+[\u2013\u2014-]\s+/u;

/** "«Ар-Намыс» – лидер партии Феликс Кулов": the party the line names is the one its post leads. */
function withListedParty(found: ProsePerson[], sentence: string): ProsePerson[] {
  const subject = QUOTED_SUBJECT.exec(sentence);
  if (!subject) return found;
  for (const p of found) if (PARTY_POST.test(p.title)) p.title = `${p.title} «${subject[1]}»`;
  return found;
}

/** Each lexicon's "remained in office until" (`postTerms.stayedUntil`), or none. */
const STAYED = LEXICONS.map((l) => anyOf(l.postTerms.stayedUntil)).filter((p): p is string => !!p).map((p) => new RegExp(`(?<![\\p{L}])(?:${p})\\s+`, 'u'));

/**
 * "Министр обороны X и министр юстиции Y оставались в должностях до 1 мая 2019 г.": the posts of
 * the people named before the verb, in its clause, are over on the date after it.
 */
function endedByStay(found: ProsePerson[], sentence: string): ProsePerson[] {
  for (const pattern of STAYED) {
    const stay = pattern.exec(sentence);
    if (!stay) continue;
    const rest = sentence.slice(stay.index + stay[0].length);
    const date = findDates(rest).find((d) => d.index === 0)?.date;
    if (!date) continue;
    const opened = sentence.lastIndexOf(';', stay.index) + 1;
    for (const p of found) {
      const at = sentence.indexOf(p.name, opened);
      if (at < 0 || at > stay.index || p.past) continue;
      Object.assign(p, { past: true, ended: true, endDate: date });
    }
  }
  return found;
}

function readProsePersons(sentence: string, before: string, account: string): ProsePerson[] {
  const found: ProsePerson[] = [...withTerms(findCasedPosts(sentence), sentence, before, account), ...findHeldPosts(sentence)];
  // Every form needs a post's noun: most sentences have none.
  if (!ROLE_PATTERN.test(sentence) && !LOWER_ROLE_PATTERN.test(sentence) && !/\bheads\s+the\b|\b(?:headed|led|chaired)\s+by\b|\b(?:a|an|the)\s+(?:member|chairman|head|secretary|director|leader)\s+of\b/.test(sentence)) return found;
  const tokens = tokenize(sentence);
  promoteAppositiveRoles(tokens);
  const add = (name: string | null, title: string, past: boolean, startDate: string | null) => {
    if (!name) return;
    const same = found.find((p) => p.name === name && p.title === title);
    if (same) {
      // Read twice (an appositive, then the appointment's verb): the reading with a date completes the first.
      same.startDate ??= past ? null : startDate;
      return;
    }
    found.push({ name, title, past, ended: past && endedByMark(sentence, title), startDate, text: sentence });
  };
  let after = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    if (i < after || !ROLE_NOUNS.has(tokens[i]!.text)) continue;
    const post = readPost(tokens, i);
    after = post.ofRun ? tokens.indexOf(post.ofRun[post.ofRun.length - 1]!) + 1 : post.end;
    const fullEnd = after;

    // "X was appointed Prime Minister in …", "X resigned as Minister of …".
    const from = Math.max(0, tokens[post.start]!.start - 200);
    const verb = VERB_BEFORE.exec(sentence.slice(from, tokens[post.start]!.start));
    if (verb) {
      const verbAt = from + verb.index + 1;
      // "Roza Otunbayeva, confirmed by the referendum as President …": the name may stand before a comma.
      let before = tokens.findIndex((t) => t.start >= verbAt);
      if (tokens[before - 1]?.text === ',') before -= 1;
      const run = nameRunBefore(tokens, before);
      // "Putin was appointed Chairman of the Government on …": a surname alone, for the page's one person of that name.
      let name = nameOf(run, true) ?? (run.length === 1 && (before === run.length || !isCapitalized(tokens[before - 2]?.text ?? '')) ? run[0]! : null);
      // "Kassym-Jomart Tokayev, the Chairman of the Senate, was sworn in as President": past the aside.
      const aside = name ? -1 : tokens.slice(0, before).map((t) => t.text).lastIndexOf(',');
      if (aside > 0) name = nameOf(nameRunBefore(tokens, aside), true);
      if (name) {
        const past = PAST_VERB.test(verb[1]!) || post.past;
        // The start: a date after the post, not one that ends it ("holds the post until 31 December 2011").
        const rest = sentence.slice(tokens[fullEnd - 1]!.end);
        const start = findDates(rest).find((d) => !ENDS.test(rest.slice(Math.max(0, d.index - 8), d.index)));
        const date = past ? null : (start?.date ?? null);
        add(name, sliceText(sentence, tokens, post.start, fullEnd), past, date);
        continue;
      }
    }

    // "Chairman of the Supreme Council in 1991-1994": a post held for a span that is over.
    if (HELD_SPAN.test(sentence.slice(tokens[fullEnd - 1]!.end, tokens[fullEnd - 1]!.end + 40))) post.past = true;

    // "X, the Chairman of the Senate, was sworn in as President": the post he left.
    if (MOVED_ON.test(sentence.slice(tokens[fullEnd - 1]!.end))) post.past = true;

    // "X, Chairman of …", "X, the former Minister of …", "X (Prime Minister)".
    let k = post.start - 1;
    if (k >= 0 && PAST_MARKS.has(tokens[k]!.text)) k -= 1;
    if (k >= 0 && /^(?:the|a|an)$/.test(tokens[k]!.text)) k -= 1;
    // "X, the Mayor of Dushanbe and Chairman of …", "X, the President's daughter and Ambassador of …": the same appositive.
    if (k >= 2 && tokens[k]!.text === 'and') {
      const comma = appositiveComma(tokens, k);
      // "X, then Deputy Chairman of … and Minister of Health, became …": the mark of the first post is the second's too.
      if (comma < k && tokens.slice(comma + 1, k).some((t) => PAST_MARKS.has(t.text) || t.text === 'former')) post.past = true;
      k = comma;
    }
    // "X, the former Prime Minister, now Akim of Almaty": a second appositive after the first.
    if (k >= 1 && tokens[k]!.text === 'now') k -= 1;
    if (k >= 1 && (tokens[k]!.text === ',' || tokens[k]!.text === '(')) {
      const name = nameOf(nameRunBefore(tokens, k), true) ?? INITIALED_END.exec(sentence.slice(0, tokens[k]!.start))?.[1] ?? nameBeforeAppositive(tokens, k);
      if (name) {
        // "In the first round of the election on June 23, 1994 …, and X, the Chairman of …, 17.33%": a candidate's post then.
        const past = post.past || narratesResults(sentence);
        add(name, sliceText(sentence, tokens, post.start, fullEnd), past, past ? null : sinceDate(sentence.slice(tokens[fullEnd - 1]!.end)));
        continue;
      }
    }

    // "The last Head of the Administration was Viktor Medvedchuk", "The Prime Minister is Ivan Petrov".
    const copula = COPULA_NAME.exec(sentence.slice(tokens[fullEnd - 1]!.end));
    if (copula && nameOf(copula[2]!.split(/\s+/).filter(isNameWord), false) === copula[2]) {
      add(copula[2]!, sliceText(sentence, tokens, post.start, fullEnd), post.past || /^(?:was|had\s+been)$/.test(copula[1]!), null);
      continue;
    }

    // "Minister of Finance Bolat Zhamishev": the name is the run's last words that are no body's.
    if (post.ofRun) {
      const words = post.ofRun.map((t) => t.text);
      let split = words.length;
      while (split > 0 && isNameWord(words[split - 1]!)) split -= 1;
      // "Akim of Almaty Akhmetzhan Yesimov": a place is no body word, but the name is the last words.
      const name = nameOf(words.slice(split), true);
      if (name && split === 0) split = words.length - name.split(' ').length;
      if (name && split > 0) {
        const nameStart = tokens.indexOf(post.ofRun[words.length - name.split(' ').length]!);
        const title = sliceText(sentence, tokens, post.start, nameStart);
        add(name, title, post.past || movedOn(sentence.slice(post.ofRun[words.length - 1]!.end), title), null);
      }
      continue;
    }
    // "Prime Minister Karim Masimov": the name right after the post.
    const words: string[] = [];
    for (let j = post.end; j < tokens.length && isNameWord(tokens[j]!.text) && words.length < 4; j += 1) words.push(tokens[j]!.text);
    const initialed = words.length < 2 && tokens[post.end] ? INITIALED_START.exec(sentence.slice(tokens[post.end]!.start))?.[1] : undefined;
    if (initialed) {
      add(initialed, sliceText(sentence, tokens, post.start, post.end), post.past, null);
      continue;
    }
    const name = nameOf(words, false);
    if (name) {
      const title = sliceText(sentence, tokens, post.start, post.end);
      add(name, title, post.past || narratesResults(sentence) || movedOn(sentence.slice(tokens[post.end + name.split(' ').length - 1]!.end), title), null);
      after = post.end + name.split(' ').length;
    }
  }
  headsBody(sentence, add);
  roleOfBody(sentence, add);
  activeAppointment(sentence, add);
  return found;
}

/**
 * True when two titles are one post's: the same role noun in any case ("Министр финансов", "министра"), or a
 * body's head ("Руководитель Правительства", a term read by the body) for the post the body's holder has.
 */
function sameRoleNoun(cased: string, term: string): boolean {
  const head = (title: string) => title.split(/\s+/)[0]!.toLowerCase().slice(0, 5);
  return head(cased) === head(term) || term.startsWith(`${lexiconOfWord(term).postTerms.headTitle} `);
}

/** A person's family word: "Т.А. Жумалиев" → жумалиев. */
const familyWord = (name: string) => name.split(/\s+/).filter((w) => !/\.$/.test(w) && !isNameParticle(w)).sort((a, b) => b.length - a.length)[0]?.toLowerCase() ?? '';

/** One family word, maybe in another case: "гелдимырадова" for "гелдимырадов" (a case's ending of up to two letters). */
function sameFamily(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short.replace(/[аяь]$/u, '')) && long.length - short.length <= 2;
}

/** Two names of one family whose other words differ from their first letters on ("Тигран Саргсян", "Серж Саргсян"): two people, no case misread. */
function isNamesake(a: string, b: string): boolean {
  const others = (name: string) => name.toLowerCase().split(/\s+/).filter((w) => w !== familyWord(name) && !/\.$/.test(w));
  const [x, y] = [others(a), others(b)];
  return x.length > 0 && y.length > 0 && x.every((w) => y.every((v) => w.slice(0, 3) !== v.slice(0, 3)));
}

/**
 * The posts a sentence gives with their terms (`findPostTerms`), in place of what the cased
 * reading made of the same person: "В должность Президента Аудра Лапене вступила …" is no
 * "Президента Даля" in the genitive, "министр обороны X был освобождён" no post held now.
 */
function withTerms(cased: ProsePerson[], sentence: string, before: string, account: string): ProsePerson[] {
  const terms = findPostTerms(sentence, before);
  // The general pairings of a post and its holder, for the people (and the post held now or over) the specific shapes did not read.
  for (const h of findPostHolders(sentence, before, account)) if (!terms.some((t) => t.name === h.name && t.ended === h.ended)) terms.push(h);
  if (!terms.length) return cased;
  // A cased reading the check refuses ("Нового министр его обязанности исполняет") gives way to a term of the same person.
  const kept = cased.filter((p) => !(roleFault(p.title) && terms.some((t) => t.name === p.name && !t.ended)));
  for (const t of terms) {
    // The same person read in the same words: a post that ended is over in both readings, its fuller title kept (unless misread).
    // Another role is another post ("глава государства X, занимавший пост Президента с 2001 по 2006 год"): both kept.
    const same = t.ended ? kept.find((p) => p.name === t.name && (roleFault(p.title) || sameRoleNoun(p.title, t.title))) : undefined;
    if (same) {
      Object.assign(same, { past: true, ended: true, endDate: t.endDate, startDate: same.startDate ?? t.startDate, title: roleFault(same.title) ? t.title : same.title });
      continue;
    }
    // The same post read twice (the cased reading and a clause's): once, with the date either gave.
    const twin = kept.find((p) => p.name === t.name && p.title === t.title && !p.ended && !t.ended);
    if (twin) {
      // The clause's reading says whether the post is held ("Президентом был избран X (54 %)": a share is no end of it).
      twin.past = t.ended;
      twin.startDate ??= t.startDate;
      continue;
    }
    // A cased reading of the same family under another name misread the case ("Даль" for "Даля").
    // (Not a namesake: "Тигран Саргсян" beside "Серж Саргсян" has other words than the family's.)
    for (let i = kept.length - 1; i >= 0; i -= 1) if (kept[i]!.name !== t.name && sameFamily(familyWord(kept[i]!.name), familyWord(t.name)) && !isNamesake(kept[i]!.name, t.name)) kept.splice(i, 1);
    kept.push({ name: t.name, title: t.title, past: t.ended, ended: t.ended, startDate: t.startDate, endDate: t.endDate, text: sentence });
  }
  return kept;
}

/** "President Serzh Sargsyan appointed Karen Karapetyan, the former Mayor of Yerevan, Prime Minister of Armenia". */
const APPOINTED_NAME_POST = new RegExp(`\\b(?:appointed|named)\\s+(${NAME_WORD}(?:\\s+${NAME_WORD}){1,2})(?:\\s*,\\s*[^,]{2,80},)?\\s+(?:as\\s+)?(?:the\\s+)?((?:(?:First|Deputy|Vice|Acting)\\s+)*(?:Prime\\s+Minister|Minister|Chairman|Head|Secretary|Director|Governor|Akim|Mayor|Ambassador|Prosecutor\\s+General)(?:\\s+of\\s+(?:the\\s+)?${NAME_WORD}(?:\\s+(?:of|and|for|the|${NAME_WORD}))*)?)`, 'u');

/** The appointment a sentence reports in the active voice, dated by the sentence's date. */
function activeAppointment(sentence: string, add: (name: string | null, title: string, past: boolean, startDate: string | null) => void): void {
  const match = APPOINTED_NAME_POST.exec(sentence);
  if (!match) return;
  const words = match[1]!.split(/\s+/);
  if (!words.every(isNameWord)) return;
  const title = match[2]!.replace(/(?:\s+(?:of|and|for|the))+$/, '');
  add(nameOf(words, true), title, false, findDates(sentence)[0]?.date ?? null);
}

const LOWER_POST = '(?:(?:deputy|vice|first\\s+deputy)\\s+)?(?:member|chairman|chairwoman|chair|head|secretary|director|leader)';
/**
 * "Nursultan Nazarbayev keeps the status of … and remains a member of the Constitutional Council",
 * "Serzh Sargsyan, President of the Republic, is the Chairman of the Council": the sentence's
 * subject holds the post of the body named after the verb.
 */
const ROLE_OF_BODY = new RegExp(`^(${NAME_WORD}(?:\\s+${NAME_WORD}){1,2})(?:\\s*,[^,;]{1,80},)?\\s+(?:[^.;]{0,120}?\\s+and\\s+)?(?:remains|is|has\\s+been|became)\\s+(?:also\\s+|still\\s+|now\\s+)?(?:a|an|the)\\s+(${LOWER_POST}|(?:(?:Deputy|Vice|First\\s+Deputy)\\s+)?(?:Member|Chairman|Chairwoman|Chair|Head|Secretary|Director|Leader))\\s+of\\s+the\\s+(${BODY_RUN})`, 'u');
/** "; Artur Baghdasaryan is its Secretary": a second holder of the same body's post. */
const ITS_POST = new RegExp(`(?:;|,?\\s+and|,)\\s+(${NAME_WORD}(?:\\s+${NAME_WORD}){1,2})\\s+is\\s+its\\s+((?:(?:Deputy|Vice|deputy|vice)\\s+)?(?:Secretary|Chairman|Deputy|Member|Head|secretary|chairman|deputy|member|head))\\b`, 'gu');

function capitalize(word: string): string {
  return word.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

function roleOfBody(sentence: string, add: (name: string | null, title: string, past: boolean, startDate: string | null) => void): void {
  const match = ROLE_OF_BODY.exec(sentence);
  if (!match) return;
  const body = match[3]!.replace(/(?:\s+(?:of|the|and|for|on))+$/, '');
  const words = match[1]!.split(/\s+/);
  if (!words.every(isNameWord) || !body.split(/\s+/).some((w) => BODY_WORDS.has(w))) return;
  add(nameOf(words, true), `${capitalize(match[2]!)} of the ${body}`, false, null);
  for (const its of sentence.slice(match.index + match[0].length).matchAll(ITS_POST)) {
    const second = its[1]!.split(/\s+/);
    if (second.every(isNameWord)) add(nameOf(second, true), `${capitalize(its[2]!)} of the ${body}`, false, null);
  }
}

/** "X now heads the National Security Committee as its Chairman", "X, who heads the Y", "The Y is headed by X". */
function headsBody(sentence: string, add: (name: string | null, title: string, past: boolean, startDate: string | null) => void): void {
  const heads = HEADS.exec(sentence);
  const headed = heads ? null : HEADED_BY.exec(sentence);
  if (!heads && !headed) return;
  const words = (heads ? heads[1]! : headed![2]!).split(/\s+/);
  while (words.length && !isNameWord(words[0]!)) words.shift();
  // The body's name without the small words around it: "the National Security Committee as" → "National Security Committee".
  const body = (heads ? heads[2]! : headed![1]!).replace(/^(?:(?:of|the|and|for|on)\s+)+|(?:\s+(?:of|the|and|for|on))+$/g, '');
  if (words.length < 2 || !words.every(isNameWord) || !body.split(/\s+/).some((w) => BODY_WORDS.has(w))) return;
  // The Government's head has a post of its own (Prime Minister); a bare noun ("The Council") is the paragraph's body.
  if (/^Government\b/.test(body)) return;
  const role = heads?.[3] ?? (headed && /\bchaired\b/.test(headed[0]) ? 'Chairman' : 'Head');
  add(nameOf(words, true), `${role} of the ${body}`, false, null);
}

const ROLE_PATTERN = new RegExp(`\\b(?:${[...ROLE_NOUNS].join('|')})\\b`, 'u');
const LOWER_ROLE_PATTERN = new RegExp(`,\\s+(?:\\S+\\s+){0,2}(?:${[...LOWER_ROLES].join('|')})\\s+of\\b`, 'u');

/** The lexicons whose names take the case of the post before them ("председателя … Артура Габриеляна"). */
const CASED = LEXICONS.filter((l) => Object.keys(l.personNames.postCases).length > 0);

/** A lexicon's word pattern that matches with its first letter in either case: "[Пп]редседател…". */
const eitherCase = (word: string) => word.replace(/^(\p{Lu})/u, (c) => `[${c}${c.toLowerCase()}]`);
/** Like `eitherCase`, for a word the lexicon writes in lower case: "бывш…" → "[бБ]ывш…". */
const eitherFirstCase = (word: string) => word.replace(/^(\p{L})/u, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);

/** A name's word of two letters or more: "Украины О.Д. Бондаренко" holds the initials "О.Д.", no word "О". */
const WHOLE_WORD = `(?=\\p{Lu}[\\p{L}'’])${NAME_WORD}`;
/** "Фуад Ильхам оглы Мамедли", "Рустамов Артур Тофик оглы": a name with the father's name and its particle, the family name after or before. */
const PARTICLE_NAME = `(?:${NAME_WORD}\\s+){0,2}(?:${NAME_WORD}\\s+${NAME_WORD}\\s+${NAME_PARTICLE}\\s+${NAME_WORD}|${NAME_WORD}\\s+${NAME_WORD}\\s+${NAME_WORD}\\s+${NAME_PARTICLE}(?![\\p{L}]))`;

/** A body's own name in quotes among a post's words: "лидер партии «Процветающая Армения» X". */
const QUOTED_BODY = '«[^«»]{1,40}»';

/**
 * "бывшего государственного министра по вопросам реинтеграции Гела Бераидзе": a past mark, modifiers, the post's noun, its body, then a name
 * (never inside a hyphenated word: "Премьер-министром" holds no "министром").
 */
function casedPostPattern(l: Lexicon): RegExp {
  // A mark may open the sentence ("Прежний министр …"): either case of its first letter.
  const past = anyOf(l.personNames.pastMarks.map(eitherFirstCase));
  const modifiers = `(?:(?:${l.roles.modifiers.map(eitherCase).join('|')}|\\p{Ll}+(?:ый|ий|ого|его|ому|ым|ая|ой|ую))\\s+)*`;
  const noun = `(?:${l.roles.nouns.map(eitherCase).join('|')})`;
  return new RegExp(`(?<![\\p{L}\\p{N}-])(?:(${past})(?:(?<=-)|\\s+))?(${modifiers}${noun})(?![\\p{L}\\p{N}])((?:\\s+(?!(?:${past}|${noun})(?![\\p{L}]))(?:[\\p{L}.-]+|${QUOTED_BODY})){0,10}?)\\s+(${PARTICLE_NAME}|${WHOLE_WORD}(?:\\s+${WHOLE_WORD}){1,2}(?!\\s+${NAME_PARTICLE}(?![\\p{L}]))|(?:\\p{Lu}\\.\\s?){1,2}${NAME_WORD})(?=\\s*(?:[,.;:()«»–—-]|$|\\s\\p{Ll}))`, 'gu');
}
const CASED_POSTS = CASED.map((l) => ({ lexicon: l, pattern: casedPostPattern(l) }));
/** A post's noun as the last word before a post ("помощник " before "Президента"). */
const OWNER_BEFORE = new Map(CASED.map((l) => [l, new RegExp(`(?<![\\p{L}-])(${l.roles.nouns.map(eitherCase).join('|')})\\s+$`, 'u')]));
/** A preposition right before a post that puts it in the prepositional case (lexicon `personNames.prepositionalBefore`). */
const PREPOSITIONAL_BEFORE = new Map(CASED.map((l) => [l, new RegExp(`(?<![\\p{L}])${anyOf(l.personNames.prepositionalBefore.map(eitherFirstCase)) ?? '(?!)'}\\s+$`, 'u')]));
/** "избрал Премьер-министром " right before a post in the genitive: an active verb of appointment and one post's word in the instrumental. */
const TAKEN_BEFORE = new Map(CASED.map((l) => [l, new RegExp(`(?<![\\p{L}])${anyOf(l.postHolders.activeAppointed) ?? '(?!)'}\\s+(\\p{L}[\\p{L}-]*)\\s+$`, 'u')]));

/** The post taken, in the nominative, where an appointing verb and a post's word in the instrumental stand right before the holder's own post. */
function takenBefore(l: Lexicon, before: string): string | null {
  const word = TAKEN_BEFORE.get(l)!.exec(before)?.[1];
  if (!word || caseOfPost(l, word) !== 'instrumental') return null;
  const noun = toNominative(word, 'instrumental');
  return WHOLE_NOUN.get(l)!.test(noun) ? noun.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : null;
}

/** A party leader's noun (lexicon `groupShapes.partyLeaders`). */
const LEADER_NOUN = new Map(CASED.map((l) => [l, new RegExp(`^(?:${l.groupShapes.partyLeaders.join('|') || '(?!)'})`, 'u')]));
/** A list item's opening body before its dash: a quoted name, or capitalized words with no digit or comma ("Партия гражданской воли – Зелёная партия" → its first). */
const ITEM_BODY = /^\s*(?:[•*-]\s+)?(«[^«»]{1,40}»|\p{Lu}[\p{L}-]*(?:\s+[\p{L}«»-]+){0,6})(?:\s+[–—]\s+\p{Lu}[\p{L}-]*(?:\s+[\p{L}«»-]+){0,4})?\s+[–—]\s*$/u;

/** The body, in the genitive, whose leader a list item's post names right after its dash; null where none opens the item. */
function itemBody(l: Lexicon, before: string, noun: string): string | null {
  if (!LEADER_NOUN.get(l)!.test(noun)) return null;
  const item = ITEM_BODY.exec(before);
  return item ? bodyInGenitive(l, item[1]!) : null;
}

/**
 * "Монгольская народная партия" → "Монгольской народной партии": a body's adjectives and head noun in the
 * genitive (lexicon `bodyGenitive`, read backwards), the words after the noun as written; a quoted name stays.
 */
export function bodyInGenitive(l: Lexicon, body: string): string | null {
  if (/^«/u.test(body)) return body;
  const words = body.split(/\s+/);
  const { nouns, adjectives } = l.bodyGenitive;
  const consonant = new RegExp(l.postTerms.bodyGenitiveAdded.after, 'u');
  const isAdjective = (w: string) => Object.values(adjectives).some((pairs) => pairs.some(([, nom]) => w.endsWith(nom)));
  const head = words.findIndex((w) => !isAdjective(w));
  if (head < 0) return null;
  const noun = words[head]!;
  const entry = nouns.find(([, nom]) => (nom ? noun.endsWith(nom) : consonant.test(noun)));
  if (!entry) return null;
  const [genEnding, nomEnding, gender] = entry;
  const inflect = (w: string) => {
    const pair = adjectives[gender].find(([, nom]) => w.endsWith(nom));
    return pair ? w.slice(0, w.length - pair[1].length) + pair[0] : w;
  };
  const headNoun = noun.slice(0, noun.length - nomEnding.length) + genEnding;
  return [...words.slice(0, head).map(inflect), headNoun, ...words.slice(head + 1)].join(' ');
}

/** "исполняющей обязанности" before a post: the phrase's case (the participle's) and its title in the nominative, or null. */
function actingPost(l: Lexicon, modifiers: readonly string[], name: string): { grammaticalCase: GrammaticalCase; title: string } | null {
  const { words, forms, titles } = l.personNames.actingPosts;
  const m = regExp(`^${words}$`, 'u').exec(modifiers.join(' '));
  if (!m) return null;
  const form = forms.find((f) => m[1] === f.ending && (!f.nameShows || name.split(/\s+/).some((w) => regExp(f.nameShows!, 'u').test(w))));
  if (!form) return null;
  return { grammaticalCase: form.grammaticalCase, title: form.feminine ? titles.feminine : titles.masculine };
}

/** A body's noun that takes a person's name, ending the post's words (lexicon `personNames.eponymBodies`). */
const EPONYM_BODY = new Map(CASED.map((l) => [l, new RegExp(`(?<![\\p{L}])${anyOf(l.personNames.eponymBodies) ?? '(?!)'}$`, 'u')]));
/** A kin noun, maybe after its adjective ("старший сын"), right before a post. */
const KIN_BEFORE = new Map(CASED.map((l) => [l, new RegExp(`(?<![\\p{L}])${anyOf(l.personNames.kinBefore.map(eitherFirstCase)) ?? '(?!)'}\\s+$`, 'u')]));
/** Words that are a body's or a place's, never a name's: "Национального", "Собрания", "Федерации". */
const NOT_NAME = new Set(allWords((l) => l.notNameWords));
const BODY_NOUN = new RegExp(`^(?:${allWords((l) => l.bodyNouns).join('|')})$`, 'u');
/** (A plural adjective in the instrumental too: "Главнокомандующим Вооружёнными Силами" names a body.) */
const ADJECTIVE_OR_BODY = /(?:ск|цк|н)(?:ой|ого|ый|ая|ое|ых|их|ому|ым)$|(?:ци|ни)[иея]$|(?:ани|ени)[ея]$|\p{L}{3}(?:ыми|ими)$/u;
/** A share in the sentence: a candidate's post there is the one held on the day of the vote. */
const SHARE = /\d\s*(?:%|процент)/u;

/** Each lexicon's post nouns as whole words, either capital. */
const WHOLE_NOUN = new Map(CASED.map((l) => [l, new RegExp(`^(?:${l.roles.nouns.map(eitherCase).join('|')})$`, 'u')]));

/** Where a post's head noun stands among its words: the first post noun, or the last word. */
function headNounAt(l: Lexicon, words: readonly string[]): number {
  const at = words.findIndex((w) => WHOLE_NOUN.get(l)!.test(w));
  return at >= 0 ? at : words.length - 1;
}

/** The case a post's noun stands in, by its lexicon's endings (nominative when none fits). */
function caseOfPost(l: Lexicon, noun: string): GrammaticalCase {
  for (const [grammaticalCase, ending] of Object.entries(l.personNames.postCases) as Array<[GrammaticalCase, string]>) {
    if (new RegExp(ending, 'u').test(noun)) return grammaticalCase;
  }
  return 'nominative';
}

/** True for words that may be a person's name: none a body's, a place's or an adjective's. */
function isCasedName(words: readonly string[]): boolean {
  // "секретарём СНБО Порошенко": an all-capital word is a body's acronym, no given name.
  return words.every((w) => /^\p{Lu}\p{Ll}?\.$/u.test(w) || (!NOT_NAME.has(w.toLowerCase()) && !BODY_NOUN.test(w) && !ADJECTIVE_OR_BODY.test(w) && !/^\p{Lu}{2,}$/u.test(w)));
}

/** The name at the end of a run of capitalized words: two, three with a patronymic, or initials and a family name. */
function casedNameOf(run: string, grammaticalCase: GrammaticalCase): string[] {
  const words = run.split(/\s+/);
  // A body's capitalized words may run into it ("советник Президента Лейла Вагиф кызы Алиева"): the name is its last four.
  if (words.some(isNameParticle)) return words.slice(-4);
  const initials = /^((?:\p{Lu}\.\s?){1,2})(\S+)$/u.exec(run);
  if (initials) return [initials[1]!.trim(), initials[2]!];
  // "Дмитрия Сергеевича Орлова": a patronymic in the post's case is one in the nominative.
  // The post's case or the verb's ("назначила Премьер-министром Михаила Яновича Гордиенко").
  const patronymic = (w: string) => nominativesOf(w).some(isPatronymic);
  return words.length === 3 && (patronymic(words[1]!) || patronymic(words[2]!)) ? words : words.slice(-2);
}

/** "новым министром назначен X": a verb of appointment after the post is no body's word (the rule of person lines reads it). */
const APPOINTED_WORD = new RegExp(`(?<![\\p{L}])${anyOf(allWords((l) => l.personNames.appointedAs)) ?? '(?!)'}(?![\\p{L}])`, 'u');

/** "был", "является", "стал", "вновь": a copula or an auxiliary, never a word of a post (lexicon postTerms.copulas, wasVerbs, postHolders.auxiliaries). */
const COPULA_WORD = new Map(CASED.map((l) => [l, new RegExp(`^(?:${[...l.postTerms.copulas, ...l.postTerms.wasVerbs, ...l.postHolders.auxiliaries].join('|')})$`, 'iu')]));
/** "был …": the post was held then, and is over. */
const WAS_WORD = new Map(CASED.map((l) => [l, new RegExp(`^(?:${anyOf(l.postTerms.wasVerbs) ?? '(?!)'})$`, 'iu')]));

/** A post's noun in the plural nominative (lexicon `personNames.pluralNominative`). */
const PLURAL_NOMINATIVE = new Map(CASED.map((l) => [l, new RegExp(l.personNames.pluralNominative ?? '(?!)', 'u')]));

/**
 * True when the words before a post in the genitive end in a body's noun in the genitive: the post is that body's
 * ("главу Администрации Президента С.В. Левченко": the head of the administration, no President), not the name's
 * (unlike "правительство премьер-министра Данияра Усенова", a body in the nominative).
 */
function bodysComplement(l: Lexicon, before: string): boolean {
  const word = /(\S+)\s+$/u.exec(before)?.[1] ?? '';
  return BODY_NOUN.test(word) && new RegExp(l.personNames.postCases.genitive ?? '(?!)', 'u').test(word);
}

/** "на посту ", "в должности ": the words before a post in the genitive that a copula's holder held. */
const IN_POST_BEFORE = new Map(CASED.map((l) => [l, new RegExp(`(?<![\\p{L}])${anyOf(l.postHolders.inPost.map(eitherFirstCase)) ?? '(?!)'}\\s+$`, 'u')]));
const RELATIVE_WORD = new Map(CASED.map((l) => [l, new RegExp(`^(?:${anyOf(l.postHolders.relativeBody) ?? '(?!)'})$`, 'iu')]));

/**
 * True when a copula's holder holds the post before it: one in the instrumental ("руководителем Аппарата был X")
 * or in the genitive after "на посту" ("на посту главы правительства был X"); never a post in another case
 * ("Президент был избран …"), a body's word that is a post's noun ("помощником Президента … является X"),
 * or a relative pronoun for the body ("сопредседателями которой стали X").
 */
function copulaGoverns(l: Lexicon, before: string, grammaticalCase: GrammaticalCase, body: readonly string[]): boolean {
  if (body.some((w) => RELATIVE_WORD.get(l)!.test(w))) return false;
  return grammaticalCase === 'instrumental' || (grammaticalCase === 'genitive' && IN_POST_BEFORE.get(l)!.test(before));
}

/** "… назначена", "… избран": a passive verb of appointment or election at the end of what follows a post (lexicon postHolders.electedVerbs too). */
const APPOINTED_TAIL = new RegExp(`\\s+${anyOf([...allWords((l) => l.personNames.appointedAs), ...allWords((l) => l.postHolders.electedVerbs), ...allWords((l) => l.personNames.pastElected ?? [])]) ?? '(?!)'}$`, 'u');
/** "… избирался": the passive of a past, repeated election; the post is over (lexicon `personNames.pastElected`). */
const PAST_ELECTED_TAIL = new RegExp(`\\s+${anyOf(allWords((l) => l.personNames.pastElected ?? [])) ?? '(?!)'}$`, 'u');

/**
 * The words before a post's noun in the nominative, when each is a word that qualifies a post
 * ("ответственным" → "ответственный"); null when one is not ("новым министром": a new minister, no post's name).
 */
function nominativeModifiers(l: Lexicon, words: readonly string[]): string[] | null {
  const modifier = regExp(`^(?:${l.roles.modifiers.join('|')})$`, 'iu');
  const nominative = (w: string) => {
    const pair = l.groups.adjectives.masculine.find(([ending]) => w.endsWith(ending));
    return pair ? w.slice(0, w.length - pair[0].length) + pair[1] : w;
  };
  const read = words.map(nominative);
  return read.every((w) => modifier.test(w)) ? read : null;
}

/**
 * The case a name after a post stands in: the post's, except after a post in the instrumental that
 * a verb governs ("назначила Премьер-министром Михаила Гордиенко"), where a name with no
 * instrumental ending is the verb's object, in the accusative.
 */
function caseOfName(words: readonly string[], postCase: GrammaticalCase): GrammaticalCase {
  if (postCase !== 'instrumental') return postCase;
  return words.some((w) => toNominative(w, 'instrumental') !== w) ? postCase : 'accusative';
}

/** A lexicon's mark of a past post right before a post's words: "former ", "the former ", "ex-". */
const ENDED_MARK = new RegExp(`(?<![\\p{L}])${anyOf(LEXICONS.flatMap((l) => l.personNames.pastMarks)) ?? '(?!)'}\\s*$`, 'iu');

/** True when the post's words, as written, follow a mark of a past post: "former Prime Minister", "ex-Minister". */
function endedByMark(sentence: string, title: string): boolean {
  const at = sentence.indexOf(title);
  return at > 0 && ENDED_MARK.test(sentence.slice(Math.max(0, at - 24), at));
}

/**
 * People a sentence names after a post in a language whose names take the post's case:
 * "председателя Национального Собрания Артура Габриеляна" → Артур Габриелян, "бывший министр Г.
 * Пашкевич" (past), "депутат Жогорку Кенеша Асель Мамбетова". The name is read back to the nominative.
 */
export function findCasedPosts(sentence: string): ProsePerson[] {
  const found: ProsePerson[] = [];
  for (const { lexicon, pattern } of CASED_POSTS) {
    // Its words are in its own script: a sentence with none of its letters has no such post.
    if (!hasScriptLetter(lexicon, sentence)) continue;
    const matches = [...sentence.matchAll(pattern)];
    for (const match of matches) {
      const post = match[2]!;
      // "ответственным секретарём Комитета назначена X": a passive verb between the post and its holder, who stands in the nominative.
      const passive = APPOINTED_TAIL.exec(match[3]!);
      const afterPost = (passive ? match[3]!.slice(0, passive.index) : match[3]!).trim().split(/\s+/).filter(Boolean);
      // "руководителем Аппарата был X": a copula ends the post's words; its holder after it stands in the nominative.
      const copulaAt = afterPost.findIndex((w) => COPULA_WORD.get(lexicon)!.test(w));
      const between = copulaAt >= 0 ? afterPost.slice(0, copulaAt) : afterPost;
      const wasCopula = copulaAt >= 0 && afterPost.slice(copulaAt).some((w) => WAS_WORD.get(lexicon)!.test(w));
      // "пост министра обороны вместо маршала Y занял X": Y, in the genitive, held the post before; what stands between is no post's.
      const insteadAt = between.findIndex((w) => lexicon.postHolders.insteadOf.includes(w));
      const instead = insteadAt >= 0;
      const body = (instead ? between.slice(0, insteadAt) : between).join(' ');
      // A body's capitalized words may run into the name ("депутат Жогорку Кенеша Асель Мамбетова"): the name is the last words.
      // "заместителя министра": the first post's noun is the head, a second one its body in the genitive.
      const postWords = post.split(/\s+/);
      const head = headNounAt(lexicon, postWords);
      const noun = postWords[head]!;
      const acting = actingPost(lexicon, postWords.slice(0, head), match[4]!);
      const grammaticalCase = acting?.grammaticalCase ?? caseOfPost(lexicon, noun);
      const written = match[4]!.split(/\s+/);
      const nameWords = casedNameOf(match[4]!, grammaticalCase);
      // The written words before the name's: initials are one name word but may be two written ones ("А. В. Дворкович", no "А." of the post's).
      const extra = written.slice(0, written.length - nameWords.join(' ').split(/\s+/).length);
      // "помощник Президента А. В. Дворкович": a post's noun right before a post in the genitive is the holder's, the genitive its body.
      // Only a noun in the nominative: one in the instrumental is a post taken ("избрал Премьер-министром председателя партии X").
      const ownerWord = !match[1] && grammaticalCase === 'genitive' ? OWNER_BEFORE.get(lexicon)!.exec(sentence.slice(0, match.index!))?.[1] : undefined;
      const owner = ownerWord && caseOfPost(lexicon, ownerWord) === 'nominative' ? ownerWord : undefined;
      if (!isCasedName(nameWords) || /[.;]$/.test(body) || APPOINTED_WORD.test(body)) continue;
      // "президента Фонда Гейдара Алиева": a name right after a body that takes one is the body's, no holder.
      if (EPONYM_BODY.get(lexicon)!.test([body, ...extra].filter(Boolean).join(' '))) continue;
      // "спикеры обеих палат … Валентина Матвиенко и Вячеслав Володин": a plural post is each one's of a list, no genitive of one.
      if (PLURAL_NOMINATIVE.get(lexicon)!.test(noun)) continue;
      if (!match[1] && grammaticalCase === 'genitive' && bodysComplement(lexicon, sentence.slice(0, match.index!))) continue;
      if (copulaAt >= 0 && !copulaGoverns(lexicon, sentence.slice(0, match.index!), grammaticalCase, between)) continue;
      // "назначается Президентом с согласия Жогорку Кенеша": after a post in the instrumental, a preposition governs the name.
      if (!passive && grammaticalCase === 'instrumental' && lexicon.stopwords.includes(body.split(/\s+/)[0]!)) continue;
      // "первого вице-премьера": a post's own modifier goes back to the nominative with its noun (another adjective stays, for the post check to refuse).
      const modifiers = acting ? [acting.title] : passive ? nominativeModifiers(lexicon, postWords.slice(0, head)) : grammaticalCase === 'nominative' ? postWords.slice(0, head) : (nominativeModifiers(lexicon, postWords.slice(0, head)) ?? postWords.slice(0, head));
      if (!modifiers) continue;
      // "Хурал избрал Премьер-министром председателя партии X": the post in the instrumental before the holder's own is the one taken, the holder the verb's object.
      const taken = grammaticalCase === 'genitive' && !match[1] && !instead ? takenBefore(lexicon, sentence.slice(0, match.index!)) : null;
      const nameCase = owner || taken ? (owner ? 'nominative' : 'accusative') : instead ? 'genitive' : passive || copulaAt >= 0 ? 'nominative' : caseOfName(nameWords, grammaticalCase);
      const read = nameToNominative(nameWords, nameCase);
      const name = nameWords.map((w, i) => (isNameParticle(w) ? w : read[i]!)).join(' ');
      // "Демократическая партия – председатель X": a bare leader's post after the body a list item opens with is that body's.
      const headed = !body && !extra.length && grammaticalCase === 'nominative' ? itemBody(lexicon, sentence.slice(0, match.index!), noun) : null;
      const title = owner ? [owner, post, body, ...extra].filter(Boolean).join(' ') : [...modifiers, acting ? noun : toNominative(noun, grammaticalCase), ...postWords.slice(head + 1), body, ...extra, headed].filter(Boolean).join(' ');
      // "сын Президента Виктор X": the name is the kin's, a person who holds no post by it.
      const kin = KIN_BEFORE.get(lexicon)!.test(sentence.slice(Math.max(0, match.index! - 40), match.index!));
      // "при Президенте К. Кальюлайд": a post in the prepositional sets another clause's time, and its "-е" is no dative's.
      if (!match[1] && PREPOSITIONAL_BEFORE.get(lexicon)!.test(sentence.slice(Math.max(0, match.index! - 10), match.index!))) continue;
      const past = !!match[1] || instead || kin || SHARE.test(sentence);
      // A post in the instrumental is the one taken ("назначила Премьер-министром X"): the clause's date is when.
      const startDate = grammaticalCase === 'instrumental' && !past ? clauseDate(sentence, match.index!, match.index! + match[0].length, ',;') : null;
      // Only the lexicon's mark ("бывшего") says the post is over; a share in the sentence says only that it was held then.
      const ended = !kin && (instead || ((!!match[1] || (!!passive && PAST_ELECTED_TAIL.test(match[3]!)))));
      found.push({ name, title: title.replace(/^\p{Ll}/u, (c) => c.toUpperCase()), past, ended, startDate, ...(instead ? { endDate: clauseDate(sentence, match.index!, match.index! + match[0].length, ',;') } : {}), text: sentence });
      if (taken) found.push({ name, title: taken, past: false, ended: false, startDate: clauseDate(sentence, match.index!, match.index! + match[0].length, ',;'), text: sentence });
      // "…назначена Лариса Мельник, советник Президента": a post in the nominative after the name is the holder's own too.
      const after = match.index! + match[0].length;
      const own = APPOSITIVE.get(lexicon)!.exec(sentence.slice(after));
      // "…Алексей Кудрин, глава Банка России Эльвира Набиуллина": a post that runs into another's name is that person's, not an appositive.
      const anothers = own && matches.some((m) => m.index! >= after && m.index! < after + own[0].length);
      if (own && !anothers) found.push({ name, title: own[1]!.replace(/^\p{Ll}/u, (c) => c.toUpperCase()), past, ended: false, startDate: null, text: sentence });
    }
  }
  return found;
}

/** ", советник Президента", ", секретарь Совета по …": a post's noun in the nominative and a capitalized body after a comma. */
const APPOSITIVE = new Map(
  CASED.map((l) => [l, new RegExp(`^\\s*,\\s+((?:(?:${l.roles.modifiers.map(eitherCase).join('|')})\\s+)*(?:${l.roles.nouns.map(eitherCase).join('|')})${l.roles.inflection}\\s+\\p{Lu}[\\p{L}-]*(?:\\s+[\\p{L}-]+){0,6}?)(?=\\s*(?:[,.;]|$))`, 'u')]),
);

/** "Алымбека Токоева, который до 2008 г. занимал пост министра внутренних дел": a name, its relative clause, the post (genitive). */
function heldPattern(l: Lexicon): RegExp | null {
  const { masculine, feminine, current, past, post } = l.personNames.heldBy;
  if (!masculine.length || !post.length) return null;
  const noun = `(?:${l.roles.nouns.map(eitherCase).join('|')})`;
  return new RegExp(
    `(${WHOLE_WORD}\\s+${WHOLE_WORD})\\s*,\\s+(?:(${anyOf(masculine)})|${anyOf(feminine)})\\s+(?:[^,;]{0,40}?\\s+)?(?:(${anyOf(current)})|${anyOf(past)})\\s+(?:${anyOf(post)}\\s+(${noun}(?:\\s+[\\p{L}-]+){0,6}?)|(\\p{Lu}[\\p{L}-]*(?:\\s+[\\p{L}-]+){0,6}?))(?=\\s*(?:[,.;]|$))`,
    'gu',
  );
}
const HELD = CASED.map((l) => ({ lexicon: l, pattern: heldPattern(l) })).filter((h): h is { lexicon: Lexicon; pattern: RegExp } => !!h.pattern);
/** What every match of `HELD` holds, a cheap test first: ", который", ", которая" (most sentences have neither). */
const HELD_CUE = new RegExp(`,\\s+${anyOf(CASED.flatMap((l) => [...l.personNames.heldBy.masculine, ...l.personNames.heldBy.feminine])) ?? '(?!)'}\\s`, 'u');

/**
 * The holder back to the nominative from the case the sentence puts them in: a man's name in -а
 * ("Алымбека Токоева") from the genitive, a woman's in -ой ("Ирины Петровой"); else as written.
 */
function heldName(words: readonly string[], masculine: boolean): string {
  const cased = masculine ? words.every((w) => /[ая]$/u.test(w)) : words.some((w) => /(?:ой|ы|и)$/u.test(w));
  return words.map((w) => (cased ? toNominative(w, 'genitive') : w)).join(' ');
}

/** "Министерство экономики" after "возглавляет": its head's post ("Руководитель Министерства экономики"); none for a word that is no body's. */
function headOf(l: Lexicon, body: string): string {
  const bodyNoun = new RegExp(`^(?:${l.bodyNouns.join('|')})$`, 'u');
  return bodyNoun.test(body.split(/\s+/)[0]!) ? `${l.postTerms.headTitle} ${genitiveBody(l, body)}` : '';
}

/** People a relative clause gives a post now or before: "X, которая возглавляет должность …" (current), "X, который занимал пост …" (past). */
export function findHeldPosts(sentence: string): ProsePerson[] {
  const found: ProsePerson[] = [];
  if (!HELD_CUE.test(sentence)) return found;
  for (const { lexicon, pattern } of HELD) {
    for (const match of sentence.matchAll(pattern)) {
      const words = match[1]!.split(/\s+/);
      if (!isCasedName(words)) continue;
      const title = match[4] ? `${toNominative(match[4]!.split(' ')[0]!, 'genitive')}${match[4]!.slice(match[4]!.split(' ')[0]!.length)}` : headOf(lexicon, match[5]!);
      if (!title) continue;
      found.push({ name: heldName(words, !!match[2]), title: title.replace(/^\p{Ll}/u, (c) => c.toUpperCase()), past: !match[3], ended: !match[3], startDate: null, text: sentence });
    }
  }
  return found;
}

/** "до": the word before an acting aside's end ("(и.о. Президента до 28 января 2021 г.)", lexicon `appointment.until`). */
const UNTIL_WORD = `${anyOf(LEXICONS.flatMap((l) => l.appointment.until)) ?? '(?!)'}(?![\\p{L}])`;
/** "(и.о. Президента)" right after a name, in a language that keeps past posts (lexicon `actingTitles`): an acting post of the name's. */
const ACTING_ASIDE = new RegExp(`^\\s*\\(((?:${anyOf(LEXICONS.flatMap((l) => l.actingTitles)) ?? '(?!)'})\\s+\\p{Lu}[\\p{L}-]*(?:\\s+(?!${UNTIL_WORD})[\\p{L}-]+){0,3}?)(?:\\s+${UNTIL_WORD}\\s+([^()]{4,40}))?\\)`, 'u');
/** "исполнял": a past verb of acting in the sentence (lexicon `postHolders.actingPast`). */
const ACTED = new RegExp(`(?<![\\p{L}])${anyOf(allWords((l) => l.postHolders.actingPast ?? [])) ?? '(?!)'}(?![\\p{L}])`, 'u');

/**
 * "… Талант Мамытов (и.о. Президента)": the acting post an aside right after a name gives, over where the
 * sentence says the duties were performed ("обязанности Президента исполнял …"); null for any other aside.
 */
export function actingAsideAfter(after: string, sentence: string): { title: string; ended: boolean; endDate: string | null } | null {
  const aside = ACTING_ASIDE.exec(after);
  if (!aside) return null;
  const endDate = aside[2] ? findDates(aside[2])[0]?.date ?? null : null;
  return { title: aside[1]!, ended: !!endDate || ACTED.test(sentence), endDate };
}
