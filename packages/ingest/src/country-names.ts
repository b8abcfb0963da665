import { LEXICONS } from './lexicon/index.js';
import { regExp } from './regexp.js';

/** A name as names are compared: lower case, "ё" as "е", single spaces. */
const fold = (name: string) => name.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();

/** Every lexicon's other names of countries, folded, with their ISO code. */
const LISTED = new Map<string, string>(
  LEXICONS.flatMap((l) => Object.entries(l.countryNames).flatMap(([code, names]) => names.map((name): [string, string] => [fold(name), code]))),
);

/** Every lexicon's long forms of a country's name ("Республика Беларусь", "Republic of Moldova"). */
const LONG_FORMS = LEXICONS.flatMap((l) => l.countryForms).map((source) => regExp(source, 'iu'));

/**
 * The names a breadcrumb's country may be looked up by: as written, then the short name of its
 * long form ("Республика Беларусь" → "Беларусь", "Republic of Moldova" → "Moldova").
 */
export function countryNameForms(name: string): string[] {
  const short = LONG_FORMS.map((form) => form.exec(name.trim())?.[1]).filter((s): s is string => !!s);
  return [name.trim(), ...short];
}

/**
 * The ISO code (lower case) a lexicon's table gives a country's name that i18n-iso-countries lacks:
 * "Кыргызстан" → kg, "Молдова" → md, "Kyrgyz Republic" → kg; also of a long form ("Республика
 * Молдова"). Undefined for a name no table lists.
 */
export function listedCountryCode(name: string): string | undefined {
  return countryNameForms(name).map((form) => LISTED.get(fold(form))).find((code) => code !== undefined);
}
