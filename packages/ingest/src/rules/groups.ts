import { readKinshipLists } from './kinship-list.js';
import { describeByMemberClauses } from './member-clause.js';
import { CLOSE_QUOTE, DASH, OPEN_QUOTE, splitSentences, stripTrailingPunctuation } from '../normalize.js';
import { allWords, anyOf, LEXICONS, lexiconOfWord, type Lexicon } from '../lexicon/index.js';
import { NAME_WORD } from './person-name.js';
import { findBareNames } from './bare-person.js';
import { regExp } from '../regexp.js';
import { describeByOrdinals, readCoalitions, readEliteGroups, readNamedParties, readOrdinalGroups, readPartyLists } from './elite-groups.js';
import { readInflectedLocalGroups } from './inflected-local-groups.js';
import { regionOfDescription } from './group-region.js';
import { readPartyLeaders } from './party-leaders.js';

/** Every lexicon's endings or small words of one kind as one group (lexicon `wordForms`), or a group that matches nothing. */
function forms(field: keyof Lexicon['wordForms']): string {
  return anyOf(allWords((l) => l.wordForms[field])) ?? '(?!)';
}

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
const SO_CALLED = regExp(`so-called\\s+${OPEN_QUOTE}([^”"»“]+)${CLOSE_QUOTE}`, 'giu');
/** What the patterns need, found much faster than the patterns. */
const DASH_THEN_QUOTE = new RegExp(`${DASH}\\s*${OPEN_QUOTE}`, 'u');

/** "The “institutional” group acts within …", "the “economic” clan", "The old “Yerevan” elite", "the “Mongolian Democratic Union” faction". */
const QUOTED_GROUP = new RegExp(`\\b([Tt]he)\\s+(?:(?:old|new|young|former|so-called|powerful|influential)\\s+){0,2}${OPEN_QUOTE}([\\p{L}-]+(?:\\s+[\\p{L}-]+){0,3})${CLOSE_QUOTE}\\s+(interest\\s+group|(?:business|regional|political|financial)\\s+group|group|clan|elite|lobby|faction|team|circle)\\b`, 'gu');
/** The group's noun inside the quotes: "the so-called “Karabakh clan”", "the “Zhvania team”", "the “mining lobby”". */
const QUOTED_NAME_WITH_NOUN = new RegExp(`(?:\\b[Tt]he\\s+|so-called\\s+)(?:(?:old|new|young|so-called)\\s+){0,2}${OPEN_QUOTE}((?:[\\p{L}'’-]+\\s+){1,3}(clan|group|team|circle|elite|tribe|faction|lobby))${CLOSE_QUOTE}`, 'gu');
/** The noun, then the group's own name in quotes: "the business group “Genco”", "the clan “Ak-Jol”". */
const NOUN_THEN_QUOTED = new RegExp(`\\b(?:[Tt]he|[Aa])\\s+((?:business|regional|financial|political|oligarchic|family)\\s+)?(group|clan|circle|faction|team)\\s+${OPEN_QUOTE}(\\p{Lu}[^”"»“]{1,40}?)${CLOSE_QUOTE}`, 'gu');
/**
 * A quoted word the analysis uses as a group's name, in a paragraph that speaks of groups: "the
 * “siloviki” (heads of …)", "the “old guard” of …", "the young “technocrats” promoted by …", "often
 * called “oligarchs”". Not a quoted modifier of a noun ("a “dual power” system", "the “Nur Otan” party").
 */
const BARE_QUOTED_GROUP = new RegExp(`(?:\\b(?:[Tt]he|called|known\\s+as|dubbed|nicknamed)\\s+)(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}${OPEN_QUOTE}(\\p{L}[\\p{L}'’ -]{1,30}?)${CLOSE_QUOTE}(?=\\s*(?:[,;:.()\\u2010-\\u2015-]|$)|\\s+(?:of|and|who|which|that|around|with|\\p{Ll}+ed)\\b)`, 'gu');
/** A quoted name alone in brackets, as a gloss: "The big business (“oligarchs”) is …". */
const PAREN_QUOTED_GROUP = new RegExp(`\\(\\s*${OPEN_QUOTE}(\\p{Ll}[\\p{L}'’ -]{1,30}?)${CLOSE_QUOTE}\\s*\\)`, 'gu');
/** A paragraph that speaks of groups, where a quoted name is one. */
const SPEAKS_OF_GROUPS = /\b(?:groups?|clans?|elites?|circles?|factions?|oligarchs?|lobby|lobbies)\b/i;

/** The nouns of a named group, singular: "the Kulob group", "the Kazakhmys business group". */
const GROUP_NOUN = '((?:(?:business|financial|industrial|financial-industrial|oligarchic|regional|political|family)\\s+)?(?:group|clan|zhuz|faction|tribe|family))';
/** A capitalized word of a group's name, or "St." of "St. Petersburg". */
const GROUP_NAME_WORD = `(?:St\\.\\s+)?${NAME_WORD}`;
/**
 * "the Kulob group", "the Samarkand clan", "the Kazakhmys business group", "the Yerazi group of
 * natives of Armenia", "the St. Petersburg group": "the", one to three capitalized words, a
 * group's noun in the singular. A generic plural ("Regional groups play a key role") or a body
 * ("the Working group", "the Minsk Group") is not one.
 */
const NAMED_GROUP = new RegExp(`\\b[Tt]he\\s+(?:(?:so-called|once|formerly|still|now|dominant|powerful|influential|strong|rival|ruling)\\s+){0,3}((?:${GROUP_NAME_WORD}\\s+){1,3}?)${GROUP_NOUN}\\b`, 'gu');
/** "The Mary and Balkan regional groups": two named groups. */
const TWO_GROUPS = new RegExp(`\\b[Tt]he\\s+(${NAME_WORD})\\s+and\\s+(${NAME_WORD})\\s+((?:regional\\s+|business\\s+)?(?:groups|clans|zhuzes|tribes))\\b`, 'gu');
/** "the President's inner circle", "the President’s family": an elite circle. */
const POSSESSIVE_CIRCLE = new RegExp(`\\b[Tt]he\\s+(${NAME_WORD}['’]s\\s+(?:(?:inner|close|closest|immediate|narrow)\\s+)?(?:circle|entourage|family|clan|team))\\b`, 'gu');
/** "the inner circle of the President", "a narrow elite circle around the President". */
const INNER_CIRCLE = new RegExp(`\\b(?:[Tt]he|an?)\\s+(?:(?:narrow|small|tight)\\s+)?((?:(?:inner|close|closest|narrow)\\s+circle|elite\\s+circle)\\s+(?:of|around|close\\s+to|near)\\s+the\\s+${NAME_WORD}(?:\\s+${NAME_WORD})?)`, 'gu');
/** "the Family", "the “Family”", "the so-called Family" (not "the Family Code"). */
const THE_FAMILY = new RegExp(`\\b[Tt]he\\s+(?:so-called\\s+)?${OPEN_QUOTE}?(Family)${CLOSE_QUOTE}?(?!\\s+(?:[Oo]f|[Cc]ode|[Ll]aw|[Bb]usiness|[Mm]embers?|[Aa]nd|[Ff]und|[Pp]olicy)\\b)`, 'gu');
/** "the so-called siloviki": a group named by an unquoted word that ends its phrase. */
const SO_CALLED_WORD_GROUP = /\bso-called\s+(\p{L}[\p{L}-]+(?:\s+\p{L}[\p{L}-]+)?)(?=\s*(?:[,.;:)]|$))/gu;
/** "The siloviki, an elite circle of …", "The nutag councils, associations of natives …". */
const APPOSITIVE_GROUP = /\b[Tt]he\s+((?:[\p{L}-]+\s+)?[\p{L}-]+),\s+(?:an?\s+|the\s+)?(?:(?:elite|narrow|inner|small|influential|powerful|informal|close)\s+){0,2}(circles?|groups?|networks?|associations?|clans?)\s+of\b/gu;
/** "a business group of major entrepreneurs", "the business group of the gas traders", "the business groups connected with the mining industry". */
const BUSINESS_GROUP_OF = /\b(?:[Tt]he|[Aa])\s+(business\s+(?:groups?|circles?|clans?)\s+(?:of|around|connected\s+with|linked\s+to|close\s+to|led\s+by|behind)\s+(?:[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]+)(?=\s*(?:[,.;:()]|$)|\s+(?:which|that|who|controls?|control|finances?|holds?|is|are|has|have|became|becomes|remains?|owns?|dominates?|stands?)\b)/gu;
/** "the southern clans", "the northern elite": a region's group named by its side of the country. */
const COMPASS_GROUP = /\b[Tt]he\s+((?:[Nn]orthern|[Ss]outhern|[Ee]astern|[Ww]estern|[Cc]entral)\s+(?:regional\s+)?(clans?|elites?|groups?))\b(?:\s+(?:from|of)\s+((?:\p{Lu}[\p{L}-]*)(?:(?:,\s*|\s+and\s+)\p{Lu}[\p{L}-]*)*)|\s*\((?:the\s+)?((?:\p{Lu}[\p{L}-]*)(?:(?:,\s*|\s+and\s+)\p{Lu}[\p{L}-]*)*)\s+(?:clans?|groups?|regions?)\))?/gu;
/** "the mining lobby", "The agrarian lobby": a lobby named by what it stands for (not "the powerful lobby", "the major lobby", "the largest lobby", nor "lobby" as a modifier: "the clan lobby resource"). */
const LOBBY = /\b[Tt]he\s+(?!(?:powerful|strong|weak|influential|major|minor|main|key|leading|dominant|whole|same|new|old|other|foreign|informal|real|very|\p{Ll}+est)\s)(\p{Ll}[\p{Ll}-]{2,}\s+lobby)\b(?!\s+(?:resources?|groups?|activit\p{L}*|efforts?|campaigns?|work|power|potential|capacit\p{L}*|interests?|structures?)\b)/gu;
/** Words the analysis names groups by, with no group noun: "the oligarchs", "the siloviki". */
const GROUP_TERMS = /\b[Tt]he\s+(?:(?:so-called|young|new|old|powerful)\s+)?(oligarchs|siloviki|technocrats|securocrats|old\s+guard)\b/gu;
/** "the regional elite of Gagauzia", "the regional elites of Samegrelo and Kvemo Kartli" (one group per place). */
const REGIONAL_OF = new RegExp(`\\b[Tt]he\\s+((?:regional|local))\\s+(elite|clan|group)s?\\s+of\\s+((?:the\\s+)?${NAME_WORD}(?:\\s+${NAME_WORD})?)(?:\\s+and\\s+((?:the\\s+)?${NAME_WORD}(?:\\s+${NAME_WORD})?))?`, 'gu');
/** "the natives of the Kulob region" (unless an appositive names their group: "…, the Shklov group"). */
const NATIVES_OF = new RegExp(`\\b(natives?\\s+of\\s+the\\s+${NAME_WORD}(?:[\\s-]+${NAME_WORD})?\\s+(?:region|province|oblast|valley|district))\\b(?!\\s*,\\s*the\\s+\\p{Lu})`, 'gu');
/** A group noun's category: "circle", "elite" and "team" name elite circles. */
function nounCategory(noun: string): string {
  return /^(?:circle|elite|team)$/i.test(noun) ? 'elite circle' : noun.toLowerCase();
}

/** Groups named in quotes: with their noun inside or after the quotes, the noun before, or a quoted name alone. */
function readQuotedGroups(paragraph: string, add: (group: GroupMention) => void): void {
  if (!new RegExp(OPEN_QUOTE, 'u').test(paragraph)) return;
  const sentences = splitSentences(paragraph);
  const group = (name: string, category: string, match: RegExpMatchArray) => add({ name, category, localName: null, region: null, description: null, text: sentenceOf(sentences, match[0]) });
  for (const match of paragraph.matchAll(QUOTED_NAME_WITH_NOUN)) group(match[1]!, nounCategory(match[2]!), match);
  for (const match of paragraph.matchAll(NOUN_THEN_QUOTED)) group(match[3]!, match[1] ? namedCategory(`${match[1]}${match[2]!}`, false) : nounCategory(match[2]!), match);
  if (!SPEAKS_OF_GROUPS.test(paragraph)) return;
  for (const match of [...paragraph.matchAll(BARE_QUOTED_GROUP), ...paragraph.matchAll(PAREN_QUOTED_GROUP)]) {
    // A quoted name that goes on into a noun of its own ("the “old guard” group") is read above.
    if (/\b(?:clan|group|team|circle|elite|tribe|faction)$/i.test(match[1]!)) continue;
    // "the “institutional” and …" where the paragraph also writes "the “institutional” group": that group.
    const escaped = match[1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (new RegExp(`${escaped}${CLOSE_QUOTE}\\s+(?:interest\\s+)?(?:group|clan|elite|lobby|faction|team|circle)\\b`, 'u').test(paragraph)) continue;
    group(match[1]!, 'group', match);
  }
}

/** "the family clan of the former President". */
/** "the group of Timur Kulibayev", "the circle of Karim Massimov": a group named after a person (a family name of the region's shape). */
const PERSON_GROUP_OF = /\b[Tt]he\s+((?:group|clan|team|circle)\s+of\s+(\p{Lu}\p{Ll}{2,}\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?))(?![\p{L}'’-]|\s+\p{Lu})/gu;
const CLAN_OF = new RegExp(`\\b[Tt]he\\s+((?:family\\s+)?clan\\s+of\\s+the\\s+(?:(?:former|first|late|previous)\\s+)?${NAME_WORD}(?:\\s+${NAME_WORD})?)`, 'gu');
/** What the patterns above need: one of their nouns. */
const GROUP_WORD = /\b(?:lobby|group|groups|clan|clans|zhuz|zhuzes|faction|tribe|tribes|circle|circles|entourage|family|Family|team|so-called|elite|elites|networks?|associations?|natives?|oligarchs|siloviki|technocrats|securocrats|guard)\b/u;
const INTEREST_GROUPS = /\binterest\s+groups?\b/i;

/** Capitalized words that make "the X group" a body's name or a generic one, not a named group. */
const NOT_A_NAME = /^(?:Working|Contact|Parliamentary|Interest|Regional|Business|Financial|Political|Economic|Ethnic|Tribal|Ruling|Governmental|Presidential|Other|New|Old|Main|Key|Same|Largest|Strongest|Expert|Advisory|Initiative|Action|Task|Study|Investigative|Monitoring|Deputy|Deputies|Party|Republican|National|State|First|Second|Third|Fourth|Security|Council|Committee|Commission|Ministry|Government|Parliament|Assembly|Administration|This|That|Each|Every|Whole|Entire)$/;
/** Words that make an appositive's head no group's name: "The President, the head of …". */
const NOT_A_GROUP_HEAD = /^(?:the|a|an|President|Government|Council|Parliament|Committee|Commission|Ministry|Administration|Assembly|Party|Cabinet|party|opposition|elite|state|country|system|government|parliament|majority|rest|first|second|same|other|two|three)$/;

/** A paragraph that speaks of regional or business groups: "the Kulob group" there is a regional one. */
const REGIONAL_CONTEXT = /\bregional(?:ism|\s+(?:groups?|clans?|elites?|ties|origin))\b/i;

/** The sentence a match stands in, verbatim; the match itself where it runs over a sentence's end ("St. Petersburg"). */
function sentenceOf(sentences: readonly string[], match: string): string {
  return sentences.find((s) => s.includes(match)) ?? match;
}

/** A verb after a group's name: "the Kulob group dominates …", "The Samarkand clan lost …". */
const VERB_AFTER = /^\s+(?:\p{Ll}+(?:s|ed)|is|was|has|had|lost|won|rose|fell|kept|held|took|grew|became)\b/u;

/**
 * The clause a group opens, as its description: "…: the Kulob group dominates the state machinery
 * …" → "The Kulob group dominates the state machinery …". Null where the group is not its subject:
 * the clause must open the sentence or follow a colon or semicolon, and a verb must follow the name.
 */
function clauseFrom(sentence: string, match: string): string | null {
  const at = sentence.indexOf(match);
  const before = sentence.slice(0, at).trimEnd();
  if ((before && !/[:;]$/.test(before)) || !VERB_AFTER.test(sentence.slice(at + match.length))) return null;
  const clause = stripTrailingPunctuation(sentence.slice(at).split(';')[0]!);
  return `${clause[0]!.toUpperCase()}${clause.slice(1)}.`;
}

function namedCategory(noun: string, regional: boolean): string {
  const word = noun.toLowerCase().replace(/\s+/g, ' ');
  if (/^(?:business|financial|industrial|financial-industrial|oligarchic) group$/.test(word)) return 'business group';
  if (word === 'family clan') return 'clan';
  if (/ /.test(word)) return word;
  if (word === 'group' && regional) return 'regional group';
  return word;
}

/** A group's noun of a language whose words inflect, with the pattern of its forms. */
interface InflectedNoun {
  pattern: RegExp;
  lemma: string;
  feminine: boolean;
  category: string;
  adjectives: Array<[string, string]>;
  place: RegExp;
  notPlaces: readonly string[];
  plurals: Array<[string, string]>;
  pluralAdjectives: Array<[string, string]>;
}

const INFLECTED_NOUNS: InflectedNoun[] = LEXICONS.flatMap((l) => {
  const of = (forms: string, lemma: string, category: string, adjectives: Array<[string, string]>, anyAdjective: boolean): InflectedNoun => ({
    pattern: new RegExp(`^(?:${forms})$`, 'u'),
    lemma,
    feminine: adjectives === l.groups.adjectives.feminine,
    category,
    adjectives,
    // "энергетического лобби": a noun any adjective makes a group (or a side of the country: "северный клан", "южной группы").
    place: new RegExp(`^(?:${anyAdjective ? `\\p{Ll}{2,}(?:${[...new Set(adjectives.flat())].join('|')})` : `${l.groups.placeAdjective}|${l.groupShapes.compassAdjective}`})$`, 'u'),
    notPlaces: anyAdjective ? [] : l.groups.notPlaces,
    plurals: l.groups.plurals,
    pluralAdjectives: l.groups.pluralAdjectives,
  });
  return [
    ...l.groups.nouns.map((n) => of(n.forms, n.lemma, n.category, n.feminine ? l.groups.adjectives.feminine : l.groups.adjectives.masculine, false)),
    ...l.groupShapes.neuterNouns.map((n) => of(n.forms, n.lemma, n.category, l.groupShapes.neuterAdjectives, true)),
  ];
});
/** The noun whose capitalized names are bodies' ("Минская группа", "Рабочая группа"): the first of the lexicons' nouns that names a plain group. */
const GROUP_LEMMA = INFLECTED_NOUNS.find((n) => n.category === 'group')?.lemma;
const NOUN_FORMS = LEXICONS.flatMap((l) => [...l.groups.nouns, ...l.groupShapes.neuterNouns].map((n) => n.forms)).join('|') || '(?!)';
const NAMERS = LEXICONS.flatMap((l) => l.groups.namers).join('|') || '(?!)';
const LETTER_START = '(?<![\\p{L}\\p{N}])';
const LETTER_END = '(?![\\p{L}\\p{N}])';
/** «карабахского клана», «ереванская команда», «старая гвардия»: one to three lower-case adjectives and the noun, in quotes. */
const QUOTED_ADJECTIVE_NOUN = new RegExp(`${OPEN_QUOTE}((?:\\p{L}[\\p{L}-]*\\s+)(?:\\([^()«»]{1,40}\\)\\s+)?(?:\\p{Ll}[\\p{L}-]*\\s+){0,2})(${NOUN_FORMS})${CLOSE_QUOTE}`, 'gu');
/** An aside inside a name: "«таллинская (портовая) группа»" is the таллинская группа. */
const withoutAside = (words: string) => words.replace(/\([^()]*\)\s*/g, '');
/** «команда премьер-министра», «клан Президента»: the noun, then whose it is, in quotes. */
const QUOTED_NOUN_OF = new RegExp(`${OPEN_QUOTE}(${NOUN_FORMS})((?:\\s+[\\p{L}-]+){1,3})${CLOSE_QUOTE}`, 'gu');
/** "так называемые «силовики»", "блок «технократов»": a quoted word that a namer makes a group's name (not an adjective of a noun after it: "так называемая «кулябская» группа"). */
const NAMED_QUOTED = regExp(`${LETTER_START}(?:${NAMERS})\\s+${OPEN_QUOTE}(\\p{Ll}[\\p{L}-]{2,30})${CLOSE_QUOTE}(?!\\s+(?:${NOUN_FORMS})${LETTER_END})`, 'giu');
/** "выходца из ошской группы", "чуйский клан": a place's adjective and the noun, unquoted. */
const PLACE_NOUN = new RegExp(`${LETTER_START}(\\p{Ll}[\\p{L}-]*)\\s+(${NOUN_FORMS})${LETTER_END}`, 'gu');

/** «донецкая» группа, «ташкентский» и «самаркандский» кланы: quoted adjectives, then the noun outside the quotes. */
const QUOTED_ADJECTIVE = `${OPEN_QUOTE}(\\p{Ll}[\\p{L}-]*(?:\\s+\\p{Ll}[\\p{L}-]*){0,2})${CLOSE_QUOTE}`;
/** The same, capitalized too where it opens a sentence: "«Карабахская» группа объединяет …". */
const ANY_CASE_QUOTED_ADJECTIVE = `${OPEN_QUOTE}(\\p{L}[\\p{L}-]*(?:\\s+\\p{Ll}[\\p{L}-]*){0,2})${CLOSE_QUOTE}`;
/** An aside between the quoted adjectives and their noun: "«ленинабадскую» (северную, худжандскую) элиту". */
const ASIDE = '(?:\\s*\\([^()]{1,80}\\))?';
const QUOTED_ADJECTIVES_THEN_NOUN = new RegExp(`${ANY_CASE_QUOTED_ADJECTIVE}${ASIDE}((?:\\s*(?:,|${forms('adjectiveJoins')})\\s*${QUOTED_ADJECTIVE}${ASIDE})*)\\s+(${NOUN_FORMS})${LETTER_END}`, 'gu');
/** "двух лагерей – «проевропейского» и «пророссийского»", "группировок – «северной» (Чуйская область) и «южной» (…)": the noun, then its quoted adjectives after a dash or a colon, each maybe with its places in brackets. */
const NOUN_THEN_QUOTED_ADJECTIVES = new RegExp(`${LETTER_START}(${NOUN_FORMS})\\s*(?:${DASH}|:)\\s*${QUOTED_ADJECTIVE}${ASIDE}((?:\\s*(?:,|${forms('adjectiveJoins')})\\s*${QUOTED_ADJECTIVE}${ASIDE})*)`, 'gu');
const ONE_QUOTED_ADJECTIVE = new RegExp(ANY_CASE_QUOTED_ADJECTIVE, 'gu');
const ASSIGNERS = LEXICONS.flatMap((l) => l.groups.assigners).join('|') || '(?!)';
const ASSIGNED_TO = LEXICONS.flatMap((l) => l.groups.assignedTo).join('|') || '(?!)';
/** A sentence that counts people into groups: "К «силовикам» эксперты относят …". */
const ASSIGNS = new RegExp(`${LETTER_START}(?:${ASSIGNERS})${LETTER_END}`, 'u');
/** "к «системным либералам»", "К лидерам «силовиков»": the group counted into, in quotes; not one whose noun follows («донецкой» группе). */
const ASSIGNED_GROUP = new RegExp(`${LETTER_START}(?:${ASSIGNED_TO})\\s+(?:\\p{Ll}+\\s+)?${QUOTED_ADJECTIVE}(?!\\s+(?:${NOUN_FORMS})${LETTER_END})`, 'gu');
/** An adjective's ending in a case other than the nominative singular: such a quoted word names a group said elsewhere («донецким»). */
const ADJECTIVE_ENDING = new RegExp(`${forms('adjectiveNamedElsewhere')}$`, 'u');
/** An adjective's ending in any case, gender and number: «Карабахская», «Ошскую», «Ереванского». */
const ANY_ADJECTIVE_ENDING = new RegExp(`${forms('adjectiveAny')}$`, 'u');
/** A plural adjective's ending, whatever its case: "ташкентские", "южных", "молодыми". */
const PLURAL_ADJECTIVE = new RegExp(`${forms('adjectivePlural')}$`, 'u');
/** A plural adjective's dative, "-им" of «ташкентским» кланам (lexicon `wordForms.adjectiveDativePlural`). */
const DATIVE_PLURAL_ADJECTIVE = new RegExp(`${forms('adjectiveDativePlural')}$`, 'u');

/** A word back to its nominative by the first ending of a table that fits it. */
function nominative(word: string, endings: ReadonlyArray<[string, string]>): string {
  const lower = word.toLowerCase();
  const ending = endings.find(([from]) => lower.endsWith(from) && lower.length > from.length + 2);
  return ending ? `${lower.slice(0, -ending[0].length)}${ending[1]}` : lower;
}

/** A quoted adjective of a noun back to the nominative singular: «ташкентские» кланы → ташкентский, «нахичеванского» клана → нахичеванский. */
function singularAdjective(word: string, noun: InflectedNoun, pluralNoun: boolean): string {
  const lower = word.toLowerCase();
  if (!PLURAL_ADJECTIVE.test(lower) && !(pluralNoun && DATIVE_PLURAL_ADJECTIVE.test(lower))) return nominative(lower, noun.adjectives);
  const plural = nominative(lower, noun.pluralAdjectives);
  const stem = plural.slice(0, -2);
  const { velars, softPlural, feminine, masculine } = lexiconOfWord(lower).adjectiveSingular;
  const velar = new RegExp(`${velars}$`, 'u').test(stem);
  const soft = velar || plural.endsWith(softPlural);
  return noun.feminine ? `${stem}${soft && !velar ? feminine[1] : feminine[0]}` : `${stem}${soft ? masculine[1] : masculine[0]}`;
}

/** A quoted plural name back to the nominative plural: «системным либералам» → системные либералы, «силовиков» → силовики. */
function pluralNominative(words: string): string {
  const list = words.trim().split(/\s+/);
  const noun = INFLECTED_NOUNS[0]!;
  return list.map((w, i) => (i === list.length - 1 ? nominative(w, noun.plurals) : nominative(w, noun.pluralAdjectives))).join(' ');
}

/** "«аджарский клан» Аслана Чхеидзе": the person a quoted group is named after, right after the quotes, in the genitive. */
const PERSON_AFTER = new RegExp(`^\\s+(\\p{Lu}\\p{Ll}+${forms('givenGenitive')}\\s+\\p{Lu}[\\p{Ll}-]+)(?![\\p{L}\\p{N}])(?!\\s+\\p{Lu})`, 'u');
function personAfter(text: string): string | null {
  const person = PERSON_AFTER.exec(text)?.[1];
  return person && !person.split(/\s+/).some((w) => NOT_NAME_WORDS.has(w.toLowerCase())) ? person.replace(/\s+/g, ' ') : null;
}

function inflectedNoun(word: string): InflectedNoun | undefined {
  return INFLECTED_NOUNS.find((n) => n.pattern.test(word.toLowerCase()));
}

/** A place's adjective, not one of a kind of people ("политический клан"). */
function isPlace(adjective: string, noun: InflectedNoun): boolean {
  return noun.place.test(adjective) && !noun.notPlaces.some((stem) => adjective.includes(stem));
}

/** One paragraph being read for inflected groups: its sentences, to cite, and where groups go. */
interface InflectedReading {
  paragraph: string;
  sentences: readonly string[];
  add: (group: GroupMention) => void;
}

/** Adds a group the match names, cited by the match's sentence. */
function addGroup(r: InflectedReading, name: string, category: string, match: RegExpMatchArray, localName: string | null = null): void {
  r.add({ name, category, localName, region: null, description: null, text: sentenceOf(r.sentences, match[0]) });
}

/** A place's group of a noun: "group" becomes a regional group, a clan stays a clan. */
function placeCategory(noun: InflectedNoun): string {
  return noun.category === 'group' ? 'regional group' : noun.category;
}

/** Adjectives and their noun as a group, when quoted, a place's or of a kind of people: «карабахского клана» → карабахский клан. */
function addAdjectivesAndNoun(r: InflectedReading, words: string, nounWord: string, match: RegExpMatchArray, quoted: boolean, whose: string | null = null): void {
  const noun = inflectedNoun(nounWord)!;
  const adjectives = words.trim().split(/\s+/);
  const place = isPlace(adjectives[adjectives.length - 1]!, noun);
  const kind = place ? null : kindOf(adjectives[adjectives.length - 1]!);
  if (!quoted && !place && !kind) return;
  const category = kind ?? (place ? placeCategory(noun) : noun.category);
  addGroup(r, [...adjectives.map((a) => singularAdjective(a, noun, PLURAL_NOUN.test(nounWord))), noun.lemma, ...(whose ? [whose] : [])].join(' '), category, match);
}

/** «Карабахского клана» (an adjective by its ending), with the person it is named after; not «Минская группа», a body's name, nor «Единая Россия». */
function readQuotedAdjectiveNouns(r: InflectedReading): void {
  for (const match of r.paragraph.matchAll(QUOTED_ADJECTIVE_NOUN)) {
    if (/^\p{Lu}/u.test(match[1]!) && (!ANY_ADJECTIVE_ENDING.test(match[1]!.trim().split(/\s+/)[0]!) || inflectedNoun(match[2]!)!.lemma === GROUP_LEMMA)) continue;
    addAdjectivesAndNoun(r, withoutAside(match[1]!), match[2]!, match, true, personAfter(r.paragraph.slice(match.index! + match[0].length)));
  }
}

/** «команда премьер-министра»: a quoted noun and whose it is. */
function readQuotedNounsOf(r: InflectedReading): void {
  for (const match of r.paragraph.matchAll(QUOTED_NOUN_OF)) {
    const noun = inflectedNoun(match[1]!)!;
    addGroup(r, `${noun.lemma}${match[2]!}`, noun.category, match);
  }
}

/** "блок «технократов»" → технократы; "блоком «Вперёд»": a capitalized name after a namer is a bloc's or a party's own, not a group's word. */
function readNamedQuoted(r: InflectedReading): void {
  for (const match of r.paragraph.matchAll(NAMED_QUOTED)) if (!/^\p{Lu}/u.test(match[1]!)) addGroup(r, nominative(match[1]!, INFLECTED_NOUNS[0]!.plurals), 'group', match);
}

/** "выходца из ошской группы" → ошская группа: an unquoted place's group. */
function readPlaceNouns(r: InflectedReading): void {
  for (const match of r.paragraph.matchAll(PLACE_NOUN)) addAdjectivesAndNoun(r, match[1]!, match[2]!, match, false);
}

/** "Южный клан объединает …": a side of the country's adjective opens the sentence (any other capitalized one may be a body's). */
function readCompassAtStart(r: InflectedReading): void {
  for (const match of r.paragraph.matchAll(COMPASS_AT_START)) if (/^\p{Lu}/u.test(match[1]!)) addAdjectivesAndNoun(r, match[1]!.toLowerCase(), match[2]!, match, false);
}

/** "Ферганский клан, сильный в советское время, …": a capitalized adjective and a noun open the sentence. */
const CAPITAL_AT_START = new RegExp(`(?:^|(?<=[.!?]\\s{1,3}))(\\p{Lu}\\p{Ll}+)\\s+(${NOUN_FORMS})${LETTER_END}`, 'gu');

/** A place's clan opening a sentence: only a clan, since a capitalized group's or elite's name may be a body's ("Минская группа"). */
function readPlaceClanAtStart(r: InflectedReading): void {
  for (const match of r.paragraph.matchAll(CAPITAL_AT_START)) {
    const noun = inflectedNoun(match[2]!)!;
    if (noun.category === 'clan' && isPlace(match[1]!.toLowerCase(), noun)) addAdjectivesAndNoun(r, match[1]!.toLowerCase(), match[2]!, match, false);
  }
}

/** "кланов Севера и Юга" → северный клан, южный клан: a group of each side of the country after the noun. */
function readNounThenCompass(r: InflectedReading): void {
  for (const match of r.paragraph.matchAll(NOUN_THEN_COMPASS)) {
    const noun = inflectedNoun(match[1]!)!;
    for (const side of match[2]!.split(LIST_JOINT).filter(Boolean)) {
      const found = COMPASS_SIDES.find((s) => s.genitive.test(side))!;
      addGroup(r, `${noun.feminine ? found.feminine : found.masculine} ${noun.lemma}`, placeCategory(noun), match);
    }
  }
}

/** A group of each place's adjective, when every one of them is a place's. */
function addPlaces(r: InflectedReading, places: readonly string[], noun: InflectedNoun, match: RegExpMatchArray): void {
  if (!places.every((place) => isPlace(place, noun))) return;
  for (const place of places) addGroup(r, `${place} ${noun.lemma}`, placeCategory(noun), match);
}

/**
 * "марыйского и балканского кланов": each place of the list before the last has a group of its own;
 * "самаркандская (выходцы из …), ташкентская (…) и ферганская группы": asides between them are no place.
 */
function readPlaceLists(r: InflectedReading): void {
  for (const match of r.paragraph.matchAll(PLACE_LIST_NOUN)) {
    const noun = inflectedNoun(match[3]!)!;
    const written = [...match[1]!.replace(/\s*\([^()]*\)/gu, '').split(LIST_JOINT).filter(Boolean), match[2]!];
    addPlaces(r, written.map((a) => singularAdjective(a, noun, PLURAL_NOUN.test(match[3]!))), noun, match);
  }
}

/** "два клана – ташкентский и самаркандский": the noun, then its places' adjectives. */
function readNounThenPlaces(r: InflectedReading): void {
  for (const match of r.paragraph.matchAll(NOUN_THEN_PLACES)) {
    const noun = inflectedNoun(match[1]!)!;
    addPlaces(r, match[2]!.split(LIST_JOINT).filter(Boolean).map((a) => singularAdjective(a, noun, false)), noun, match);
  }
}

/** "Кулябская (Кулобская) группа": a place's group and, in brackets, its other name; both a place's, not "Рабочая (экспертная) группа". */
function readPlacesWithAsides(r: InflectedReading): void {
  for (const match of r.paragraph.matchAll(PLACES_WITH_ASIDES_NOUN)) {
    const noun = inflectedNoun(match[2]!)!;
    const pluralNoun = PLURAL_NOUN.test(match[2]!);
    for (const [, adjective, aside] of match[1]!.matchAll(ONE_PLACE_WITH_ASIDE)) {
      const [name, other] = [adjective!, aside!].map((a) => singularAdjective(a, noun, pluralNoun));
      if (isPlace(name!, noun) && isPlace(other!, noun)) addGroup(r, `${name} ${noun.lemma}`, placeCategory(noun), match, `${other} ${noun.lemma}`);
    }
  }
}

/** A plural noun's oblique case: «ташкентским» кланам (lexicon `wordForms.nounPluralOblique`). */
const PLURAL_NOUN_CASE = new RegExp(`${forms('nounPluralOblique')}$`, 'u');

/** "«ленинабадскую» и «кулябскую» элиты", "двух лагерей – «проевропейского» и «пророссийского»": each quoted adjective with the noun. */
function readQuotedAdjectives(r: InflectedReading): void {
  const quotedFirst = [...r.paragraph.matchAll(QUOTED_ADJECTIVES_THEN_NOUN)].map((m) => ({ match: m, nounWord: m[m.length - 1]! }));
  const nounFirst = [...r.paragraph.matchAll(NOUN_THEN_QUOTED_ADJECTIVES)].map((m) => ({ match: m, nounWord: m[1]! }));
  for (const { match, nounWord } of [...quotedFirst, ...nounFirst]) {
    const noun = inflectedNoun(nounWord)!;
    // "«ташкентским» кланам": a plural noun's case makes "-им" plural, not singular.
    const pluralNoun = PLURAL_NOUN_CASE.test(nounWord);
    for (const quoted of match[0].matchAll(ONE_QUOTED_ADJECTIVE)) {
      // A quoted word is an adjective only by its ending: not «Родина» группа, not "две группы: «западники» и «почвенники»" (camps of their own).
      if (!ANY_ADJECTIVE_ENDING.test(quoted[1]!.split(/\s+/)[0]!)) continue;
      const adjectives = quoted[1]!.split(/\s+/).map((a) => singularAdjective(a, noun, pluralNoun));
      const place = isPlace(quoted[1]!.split(/\s+/).pop()!, noun) || isPlace(adjectives[adjectives.length - 1]!, noun);
      addGroup(r, [...adjectives, noun.lemma].join(' '), place ? placeCategory(noun) : noun.category, match);
    }
  }
}

/** "К «силовикам» относят …": the group a sentence counts someone into. */
function readAssignedGroups(r: InflectedReading): void {
  for (const sentence of ASSIGNS.test(r.paragraph) ? r.sentences.filter((s) => ASSIGNS.test(s)) : []) {
    for (const match of sentence.matchAll(ASSIGNED_GROUP)) {
      const name = pluralNominative(match[1]!);
      // «донецким»: an adjective alone names the group its noun named elsewhere.
      if (!/\s/.test(name) && ADJECTIVE_ENDING.test(name)) continue;
      r.add({ name, category: 'group', localName: null, region: null, description: null, text: sentence });
    }
  }
}

/** The readers of inflected groups, in the order their groups are added. */
const INFLECTED_READERS: ReadonlyArray<(r: InflectedReading) => void> = [
  readQuotedAdjectiveNouns,
  readQuotedNounsOf,
  readNamedQuoted,
  readPlaceNouns,
  readCompassAtStart,
  readPlaceClanAtStart,
  readNounThenCompass,
  readPlaceLists,
  readNounThenPlaces,
  readPlacesWithAsides,
  readQuotedAdjectives,
  readAssignedGroups,
];

/**
 * Groups named by inflected words (from the lexicons' `groups`): «могилевская группа», «карабахского
 * клана» → карабахский клан, «мегрельском клане», «команда премьер-министра», "так называемые
 * «силовики»", "блок «технократов»" → технократы, an unquoted place's group ("выходца из ошской
 * группы" → ошская группа). Names stand in the nominative, so that every mention is one group.
 */
function readInflectedGroups(paragraph: string, add: (group: GroupMention) => void): void {
  if (!INFLECTED_NOUNS.length) return;
  const reading: InflectedReading = { paragraph, sentences: splitSentences(paragraph), add };
  for (const read of INFLECTED_READERS) read(reading);
}

const listOf = (pick: (shapes: (typeof LEXICONS)[number]['groupShapes']) => readonly string[]) => LEXICONS.flatMap((l) => pick(l.groupShapes));
const orNever = (words: readonly string[]) => (words.length ? words.join('|') : '(?!)');
/** A paragraph that speaks of groups in a language whose words inflect: "региональных элит", "«нахчыванская» группа". */
const GROUP_TALK = new RegExp(`${LETTER_START}(?:${orNever(listOf((g) => g.groupTalk))})\\p{L}*`, 'iu');
/** A lead-in whose last clause counts parties: "…, объединяет шесть партий:" (not "В Сейм прошли партии, а именно:"). */
const PARTY_LIST_LEAD_IN = new RegExp(`${LETTER_START}(?:${orNever(listOf((g) => [...g.partyListLeadIns, ...g.coalitionLeadIns]))})(?:\\s+(?:${orNever(listOf((g) => g.and))})\\s+\\p{Ll}+)?\\s*:\\s*$`, 'u');
/** A heading over the analysis of groups: "Группы влияния", "Политическая элита", "Элиты". */
const GROUP_HEADING = new RegExp(`${LETTER_START}(?:${orNever([...listOf((g) => g.groupTalk), ...listOf((g) => g.groupHeadings)])})\\p{L}*`, 'iu');
/**
 * The paragraphs under a heading on groups ("Группы влияния"), or in the list that a paragraph on
 * groups opens with a colon ("Аналитики выделяют несколько групп влияния:"): its items up to the
 * first that ends otherwise than with a semicolon or a comma.
 */
export function underGroupHeading(paragraphs: readonly string[], headings: ReadonlyArray<string | null>): boolean[] {
  const listed = inListOf(paragraphs, (p) => GROUP_TALK.test(p) || PARTY_LIST_LEAD_IN.test(p));
  return paragraphs.map((_, i) => listed[i]! || GROUP_HEADING.test(headings[i] ?? ''));
}

/** The items of a list opened by a lead-in that counts parties ("Основные политические силы:"): each names a party or a movement. */
export function underPartyLeadIn(paragraphs: readonly string[]): boolean[] {
  return inListOf(paragraphs, (p) => PARTY_LIST_LEAD_IN.test(p));
}

/** The paragraphs in a list a lead-in of `opens` starts with a colon: its items up to the first that ends otherwise than with ";" or ",". */
function inListOf(paragraphs: readonly string[], opens: (paragraph: string) => boolean): boolean[] {
  let listed = false;
  return paragraphs.map((paragraph) => {
    const inList = listed;
    const end = paragraph.trimEnd().slice(-1);
    listed = (opens(paragraph) && end === ':') || (inList && (end === ';' || end === ','));
    return inList;
  });
}

const PEOPLE_CASES = LEXICONS.flatMap((l) => l.groupShapes.peopleCases);
/** A people's name in any case: "северяне", "южан", "кулябцев", "южанам". */
const PEOPLE_FORM = orNever([...listOf((g) => g.peopleEndings), ...PEOPLE_CASES.map(([from]) => from)]);
const QUOTED_PLURAL_END = orNever([...listOf((g) => g.quotedPluralEndings), ...PEOPLE_CASES.map(([from]) => from)]);
/**
 * «Северяне» – выходцы из …; «южане» из …; "соперничают «еразы» – азербайджанцы, …": a quoted
 * plural name that opens a clause or stands before a dash's gloss. Group 1 the name.
 */
const QUOTED_PEOPLE = new RegExp(
  `(?:(?<=^|[.!?;:]\\s{0,3}|[;:]\\s{0,3}[\u2010-\u2015-]\\s{0,3})${OPEN_QUOTE}(\\p{L}[\\p{Ll}-]{1,30}(?:${QUOTED_PLURAL_END}))${CLOSE_QUOTE}|${OPEN_QUOTE}(\\p{L}[\\p{Ll}-]{1,30}(?:${QUOTED_PLURAL_END}))${CLOSE_QUOTE}(?=\\s*[\u2010-\u2015]\\s))`,
  'gu',
);
const PEOPLE_END = orNever(listOf((g) => g.peopleEndings));
const QUOTED_PEOPLE_WORD = `${OPEN_QUOTE}(\\p{L}[\\p{Ll}-]{1,30}(?:${PEOPLE_FORM}))${CLOSE_QUOTE}`;
/** "противостояние «северян» и «южан»", "клана «северян»": quoted peoples in a pair, or after a group's noun, in any case. */
const QUOTED_PEOPLE_PAIR = new RegExp(`${QUOTED_PEOPLE_WORD}\\s+(?:${orNever(listOf((g) => g.and))})\\s+${QUOTED_PEOPLE_WORD}`, 'gu');
const NOUN_THEN_PEOPLE = new RegExp(`${LETTER_START}(?:${NOUN_FORMS})\\s+${QUOTED_PEOPLE_WORD}`, 'gu');
const AND = orNever(listOf((g) => g.and));
/** A group's noun in a plural case: "кланов", "кланами", "групп", "элитам". */
const PLURAL_NOUN = new RegExp(`(?:${orNever(listOf((g) => g.pluralNounEndings))})$`, 'u');
/** "марыйского и балканского кланов", "ошской, джалал-абадской и баткенской групп": unquoted adjectives joined by commas and "и", then the noun. */
const LIST_ASIDE = '(?:\\s*\\([^()]{1,200}\\))?';
const PLACE_LIST_NOUN = new RegExp(`${LETTER_START}((?:\\p{Ll}[\\p{L}-]*${LIST_ASIDE}\\s*,\\s*)*\\p{Ll}[\\p{L}-]*${LIST_ASIDE}\\s+(?:${AND})\\s+)(\\p{Ll}[\\p{L}-]*)(?:\\s+\\p{Ll}+${forms('adjectiveAfterPlace')})?\\s+(${NOUN_FORMS})${LETTER_END}`, 'gu');
/** "региональные группы: ташкентская и самаркандская", "два клана – ташкентский и самаркандский": the noun, then its places' adjectives. */
const NOUN_THEN_PLACES = new RegExp(`${LETTER_START}(${NOUN_FORMS})\\s*(?::|\\s${DASH})\\s*((?:\\p{Ll}[\\p{L}-]*\\s*,\\s*)*\\p{Ll}[\\p{L}-]*\\s+(?:${AND})\\s+\\p{Ll}[\\p{L}-]*)${LETTER_END}`, 'gu');
/**
 * "Кулябская (Кулобская) группа", "Гармская (Каратегинская) и Памирская (Бадахшанская) группы": a
 * capitalized place's adjective with its other name in brackets, each, then the noun. The aside makes
 * it a group's name, not a body's ("Минская группа" has none).
 */
const PLACE_WITH_ASIDE = `\\p{Lu}\\p{Ll}+(?:-\\p{Ll}+)?\\s*\\(\\s*\\p{Lu}\\p{Ll}+(?:-\\p{Ll}+)?\\s*\\)`;
const PLACES_WITH_ASIDES_NOUN = new RegExp(`${LETTER_START}(${PLACE_WITH_ASIDE}(?:\\s*(?:,|${AND})\\s*${PLACE_WITH_ASIDE})*)\\s+(${NOUN_FORMS})${LETTER_END}`, 'gu');
const ONE_PLACE_WITH_ASIDE = /(\p{Lu}\p{Ll}+(?:-\p{Ll}+)?)\s*\(\s*(\p{Lu}\p{Ll}+(?:-\p{Ll}+)?)\s*\)/gu;
/** "кланов Севера и Юга": sides of the country in the genitive after a group's noun (lexicon `compassSides`). */
const COMPASS_SIDES = LEXICONS.flatMap((l) => l.groupShapes.compassSides.map((s) => ({ ...s, genitive: new RegExp(`^(?:${s.genitive})$`, 'u') })));
const COMPASS_SIDE = orNever(LEXICONS.flatMap((l) => l.groupShapes.compassSides.map((s) => s.genitive)));
const NOUN_THEN_COMPASS = new RegExp(`${LETTER_START}(${NOUN_FORMS})\\s+((?:${COMPASS_SIDE})(?:(?:\\s*,\\s*|\\s+(?:${AND})\\s+)(?:${COMPASS_SIDE}))*)${LETTER_END}`, 'gu');
const COMPASS_AT_START = new RegExp(`(?:^|(?<=[.!?;:]\\s{1,3}))(${orNever(listOf((g) => (g.compassAdjective === '(?!)' ? [] : [g.compassAdjective])))})\\s+(${NOUN_FORMS})${LETTER_END}`, 'giu');
/** "олигархических групп": a kind of group's adjective (lexicon `kindAdjectives`) makes its category. */
const KIND_ADJECTIVES = LEXICONS.flatMap((l) => l.groupShapes.kindAdjectives);
const kindOf = (adjective: string) => KIND_ADJECTIVES.find((k) => adjective.toLowerCase().startsWith(k.stem))?.category ?? null;
const LIST_JOINT = new RegExp(`\\s*,\\s*|\\s+(?:${AND})\\s+|\\s+$`, 'u');

/** "«гармской» группы и памирцы": an unquoted people of a place joined to a group. */
const GROUP_AND_PEOPLE = new RegExp(`${LETTER_START}(?:${NOUN_FORMS})\\s+(?:${AND})\\s+(\\p{Ll}{3,}(?:${PEOPLE_END}))${LETTER_END}`, 'gu');
const NOT_PEOPLE = new Set(listOf((g) => g.notPeople));
/** A place: capitalized words, a list of them, and the noun after ("Чуйской, Таласской и Иссык-Кульской областей", "Нахчыванской Автономной Республики", "Армении"). */
const PLACE = `\\p{Lu}[\\p{L}-]*(?:(?:\\s*,\\s*|\\s+(?:${AND})\\s+|\\s+)\\p{Lu}[\\p{L}-]*)*(?:\\s+\\p{Ll}+${forms('placeGenitive')})?`;
const ORIGINS = LEXICONS.flatMap((l) => l.groupShapes.origins.map((o) => ({ ...o, pattern: new RegExp(`^(?:${o.forms})$`, 'iu') })));
/** An origin's noun, capitalized too where it opens a sentence (the pattern itself is case-sensitive: a place is capitalized). */
const ORIGIN_FORMS = orNever(ORIGINS.map((o) => `[${o.forms[0]!}${o.forms[0]!.toUpperCase()}]${o.forms.slice(1)}`));
const FROM = orNever(listOf((g) => g.originFrom));
/** "выходцы из Кулябской области": people of a place, group 1 their noun, group 2 the place. */
const ORIGIN = new RegExp(`${LETTER_START}(${ORIGIN_FORMS})\\s+(?:${FROM})\\s+(${PLACE})`, 'gu');
/** Where a named people comes from, right after its name: " – выходцы из …", " из …". */
const ORIGIN_AFTER = new RegExp(`^\\s*(?:[\u2010-\u2015-]\\s*)?(?:(?:${ORIGIN_FORMS})\\s+)?(?:${FROM})\\s+(${PLACE})`, 'u');
/** "(ныне – …), прежде всего из Озёрного района": a narrower place after the first, past an aside. */
const ORIGIN_NARROWER = new RegExp(`^\\s*(?:\\([^()]{0,120}\\))?\\s*,?\\s*(?:${orNever(listOf((g) => g.originNarrower))})\\s*,?\\s+(${FROM})\\s+(${PLACE})`, 'u');
/** A sentence that names a group some other way: its origin is the group's members, no group of its own. */
const NAMES_A_GROUP = new RegExp(`${OPEN_QUOTE}|${LETTER_START}(?:${NOUN_FORMS})${LETTER_END}`, 'iu');

/** A people's name back to the nominative plural, lower case: «Северяне» → северяне, «южан» → южане, «кулябцев» → кулябцы. */
function peopleName(word: string): string {
  const lower = word.toLowerCase();
  if (new RegExp(`(?:${PEOPLE_END})$`, 'u').test(lower)) return lower;
  const ending = PEOPLE_CASES.find(([from]) => lower.endsWith(from));
  return ending ? `${lower.slice(0, -ending[0].length)}${ending[1]}` : lower;
}

/**
 * Groups of people named by where they come from: «Северяне» – выходцы из Чуйской … областей (region
 * the place), "«южане» из Ошской и Джалал-Абадской областей", "«еразы» – азербайджанцы, …",
 * "«гармской» группы и памирцы", in a paragraph that speaks of groups; and "выходцы из Кулябской
 * области" in a sentence that names no group some other way (no group's noun, no quotes). Not «карабахцам» (a case no clause opens with), not
 * "граждане", not a quoted plural where nobody speaks of groups.
 */
function readPeopleGroups(paragraph: string, add: (group: GroupMention) => void, talk: boolean): void {
  if (!talk) return;
  const sentences = splitSentences(paragraph);
  const group = (name: string, category: string, region: string | null, at: number) => {
    const text = sentences.find((x) => paragraph.indexOf(x) <= at && at < paragraph.indexOf(x) + x.length) ?? paragraph;
    add({ name, category, localName: null, region, description: null, text });
  };
  const regionAfter = (end: number) => ORIGIN_AFTER.exec(paragraph.slice(end, end + 160))?.[1]!.trim() ?? null;
  const people = new RegExp(`(?:${PEOPLE_END})$`, 'u');
  for (const match of paragraph.matchAll(QUOTED_PEOPLE)) {
    const name = peopleName(match[1] ?? match[2]!);
    if (NOT_PEOPLE.has(name) || ANY_ADJECTIVE_ENDING.test(name)) continue;
    group(name, people.test(name) ? 'regional group' : 'group', regionAfter(match.index + match[0].length), match.index);
  }
  for (const match of [...paragraph.matchAll(QUOTED_PEOPLE_PAIR), ...paragraph.matchAll(NOUN_THEN_PEOPLE)]) {
    for (const word of [match[1], match[2]]) {
      const name = word ? peopleName(word) : null;
      if (name && !NOT_PEOPLE.has(name)) group(name, 'regional group', null, match.index);
    }
  }
  for (const match of paragraph.matchAll(GROUP_AND_PEOPLE)) {
    const name = peopleName(match[1]!);
    if (!NOT_PEOPLE.has(name)) group(name, 'regional group', null, match.index);
  }
  for (const match of paragraph.matchAll(ORIGIN)) {
    // Another clause of the sentence may name other groups ("…; влияние марыйского клана ослабло"): the origin's own clause must not.
    const sentence = sentences.find((x) => x.includes(match[0])) ?? paragraph;
    const clause = sentence.split(/[;:]/u).find((part) => part.includes(match[0])) ?? sentence;
    if (NAMES_A_GROUP.test(clause)) continue;
    const lemma = ORIGINS.find((o) => o.pattern.test(match[1]!))!.lemma;
    group(`${lemma} ${match[0].slice(match[1]!.length).trim()}`, 'regional group', match[2]!.trim(), match.index);
    // "…, прежде всего из Озёрного района": a narrower place of origin is a group of its own.
    const end = match.index + match[0].length;
    const narrower = ORIGIN_NARROWER.exec(paragraph.slice(end, end + 200));
    if (narrower) group(`${lemma} ${narrower[1]!} ${narrower[2]!.trim()}`, 'regional group', narrower[2]!.trim(), end);
  }
}

const GENITIVE_PLURAL_END = orNever(listOf((g) => g.genitivePluralEndings));
/** "группа «молодых реформаторов»", "лагерь «государственников»": a group's noun, then its members in the genitive plural, in quotes. */
const NOUN_THEN_MEMBERS = new RegExp(`${LETTER_START}(?:(\\p{L}+)\\s+)?(?:${NOUN_FORMS})\\s+${OPEN_QUOTE}((?:\\p{Ll}[\\p{L}-]*\\s+){0,2}\\p{Ll}[\\p{L}-]*(?:${GENITIVE_PLURAL_END}))${CLOSE_QUOTE}`, 'gu');
/** A role plural that names a camp, quoted, in any case: «силовики», «технократам», «системных либералов». */
const QUOTED_CAMP_TERM = new RegExp(`${OPEN_QUOTE}((?:\\p{Ll}[\\p{L}-]*\\s+){0,2}(?:${orNever(listOf((g) => g.campTerms))})\\p{Ll}{0,4})${CLOSE_QUOTE}`, 'gu');
const QUOTED_PLURAL = `${OPEN_QUOTE}(\\p{Ll}[\\p{Ll}-]{1,30}(?:${orNever(listOf((g) => g.quotedPluralEndings))}))${CLOSE_QUOTE}`;
/** A quoted plural as a clause's subject: after a plural verb ("Им противостоят «силовики»") or before a plural participle ("«силовики», опирающиеся на …"). */
const QUOTED_PLURAL_SUBJECT = new RegExp(
  `${LETTER_START}\\p{Ll}{2,}(?:${orNever(listOf((g) => g.pluralVerbEndings))})\\s+${QUOTED_PLURAL}|${QUOTED_PLURAL}(?=\\s*,\\s*\\p{Ll}{3,}(?:${orNever(listOf((g) => g.participleEndings))})${LETTER_END})`,
  'gu',
);

const NOT_PLACES = LEXICONS.flatMap((l) => l.groups.notPlaces);
const NOUN_OF = orNever(listOf((g) => g.nounOf));
/** "группа «Газпрома»", "клан «Ак-Жол»", "группа влияния «Ориента»": a group's noun, then its own capitalized name in quotes. */
const NOUN_THEN_NAME = new RegExp(`${LETTER_START}(?:(\\p{L}+)\\s+)?(${NOUN_FORMS})(?:\\s+(?:${NOUN_OF}))?\\s+${OPEN_QUOTE}(\\p{Lu}[^»"”“«]{0,40}?)${CLOSE_QUOTE}`, 'gu');
/** A word before a group's noun that makes it a body or a team at work: "Рабочая группа «экспертов»", "исследовательская группа «социологов»". */
function bodyAdjective(word: string | undefined): boolean {
  return word !== undefined && ((/^\p{Lu}/u.test(word) && ANY_ADJECTIVE_ENDING.test(word)) || NOT_PLACES.some((stem) => word.toLowerCase().includes(stem)));
}

/**
 * Camps named by their members, in a paragraph that speaks of groups: a group's noun and whom it
 * gathers ("группа «молодых реформаторов»" → молодые реформаторы), a role plural of the lexicon in
 * quotes in any case («технократам» → технократы), a quoted plural that is a clause's subject ("Им
 * противостоят «силовики», опирающиеся на …"), and a group's own name after its noun ("группа
 * «Газпрома»" → группа «Газпрома», "клан «Ак-Жол»"). Not a quoted adjective («кулябские»), nor
 * "граждане", nor a body's or a working team's group ("Рабочая группа «…»").
 */
function readCamps(paragraph: string, add: (group: GroupMention) => void, talk: boolean): void {
  if (!new RegExp(OPEN_QUOTE, 'u').test(paragraph)) return;
  const sentences = splitSentences(paragraph);
  const camp = (words: string, match: RegExpMatchArray) => {
    const name = pluralNominative(words);
    if (NOT_PEOPLE.has(name) || (!/\s/.test(name) && ANY_ADJECTIVE_ENDING.test(name))) return;
    add({ name, category: 'group', localName: null, region: null, description: null, text: sentenceOf(sentences, match[0]) });
  };
  // Where nobody speaks of groups, a role plural of the lexicon names a camp as a nickname in parentheses: "силовые структуры («силовики»)".
  if (!talk) {
    for (const match of paragraph.matchAll(QUOTED_CAMP_TERM)) if (/\(\s*$/u.test(paragraph.slice(0, match.index)) && /^\s*\)/u.test(paragraph.slice(match.index + match[0].length))) camp(match[1]!, match);
    return;
  }
  for (const match of paragraph.matchAll(NOUN_THEN_MEMBERS)) if (!bodyAdjective(match[1])) camp(match[2]!, match);
  for (const match of paragraph.matchAll(QUOTED_CAMP_TERM)) camp(match[1]!, match);
  for (const match of paragraph.matchAll(NOUN_THEN_NAME)) {
    if (bodyAdjective(match[1])) continue;
    const noun = inflectedNoun(match[2]!)!;
    add({ name: `${noun.lemma} «${match[3]!}»`, category: noun.category, localName: null, region: null, description: null, text: sentenceOf(sentences, match[0]) });
  }
  for (const match of paragraph.matchAll(QUOTED_PLURAL_SUBJECT)) camp((match[1] ?? match[2])!, match);
}

const BODY_WORD = new RegExp(`^(?:${LEXICONS.flatMap((l) => l.bodyNouns).join('|') || '(?!)'})$`, 'u');
const NOT_NAME_WORDS = new Set(LEXICONS.flatMap((l) => l.notNameWords));
/** A family's name in the genitive: "Бекбоевых", "Сарыбаева", "Мелкумяна". */
const FAMILY_GENITIVE = new RegExp(`${forms('familyNameGenitive')}$`, 'u');
/** A masculine or feminine name's genitive ending: "Павла", "Лора", "Ирины", "Олеся". */
const ANY_GENITIVE = new RegExp(`${forms('nounGenitive')}$`, 'u');
const WHOSE_KIN = orNever(listOf((g) => g.whoseKin));
/**
 * "группу зятя Президента Тимура Кулибаева", "группа Рината Ахметова": a group's noun with no
 * adjective before it, kin or role words, then a given and a family name in the genitive.
 */
const NOUN_THEN_PERSON = new RegExp(`${LETTER_START}(?:(\\p{L}[\\p{L}-]*)\\s+)?(${NOUN_FORMS})\\s+((?:(?:${WHOSE_KIN})\\s+){0,3})(\\p{Lu}\\p{Ll}+)\\s+(\\p{Lu}[\\p{Ll}-]+)${LETTER_END}(?!\\s+\\p{Lu})`, 'gu');
/** "русскоязычная элита Нарвы", "клан Бекбоевых": a group's noun, then a capitalized word in the genitive. */
const NOUN_THEN_WHOSE = new RegExp(`${LETTER_START}(?:(\\p{L}[\\p{L}-]*)\\s+)?(${NOUN_FORMS})\\s+(\\p{Lu}[\\p{Ll}-]+(?:-\\p{Lu}[\\p{Ll}-]+)?)${LETTER_END}(?!\\s+\\p{Lu})`, 'gu');

/**
 * A group named by whose it is, unquoted, where the paragraph speaks of groups: a place after an
 * adjective of no kind of people ("русскоязычная элита Нарвы"), a family alone ("клан Бекбоевых",
 * "команда Сарыбаева"). Not a person named after it ("выходец из ошской группы Эрмека Суюнбаева"), a body's group ("Рабочая группа Парламента"), an abbreviation, a country's
 * political elite, nor a place with no adjective ("группа Европы").
 */
function readWhoseGroups(paragraph: string, add: (group: GroupMention) => void, talk: boolean): void {
  if (!talk) return;
  const sentences = splitSentences(paragraph);
  for (const match of paragraph.matchAll(NOUN_THEN_WHOSE)) {
    const [, before, nounWord, whose] = match;
    // "кланов Севера": a side of the country, read above as "северный клан".
    if (NOT_NAME_WORDS.has(whose!.toLowerCase()) || BODY_WORD.test(whose!) || COMPASS_SIDES.some((s) => s.genitive.test(whose!))) continue;
    const noun = inflectedNoun(nounWord!)!;
    const adjective = before && ANY_ADJECTIVE_ENDING.test(before) ? before : null;
    if (adjective ? bodyAdjective(adjective) || noun.notPlaces.concat(NOT_PLACES).some((stem) => adjective.includes(stem)) : !FAMILY_GENITIVE.test(whose!)) continue;
    const name = [adjective && nominative(adjective, noun.adjectives), noun.lemma, whose].filter(Boolean).join(' ');
    add({ name, category: noun.category, localName: null, region: null, description: null, text: sentenceOf(sentences, match[0]) });
  }
  for (const match of paragraph.matchAll(NOUN_THEN_PERSON)) {
    const [, before, nounWord, kin, given, family] = match;
    // "выходец из ошской группы Бакыта Н." names a person of the group, not whose it is.
    if ((before && ANY_ADJECTIVE_ENDING.test(before.toLowerCase())) || NOT_NAME_WORDS.has(given!.toLowerCase())) continue;
    // After a kin or role word any family name in the genitive will do ("группа бизнесмена Павла Лора"); else one of the region's shape.
    if (!(kin ? ANY_GENITIVE.test(family!) && ANY_GENITIVE.test(given!) : FAMILY_GENITIVE.test(family!))) continue;
    const noun = inflectedNoun(nounWord!)!;
    add({ name: `${noun.lemma} ${given} ${family}`, category: noun.category, localName: null, region: null, description: null, text: sentenceOf(sentences, match[0]) });
  }
}

const PRESS_NAME = new RegExp(`${LETTER_START}(?:${orNever(listOf((g) => g.pressNames))})\\s+${OPEN_QUOTE}(\\p{L}[\\p{L}-]{2,30})${CLOSE_QUOTE}`, 'giu');
const GROUP_NOUN_WORD = new RegExp(`${LETTER_START}(?:${NOUN_FORMS})${LETTER_END}`, 'giu');
const OTHER_NAMED_NOUN = new RegExp(`${LETTER_START}(?:${orNever(listOf((g) => g.otherNamedNouns))})\\p{L}*`, 'giu');
const lastIndex = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].reduce((at, m) => m.index, -1);

/**
 * A group the press names: "группа, … получившая в прессе название «Семья»", "группу, известную как
 * «Братство»", "группа под названием «Ветераны»" — where the nearest noun before the phrase is a
 * group's, not a party's or a fund's ("партия под названием «Родина»").
 */
function readPressNames(paragraph: string, add: (group: GroupMention) => void): void {
  for (const sentence of splitSentences(paragraph)) {
    for (const match of sentence.matchAll(PRESS_NAME)) {
      const before = sentence.slice(0, match.index);
      if (lastIndex(before, GROUP_NOUN_WORD) <= lastIndex(before, OTHER_NAMED_NOUN)) continue;
      add({ name: nominative(match[1]!, INFLECTED_NOUNS[0]!.plurals), category: 'group', localName: null, region: null, description: null, text: sentence });
    }
  }
}

const RIVALRY = new RegExp(`${LETTER_START}(?:${orNever(listOf((g) => g.rivalryWords))})\\p{L}*(?:\\s+[\\p{L}-]+){0,6}?\\s+(?:${orNever(listOf((g) => g.between))})\\s+(.+?)\\s+(?:${AND})\\s+(.+?)(?=\\s*[.,;:()\\u2013\\u2014]|$)`, 'giu');
const SIDE_KINDS = LEXICONS.flatMap((l) => l.groupShapes.sideKinds.map((k) => ({ pattern: new RegExp(`^${k.stem}`, 'iu'), category: k.category })));
const INSTRUMENTAL_NOUNS = LEXICONS.flatMap((l) => l.groupShapes.instrumentalNouns);
const INSTRUMENTAL_ADJECTIVES = LEXICONS.flatMap((l) => l.groupShapes.instrumentalAdjectives);
const INSTRUMENTAL = (word: string) => [...INSTRUMENTAL_NOUNS, ...INSTRUMENTAL_ADJECTIVES].some(([from]) => word.endsWith(from) && word.length > from.length + 2);
/** A finite verb that ends a side ("… и «Союзом реформ» обострилась"). */
const FINITE_VERB = new RegExp(`^\\p{Ll}+${forms('finiteVerbEndings')}$`, 'u');

/**
 * A side of a rivalry back to the nominative, its leading words read from the instrumental: "Народной
 * партией" → Народная партия, "«Альянсом за … интеграцию»" → Альянс за … интеграцию, "сторонниками
 * Президента" → сторонники Президента. Null for a body, a number, or more than five words.
 */
function sideName(text: string): { name: string; category: string } | null {
  const written = text.trim().split(/\s+/);
  while (written.length > 1 && FINITE_VERB.test(written[written.length - 1]!)) written.pop();
  const quoted = new RegExp(`^${OPEN_QUOTE}([^«»"“”]+)${CLOSE_QUOTE}$`, 'u').exec(written.join(' '));
  // "южными элитами определяет …": a lower-case adjective and a group's noun end the side, what follows is the sentence's.
  const groupSide = /^\p{Ll}/u.test(written[0]!) && ANY_ADJECTIVE_ENDING.test(written[0]!) && written[1] !== undefined && inflectedNoun(written[1]) !== undefined;
  const words = quoted ? quoted[1]!.split(' ') : groupSide ? written.slice(0, 2) : written;
  if (words.length > 5 || /\d/.test(words.join(' ')) || words.some((w) => BODY_WORD.test(w))) return null;
  // A lower-case side needs a name after it ("сторонниками Президента") or is an adjective and a group's noun ("южными элитами"): "между кланами и группами" names none.
  if (!/^[\p{Lu}«"“]/u.test(words[0]!) && !groupSide && (!INSTRUMENTAL(words[0]!) || !words.slice(1).some((w) => /^[\p{Lu}«"“]/u.test(w)))) return null;
  const read = words.map((word, i) => {
    if (i > 1 || !INSTRUMENTAL(word) || (i === 1 && !INSTRUMENTAL(words[0]!))) return word;
    const adjective = i === 0 && words[1] !== undefined && INSTRUMENTAL(words[1]) && !/^[«"“]/u.test(words[1]);
    const ending = (adjective ? INSTRUMENTAL_ADJECTIVES : INSTRUMENTAL_NOUNS).find(([from]) => word.endsWith(from));
    return ending ? `${word.slice(0, -ending[0].length)}${ending[1]}` : word;
  });
  const name = read.join(' ');
  if (groupSide) {
    // "северными элитами" → северная элита, named in the singular as every group of an adjective and a noun.
    const noun = inflectedNoun(words[1]!)!;
    const adjective = singularAdjective(read[0]!, noun, true);
    return { name: `${adjective} ${noun.lemma}`, category: isPlace(adjective, noun) && noun.category === 'group' ? 'regional group' : noun.category };
  }
  const head = read.find((w) => !ANY_ADJECTIVE_ENDING.test(w.toLowerCase()) || read.length === 1) ?? read[0]!;
  return { name, category: SIDE_KINDS.find((k) => k.pattern.test(head.replace(/^[«"“]/u, '')))?.category ?? 'group' };
}

/** A sentence without its asides in brackets, and each aside by where it stood in what is left. */
function withoutAsides(sentence: string): { plain: string; asides: Map<number, string> } {
  const asides = new Map<number, string>();
  let plain = '';
  let from = 0;
  for (const match of sentence.matchAll(/\s*\(([^()]{1,160})\)/gu)) {
    plain += sentence.slice(from, match.index);
    asides.set(plain.length, match[1]!.trim());
    from = match.index + match[0].length;
  }
  return { plain: plain + sentence.slice(from), asides };
}

const RIVALRY_AT = new RegExp(RIVALRY.source, 'dgiu');

/**
 * The sides of a rivalry: "Линия раскола проходит между Партией X и «Альянсом Y»", "борьба между
 * сторонниками … и …", "между северными элитами (Чуйская и Таласская области) и южными элитами
 * (…)": an aside right after a side is where it is rooted, its region.
 */
function readSides(paragraph: string, add: (group: GroupMention) => void): void {
  for (const sentence of splitSentences(paragraph)) {
    const { plain, asides } = withoutAsides(sentence);
    for (const match of plain.matchAll(RIVALRY_AT)) {
      const sides = [sideName(match[1]!), sideName(match[2]!)];
      if (sides.some((side) => side === null)) continue;
      // The first aside inside a side's words or right after them, where it is a place.
      const region = (group: number) => {
        const [start, end] = match.indices![group]!;
        const aside = [...asides].find(([at]) => at > start && at <= end)?.[1] ?? null;
        return aside && regionOfDescription(aside) === aside ? aside : null;
      };
      sides.forEach((side, i) => add({ ...side!, localName: null, region: region(i + 1), description: null, text: sentence }));
    }
  }
}

/** "«ходжентские» (или «ленинабадские») – выходцы из северной … области": a quoted plural adjective glossed by its people's origin. */
const GLOSSED_ADJECTIVE = new RegExp(`${OPEN_QUOTE}(\\p{L}[\\p{Ll}-]{2,30}${forms('adjectivePluralNominative')})${CLOSE_QUOTE}${ASIDE}\\s*${DASH}\\s*(?:${ORIGIN_FORMS})\\s+(?:${FROM})\\s+((?:\\p{Ll}+\\s+)?${PLACE})`, 'gu');

function readGlossedAdjectives(paragraph: string, add: (group: GroupMention) => void): void {
  const sentences = splitSentences(paragraph);
  for (const match of paragraph.matchAll(GLOSSED_ADJECTIVE)) {
    add({ name: match[1]!.toLowerCase(), category: 'regional group', localName: null, region: match[2]!.trim(), description: null, text: sentenceOf(sentences, match[0]) });
  }
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
export function findGroups(paragraphs: readonly string[], headings: ReadonlyArray<string | null> = []): GroupMention[] {
  const groups: GroupMention[] = [];
  const categories = new Set<string>();
  const byName = new Map<string, GroupMention>();
  const add = (found: GroupMention) => {
    // One spacing for the names, whatever the page's.
    const one = (text: string | null) => text && text.replace(/\s+/g, ' ').trim();
    const group = { ...found, name: one(found.name)!, localName: one(found.localName), region: one(found.region) };
    const key = group.name.toLowerCase().replace(/’/g, "'");
    // "«аджарский клан» Аслана X" read as a whole: the same sentence's shorter name for it is that group.
    const known = byName.get(key) ?? [...byName.entries()].find(([k, g]) => k.startsWith(`${key} `) && g.category === group.category && g.text === group.text)?.[1];
    if (known) {
      known.description ??= group.description;
      known.region ??= group.region;
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
      add({ name: match[1]!, category, localName: match[3]!, region: match[4]!, description: null, text: match[0].trim() });
    }
  }
  // Quoted groups are interest groups where the analysis speaks of interest groups.
  const interest = paragraphs.some((p) => INTEREST_GROUPS.test(p));
  for (const paragraph of paragraphs) {
    const sentences = splitSentences(paragraph);
    sentences.forEach((sentence, index) => {
      for (const match of sentence.matchAll(SO_CALLED)) {
        const name = match[1]!;
        const noun = name.split(/\s+/).pop()!.toLowerCase();
        if (!categories.has(noun)) continue;
        const next = sentences[index + 1];
        add({ name, category: noun, localName: null, region: null, description: next && /^(?:It|They|This)\b/.test(next) ? next : null, text: sentence });
      }
      for (const quoted of sentence.matchAll(QUOTED_GROUP)) {
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
    const sentences = splitSentences(paragraph);
    const regional = REGIONAL_CONTEXT.test(paragraph);
    const found = (match: RegExpMatchArray, name: string, category: string, describe = false) => {
      const text = sentenceOf(sentences, match[0]);
      add({ name, category, localName: null, region: null, description: describe ? clauseFrom(text, match[0]) : null, text });
    };
    for (const match of paragraph.matchAll(NAMED_GROUP)) {
      const words = match[1]!.split(/\s+/);
      // "the President's clan" is an elite circle (below), not a clan named "President's".
      if (words.some((w) => NOT_A_NAME.test(w) || /['’]s$/.test(w))) continue;
      found(match, `${match[1]!}${match[2]!}`, namedCategory(match[2]!, regional), true);
    }
    for (const match of paragraph.matchAll(TWO_GROUPS)) {
      // "zhuzes" → "zhuz", "tribes" → "tribe".
      const noun = match[3]!.replace(/\s+/g, ' ').replace(/(?:(?<=zhuz)e)?s$/, '');
      const single = noun.replace(/^(?:regional|business) /, '');
      for (const name of [match[1]!, match[2]!]) {
        if (!NOT_A_NAME.test(name)) found(match, `${name} ${single}`, namedCategory(noun, regional));
      }
    }
    for (const pattern of [POSSESSIVE_CIRCLE, INNER_CIRCLE, THE_FAMILY]) {
      for (const match of paragraph.matchAll(pattern)) found(match, match[1]!, 'elite circle');
    }
    for (const match of paragraph.matchAll(SO_CALLED_WORD_GROUP)) {
      const name = match[1]!;
      if (/^(?:relations|system|regionalism|practice|policy|reforms?|tandem)$|\s(?:relations|system|policy|reforms?|vertical)$/i.test(name)) continue;
      found(match, name, /\bcircle\b/i.test(sentenceOf(sentences, match[0])) ? 'elite circle' : 'group');
    }
    for (const match of paragraph.matchAll(APPOSITIVE_GROUP)) {
      const name = match[1]!.replace(/^so-called\s+/, '');
      if (name.split(' ').some((w) => NOT_A_GROUP_HEAD.test(w))) continue;
      const noun = match[2]!.replace(/s$/, '');
      found(match, name, noun === 'circle' ? 'elite circle' : noun);
    }
    for (const match of paragraph.matchAll(BUSINESS_GROUP_OF)) {
      // "the business groups behind them": a pronoun names no one.
      if (/\s(?:them|him|her|it|us|whom|which)\b/.test(match[1]!)) continue;
      found(match, match[1]!, 'business group');
    }
    for (const match of paragraph.matchAll(COMPASS_GROUP)) {
      const noun = match[2]!.toLowerCase().replace(/s$/, '');
      // "the southern clans from Osh and Jalal-Abad", "the northern elite (the Chui, Talas and Issyk-Kul clans)": where they come from.
      const text = sentenceOf(sentences, match[0]);
      add({ name: match[1]!, category: noun === 'clan' ? 'clan' : `regional ${noun}`, localName: null, region: match[3] ?? match[4] ?? null, description: null, text });
    }
    for (const match of paragraph.matchAll(LOBBY)) found(match, match[1]!, 'lobby');
    for (const match of paragraph.matchAll(GROUP_TERMS)) found(match, match[1]!.toLowerCase(), /^(?:siloviki|securocrats)$/i.test(match[1]!) ? 'elite circle' : 'group');
    for (const match of paragraph.matchAll(REGIONAL_OF)) {
      for (const place of [match[3], match[4]]) if (place) found(match, `${match[1]!} ${match[2]!} of ${place}`, `regional ${match[2]!}`);
    }
    for (const match of paragraph.matchAll(NATIVES_OF)) found(match, match[1]!, 'regional group');
    for (const match of paragraph.matchAll(CLAN_OF)) found(match, match[1]!, 'clan');
    for (const match of paragraph.matchAll(PERSON_GROUP_OF)) {
      if (!findBareNames(match[2]!).includes(match[2]!)) continue;
      found(match, match[1]!, match[1]!.startsWith('circle') ? 'elite circle' : match[1]!.split(' ')[0]!);
    }
  }
  // Last: a name the patterns above read keeps their category ("the “Family”" is an elite circle).
  for (const paragraph of paragraphs) readQuotedGroups(paragraph, add);
  for (const paragraph of paragraphs) readInflectedGroups(paragraph, add);
  // A paragraph under a heading on groups ("Политическая элита", "Группы влияния") speaks of groups too.
  const headed = underGroupHeading(paragraphs, headings);
  const talk = paragraphs.map((paragraph, i) => GROUP_TALK.test(paragraph) || headed[i]!);
  paragraphs.forEach((paragraph, i) => readPeopleGroups(paragraph, add, talk[i]!));
  paragraphs.forEach((paragraph, i) => readCamps(paragraph, add, talk[i]!));
  for (const paragraph of paragraphs) readGlossedAdjectives(paragraph, add);
  paragraphs.forEach((paragraph, i) => readWhoseGroups(paragraph, add, talk[i]!));
  const partyListed = underPartyLeadIn(paragraphs);
  paragraphs.forEach((paragraph, i) => readEliteGroups(paragraph, talk[i]!, headed[i]!, partyListed[i]!).forEach(add));
  for (const paragraph of paragraphs) readPressNames(paragraph, add);
  for (const paragraph of paragraphs) readSides(paragraph, add);
  for (const paragraph of paragraphs) readInflectedLocalGroups(paragraph).forEach(add);
  for (const paragraph of paragraphs) readNamedParties(paragraph).forEach(add);
  for (const paragraph of paragraphs) readPartyLists(paragraph).forEach(add);
  for (const paragraph of paragraphs) readPartyLeaders(paragraph).forEach(add);
  for (const paragraph of paragraphs) readCoalitions(paragraph).forEach(add);
  for (const paragraph of paragraphs) readKinshipLists(paragraph).forEach(add);
  paragraphs.forEach((paragraph, i) => readOrdinalGroups(paragraph, talk[i]!).forEach(add));
  describeByOrdinals(paragraphs, groups);
  describeByMemberClauses(paragraphs, groups);
  return groups;
}
