/**
 * A survey's figures given as a table: a caption that names the survey, its question before the
 * brackets and its pollster after the survey's noun ("Наиболее влиятельные лоббистские группы
 * (экспертный опрос Центральноазиатского агентства политических исследований, % экспертов)",
 * lexicon `surveys.tableAuthor`), then two or more rows "Label – 66,7" → one figure a row
 * (author, topic the question, subject the label, value). A caption of no survey is no such table.
 */
import { LEXICONS } from '../lexicon/index.js';
import { regExp } from '../regexp.js';
import { phrasePattern } from './candidates.js';
import { parseDecimal } from './election.js';
import type { Figure } from './survey.js';

const SURVEY_WORD = regExp(phrasePattern((l) => l.surveys.words), 'iu');
const AUTHORS = LEXICONS.flatMap((l) => l.surveys.tableAuthor).map((source) => new RegExp(source, 'u'));
/** A row as the blocks give it: a label with no figure, a dash, a share ("Клановое лобби – 38,1"). */
const ROW = /^([^\d%]{2,160}?)\s[\u2013\u2014-]\s(\d{1,3}(?:[.,]\d+)?)\s*%?$/u;
/** Words enough for a caption, not a paragraph of prose. */
const CAPTION_WORDS = 30;

export interface TableBlock {
  kind: 'heading' | 'paragraph' | 'item' | 'break';
  text: string;
}

/** A caption's survey: its question (before the brackets) and its pollster; null for a caption of no survey, or with a figure of its own. */
function captionOf(text: string): { topic: string; author: string | null } | null {
  if (text.split(/\s+/).length > CAPTION_WORDS || /\d/u.test(text) || !SURVEY_WORD.test(text)) return null;
  const author = AUTHORS.map((a) => a.exec(text)).find((m) => m)?.[1]?.trim() ?? null;
  const topic = text.split('(')[0]!.trim().replace(/[:.]$/u, '');
  return topic ? { topic, author } : null;
}

/** A row's label and share, or null. */
function rowOf(block: TableBlock): { subject: string; value: number } | null {
  const row = block.kind === 'break' ? null : ROW.exec(block.text.trim());
  return row ? { subject: row[1]!.trim(), value: parseDecimal(row[2]!) } : null;
}

/** Every survey table of a page's blocks, with the blocks each figure was read from (the caption, then its row). */
export function findSurveyTables<T extends TableBlock>(blocks: readonly T[]): Array<{ figure: Figure; blocks: T[] }> {
  const found: Array<{ figure: Figure; blocks: T[] }> = [];
  for (let i = 0; i < blocks.length; i++) {
    const caption = blocks[i]!.kind === 'break' ? null : captionOf(blocks[i]!.text);
    if (!caption) continue;
    const rows: Array<{ row: { subject: string; value: number }; block: T }> = [];
    let j = i + 1;
    for (; j < blocks.length; j++) {
      if (blocks[j]!.kind === 'break') continue;
      const row = rowOf(blocks[j]!);
      if (!row) break;
      rows.push({ row, block: blocks[j]! });
    }
    if (rows.length < 2) continue;
    for (const { row, block } of rows) {
      found.push({ figure: { author: caption.author, topic: caption.topic, subject: row.subject, value: row.value, date: null, text: `${blocks[i]!.text} ${block.text}` }, blocks: [blocks[i]!, block] });
    }
    i = j - 1;
  }
  return found;
}
