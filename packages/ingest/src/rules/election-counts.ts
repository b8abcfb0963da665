/**
 * The counts an election's sentences give besides a share: the winner's votes ("набрав 1 234 567
 * голосов", "Сейм избрал X Президентом 53 голосами", "with 1,234,567 votes") and the turnout
 * ("явка составила 77,1 %", "turnout was 77.1%"), which is the election's, never a candidate's.
 * The words are the lexicon's (`eventShapes.voteCount`, `eventShapes.turnout`).
 */
import { regExp } from '../regexp.js';
import { firstGroup, parseDecimal, phrasePattern } from './candidates.js';

/** A count of votes: "53", "1 234 567" (a space, a no-break space, a comma or a dot between thousands). */
const VOTES = '(\\d{1,3}(?:[\\s\\u00a0\\u202f,.]\\d{3})+(?!\\d)|\\d+)';

const VOTE_COUNT = regExp(phrasePattern((l) => l.eventShapes.voteCount.map((p) => p.replaceAll('<votes>', VOTES))), 'iu');
const TURNOUT = regExp(phrasePattern((l) => l.eventShapes.turnout), 'iu');

/**
 * The number a count is written as: "1 234 567" → 1234567.
 *
 * @param written digits, with separators between thousands
 * @returns the count
 */
export function parseVotes(written: string): number {
  return Number(written.replace(/[^\d]/g, ''));
}

/**
 * The first count of votes in an election's sentences: the winner's, as the lexicon's phrases place it.
 *
 * @param text the election's sentences
 * @returns the count, or null where none is given
 * @example votesOf('Сейм избрал Яниса Берзиньша Президентом 53 голосами.') // 53
 */
export function votesOf(text: string): number | null {
  const match = VOTE_COUNT.exec(text);
  return match ? parseVotes(firstGroup(match)) : null;
}

/**
 * The turnout the sentences give, in percent.
 *
 * @param text an election's or a referendum's sentences
 * @returns the percentage, or null where none is given (or it is above 100)
 * @example turnoutOf('При явке 64,2 % победу одержал …') // 64.2
 */
export function turnoutOf(text: string): number | null {
  const match = TURNOUT.exec(text);
  const value = match ? parseDecimal(firstGroup(match)) : null;
  return value !== null && value <= 100 ? value : null;
}
