import { splitSentences } from '../normalize.js';
import { allWords, anyOf, LEXICONS, type Lexicon } from '../lexicon/index.js';
import { parseDecimal } from './election.js';

/** Every lexicon's words or endings of one kind as one group (lexicon `wordForms`), or a group that matches nothing. */
function forms(field: keyof Lexicon['wordForms']): string {
  return anyOf(allWords((l) => l.wordForms[field])) ?? '(?!)';
}

/**
 * A country's place in an index or its score on one: "По индексу восприятия коррупции Transparency
 * International за 2012 год Туркменистан занял 170-е место из 176 стран" → (Transparency
 * International, индексу восприятия коррупции, Туркменистан, 170 of 176, rank); "В докладе Freedom
 * House «Nations in Transit» (2012) уровень демократии оценён в 6,93 балла из 7" → (Freedom House,
 * Nations in Transit, уровень демократии, 6.93 of 7, points). The figure's shape comes from the
 * lexicons (`ratings`); who rated is a Latin-script name in a page of another script, or a name
 * before "'s"; what was rated is the clause right before the verb.
 */
export interface Rating {
  author: string | null;
  topic: string;
  subject: string;
  value: number;
  unit: 'rank' | 'points';
  outOf: number;
  text: string;
}

const all = <T>(pick: (l: (typeof LEXICONS)[number]) => T[]) => LEXICONS.flatMap(pick);
const SHAPES: Array<{ unit: Rating['unit']; pattern: RegExp }> = [
  ...all((l) => l.ratings.ranks).map((source) => ({ unit: 'rank' as const, pattern: new RegExp(source, 'giu') })),
  ...all((l) => l.ratings.scores).map((source) => ({ unit: 'points' as const, pattern: new RegExp(source, 'giu') })),
];
const VERB_AT_END = new RegExp(`\\s+(?:${all((l) => l.ratings.verbs).join('|') || '(?!)'})\\s*$`, 'iu');
const INDEX_NOUNS = all((l) => l.ratings.indexNouns);
/** "индексу восприятия коррупции", "the Corruption Perceptions Index": an index's noun and the words that name it (lower case after it, capitalized before it). */
const INDEX_PHRASE = new RegExp(
  `(?:(?:[A-Z][a-z]+\\s+(?:(?:in|of|for|and|the)\\s+)?){1,4}(?:${INDEX_NOUNS.map((n) => `[${n[0]!}${n[0]!.toUpperCase()}]${n.slice(1)}`).join('|') || '(?!)'})\\p{Ll}*|(?<![\\p{L}])(?:${INDEX_NOUNS.map((n) => `[${n[0]!}${n[0]!.toUpperCase()}]${n.slice(1)}`).join('|') || '(?!)'})\\p{L}*(?:\\s+\\p{Ll}[\\p{Ll}-]*){0,4})`,
  'u',
);
/** Capitalized words that open a sentence, no part of a name: "In Transparency International's …". */
const OPENERS = /^(?:In|The|By|At|On|From|Under|According\s+to)\s+/u;
/** "Transparency International", "Freedom House": Latin capitalized words, two or more. */
const LATIN_NAME = /(?<![\p{L}«“"])[A-Z][A-Za-z&.'-]*(?:\s+(?:of\s+|for\s+|the\s+)?[A-Z][A-Za-z&.'-]*)+/u;
/** "Freedom House's", "Transparency International’s": a name that owns what follows. */
const OWNER = /(?<![\p{L}])((?:[A-Z][A-Za-z&.-]*\s+){0,3}[A-Z][A-Za-z&.-]*)['’]s\s/u;
const QUOTED = /[«“"]([^«»“”"]{2,80})[»”"]/u;
/** "… a score of": an article left before the figure's words. */
const ARTICLE_AT_END = new RegExp(`\\s+${forms('articles')}\\s*$`, 'iu');
/** Where a lead-in ends before what is rated: a bracket, a quote, a year, a comma. */
const LEAD_END = new RegExp(`.*(?:[)»”,]|\\d{4}\\s*${forms('yearAnyForm')}?)\\s*`, 'su');

/** What is rated: the clause right before the figure's verb, after any lead-in. */
function subjectBefore(before: string): string {
  let text = before.trimEnd();
  for (let next = text.replace(VERB_AT_END, '').replace(ARTICLE_AT_END, ''); next !== text; next = text.replace(VERB_AT_END, '').replace(ARTICLE_AT_END, '')) text = next;
  return text.replace(LEAD_END, '').trim();
}

/** The ratings of one sentence. */
function sentenceRatings(sentence: string): Rating[] {
  const found: Rating[] = [];
  const cyrillic = /\p{Script=Cyrillic}/u.test(sentence);
  const author = (cyrillic ? LATIN_NAME.exec(sentence.replace(QUOTED, ' '))?.[0] : OWNER.exec(sentence)?.[1])?.replace(OPENERS, '') ?? null;
  const topic = QUOTED.exec(sentence)?.[1] ?? INDEX_PHRASE.exec(sentence)?.[0] ?? null;
  for (const { unit, pattern } of SHAPES) {
    for (const match of sentence.matchAll(pattern)) {
      const value = parseDecimal(match[1]!);
      const outOf = parseDecimal(match[2]!);
      if (!(outOf > 0) || value > outOf || (unit === 'rank' && !Number.isInteger(value))) continue;
      const subject = subjectBefore(sentence.slice(0, match.index)) || topic;
      if (!subject || !topic || found.some((f) => f.value === value && f.outOf === outOf)) continue;
      found.push({ author, topic, subject, value, unit, outOf, text: sentence });
    }
  }
  return found;
}

/** Every rank and score of a paragraph, in its order. */
export function findRatings(paragraph: string): Rating[] {
  return splitSentences(paragraph).flatMap(sentenceRatings);
}
