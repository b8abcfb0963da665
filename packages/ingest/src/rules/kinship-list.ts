import { splitSentences } from '../normalize.js';
import { LEXICONS } from '../lexicon/index.js';
import type { GroupMention } from './groups.js';

/**
 * Tribes or clans a sentence lists after a lead-in ending with their plural and a colon (lexicon
 * `groupShapes.kinshipPlurals`): "Крупнейшие племена: текинцы (Ахалский и Марыйский велаяты), йомуды
 * (Балканский велаят), эрсари (Лебапский велаят), а также гоклены и салыры." Each item is one word,
 * its place in brackets the group's region.
 */

const PLURALS = LEXICONS.flatMap((l) => l.groupShapes.kinshipPlurals);
const LEAD_IN = PLURALS.length ? new RegExp(`(?<![\\p{L}-])(${PLURALS.map((p) => p.forms).join('|')})\\s*:\\s*(.+)$`, 'iu') : null;
/** Words joining the last items, outside brackets ("и", "а также"; lexicon `groupShapes.kinshipJoiners`). */
const JOINER_WORDS = LEXICONS.flatMap((l) => l.groupShapes.kinshipJoiners);
const JOINERS = new RegExp(`(?:^|\\s+)(?:${JOINER_WORDS.length ? JOINER_WORDS.join('|') : '(?!)'})\\s+(?![^()]*\\))`, 'u');
/** One item: a single word, then its place in brackets. */
const ITEM = /^(\p{L}[\p{Ll}-]{2,})(?:\s*\(([^()]{3,80})\))?$/u;

/** The groups a paragraph's kinship lists name, each with its sentence. */
export function readKinshipLists(paragraph: string): GroupMention[] {
  if (!LEAD_IN) return [];
  return splitSentences(paragraph).flatMap((text) => {
    const match = LEAD_IN.exec(text.replace(/\.\s*$/u, ''));
    if (!match) return [];
    const category = PLURALS.find((p) => new RegExp(`^(?:${p.forms})$`, 'iu').test(match[1]!))!.category;
    // Commas and "и" inside brackets ("(Ахалский и Марыйский велаяты)") do not split items.
    const items = match[2]!.split(/,(?![^()]*\))/u).flatMap((part) => part.split(JOINERS)).map((item) => item.trim()).filter(Boolean);
    const read = items.map((item) => ITEM.exec(item));
    // A list of anything else ("Павел Лор, Инга Вовк") is none: every item must be one.
    if (!read.every(Boolean)) return [];
    return read.map((m) => ({ name: m![1]!, category, localName: null, region: m![2]?.trim() ?? null, description: null, text }));
  });
}
