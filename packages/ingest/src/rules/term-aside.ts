/**
 * A post's term written beside its holder rather than in a clause of its own (lexicon `postTerms`,
 * `postHolders`, `yearPrepositions`):
 * - in parentheses after the name: "Иван Грушко (Президент в 2010–2014 гг.)", "Ivan Grushko (President in 2010–2014)";
 * - a post held before, its years in parentheses: "Ранее пост министра юстиции занимал Олег Ткач (2012–2016 гг.)";
 * - by a pronoun for the holder the sentence before named: "Он исполнял обязанности Президента с 3 мая 2004 г.
 *   по 1 июня 2005 г.", "Она была Председателем Правительства с августа 2009 г.";
 * - a post taken, its holder by surname alone, the post the sentence before gave: "В должность Петров вступил 7 мая 2018 года";
 * - a post's last holder after "сменил на посту": "Орлов сменил на посту Министра обороны Павла Гринько".
 */
import { findDates, firstDate } from './dates.js';
import { isName, NAME, nominativePost, isGenitive, type PostTerm } from './post-terms.js';
import { startsWithRoleWord } from './roles.js';
import { anyOf, hasScriptLetter, LEXICONS, nameToNominative, toNominative, type Lexicon } from '../lexicon/index.js';

const B = '(?<![\\p{L}\\p{N}-])';
const E = '(?![\\p{L}\\p{N}])';
/** "1996–2004": two years and a dash, the term's first and last. */
const YEARS = '(\\d{4})\\s*[-–—]\\s*(\\d{4})';
/** A post's words: its noun and up to five more, no mark. */
const POST = '(\\p{L}[\\p{L}-]*(?:\\s+[\\p{L}-]+){0,5}?)';

interface Shapes {
  lexicon: Lexicon;
  aside: RegExp;
  formerHeld: RegExp;
  pronounActing: RegExp;
  pronounWas: RegExp;
  tookBySurname: RegExp;
  replacedOnPost: RegExp;
  ofThePerson: RegExp;
}

function shapesOf(l: Lexicon): Shapes {
  const t = l.postTerms;
  const h = l.postHolders;
  const yearWords = t.yearWords.length ? `(?:\\s*(?:${t.yearWords.join('|')})${E})?` : '';
  const years = `${YEARS}${yearWords}`;
  // "с 31 декабря 1999 г. по 7 мая 2000 г.", "с августа 1999 г.": a range, or a start alone.
  // (A date's "г." is no sentence's end: the clause ends at a comma, a semicolon or the text's end.)
  const since = `(${anyOf(t.rangeFrom) ?? '(?!)'}\\s+[^,;()]{4,60}?)(?=\\s*(?:[,;]|\\.?$))`;
  const pronoun = anyOf(h.pronouns) ?? '(?!)';
  return {
    lexicon: l,
    // groups: 1 name, 2 post, 3 first year, 4 last year.
    aside: new RegExp(`${B}(${NAME})\\s*\\(\\s*${POST}\\s+(?:${anyOf(l.yearPrepositions)}\\s+)?${years}\\s*\\)`, 'gu'),
    // groups: 1 post, 2 name, 3 first year, 4 last year.
    formerHeld: new RegExp(`${B}${anyOf((t.pastClause.formerly).map((w) => w.replace(/^(\p{L})/u, (c) => `[${c.toUpperCase()}${c.toLowerCase()}]`))) ?? '(?!)'}\\s+${anyOf(t.postNouns) ?? '(?!)'}\\s+${POST}\\s+${anyOf(t.heldVerbs) ?? '(?!)'}\\s+(${NAME})(?:\\s*\\(\\s*${years}\\s*\\))?(?=\\s*(?:[,.;()]|$))`, 'u'),
    // groups: 1 post in the genitive, 2 dates.
    pronounActing: new RegExp(`^${pronoun}\\s+${anyOf(h.actingVerbs) ?? '(?!)'}\\s+${anyOf(t.actingGoverns) ?? '(?!)'}\\s+${POST}\\s+${since}`, 'u'),
    // groups: 1 post in the instrumental, 2 dates.
    pronounWas: new RegExp(`^${pronoun}\\s+${anyOf(t.wasVerbs) ?? '(?!)'}\\s+${POST}\\s+${since}`, 'u'),
    // groups: 1 surname. "В должность Петров вступил 7 мая 2018 года".
    // groups: 1 post in the genitive, 2 its last holder in the accusative. "сменил на посту Министра обороны Павла Гринько".
    replacedOnPost: new RegExp(`${B}(?:${anyOf(t.replacedOnPost) ?? '(?!)'})\\s+((?:[\\p{L}-]+\\s+){1,6}?)(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)(?=\\s*(?:[,.;:()]|$)|\\s+\\p{Ll})`, 'gu'),
    // "… Премьер-министра скончавшегося X", "… министра финансов бывшего банкира X": what describes the holder ends the post.
    ofThePerson: new RegExp(`\\s+(?:${anyOf(t.ofThePerson) ?? '(?!)'})(?:\\s+\\S+)*$`, 'u'),
    tookBySurname: new RegExp(`${B}${anyOf(t.tookOffice.before) ?? '(?!)'}\\s+(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)\\s+${anyOf(t.tookOffice.verbs) ?? '(?!)'}${E}`, 'u'),
  };
}
const SHAPES = LEXICONS.filter((l) => l.postHolders.pronouns.length || l.yearPrepositions.length).map(shapesOf);

const capital = (text: string) => text.replace(/^\p{Ll}/u, (c) => c.toUpperCase());

/** The first and last dates of "с X по Y" (the range's first word dates the end too), or the start alone. */
function datesOf(l: Lexicon, text: string): { from: string | null; to: string | null } {
  const to = new RegExp(`\\s(?:${l.postTerms.rangeTo.join('|')})\\s`, 'u').exec(text);
  if (!to) return { from: firstDate(text), to: null };
  const opening = text.split(/\s+/)[0]!;
  return { from: firstDate(text.slice(0, to.index)), to: firstDate(`${opening} ${text.slice(to.index + to[0].length)}`) };
}

type Add = (term: PostTerm) => void;

/** "X (Президент в 2010–2014 гг.)": the name must open its clause in the nominative (no preposition before it: "при X (…)"). */
function readAsides(s: Shapes, sentence: string, add: Add): void {
  for (const m of sentence.matchAll(s.aside)) {
    const words = [sentence.slice(0, m.index).trim().split(/\s+/).pop() ?? '', ...m[1]!.split(/\s+/)];
    if (words.some((w) => s.lexicon.stopwords.includes(w.toLowerCase())) || !startsWithRoleWord(m[2]!)) continue;
    add({ name: m[1]!, title: capital(m[2]!), startDate: m[3]!, endDate: m[4]!, ended: true });
  }
}

/** "министра", "Государственного секретаря": a post's first word in the genitive, a noun's or an adjective's. */
function genitivePost(l: Lexicon, post: string): boolean {
  const first = post.split(/\s+/)[0]!;
  return isGenitive(l, first) || l.postTerms.genitiveAdjectives.some(([ending]) => first.endsWith(ending));
}

/** "Ранее пост министра юстиции занимал X (2012–2016 гг.)": the post over, its years if given. */
function readFormerHeld(s: Shapes, sentence: string, add: Add): void {
  const m = s.formerHeld.exec(sentence);
  if (!m || !genitivePost(s.lexicon, m[1]!)) return;
  add({ name: m[2]!, title: nominativePost(m[1]!), startDate: m[3] ?? null, endDate: m[4] ?? null, ended: true });
}

/** "Орлов сменил на посту Министра обороны Павла Гринько": the post's last holder, the post over. */
function readReplacedOnPost(s: Shapes, sentence: string, add: Add): void {
  for (const m of sentence.matchAll(s.replacedOnPost)) {
    const post = m[1]!.trim().replace(s.ofThePerson, '');
    if (!genitivePost(s.lexicon, post) || !startsWithRoleWord(nominativePost(post))) continue;
    add({ name: nameToNominative(m[2]!.split(/\s+/), 'accusative').join(' '), title: capital(nominativePost(post)), startDate: null, endDate: null, ended: true });
  }
}

/** The holder the sentence before named, for a pronoun: its one person named with a post. */
type HolderBefore = (surname?: string) => PostTerm | undefined;

/** "Он исполнял обязанности Президента с … по …", "Она была Председателем Правительства с …": the pronoun's holder. */
function readPronoun(s: Shapes, sentence: string, holder: HolderBefore, add: Add): void {
  const acting = s.pronounActing.exec(sentence);
  const was = acting ? null : s.pronounWas.exec(sentence);
  const m = acting ?? was;
  const person = m ? holder() : undefined;
  if (!m || !person) return;
  const [first = '', ...rest] = m[1]!.split(/\s+/);
  // "Председателем Правительства" → "Председатель Правительства"; an acting post keeps the genitive after its word.
  const noun = was ? toNominative(first, 'instrumental') : first;
  if ((was && noun === first) || !startsWithRoleWord(noun) || (acting && !genitivePost(s.lexicon, m[1]!))) return;
  const title = acting ? `${s.lexicon.postTerms.actingTitle} ${m[1]!}` : capital([noun, ...rest].join(' '));
  const { from, to } = datesOf(s.lexicon, m[2]!);
  if (from) add({ name: person.name, title, startDate: from, endDate: to, ended: to !== null });
}

/** "В должность Петров вступил 7 мая 2018 года": the post of the one person of that surname the sentence before named. */
function readTookBySurname(s: Shapes, sentence: string, holder: HolderBefore, add: Add): void {
  const m = s.tookBySurname.exec(sentence);
  const person = m ? holder(m[1]!) : undefined;
  if (!m || !person) return;
  const date = findDates(sentence.slice(m.index + m[0].length))[0]?.date ?? null;
  if (date) add({ ...person, startDate: date, endDate: null, ended: false });
}

/**
 * The terms a sentence writes beside their holders; `holderBefore` gives the holder of a post the
 * sentence before named (by surname, when one is given).
 */
export function findTermAsides(sentence: string, holderBefore: HolderBefore): PostTerm[] {
  const found: PostTerm[] = [];
  const add: Add = (term) => {
    if (isName(term.name) && !found.some((f) => f.name === term.name && f.title === term.title)) found.push(term);
  };
  for (const s of SHAPES) {
    if (!hasScriptLetter(s.lexicon, sentence)) continue;
    readFormerHeld(s, sentence, add);
    readReplacedOnPost(s, sentence, add);
    // Every other shape has a date.
    if (!/\d/.test(sentence)) continue;
    readAsides(s, sentence, add);
    readPronoun(s, sentence, holderBefore, add);
    readTookBySurname(s, sentence, holderBefore, add);
  }
  return found;
}
