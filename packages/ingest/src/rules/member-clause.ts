import { CLOSE_QUOTE, splitSentences } from '../normalize.js';
import { LEXICONS } from '../lexicon/index.js';
import type { GroupMention } from './groups.js';

/**
 * A relative clause right after a group's name that names its people (lexicon
 * `groupShapes.memberClauses`): "(«карабахский клан»), к которым относят С. Саргсяна и Р. Кочаряна, а
 * также …", "группа «Приват», которую возглавляет Игорь Коломойский", "текинцы, к которым
 * принадлежит семья Орловых". The clause becomes the group's description, so that its people are its
 * members (rules/group-members.ts reads them, back from the accusative after "относят").
 */

const clauses = LEXICONS.map((l) => l.groupShapes.memberClauses);
const orNever = (words: readonly string[]) => (words.length ? words.join('|') : '(?!)');
const RELATIVE = orNever(clauses.flatMap((c) => c.relatives));
const VERB = orNever(clauses.flatMap((c) => [...c.verbs, ...c.accusativeVerbs]));
/** What may stand between the name and the clause: its closing quote and bracket, a comma. */
const CLAUSE = new RegExp(`^(?:${CLOSE_QUOTE})?\\)?\\s*,\\s*((?:${RELATIVE})\\s+(?:${VERB})(?![\\p{L}-])\\s+(.+))$`, 'u');
/** Where the clause ends: "…, а также …" (lexicon `memberClauses.ends`), a semicolon, a dash's gloss. */
const CLAUSE_END = new RegExp([...clauses.flatMap((c) => c.ends), ';', '\\s[\\u2010-\\u2015-]\\s'].join('|'), 'u');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The clause naming a group's people right after `name` in `sentence`, with a full stop, or null. */
export function memberClauseAfter(sentence: string, name: string): string | null {
  const at = new RegExp(`(?<![\\p{L}-])${escape(name)}`, 'iu').exec(sentence);
  if (!at) return null;
  const match = CLAUSE.exec(sentence.slice(at.index + at[0].length));
  if (!match) return null;
  const end = CLAUSE_END.exec(match[1]!);
  const clause = (end ? match[1]!.slice(0, end.index) : match[1]!).replace(/[\s.]+$/u, '');
  // A clause of people names one: "которую поддерживают многие" names none.
  return /\s\p{Lu}/u.test(clause) ? `${clause}.` : null;
}

/** Sets the description of each group that has none to the clause a paragraph names its people in. */
export function describeByMemberClauses(paragraphs: readonly string[], groups: readonly GroupMention[]): void {
  const sentences = paragraphs.flatMap((p) => splitSentences(p));
  for (const group of groups) {
    if (group.description !== null) continue;
    for (const sentence of sentences) {
      const clause = memberClauseAfter(sentence, group.name);
      if (clause) {
        group.description = clause;
        break;
      }
    }
  }
}
