import { allWords, anyOf, en, LEXICONS, lexiconOfWord, wordsPattern, type Lexicon } from '../lexicon/index.js';
import { regExp } from '../regexp.js';

/**
 * The words that make a phrase a post, in every lexicon: "Head", "Chairwoman", "Prime Minister",
 * "Председатель". A line is read as "Name – Title" only when its title holds one of these, so
 * "Eurasian Home - analytical resource" is not a person.
 */
const ROLE_NOUNS = en.roles.nouns;

/** Words that qualify a post without naming a body: "Deputy Head", "First Vice Prime Minister". */
const ROLE_MODIFIERS = en.roles.modifiers;

const ROLE_NOUN_PATTERN = regExp(wordsPattern((l) => l.roles.nouns, (l) => l.roles.inflection), 'iu');

/** True when the phrase names a post. */
export function hasRoleWord(text: string): boolean {
  return ROLE_NOUN_PATTERN.test(text);
}

/** Each lexicon's role nouns and modifiers, matched as whole words. */
const WHOLE_ROLE_WORD = new Map<Lexicon, { noun: RegExp; modifier: RegExp }>(
  LEXICONS.map((l) => [l, { noun: regExp(`^(?:${l.roles.nouns.join('|')})${l.roles.inflection}$`, 'iu'), modifier: regExp(`^(?:${l.roles.modifiers.join('|')})$`, 'iu') }]),
);

/** True when a text opens with a post's noun or a word that qualifies one: "ответственный секретарь …", "заместитель …". */
export function startsWithRoleWord(text: string): boolean {
  // "вице-премьер, министр обороны": the comma after a first post is no part of its word.
  const word = (text.split(/\s+/)[0] ?? '').replace(/[,;]+$/u, '');
  const role = WHOLE_ROLE_WORD.get(lexiconOfWord(word));
  return !!role && (role.noun.test(word) || role.modifier.test(word));
}

/** "Управляющий делами": a lower-case plural in the instrumental (lexicon `wordForms.nounInstrumentalPlural`). */
const INSTRUMENTAL_PLURAL = new RegExp(`^\\p{Ll}+${anyOf(allWords((l) => l.wordForms.nounInstrumentalPlural)) ?? '(?!)'}$`, 'u');

/**
 * A post whose language puts the role first and the body after it in the genitive, with no
 * "of" ("Руководитель Администрации Президента", "Заместитель Премьер-Министра Республики
 * Казахстан", "Министр иностранных дел"): the leading run of role and modifier words, and the rest.
 */
function leadingRole(title: string): { role: string; bodyRef: string | null } | null {
  const words = title.split(' ');
  const lexicon = lexiconOfWord(words[0]!);
  if (lexicon === en) return null;
  const role = WHOLE_ROLE_WORD.get(lexicon)!;
  let end = 0;
  while (end < words.length && (role.noun.test(words[end]!) || role.modifier.test(words[end]!))) end += 1;
  if (end === 0) return null;
  // "Заместитель Руководителя": a role noun ends it; a modifier alone ("Первый") is no post.
  while (end > 0 && !role.noun.test(words[end - 1]!)) end -= 1;
  if (end === 0) return null;
  // "Управляющий делами": a lower-case plural in the instrumental right after the noun is the post's own, no body.
  if (INSTRUMENTAL_PLURAL.test(words[end] ?? '')) end += 1;
  return { role: words.slice(0, end).join(' '), bodyRef: words.slice(end).join(' ') || null };
}

/** The role at the end of a phrase with its modifiers: "Security Council Secretary" → "Secretary". */
export function trailingRole(phrase: string): { role: string; rest: string } | null {
  const words = phrase.split(' ');
  for (let start = words.length - 1; start >= 0; start -= 1) {
    const tail = words.slice(start).join(' ');
    if (!ROLE_NOUNS.some((noun) => noun.toLowerCase() === tail.toLowerCase())) continue;
    let from = start;
    while (from > 0 && ROLE_MODIFIERS.some((m) => m.toLowerCase() === words[from - 1]!.toLowerCase())) from -= 1;
    return { role: words.slice(from).join(' '), rest: words.slice(0, from).join(' ') };
  }
  return null;
}

const CABINET_ROLE = regExp(wordsPattern((l) => l.roles.cabinet), 'iu');

/** A post of the head of government's cabinet: any kind of minister, in any lexicon's words. */
export function isCabinetRole(role: string): boolean {
  return CABINET_ROLE.test(role);
}

/**
 * Splits a title into its role and the body it names, if it names one:
 * "Head of the Presidential Administration" → Head / Presidential Administration;
 * "Security Council Secretary" → Secretary / Security Council; "Foreign Minister" → Minister / Foreign.
 */
export function splitTitle(title: string): { role: string; bodyRef: string | null } {
  const leading = leadingRole(title);
  if (leading) return leading;
  const of = /^(.+?)\s+of\s+(?:the\s+)?(.+)$/i.exec(title);
  if (of && hasRoleWord(of[1]!)) return { role: of[1]!, bodyRef: of[2]! };
  const trailing = trailingRole(title);
  if (trailing && trailing.rest) return { role: trailing.role, bodyRef: trailing.rest };
  return { role: title, bodyRef: null };
}
