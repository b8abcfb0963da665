/**
 * A person's other given name in brackets between the given and the family name ("Гига (Гиорги)
 * Бокерия", "Ivane (Vano) Merabishvili"): dropped for the rules, so that the name reads as one
 * (the page's own words stay in the quotes). Only where all three words may be a name's: not
 * "Кабинет Министров (Правительство) Туркменистана", "State (National) Policy".
 */
import { isName } from './post-terms.js';
import { startsWithRoleWord } from './roles.js';

const ALIASED = /(?<![\p{L}\p{N}-])(\p{Lu}\p{Ll}+)\s+\((\p{Lu}\p{Ll}+)\)\s+(?=(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}-]))/gu;

/** A name as the rules read it and its other form: "Вано Мерабишвили" and "Иване Мерабишвили". */
export interface NameAlias {
  name: string;
  alias: string;
}

/** The text with each such alias dropped ("Вано (Иване) Мерабишвили" → "Вано Мерабишвили"), and the aliases. */
export function withoutNameAliases(text: string): { text: string; aliases: NameAlias[] } {
  const aliases: NameAlias[] = [];
  if (!text.includes('(')) return { text, aliases };
  const read = text.replace(ALIASED, (whole, given: string, alias: string, family: string) => {
    if (!isName(`${given} ${alias} ${family}`)) return whole;
    aliases.push({ name: `${given} ${family}`, alias: `${alias} ${family}` });
    return `${given} `;
  });
  return { text: read, aliases };
}

/** A post's word, then another post's word in brackets, then the body: "Торага (спикер) Жогорку Кенеша". */
const GLOSSED = /(?<![\p{L}-])(\p{L}[\p{L}-]*)\s+\((\p{L}[\p{L}-]*)\)(?=\s+\p{Lu})/gu;

/**
 * A post glossed by another name of it in brackets ("Торага (спикер) Жогорку Кенеша", "Председателем
 * (Торагой) Жогорку Кенеша"): the gloss dropped, so that the post runs on to its body.
 */
export function withoutPostGlosses(text: string): string {
  if (!text.includes('(')) return text;
  return text.replace(GLOSSED, (whole, post: string, gloss: string) => (isRoleWordOnly(post) && isRoleWordOnly(gloss) ? post : whole));
}

/** One word that is a post's noun: "Торага", "спикером", not "СНБ" or "Парламента". */
function isRoleWordOnly(word: string): boolean {
  return startsWithRoleWord(word) && !isName(word);
}
