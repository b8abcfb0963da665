/**
 * A person's other given name in brackets between the given and the family name ("Гига (Гиорги)
 * Бокерия", "Ivane (Vano) Merabishvili"): dropped for the rules, so that the name reads as one
 * (the page's own words stay in the quotes). Only where all three words may be a name's: not
 * "Кабинет Министров (Правительство) Туркменистана", "State (National) Policy".
 */
import { isName } from './post-terms.js';

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
