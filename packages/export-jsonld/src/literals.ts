import { datePrecision, type PartialDate } from '@profiles/model';

/** A JSON-LD value object: a literal with its datatype. (A type alias, so it is plain JSON.) */
export type TypedValue = { '@type': string; '@value': string };

const DATE_TYPES = { year: 'xsd:gYear', month: 'xsd:gYearMonth', day: 'xsd:date' } as const;

/**
 * A partial date as a literal typed at its precision, so "2011" stays a year and is never read as
 * 1 January 2011.
 *
 * @example dateLiteral('1994-03') // { '@value': '1994-03', '@type': 'xsd:gYearMonth' }
 * @param date `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, already validated by the model.
 * @returns A value object typed `xsd:gYear`, `xsd:gYearMonth` or `xsd:date`.
 */
export function dateLiteral(date: PartialDate): TypedValue {
  return { '@type': DATE_TYPES[datePrecision(date)], '@value': date };
}

/**
 * The `xsd:decimal` lexical form of a number. It is written as a string because JSON-LD turns a
 * JSON number with a fraction into an `xsd:double` form ("6.32E1"), which is not a valid decimal.
 *
 * @example decimalLexical(63.2) // '63.2'
 * @example decimalLexical(1e-7) // '0.0000001'
 * @param value A finite number.
 * @returns Digits with an optional sign and fraction, never an exponent.
 */
export function decimalLexical(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  const shortest = String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(shortest);
  if (!match) return shortest;
  // String() switches to exponent form below 1e-6 and from 1e21: move the point by hand.
  const [, sign, lead, fraction = '', exponentText] = match;
  const digits = `${lead}${fraction}`;
  const point = 1 + Number(exponentText);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  return `${sign}${digits.padEnd(point, '0')}`;
}

/** A JSON-LD language-tagged string (`rdf:langString`): `{"@language": "ru", "@value": "…"}`. */
export type LanguageString = { '@language': string; '@value': string };

/** Writes a string as a text literal of one language; null stays null. */
export interface TextWriter {
  (value: string): LanguageString;
  (value: string | null): LanguageString | null;
}

/**
 * A writer of text literals in one language: every natural-language string (a name, a title, a
 * task, a quote) carries the language of the page it was read from, while codes, IDs, files and
 * URLs stay plain strings. Null stays null, so `makeNode` leaves the property out.
 *
 * @example textIn('ru')('Премьер-министр') // { '@language': 'ru', '@value': 'Премьер-министр' }
 * @param language A BCP 47 tag, as the model's `source.language`.
 * @returns A function from a string (or null) to its value object (or null).
 */
export function textIn(language: string): TextWriter {
  // Keys in code-point order ("@language" before "@value"), the order the documents list them in.
  return ((value: string | null) => (value === null ? null : { '@language': language, '@value': value })) as TextWriter;
}
