/**
 * A lexicon: the words of one language that the template's rules read. A rule takes its words
 * from every lexicon (`lexicon/index.ts`) and never spells a language's word itself, so a page in
 * a third language needs a lexicon and its tests, not a copy of each rule.
 *
 * Word lists are regular-expression sources (so a language may give its inflected forms as a
 * pattern: "Президент\\p{L}*"), matched case-insensitively unless said otherwise.
 */
export interface Lexicon {
  /** The language's BCP 47 tag: `en`, `ru`. */
  language: string;
  /** The Unicode script of its letters (`\p{Script=…}`), for detection and for what is foreign on a page. */
  script: 'Latin' | 'Cyrillic';
  /**
   * How its words are bounded: `ascii` is `\b` (as the English rules always were); `unicode`
   * looks at letters of any script (JavaScript's `\b` knows only ASCII letters).
   */
  boundary: 'ascii' | 'unicode';
  /** The i18n-iso-countries locale its country names are checked in. */
  countryLocale: string;
  /** The breadcrumb's step before the country: "Country profile", "Профиль страны". */
  profilesStep: string[];
  /** Navigation phrases: "Main page", "Print version", "Главная страница". */
  navigation: string[];
  /** A masthead's kind of site ("analytical", "аналитический") and its noun ("resource", "ресурс"). */
  masthead: { kinds: string[]; nouns: string[] };
  /** The start of the materials box's heading: "Related materials", "Материалы портала". */
  materialsHeading: string[];
  /** Every form of each month's name, January first (case-sensitive: an English "may" is a verb). */
  months: string[];
  /** Words before a bare year that make it a date: "in 1995", "в 1995 году". */
  yearPrepositions: string[];
  /** Words after a date's year: "5 марта 2012 г.", "в 2012 году" (kept out of what follows). */
  yearWords: string[];
  roles: {
    /** Post nouns: "Head", "Minister", "Председатель". */
    nouns: string[];
    /** Words that qualify a post: "Deputy", "First", "Заместитель". */
    modifiers: string[];
    /** Posts of a cabinet: any kind of minister. */
    cabinet: string[];
    /** How a noun inflects after its stem: English `s?` (a plural), Russian any case ending. */
    inflection: string;
  };
  /** Nouns that make a heading a body's name: "Council", "Ministry", "Совет", "Министерство". */
  bodyNouns: string[];
  /** Words of a body's or post's name that are never part of a person's name (lower case). */
  notNameWords: string[];
  names: {
    /** Patronymic endings: "-ovich", "-овна", "-улы". */
    patronymicEndings: string[];
    /** Family-name endings: "-ov", "-ева", "-ский". */
    familyEndings: string[];
    /** Given names that end as family names do ("Konstantin", "Константин"). */
    givenWithFamilyEnding: string[];
  };
  /** Small words a body's name holds that matching ignores: "of", "the", "при", "по". */
  stopwords: string[];
  /** A word's stem for matching names across inflections ("Администрации" and "Администрация" meet). */
  stem(word: string): string;
}
