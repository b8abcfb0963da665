/**
 * A body's functions written as prose, not as a list: "Совет обороны координирует деятельность
 * министерств в сфере обороны", "Правительство Лесовии – высший орган исполнительной власти,
 * который обеспечивает осуществление внутренней политики", "The Defence Council coordinates …".
 * The sentence must speak of the body the text is about (its subject opens with the body's name),
 * and a function's verb (lexicon `proseTasks.verbs`) must be its predicate or open a relative
 * clause after the body's definition. One task per clause, the verb's clause as its text.
 */
import { LEXICONS, lexiconOfWord } from '../lexicon/index.js';
import { regExp } from '../regexp.js';

const words = (pick: (l: (typeof LEXICONS)[number]['proseTasks']) => string[]): string =>
  LEXICONS.flatMap((l) => pick(l.proseTasks)).join('|') || '(?!)';

const VERB = `(?:${words((t) => t.verbs)})`;
/** A function's verb as a whole word. */
const VERB_WORD = regExp(`(?<![\\p{L}-])${VERB}(?![\\p{L}-])`, 'u');
/** "…, который " / "…, which " right before the verb. */
const RELATIVE_BEFORE = regExp(`,\\s+(?:${words((t) => t.relatives)})\\s+$`, 'u');
const JOINS = `(?:${words((t) => t.joins)})`;
/** A join or a comma before another function's verb: "… и обеспечивает", ", а также готовит", ", организует", "and ensures". */
const JOIN = regExp(`(?:\\s*,\\s*(?:${JOINS}\\s+)?|\\s+${JOINS}\\s+)(?=${VERB}(?![\\p{L}-]))`, 'gu');
/** A subject that ends with a join had a verb of its own before: "Комиссия рассматривает ходатайства и готовит …". */
const JOIN_BEFORE = regExp(`(?<![\\p{L}])${JOINS}\\s+$`, 'u');
/** A join before a clause of another kind, where the functions end: "… и является гарантом", "and is accountable". */
const END = regExp(`\\s*,?\\s+(?:${words((t) => t.joins)})\\s+(?:${words((t) => t.ends)})(?![\\p{L}-])`, 'u');
/** What a predicate's subject never holds: another clause. */
const CLAUSE_MARK = /[,;:]|\s[-–—]\s/u;

/** A word's stem in its own lexicon, for comparing a name across cases. */
function stemOf(word: string): string {
  return lexiconOfWord(word).stem(word.toLowerCase());
}

/** A name's words without an opening article and without parentheses: "The Security Council (SC)" → [Security, Council]. */
function nameWords(text: string): string[] {
  return text.replace(/\([^)]*\)/gu, ' ').replace(/^The\s+/u, '').split(/\s+/u).filter(Boolean);
}

/**
 * Whether a sentence opens with the body's name: the same first word, and the same second word
 * where both are capitalized ("Совет Министров …" is not the "Совет Безопасности").
 */
export function opensWithBody(sentence: string, body: string): boolean {
  const [first, second] = nameWords(sentence);
  const [bodyFirst, bodySecond] = nameWords(body);
  if (!first || !bodyFirst || !/^\p{Lu}/u.test(first) || stemOf(first) !== stemOf(bodyFirst)) return false;
  const capital = (word: string | undefined): word is string => !!word && /^\p{Lu}/u.test(word);
  return !(capital(second) && capital(bodySecond)) || stemOf(second) === stemOf(bodySecond);
}

/** The clause's text split where a join opens another function's verb; a lone verb stays with the next ("координирует и контролирует …"). */
function splitClauses(clause: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const join of clause.matchAll(JOIN)) {
    const piece = clause.slice(start, join.index);
    if (piece.trim().split(/\s+/u).length < 2) continue;
    parts.push(piece.trim());
    start = join.index + join[0].length;
  }
  parts.push(clause.slice(start).trim());
  return parts.filter(Boolean);
}

/**
 * The tasks a sentence gives the body `body`: each function clause's text, from its verb to the
 * clause's end. Empty when the sentence speaks of another subject or has no function's verb in
 * the shapes above.
 */
export function findProseTasks(sentence: string, body: string): string[] {
  if (!opensWithBody(sentence, body)) return [];
  const verb = VERB_WORD.exec(sentence);
  if (!verb) return [];
  const before = sentence.slice(0, verb.index);
  const predicate = !CLAUSE_MARK.test(before) && !JOIN_BEFORE.test(before) && nameWords(before).length <= 12;
  if (!predicate && !RELATIVE_BEFORE.test(before)) return [];
  // The clause ends at the sentence's end or a semicolon.
  const clause = sentence.slice(verb.index).split(';')[0]!.split(END)[0]!.replace(/[.\s]+$/u, '');
  return splitClauses(clause);
}
