import { splitSentences, stripTrailingPunctuation } from '../normalize.js';
import { LEXICONS } from '../lexicon/index.js';
import { parseDecimal, PERCENT } from './candidates.js';
import { findDates } from './dates.js';
import type { Figure } from './survey.js';

/**
 * A vote's turnout the prose reports, as a figure beside the survey figures: `topic` the lexicon's
 * noun ("явка", "turnout"), `subject` what voted in the page's words and when ("во втором туре
 * (2019-04-21)"), `author` who counted, `date` the vote's (in the sentence before the noun, else the
 * paragraph's last date before the sentence).
 */
export type Turnout = Figure;

const LETTER_START = '(?<![\\p{L}\\p{N}])';
const LETTER_END = '(?![\\p{L}\\p{N}])';
const SHAPES = LEXICONS.filter((l) => l.turnout.nouns.length).map((l) => ({
  topic: l.turnout.lemma,
  anyVote: l.turnout.anyVote,
  noun: new RegExp(`${LETTER_START}(?:${l.turnout.nouns.join('|')})${LETTER_END}`, 'u'),
  // In the lexicon's order: a round before a referendum's or an election's noun, "в голосовании" last.
  votes: l.turnout.votes.map((source) => new RegExp(`${LETTER_START}(?:${source})${LETTER_END}`, 'u')),
  counters: l.turnout.counters.map((source) => new RegExp(source, 'u')),
  clauseEnd: new RegExp(`;|,\\s+(?:${l.turnout.joints.join('|')})${LETTER_END}`, 'u'),
  // "(на выборах 2017 года – 97,27 %)": an earlier vote's turnout in brackets after the figure.
  earlier: new RegExp(`^[^()]{0,12}?\\(\\s*((?:${l.turnout.votes.join('|')})[^()%]{0,40}?)\\s*[\u2013\u2014:-]\\s*${PERCENT}\\s*\\)`, 'iu'),
}));
const FIGURE = new RegExp(PERCENT, 'iu');
/** How far after the noun its figure may stand: "Явка на президентских выборах 2018 года составила 67,54 %". */
const REACH = 90;

/** An earlier vote's turnout in brackets after the figure, with its own date ("(на выборах 2017 года – 97,27 %)"); null without a date. */
function earlierTurnout(pattern: RegExp, rest: string): { subject: string; value: number; date: string } | null {
  const m = pattern.exec(rest);
  // A date, or a year alone after the vote's words ("на выборах 2017 года", which is no date by itself).
  const dated = m ? (findDates(m[1]!).at(-1) ?? YEAR.exec(m[1]!)) : null;
  if (!m || !dated) return null;
  const date = 'date' in dated ? dated.date : dated[0];
  const what = m[1]!.slice(0, dated.index).trim().replace(/\s+/g, ' ');
  return { subject: `${what} (${date})`, value: parseDecimal(m.slice(2).find((g) => g !== undefined)!), date };
}

const YEAR = /(?<!\d)(?:1[89]|20)\d\d(?!\d)/u;

/**
 * Turnouts: "Явка составила 89,98 %", "Из-за недостаточной явки (48,4 %) референдум был признан
 * несостоявшимся", "явка составила лишь 30,29 % при необходимых 33 %" (the first figure after the
 * noun), "Turnout in the run-off was 61.4%". Not a figure before the noun ("87,8 % … поддержали").
 */
export function findTurnouts(paragraph: string): Turnout[] {
  const found: Turnout[] = [];
  let before = '';
  let previous = '';
  for (const sentence of splitSentences(paragraph)) {
    for (const shape of SHAPES) {
      const noun = shape.noun.exec(sentence);
      if (!noun) continue;
      // The figure of the noun's own clause: "Явка была высокой, а … 45,7 %" gives none.
      const rest = sentence.slice(noun.index);
      const end = shape.clauseEnd.exec(rest);
      const after = end ? rest.slice(0, end.index) : rest;
      const figure = FIGURE.exec(after);
      if (!figure || figure.index > REACH) continue;
      const voteIn = (text: string) => shape.votes.map((v) => v.exec(text)?.[0]).find((v) => v !== undefined) ?? null;
      const vote = voteIn(sentence) ?? voteIn(previous);
      const date = findDates(sentence.slice(0, noun.index + figure.index)).at(-1)?.date ?? findDates(before).at(-1)?.date ?? null;
      const author = shape.counters.map((c) => c.exec(sentence)?.[1]).find((a) => a !== undefined) ?? null;
      const what = vote ? vote.replace(/\s+/g, ' ') : shape.anyVote;
      found.push({ author: author && stripTrailingPunctuation(author), topic: shape.topic, subject: date ? `${what} (${date})` : what, value: parseDecimal(figure[1]!), date, text: sentence });
      const earlier = earlierTurnout(shape.earlier, after.slice(figure.index + figure[0].length));
      if (earlier) found.push({ author: author && stripTrailingPunctuation(author), topic: shape.topic, ...earlier, text: sentence });
      break;
    }
    before += ` ${sentence}`;
    previous = sentence;
  }
  return found;
}
