import { CLOSE_QUOTE, DASH, OPEN_QUOTE, splitSentences, stripTrailingPunctuation } from '../normalize.js';

export interface GroupMention {
  name: string;
  category: string;
  localName: string | null;
  region: string | null;
  description: string | null;
  text: string;
}

/**
 * "the Elder zhuz (“zhuz”– a … community) –“Uly” (Southern … Kazakhstan)": a named group with its
 * own-language name and region. The group's noun ("zhuz", "clan") is its category.
 */
const LOCAL_NAME_GROUP = new RegExp(
  `(?:the\\s+)?((?:\\p{Lu}[\\p{L}-]*\\s+)+?(\\p{Ll}[\\p{L}-]*))\\s*(?:\\([^)]*\\)\\s*)?${DASH}\\s*${OPEN_QUOTE}([^”"»“]+)${CLOSE_QUOTE}\\s*\\(([^)]+)\\)`,
  'gu',
);
/** "so-called “fourth zhuz”". */
const SO_CALLED = new RegExp(`so-called\\s+${OPEN_QUOTE}([^”"»“]+)${CLOSE_QUOTE}`, 'giu');
/** What the patterns need, found much faster than the patterns. */
const DASH_THEN_QUOTE = new RegExp(`${DASH}\\s*${OPEN_QUOTE}`, 'u');
const SO_CALLED_WORD = /so-called/iu;

/** "The “institutional” group acts within …". */
const QUOTED_GROUP = new RegExp(`^The\\s+${OPEN_QUOTE}([\\p{L}-]+)${CLOSE_QUOTE}\\s+(group|interest group|clan|elite)\\b`, 'u');

/**
 * Groups the analysis names, in reading order, from the whole analysis text: named groups with
 * local names; "so-called" groups that share the named groups' noun; quoted interest groups.
 */
export function findGroups(paragraphs: readonly string[]): GroupMention[] {
  const groups: GroupMention[] = [];
  const categories = new Set<string>();
  const seen = new Set<string>();
  const add = (group: GroupMention) => {
    const key = group.name.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
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
      const quoted = QUOTED_GROUP.exec(sentence);
      if (quoted) {
        const category = /interest\s+groups?/i.test(paragraph) ? 'interest group' : quoted[2]!;
        add({ name: `${quoted[1]!} ${category}`, category, localName: null, region: null, description: stripTrailingPunctuation(sentence) + '.', text: sentence });
      }
    });
  }
  return groups;
}
