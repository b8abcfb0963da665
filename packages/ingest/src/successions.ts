// Who held a post before its holder, where the prose says so in a sentence of its own: "He was
// preceded at this post by Y", "She replaced Y, who had been President since 1993", "Battulga
// replaced Y", "Musin was preceded at this post by Y", "He succeeded Y in this post", and in
// Russian "Предшественником Мусина на этом посту был Y", "До него этот пост занимал Y", "Мусин
// сменил на этом посту Y" (Y in the accusative: "Кайрата Келимбетова").
import { normalizeKeyPart, type Provenance } from '@profiles/model';
import type { Block } from './blocks.js';
import { splitSentences } from './normalize.js';
import type { PersonDraft, PersonIndex } from './persons.js';
import { NAME_WORD } from './rules/person-name.js';
import { nominativeName } from './rules/person-line.js';
import { LEXICONS, allWords, anyOf, eachLexicon, nominativesOf, toNominative, type GrammaticalCase } from './lexicon/index.js';
import { regExp } from './regexp.js';

/** What a succession needs of a membership draft. */
export interface SuccessionPost {
  person: PersonDraft;
  role: string;
  predecessor: PersonDraft | null;
  /** Set for a post the page gives as past. */
  ended?: unknown;
  provenance: Provenance[];
}

const INITIALED = `(?:\\p{Lu}\\p{Ll}?\\.\\s?){1,2}${NAME_WORD}`;
const FULL_NAME = `(?:${INITIALED}|${NAME_WORD}(?:\\s+${NAME_WORD}){1,2})`;
/** The holder: a pronoun of any lexicon or up to three words of a name. */
const HOLDER = `(${eachLexicon((l) => anyOf(l.succession.pronouns))}|${INITIALED}|${NAME_WORD}(?:\\s+${NAME_WORD}){0,2})`;
const PRONOUN = new RegExp(`^${eachLexicon((l) => anyOf(l.succession.pronouns))}$`, 'u');

/**
 * The sentence opens with its holder (a pronoun or a name) and the succession, then the
 * predecessor, whose case each lexicon's sentence gives: one pattern per case.
 */
const SUCCESSIONS: Array<{ grammaticalCase: GrammaticalCase; pattern: RegExp }> = LEXICONS.flatMap((l) =>
  l.succession.sentences.map(({ case: grammaticalCase, phrases }) => ({
    grammaticalCase,
    // "… сменил на этом посту генерал-лейтенанта Арвидаса Поцюса": the name's own rank may stand before it.
    pattern: new RegExp(`(?:${phrases.map((p) => p.replace('{holder}', HOLDER)).join('|')})(?:${l.succession.descriptors ?? '(?!)'})?(${FULL_NAME})`, 'u'),
  })),
);
/** The words without which no paragraph states a succession: a quick test before the patterns. */
// Any case: a cue only lets the patterns look ("Предшественником" opens its sentence).
const SUCCESSION_CUE = regExp(eachLexicon((l, { start, end }) => `${start}${anyOf(l.succession.cues)}${end}`), 'iu');
/** "…, who had been President since 1993", "… as Prime Minister": the post the sentence is about. */
const ROLE_HINT = /\b(?:who\s+had\s+(?:been|served(?:\s+\S+){0,3}\s+as)|as)\s+(?:the\s+)?(\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)?)/u;

const NOT_NAME = new Set(allWords((l) => l.notNameWords));

/**
 * The name that opens `text`, without the leading words a body's or a post's name has ("Аппарата
 * Президента Олжас Бекенов перешёл …" → "Олжас Бекенов"); null for none.
 */
function withoutBodyWords(text: string): string | null {
  let rest = text;
  for (let word = /^(\p{Lu}[\p{L}-]*)\s+/u.exec(rest); word && NOT_NAME.has(word[1]!.toLowerCase()); word = /^(\p{Lu}[\p{L}-]*)\s+/u.exec(rest)) rest = rest.slice(word[0].length);
  return OPENING_NAME.exec(rest)?.[0] ?? null;
}
const OPENING_NAME = new RegExp(`^${FULL_NAME}`, 'u');

/** "На посту Президента он сменил …": the post the sentence opens with, its noun back in the nominative. */
const POST_BEFORE = new RegExp(`^${eachLexicon((l) => anyOf(l.succession.postBefore))}\\s+(\\p{Lu}\\p{L}+)`, 'u');
function postNamedBefore(sentence: string): string | null {
  const noun = POST_BEFORE.exec(sentence)?.[1];
  return noun ? toNominative(noun, 'genitive') : null;
}

/** A succession a sentence states: who (a name or a pronoun), whom, and the post if it says. */
export function readSuccession(sentence: string): { holder: string | null; predecessor: string; role: string | null } | null {
  for (const { grammaticalCase, pattern } of SUCCESSIONS) {
    const match = pattern.exec(sentence);
    if (!match) continue;
    // Each sentence has its own groups: the holder is the first one that matched, the predecessor the last.
    const groups = match.slice(1).filter((g) => g !== undefined);
    const holder = groups[0]!;
    const rest = sentence.slice(match.index + match[0].length);
    // "… на посту Руководителя Аппарата Президента X": a body's or a post's capitalized words that ran into the name are no part of it.
    const last = groups[groups.length - 1]!;
    const predecessor = withoutBodyWords(sentence.slice(match.index + match[0].length - last.length));
    if (!predecessor) continue;
    return { holder: PRONOUN.test(holder) ? null : withoutBodyWords(holder) ?? holder, predecessor: nominativeName(predecessor, grammaticalCase), role: ROLE_HINT.exec(rest)?.[1] ?? postNamedBefore(sentence) };
  }
  return null;
}

/** The person a name refers to among those the page knows: by the full name's family word, or a surname. */
function knownPerson(persons: PersonIndex, written: string): PersonDraft | undefined {
  // "V. Tarlev": the initials say nothing the family name does not.
  const words = written.replace(/(?:\p{Lu}\p{Ll}?\.\s?)+/u, '').split(/\s+/).filter(Boolean);
  const wanted = words.map(normalizeKeyPart);
  for (const word of [words[words.length - 1]!, words[0]!]) {
    const person = persons.bySurname(word);
    if (person && wanted.every((w) => person.key.includes(w))) return person;
    if (person && words.length === 1) return person;
  }
  // "Предшественником Мусина …", "Перед Мусиным …": a surname alone in another case, for the page's one person of it.
  if (words.length === 1) {
    const inCase = nominativesOf(words[0]!).slice(1).map((form) => persons.bySurname(form)).filter((p) => p !== undefined);
    if (new Set(inCase).size === 1) return inCase[0];
  }
  // "Battulga replaced …" for Khaltmaagiin Battulga: any word of one name, when only one person has it.
  const fits = persons.all.filter((p) => wanted.every((w) => p.key.includes(w)));
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * The page's one person of the name's family word whose every word the name holds ("Хендрик Ильвес" for
 * "Тоомас Хендрик Ильвес"): the same person in a longer form, cited here; none where the page has no such one.
 */
function shorterForm(persons: PersonIndex, written: string, where: Provenance): PersonDraft | undefined {
  const words = written.split(/\s+/).map(normalizeKeyPart);
  if (words.length < 3) return undefined;
  const person = persons.bySurname(written.split(/\s+/).pop()!);
  if (!person || person.key.length < 2 || !person.key.every((w) => words.includes(w))) return undefined;
  return persons.mention(person.best.written, where) ?? person;
}

/** The person last named in `text` (by any form the page used), for "He" or "She". */
function lastNamed(persons: PersonIndex, text: string): PersonDraft | undefined {
  let best: { person: PersonDraft; at: number } | undefined;
  for (const person of persons.all) {
    for (const form of formsOf(persons, person)) {
      const at = lastWordAt(text, form);
      if (at >= 0 && (!best || at > best.at)) best = { person, at };
    }
  }
  return best?.person;
}

/** The forms the page wrote a person in, and their family name alone where no one else on the page has it ("Вейонис принёс присягу"). */
function formsOf(persons: PersonIndex, person: PersonDraft): string[] {
  const family = person.best.familyName;
  const own = family && family.length > 2 && persons.bySurname(family) === person;
  return own ? [...person.forms, family] : [...person.forms];
}

/**
 * Where `form` last stands in `text` as whole words, or -1; a family name alone (one word) also
 * in another case, by an ending of up to three letters ("инаугурация Д.А. Медведева").
 */
function lastWordAt(text: string, form: string): number {
  const single = !form.includes(' ') && form.length >= 4;
  // "Лиепа" → "Лиеп…": a final vowel is the case's to change ("Лиепы").
  const stem = single ? form.replace(/[аяьй]$/u, '') : form;
  const ending = single ? /^\p{Ll}{0,3}(?!\p{L})/u : /^(?!\p{L})/u;
  for (let at = text.lastIndexOf(stem); at >= 0; at = at > 0 ? text.lastIndexOf(stem, at - 1) : -1) {
    const before = text[at - 1] ?? ' ';
    if (!/\p{L}/u.test(before) && ending.test(text.slice(at + stem.length))) return at;
  }
  return -1;
}

/** The person whose latest mention stands closest before `line` (within three lines), if one does. */
function namedJustBefore(persons: PersonIndex, line: number): PersonDraft | undefined {
  let best: { person: PersonDraft; line: number } | undefined;
  for (const person of persons.all) {
    for (const where of person.provenance) {
      if (where.line < line && where.line >= line - 3 && (!best || where.line > best.line)) best = { person, line: where.line };
    }
  }
  return best?.person;
}

/** The holder's post the succession is about: the role it names, else one cited in this block, else their first. */
function postOf(posts: readonly SuccessionPost[], holder: PersonDraft, role: string | null, line: number): SuccessionPost | undefined {
  // A post held now: a past one ("former Minister") is no one's to succeed to.
  const own = posts.filter((m) => m.person === holder && !m.predecessor && !m.ended);
  if (role) return own.find((m) => normalizeKeyPart(m.role).startsWith(normalizeKeyPart(role)));
  return own.find((m) => m.provenance.some((p) => p.line === line)) ?? own[0];
}

/**
 * Sets the predecessor of posts from the succession sentences of the paragraphs. A pronoun is
 * the person last named before it in the paragraph; a holder or post that cannot be told is left.
 */
export function attachSuccessions(
  paragraphs: ReadonlyArray<{ text: string; block: Block }>,
  persons: PersonIndex,
  posts: readonly SuccessionPost[],
  at: (block: Block, quote?: string) => Provenance,
): void {
  for (const { text, block } of paragraphs) {
    if (!SUCCESSION_CUE.test(text)) continue;
    const sentences = splitSentences(text);
    sentences.forEach((sentence, index) => {
      const succession = readSuccession(sentence);
      if (!succession) return;
      // "He" opening a paragraph: the person the page named last before it (a line just above, say).
      const holder = succession.holder ? knownPerson(persons, succession.holder) : index > 0 ? lastNamed(persons, sentences.slice(0, index).join(' ')) : namedJustBefore(persons, block.line);
      if (!holder) return;
      const post = postOf(posts, holder, succession.role, block.line);
      if (!post) return;
      const predecessor = shorterForm(persons, succession.predecessor, at(block, sentence)) ?? persons.mention(succession.predecessor, at(block, sentence));
      if (predecessor === holder) return;
      post.predecessor = predecessor;
      if (succession.holder && !succession.holder.includes(' ')) holder.forms.add(succession.holder);
    });
  }
}
