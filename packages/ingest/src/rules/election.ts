import { splitSentences, stripTrailingPunctuation } from '../normalize.js';
import { firstDate } from './dates.js';
import { NAME_WORD } from './person-name.js';

export interface ElectionMention {
  date: string;
  /** The winner as written: "Nursultan Nazarbayev", or a surname alone: "Nazarbayev". */
  person: string | null;
  voteShare: number | null;
  termYears: number | null;
  /** The sentences the facts came from. */
  text: string;
}

export interface ReferendumMention {
  date: string;
  outcome: string | null;
  text: string;
}

const ELECTED = /\b(?:re-?elected|elected|won\s+the\s+(?:presidential\s+)?elections?)\b/i;
/** "with 79.78% of votes", "with 91,1 % of the votes": a share with a dot or a comma decimal. */
const VOTE_SHARE = /(\d{1,3}(?:[.,]\d+)?)\s*%\s*(?:of\s+(?:the\s+)?(?:votes|vote|ballots))/i;
const TERM = /\b(\d{1,2})-year(?:s)?[-\s]term\b/i;
/** A name after an optional title word: "President Nursultan Nazarbayev" → "Nursultan Nazarbayev". */
const WINNER = new RegExp(`(?:President\\s+|,\\s*|^On\\s+[^,]+?\\d{4},?\\s+)(${NAME_WORD}(?:\\s+${NAME_WORD}){0,2})\\s+(?:was|has been|won|is)\\b`, 'u');

/** Reads a decimal written with a dot or a comma: "91,1" → 91.1. */
export function parseDecimal(text: string): number {
  return Number(text.replace(',', '.'));
}

/**
 * Elections in a paragraph: a sentence saying someone was (re)elected on a date starts one; its
 * vote share and term may be in that sentence or the ones after it, up to the next election.
 */
export function findElections(paragraph: string): ElectionMention[] {
  const found: ElectionMention[] = [];
  for (const sentence of splitSentences(paragraph)) {
    const current = found[found.length - 1];
    // The date is read only for a sentence that says someone was elected.
    const date = ELECTED.test(sentence) ? firstDate(sentence) : null;
    if (date && !/\breferendum\b/i.test(sentence) && !(current && current.voteShare === null && /^He\b|^She\b/.test(sentence))) {
      const winner = WINNER.exec(sentence);
      found.push({ date, person: winner ? winner[1]! : null, voteShare: null, termYears: null, text: sentence });
    } else if (current) {
      if (current.voteShare !== null || !VOTE_SHARE.test(sentence)) continue;
      current.text += ` ${sentence}`;
    } else continue;
    const last = found[found.length - 1]!;
    const share = VOTE_SHARE.exec(sentence);
    if (share && last.voteShare === null) last.voteShare = parseDecimal(share[1]!);
    const term = TERM.exec(sentence);
    if (term && last.termYears === null) last.termYears = Number(term[1]);
  }
  return found;
}

/** "On April 29, 1995 the nation-wide referendum extended presidential term …" → date and outcome. */
export function findReferendums(paragraph: string): ReferendumMention[] {
  const found: ReferendumMention[] = [];
  for (const sentence of splitSentences(paragraph)) {
    if (!/\breferendum\b/i.test(sentence)) continue;
    const date = firstDate(sentence);
    if (!date) continue;
    const outcome = /\breferendum\s+(?:has\s+|was\s+)?(.+)$/i.exec(sentence);
    found.push({ date, outcome: outcome ? stripTrailingPunctuation(outcome[1]!) : null, text: sentence });
  }
  return found;
}
