import { CLOSE_QUOTE, DASH, OPEN_QUOTE, splitSentences, stripTrailingPunctuation } from '../normalize.js';
import { NAME_WORD } from './person-name.js';

export interface GroupMention {
  /** As the analysis names it, with its noun: "Elder zhuz", "Kulob group", "President's inner circle". */
  name: string;
  /** The kind of group, from the page's own noun: "zhuz", "clan", "regional group", "business group", "elite circle", "interest group". */
  category: string;
  /** The group's own-language name: "Uly", "Leninabadi". */
  localName: string | null;
  region: string | null;
  description: string | null;
  text: string;
}

/**
 * "the Elder zhuz (“zhuz”– a … community) –“Uly” (Southern … Kazakhstan)", "the Northern clan
 * (“clan”– a network …) –“Leninabadi” (Sughd region)": a named group with its own-language name
 * and region. The group's noun ("zhuz", "clan") is its category.
 */
const LOCAL_NAME_GROUP = new RegExp(
  `(?:the\\s+)?((?:\\p{Lu}[\\p{L}-]*\\s+){1,3}?(\\p{Ll}[\\p{L}-]*))\\s*(?:\\([^)]*\\)\\s*)?${DASH}\\s*${OPEN_QUOTE}([^”"»“]+)${CLOSE_QUOTE}\\s*\\(([^)]+)\\)`,
  'gu',
);
/** "so-called “fourth zhuz”". */
const SO_CALLED = new RegExp(`so-called\\s+${OPEN_QUOTE}([^”"»“]+)${CLOSE_QUOTE}`, 'giu');
/** What the patterns need, found much faster than the patterns. */
const DASH_THEN_QUOTE = new RegExp(`${DASH}\\s*${OPEN_QUOTE}`, 'u');
const SO_CALLED_WORD = /so-called/iu;

/** "The “institutional” group acts within …", "the “economic” clan". */
const QUOTED_GROUP = new RegExp(`\\b([Tt]he)\\s+${OPEN_QUOTE}([\\p{L}-]+(?:\\s+[\\p{L}-]+)?)${CLOSE_QUOTE}\\s+(interest\\s+group|group|clan|elite|lobby)\\b`, 'gu');

const INTEREST_GROUPS = /\binterest\s+groups?\b/i;

/** The nouns of a named group, singular: "the Kulob group", "the Kazakhmys business group". */
const GROUP_NOUN = '((?:(?:business|financial|industrial|financial-industrial|oligarchic|regional|political|family)\\s+)?(?:group|clan|zhuz|faction|tribe))';
/**
 * "the Kulob group", "the Samarkand clan", "the Kazakhmys business group", "the Tashkent-Ferghana
 * clan": "the", one to three capitalized words, a group's noun in the singular. A generic plural
 * ("Regional groups play a key role") or a body ("the Working group", "the Minsk Group") is not one.
 */
const NAMED_GROUP = new RegExp(`\\b[Tt]he\\s+((?:${NAME_WORD}\\s+){1,3}?)${GROUP_NOUN}\\b(?!\\s+of\\b)`, 'gu');
/** "the President's inner circle", "the President’s family", "the Family": an elite circle. */
const POSSESSIVE_CIRCLE = new RegExp(`\\b[Tt]he\\s+(${NAME_WORD}['’]s\\s+(?:(?:inner|close|closest|immediate|narrow)\\s+)?(?:circle|entourage|family|clan|team))\\b`, 'gu');
const INNER_CIRCLE = new RegExp(`\\b[Tt]he\\s+((?:inner|close|closest|narrow)\\s+circle\\s+of\\s+the\\s+${NAME_WORD})`, 'gu');
const THE_FAMILY = new RegExp(`\\b[Tt]he\\s+${OPEN_QUOTE}?(Family)${CLOSE_QUOTE}?(?!\\s+(?:[Oo]f|[Cc]ode|[Ll]aw|[Bb]usiness|[Mm]embers?|[Aa]nd|[Ff]und|[Pp]olicy)\\b)`, 'gu');
/** What the three patterns above need: one of their nouns. */
const GROUP_WORD = /\b(?:group|clan|zhuz|faction|tribe|circle|entourage|family|Family|team)\b/u;

/** Capitalized words that make "the X group" a body's name or a generic one, not a named group. */
const NOT_A_NAME = /^(?:Working|Contact|Parliamentary|Interest|Regional|Business|Financial|Political|Economic|Ethnic|Tribal|Ruling|Governmental|Presidential|Other|New|Old|Main|Key|Same|Largest|Strongest|Expert|Advisory|Initiative|Action|Task|Study|Investigative|Monitoring|Deputy|Deputies|Party|Republican|National|State|First|Second|Third|Fourth)$/;

/** A paragraph that speaks of regional or business groups: "the Kulob group" there is a regional one. */
const REGIONAL_CONTEXT = /\bregional(?:ism|\s+(?:groups?|clans?|elites?|ties|origin))\b/i;

/**
 * The clause a group opens, as its description: "…: the Kulob group dominates the state machinery
 * …" → "The Kulob group dominates the state machinery …". Null where the group is not its subject.
 */
function clauseFrom(sentence: string, at: number): string | null {
  const before = sentence.slice(0, at).trimEnd();
  if (before && !/[:;]$/.test(before)) return null;
  const clause = stripTrailingPunctuation(sentence.slice(at).split(/;\s+/)[0]!);
  if (!/^\S+\s+(?:\S+\s+){1,4}?(?:\p{Ll}+s|is|was|has|had|controls?|controlled|dominated?|holds?|held|keeps?|kept)\b/u.test(clause)) return null;
  return `${clause[0]!.toUpperCase()}${clause.slice(1)}.`;
}

function namedCategory(noun: string, paragraph: string): string {
  const word = noun.toLowerCase().replace(/\s+/g, ' ');
  if (/^(?:business|financial|industrial|financial-industrial|oligarchic) group$/.test(word)) return 'business group';
  if (word === 'family clan') return 'clan';
  if (/ /.test(word)) return word;
  if (word === 'group' && REGIONAL_CONTEXT.test(paragraph)) return 'regional group';
  return word;
}

/**
 * Groups the analysis names, in reading order of the patterns, from the whole analysis text:
 * - named groups with local names and regions: "the Elder zhuz … –“Uly” (Southern Kazakhstan)";
 * - "so-called" groups that share the named groups' noun: "so-called “fourth zhuz”";
 * - quoted interest groups: "The “institutional” group acts within …" (described by that sentence);
 * - named groups: "the Kulob group" (a regional group where the paragraph speaks of regional
 *   groups), "the Samarkand clan", "the Kazakhmys business group";
 * - elite circles: "the President's inner circle", "the inner circle of the President", "the Family".
 * Generic plurals ("Regional groups play a key role", "Interest groups that act …") name no group.
 * One group per name (case aside); a later mention adds a missing description.
 */
export function findGroups(paragraphs: readonly string[]): GroupMention[] {
  const groups: GroupMention[] = [];
  const categories = new Set<string>();
  const byName = new Map<string, GroupMention>();
  const add = (group: GroupMention) => {
    const key = group.name.toLowerCase().replace(/’/g, "'");
    const known = byName.get(key);
    if (known) {
      known.description ??= group.description;
      return;
    }
    byName.set(key, group);
    groups.push(group);
  };
  for (const paragraph of paragraphs) {
    // The pattern needs a dash before an opening quote: most paragraphs have none.
    if (!DASH_THEN_QUOTE.test(paragraph)) continue;
    for (const match of paragraph.matchAll(LOCAL_NAME_GROUP)) {
      const category = match[2]!;
      categories.add(category.toLowerCase());
      add({ name: match[1]!.trim(), category, localName: match[3]!.trim(), region: match[4]!.trim(), description: null, text: match[0].trim() });
    }
  }
  // Quoted groups are interest groups where the analysis speaks of interest groups.
  const interest = paragraphs.some((p) => INTEREST_GROUPS.test(p));
  for (const paragraph of paragraphs) {
    const sentences = splitSentences(paragraph);
    sentences.forEach((sentence, index) => {
      for (const match of SO_CALLED_WORD.test(sentence) ? sentence.matchAll(SO_CALLED) : []) {
        const name = match[1]!.trim();
        const noun = name.split(' ').pop()!.toLowerCase();
        if (!categories.has(noun)) continue;
        const next = sentences[index + 1];
        add({ name, category: noun, localName: null, region: null, description: next && /^(?:It|They|This)\b/.test(next) ? next : null, text: sentence });
      }
      for (const quoted of sentence.includes('the') || sentence.includes('The') ? sentence.matchAll(QUOTED_GROUP) : []) {
        const noun = quoted[3]!.replace(/\s+/g, ' ');
        const category = noun === 'group' && interest ? 'interest group' : noun;
        // The sentence that opens with the group describes it.
        const describes = quoted.index === 0 && quoted[1] === 'The';
        add({ name: `${quoted[2]!} ${category}`, category, localName: null, region: null, description: describes ? `${stripTrailingPunctuation(sentence)}.` : null, text: sentence });
      }
    });
  }
  for (const paragraph of paragraphs) {
    if (!GROUP_WORD.test(paragraph)) continue;
    for (const sentence of splitSentences(paragraph)) {
      if (!GROUP_WORD.test(sentence)) continue;
      for (const match of sentence.matchAll(NAMED_GROUP)) {
        const words = match[1]!.trim().split(/\s+/);
        if (words.some((w) => NOT_A_NAME.test(w))) continue;
        const category = namedCategory(match[2]!, paragraph);
        add({ name: `${words.join(' ')} ${match[2]!.replace(/\s+/g, ' ')}`, category, localName: null, region: null, description: clauseFrom(sentence, match.index), text: sentence });
      }
      for (const pattern of [POSSESSIVE_CIRCLE, INNER_CIRCLE, THE_FAMILY]) {
        for (const match of sentence.matchAll(pattern)) {
          add({ name: match[1]!.replace(/\s+/g, ' '), category: 'elite circle', localName: null, region: null, description: null, text: sentence });
        }
      }
    }
  }
  return groups;
}
