import { createRequire } from 'node:module';
import { LEXICONS, lexiconOfWord } from './lexicon/index.js';
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

/** The countries' one-word names in every lexicon's locale and its own table, folded: "туркменистан", "грузия". */
const ONE_WORD_NAMES: ReadonlySet<string> = (() => {
  const requireJson = createRequire(import.meta.url);
  const names = LEXICONS.flatMap((l) => {
    const library = (requireJson(`i18n-iso-countries/langs/${l.countryLocale}.json`) as { countries: Record<string, string | string[]> }).countries;
    return [...Object.values(library).flat(), ...Object.values(l.countryNames).flat()];
  });
  return new Set(names.filter((name) => !/\s/.test(name.trim())).map(fold));
})();

/** True for a one-word country's name in the nominative: "Россия", "Georgia". */
export function isCountryName(word: string): boolean {
  return ONE_WORD_NAMES.has(fold(word));
}

/**
 * True for a word that is a country's name in the case it takes before a person's name
 * ("Президент Туркменистана Мерген Ахмедов": "Туркменистана"), by its lexicon's `names.countryCases`;
 * never the nominative, which can be a given name ("Georgia", "Chad").
 */
export function isCountryInCase(word: string): boolean {
  const folded = fold(word);
  return lexiconOfWord(word).names.countryCases.some(
    ([ending, nominative]) => folded.length > ending.length + 2 && folded.endsWith(ending) && ONE_WORD_NAMES.has(folded.slice(0, folded.length - ending.length) + nominative),
  );
}
