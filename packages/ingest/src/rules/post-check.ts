/**
 * The last word on a post read from prose: a role is a noun phrase of the lexicon's role words and
 * their complement, a holder's name is in the nominative. A reading that fails is kept as a
 * warning, never as a membership ("премьер-министр отправил в отставку", "глава с",
 * "Вадимом Сергеевичем Лебедевым").
 */
import { allWords, LEXICONS, lexiconOfWord, type Lexicon } from '../lexicon/index.js';

interface Checks {
  isVerb: (word: string) => boolean;
  obliqueAdjective: RegExp;
  instrumentalName: RegExp;
  roleNoun: RegExp;
  nominativeRoleNoun: (word: string) => boolean;
  pluralGenitive: RegExp | null;
  stopwords: ReadonlySet<string>;
  kin: RegExp | null;
}

const BODY_NOUN = new RegExp(`^(?:${allWords((l) => l.bodyNouns).join('|')})$`, 'u');

/** Each lexicon's checks, built once. */
const CHECKS = new Map<Lexicon, Checks>(
  LEXICONS.map((l) => {
    const roleNoun = new RegExp(`^(?:${l.roles.nouns.join('|')})${l.roles.inflection}$`, 'iu');
    const modifier = new RegExp(`^(?:${l.roles.modifiers.join('|')})$`, 'iu');
    const oblique = Object.values(l.personNames.postCases).map((ending) => new RegExp(ending, 'u'));
    const verb = new RegExp(`^${l.postHolders.verb}$`, 'u');
    return [
      l,
      {
        // A role's or a body's noun may end as a verb does ("посол", "совет"): never a verb.
        isVerb: (w: string) => verb.test(w) && !roleNoun.test(w) && !modifier.test(w) && !BODY_NOUN.test(w),
        obliqueAdjective: new RegExp(`^${l.postHolders.obliqueAdjective}$`, 'iu'),
        instrumentalName: new RegExp(`${l.postHolders.instrumentalName}$`, 'u'),
        roleNoun,
        nominativeRoleNoun: (w: string) => roleNoun.test(w) && !oblique.some((ending) => ending.test(w)),
        pluralGenitive: l.roles.pluralGenitive.length ? new RegExp(`(?:${l.roles.pluralGenitive.join('|')})$`, 'iu') : null,
        stopwords: new Set(l.stopwords),
        kin: l.personNames.kinBefore.length ? new RegExp(`^(?:${l.personNames.kinBefore.join('|')})$`, 'iu') : null,
      },
    ];
  }),
);

/** An initial ("В.", "Ж.") is no word of one letter. */
const isInitial = (word: string) => /^\p{Lu}\.$/u.test(word);

/**
 * Why a post's title read from prose is no post, or null when it is one:
 * - a verb among its words ("Премьер-министр отправил в отставку", "… вопросам является");
 * - an adjective in an oblique case right before a role noun in the nominative ("Действующего Президент");
 * - a dangling small word at its end, or a one-letter word ("Глава с");
 * - a kin noun at its head, maybe after an adjective ("старшая дочь Президента").
 */
export function roleFault(title: string): string | null {
  const words = title.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return 'empty';
  const checks = CHECKS.get(lexiconOfWord(words[0]!))!;
  const last = words[words.length - 1]!;
  if (words.length > 1 && (checks.stopwords.has(last.toLowerCase()) || (last.length === 1 && !isInitial(last)))) return 'a small word ends it';
  if (words.some((w) => w.length === 1 && /\p{L}/u.test(w) && !checks.stopwords.has(w.toLowerCase()))) return 'a word of one letter';
  // "Министров" read from "Кабинет министров Ивана X": a body's plural, no post.
  if (checks.pluralGenitive?.test(words[0]!) && checks.roleNoun.test(words[0]!)) return 'a role noun in the genitive plural';
  // "старшая дочь Президента", "сын Президента": a kin noun heads a relation, no post.
  if (checks.kin && words.slice(0, 2).some((w) => checks.kin!.test(w))) return 'a kin noun heads it';
  // The first word may be a verb capitalized as a sentence's first ("Возглавляет Совет …").
  if (words.some((w, i) => checks.isVerb(i === 0 ? w.toLowerCase() : w))) return 'a verb';
  for (let i = 0; i + 1 < words.length; i += 1) {
    if (checks.obliqueAdjective.test(words[i]!) && checks.nominativeRoleNoun(words[i + 1]!)) return 'an adjective in another case than its noun';
  }
  return null;
}

/**
 * Why a holder's name read from prose is not in the nominative, or null: every word of two or more
 * ends as the instrumental does ("Вадимом Сергеевичем Лебедевым", "Карлисом Думбрисом").
 */
export function nameFault(name: string): string | null {
  const words = name.trim().split(/\s+/).filter((w) => !/\.$/.test(w));
  if (words.length < 2) return null;
  const checks = CHECKS.get(lexiconOfWord(words[0]!))!;
  return words.every((w) => checks.instrumentalName.test(w)) ? 'a name in the instrumental' : null;
}

/** Why a post read from prose is no fact (its title's fault or its holder's), or null for a sound one. */
export function postFault(name: string, title: string): string | null {
  const role = roleFault(title);
  if (role) return `role "${title}": ${role}`;
  const holder = nameFault(name);
  return holder ? `name "${name}": ${holder}` : null;
}

/** True for a word its lexicon reads as a verb ("назначил", "исполняет"), never a role's or a body's noun. */
export function isVerbWord(word: string): boolean {
  return CHECKS.get(lexiconOfWord(word))!.isVerb(word);
}
