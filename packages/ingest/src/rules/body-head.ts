import { firstDate } from './dates.js';
import { NAME_PARTICLE, NAME_WORD } from './person-name.js';
import type { PersonLine } from './person-line.js';
import { predecessorIn } from './person-line.js';
import { hasRoleWord, startsWithRoleWord } from './roles.js';
import { allWords, anyOf, eachLexicon, lexiconOfWord, LEXICONS } from '../lexicon/index.js';
import { bodyInGenitive } from './prose-person.js';

/**
 * A body's head named in a sentence under the body's heading, the body by its noun in any case
 * before or after the verb: "С 13 июля 2009 г. Канцелярию возглавляет Арвидас Жемайтис",
 * "Возглавляет Комиссию советник Президента по правовым вопросам Нийоле Шимкуте", "Советом
 * руководит X". The holder's own post, if any, stands before the name.
 */

/** Every lexicon's verbs of heading a body, as whole words (a cheap test before the patterns). */
const HEAD_VERB = new RegExp(eachLexicon((l, { start, end }) => (l.bodyHeads.verbs.length ? `${start}${anyOf(l.bodyHeads.verbs)}${end}` : null)), 'u');

/** A body's noun, any case: "Канцелярию", "Комиссией". */
const BODY_NOUN = `(?:${allWords((l) => l.bodyNouns).join('|')})`;

/** A name at the text's end: two to four capitalized words, or a name ending in a particle ("Назира Бакыт кызы"), or initials. */
const TRAILING_NAME = new RegExp(`((?:\\p{Lu}\\p{Ll}?\\.\\s?){1,2}${NAME_WORD}|${NAME_WORD}(?:\\s+${NAME_WORD}){1,5}(?:\\s+${NAME_PARTICLE})?)$`, 'u');

/** "[date] Body verb [post] Name" and "[date] verb Body [post] Name", per lexicon with its role word. */
const SHAPES = LEXICONS.filter((l) => l.bodyHeads.verbs.length).map((l) => {
  const verb = anyOf(l.bodyHeads.verbs)!;
  return {
    role: l.bodyHeads.role,
    bodyFirst: new RegExp(`^(.{0,60}?)(?:^|\\s)(${BODY_NOUN})\\s+${verb}\\s+(.+)$`, 'u'),
    verbFirst: new RegExp(`^(.{0,60}?)(?:^|\\s)${verb}\\s+(${BODY_NOUN})\\s+(.+)$`, 'u'),
  };
});

/** Each body noun alone, so two of its cases are known for one noun: "Канцелярию", "Канцелярия". */
const EACH_NOUN = allWords((l) => l.bodyNouns).map((noun) => new RegExp(`^(?:${noun})$`, 'u'));

/** Whether two words are one body noun in any of its cases. */
function sameNoun(word: string, other: string): boolean {
  const at = EACH_NOUN.findIndex((noun) => noun.test(word));
  return at >= 0 && EACH_NOUN[at]!.test(other);
}

/** Words of a body's or post's name, never a person's (lower case). */
const NOT_A_NAME_WORD = new Set(allWords((l) => l.notNameWords));

/** A run of capitalized words without the post's words that open it: "Премьер-министра Ирина Лаптева" → "Ирина Лаптева". */
function nameOf(run: string): string | null {
  const words = run.split(/\s+/);
  while (words.length && (NOT_A_NAME_WORD.has(words[0]!.toLowerCase()) || hasRoleWord(words[0]!))) words.shift();
  return words.length >= 2 && words.length <= 4 ? words.join(' ') : null;
}

/** The holder and their own post, from what follows the verb and the body: "советник … Нийоле Шимкуте". */
function holderOf(rest: string): { name: string; post: string | null } | null {
  const text = rest.replace(/[.;]\s*$/, '').trim();
  const run = TRAILING_NAME.exec(text)?.[1];
  const name = run && (/^\p{Lu}\p{Ll}?\./u.test(run) ? run : nameOf(run));
  if (!name) return null;
  const post = text.slice(0, text.length - name.length).trim().replace(/,$/, '');
  if (!post) return { name, post: null };
  // A post before the name opens with a post's word: "советник Президента …", not "известный экономист".
  return startsWithRoleWord(post) && hasRoleWord(post) ? { name, post } : null;
}

/**
 * The head of the body the text speaks about, from a sentence that names the body by its noun
 * with a verb of heading it, or null. `bodyName` is that body's name ("Канцелярия Президента
 * Литовской Республики"): the sentence's noun must be its first word in any case, so a sentence
 * about another body gives no one. `rest` is what the paragraph says after the sentence (a
 * predecessor: "На этом посту он сменил Y").
 */
export function readBodyHead(sentence: string, bodyName: string, rest = ''): PersonLine | null {
  if (!HEAD_VERB.test(sentence)) return null;
  for (const { role, bodyFirst, verbFirst } of SHAPES) {
    const match = bodyFirst.exec(sentence) ?? verbFirst.exec(sentence);
    if (!match) continue;
    const [, before, noun, after] = match as unknown as [string, string, string, string];
    if (!sameNoun(noun, bodyName.split(' ')[0]!)) return null;
    // What opens the sentence is its date, or nothing: "С 13 июля 2009 г.", not a clause of its own.
    const startDate = before.trim() ? firstDate(before) : null;
    if (before.trim() && !startDate) return null;
    const holder = holderOf(after);
    if (!holder) return null;
    return { name: holder.name, titles: holder.post ? [role, holder.post] : [role], leadRole: null, startDate, predecessor: predecessorIn(rest), datedTitle: 0 };
  }
  return null;
}

/** A party's name as the page's groups write it, without its lower-case noun and quotes: "партия «Новый Азербайджан»" → its noun "партия", core "Новый Азербайджан". */
function partsOfParty(name: string): { noun: string; core: string } {
  const m = /^((?:\p{Ll}+\s+)*)(.+)$/u.exec(name.trim())!;
  return { noun: m[1]!.trim(), core: m[2]!.replace(/^«(.+)»$/u, '$1') };
}

/** The party named last in `before`, as written: quoted ("«Новый Азербайджан»") or by its words ("Монгольская народная партия"). */
function lastParty(before: string, parties: readonly string[]): { noun: string; core: string; quoted: boolean; at: number } | null {
  let last: { noun: string; core: string; quoted: boolean; at: number } | null = null;
  for (const name of parties) {
    const { noun, core } = partsOfParty(name);
    for (const [written, quoted] of [[`«${core}»`, true], [core, false]] as const) {
      const at = before.lastIndexOf(written);
      // A name written in quotes is found by its quoted form first: its bare words are the same mention.
      if (at >= 0 && (!last || at > last.at) && (quoted || before[at - 1] !== '«')) last = { noun, core, quoted, at };
    }
  }
  return last;
}

/** Whether the party opens `before` (its own noun at most before it) and nothing but marks and a bracket follow: "Блок «X» (ПНА). ". */
function opensParagraph(before: string, party: { noun: string; core: string; quoted: boolean; at: number }): boolean {
  const opening = before.slice(0, party.at).trim().toLowerCase();
  const after = before.slice(party.at + party.core.length + (party.quoted ? 2 : 0)).replace(/\([^()]*\)/gu, '');
  return (opening === '' || opening === party.noun.toLowerCase()) && /^[\s.:–—-]*$/u.test(after);
}

/**
 * The title of a party's post the text gives without the party ("Председатель партии — Ильхам Алиев"),
 * with the party the paragraph named last before it (`before`, the paragraph up to the post), or null:
 * "…партия «Новый Азербайджан» (ПНА), основанная в 1992 г. Председатель партии" → "Председатель партии
 * «Новый Азербайджан»"; "Монгольская народная партия. Председатель партии" → "Председатель Монгольской
 * народной партии". A post that names no party by its noun ("Председатель – X") only where the party's
 * name opens the paragraph. `parties` are the page's parties as its groups name them (lexicon `partyPosts`).
 */
export function partyPostTitle(title: string, before: string, parties: readonly string[]): string | null {
  const l = lexiconOfWord(title);
  const same = (list: readonly string[]) => list.some((t) => t.toLowerCase() === title.trim().toLowerCase());
  const named = same(l.partyPosts.titles);
  if (!named && !same(l.partyPosts.bare)) return null;
  const party = lastParty(before, parties);
  if (!party) return null;
  // "Демократическая партия. Председатель – X": a bare post's party opens the paragraph, the post's sentence right after.
  if (!named && !opensParagraph(before, party)) return null;
  const head = named ? title.trim().split(/\s+/).slice(0, -1).join(' ') : title.trim();
  if (!party.quoted) {
    const genitive = bodyInGenitive(l, party.core);
    return genitive ? `${head} ${genitive}` : null;
  }
  // A quoted name keeps its case; the noun before it is the party's ("партии") or the group's own ("блока").
  const noun = named ? l.partyPosts.noun : party.noun && bodyInGenitive(l, party.noun);
  return noun ? `${head} ${noun} «${party.core}»` : null;
}

/**
 * A post a lead-in names in the plural, each one's in the singular: "Постоянные члены Совета Безопасности" →
 * "Постоянный член Совета Безопасности" (lexicon `memberPlurals`: the noun, the adjectives before it); as written otherwise.
 */
export function singularPost(title: string): string {
  const { nouns, adjectives } = lexiconOfWord(title).memberPlurals;
  const words = title.trim().split(/\s+/);
  const at = words.findIndex((w) => !adjectives.some(([plural]) => w.toLowerCase().endsWith(plural)));
  const noun = at < 0 ? undefined : nouns.find(([plural]) => words[at]!.toLowerCase() === plural);
  if (!noun) return title;
  const keepCase = (written: string, word: string) => (/^\p{Lu}/u.test(written) ? word.charAt(0).toUpperCase() + word.slice(1) : word);
  const singular = (w: string) => {
    const [plural, one] = adjectives.find(([p]) => w.toLowerCase().endsWith(p))!;
    return w.slice(0, w.length - plural.length) + one;
  };
  return [...words.slice(0, at).map(singular), keepCase(words[at]!, noun[1]), ...words.slice(at + 1)].join(' ');
}
