import { LEXICONS } from '../lexicon/index.js';
import { parsePersonLine, type PersonLine } from './person-line.js';
import { hasRoleWord } from './roles.js';

const PLURALS = new Map(LEXICONS.flatMap((l) => l.roleLists.plurals));
const SCOPE_BREAKS = new Set(LEXICONS.flatMap((l) => l.roleLists.scopeBreaks));
/** A dash between spaces: the item's two sides. */
const SIDES = /^(.+?)\s+[-\u2010-\u2015\u2212]\s+(.+)$/u;

/** "Советники" → "Советник", keeping the written capital. */
function singular(word: string): string | null {
  const found = PLURALS.get(word.toLowerCase());
  if (!found) return null;
  return word[0] === word[0]!.toUpperCase() ? `${found[0]!.toUpperCase()}${found.slice(1)}` : found;
}

/**
 * The post a heading gives the people listed under it, in the singular: "Полномочные представители
 * Президента в федеральных округах" → "Полномочный представитель Президента", "Advisers to the
 * President" → "Adviser to the President". Null unless a plural word of a post opens the heading.
 */
export function readRoleHeading(heading: string): string | null {
  const words = heading.trim().replace(/[:.]$/, '').split(/\s+/);
  const plural = words.findIndex((w) => singular(w) !== null && hasRoleWord(singular(w)!));
  // The plural post word within the heading's first two words ("Полномочные представители", "Presidential envoys").
  if (plural < 0 || plural > 1 || words.length > 10) return null;
  const kept: string[] = [];
  for (const [index, word] of words.entries()) {
    if (index > plural && SCOPE_BREAKS.has(word.toLowerCase())) break;
    kept.push(singular(word) ?? word);
  }
  return kept.join(' ');
}

/**
 * A list item under such a heading: where or what the person covers, a dash, the person, or the
 * reverse ("Центральный федеральный округ – Игорь X (с июня 2018 г.)", "Igor X – economy"), read as
 * the heading's post with that scope: "Полномочный представитель Президента (Центральный
 * федеральный округ)". Null when a side names a post (the person-line rules read those) or no side
 * is a name.
 */
export function readRoleItem(item: string, role: string): PersonLine | null {
  const sides = SIDES.exec(item.trim().replace(/[.;]$/, ''));
  if (!sides || hasRoleWord(sides[1]!) || hasRoleWord(sides[2]!.replace(/\([^()]*\)/g, ''))) return null;
  const scopeFirst = parsePersonLine(`${role} (${sides[1]!}) – ${sides[2]!}`);
  if (scopeFirst) return scopeFirst;
  const nameFirst = /^(.*?)(\s*\([^()]*\))?$/u.exec(sides[2]!)!;
  return parsePersonLine(`${role} (${nameFirst[1]!}) – ${sides[1]!}${nameFirst[2] ?? ''}`);
}
