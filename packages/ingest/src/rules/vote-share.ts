import { splitSentences } from '../normalize.js';
import { LEXICONS } from '../lexicon/index.js';
import { parseDecimal, PERCENT } from './candidates.js';
import { findDates } from './dates.js';
import { isSurveySentence, type Figure } from './survey.js';

/**
 * A vote's shares the prose gives as figures beside the survey figures (lexicon `voteShares`): a
 * referendum's side ("За новую Конституцию высказались 81,3 % участников референдума" → topic
 * "высказались", subject "За новую Конституцию (2021-01-10)") and a party's share in a parliamentary
 * election ("Народная партия получила 36,8 %" → subject "Народная партия (2009-07-29)"). The vote's
 * words stand in the sentence or the one before; its date is the sentence's, else the paragraph's
 * last before it. Never a survey's sentence (survey.ts reads "готовы проголосовать 31 % опрошенных").
 */
export type VoteShare = Figure;

const withShare = (source: string) => new RegExp(source.replaceAll('<share>', PERCENT), 'gu');
const SHAPES = LEXICONS.filter((l) => l.voteShares.referendumShares.length || l.voteShares.partyShares.length).map((l) => ({
  referendum: new RegExp(l.voteShares.referendum.join('|') || '(?!)', 'iu'),
  sides: l.voteShares.referendumShares.map(withShare),
  parliament: new RegExp(l.voteShares.parliament.join('|') || '(?!)', 'iu'),
  parties: l.voteShares.partyShares.map(withShare),
  partyTopic: l.voteShares.partyTopic,
  partyLines: l.voteShares.partyLines.map((source) => new RegExp(source.replaceAll('<share>', PERCENT), 'u')),
}));

/** "(2021-01-10)" after a subject, where the vote's date is known. */
const dated = (subject: string, date: string | null) => (date ? `${subject} (${date})` : subject);

/** The referendum's sides and the parties' shares of one sentence. */
function sharesOf(sentence: string, context: string, before: string): VoteShare[] {
  const found: VoteShare[] = [];
  for (const shape of SHAPES) {
    // The vote's date: the last before the share in its sentence ("… 25 января 2004 г. На выборах 28 марта 2004 г. блок …"), else the sentence's first, else the paragraph's.
    const figure = (topic: string, subject: string, m: RegExpMatchArray) => {
      const date = findDates(sentence.slice(0, m.index! + m[0].length)).at(-1)?.date ?? findDates(sentence).at(0)?.date ?? findDates(before).at(-1)?.date ?? null;
      found.push({ author: null, topic, subject: dated(subject.replace(/\s+/g, ' ').trim(), date), value: parseDecimal(shareIn(m[0])), date, text: sentence });
    };
    if (shape.referendum.test(context)) {
      for (const pattern of shape.sides) for (const m of sentence.matchAll(pattern)) figure(m.groups!.verb!, m.groups!.side!, m);
    }
    if (shape.parliament.test(context)) {
      for (const pattern of shape.parties) for (const m of sentence.matchAll(pattern)) figure(shape.partyTopic, m.groups!.party!, m);
    }
  }
  return found.filter((f) => f.value <= 100);
}

const SHARE = new RegExp(PERCENT, 'iu');
/** The share a match holds: its one percentage. */
function shareIn(text: string): string {
  return SHARE.exec(text)![1]!;
}

/**
 * Every referendum's and party's share of a paragraph: "10 января прошёл референдум о форме правления.
 * За президентскую форму правления высказались 81,3 % участников референдума." → (высказались, За
 * президентскую форму правления (…-01-10), 81.3); "На парламентских выборах 29 июля 2009 года ПКРМ
 * получила 44,7 %" → (доля голосов …, ПКРМ (2009-07-29), 44.7).
 */
export function findVoteShares(paragraph: string): VoteShare[] {
  const found: VoteShare[] = [];
  let before = '';
  let previous = '';
  for (const sentence of splitSentences(paragraph)) {
    if (SHARE.test(sentence) && !isSurveySentence(sentence)) {
      found.push(...sharesOf(sentence, `${previous} ${sentence}`, before));
    }
    before += ` ${sentence}`;
    previous = sentence;
  }
  return found;
}

/** A block as the list reader needs it: a lead-in paragraph and the items after it. */
interface ListBlock {
  kind: string;
  text: string;
}

/**
 * The parties' shares a list gives under a lead-in that names a parliamentary election and its day
 * ("Распределение мест в Жогорку Кенеше по итогам выборов 4 октября 2015 года:" over "СДПК – 27,35 %
 * голосов, 38 мандатов;") → (доля голосов …, СДПК (2015-10-04), 27.35), each with its item's block.
 * The list ends at its first line that is no party's share. Not a list under a lead-in with no day, nor one of no election.
 */
export function findListVoteShares<T extends ListBlock>(blocks: readonly T[]): Array<{ figure: VoteShare; block: T }> {
  const found: Array<{ figure: VoteShare; block: T }> = [];
  for (let i = 0; i < blocks.length; i++) {
    const lead = blocks[i]!;
    if (lead.kind !== 'paragraph' || !lead.text.trimEnd().endsWith(':')) continue;
    const shape = SHAPES.find((s) => s.partyLines.length && s.parliament.test(lead.text));
    const date = findDates(lead.text).find((d) => d.date.length === 10)?.date;
    if (!shape || !date) continue;
    // The list runs while its lines are parties' shares (items, or a text dump's lines read as paragraphs).
    for (let k = i + 1; k < blocks.length && blocks[k]!.kind !== 'heading'; k++) {
      const item = blocks[k]!;
      if (item.kind === 'break') continue;
      const m = shape.partyLines.map((p) => p.exec(item.text)).find(Boolean);
      if (!m) break;
      const value = parseDecimal(shareIn(m[0]));
      if (value <= 100) found.push({ figure: { author: null, topic: shape.partyTopic, subject: dated(m.groups!.party!, date), value, date, text: item.text }, block: item });
    }
  }
  return found;
}
