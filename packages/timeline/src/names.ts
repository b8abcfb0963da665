import { createRequire } from 'node:module';
import type { Person } from '@profiles/model';

/**
 * Kazakh letters of the Cyrillic script, which the library leaves as they are: the plain Latin
 * letter an English page writes for each (Қасым → Kasym, Ғабит → Gabit, Әлия → Alia).
 */
const KAZAKH_LETTERS: ReadonlyArray<[string, string]> = [
  ['Ә', 'A'], ['ә', 'a'], ['Ғ', 'G'], ['ғ', 'g'], ['Қ', 'K'], ['қ', 'k'], ['Ң', 'Ng'], ['ң', 'ng'],
  ['Ө', 'O'], ['ө', 'o'], ['Ұ', 'U'], ['ұ', 'u'], ['Ү', 'U'], ['ү', 'u'], ['Һ', 'H'], ['һ', 'h'],
  ['І', 'I'], ['і', 'i'],
];

/**
 * The spellings romanization systems differ on, folded to one (in this order): щ as shch/sch,
 * ж as zh/j (and дж as dzh/j), х as kh/h, ғ as gh/g, қ as q/k, ц as ts/tz/c, the -vitch/-vich
 * ending, w for v, x for ks, then й/ы/ь as y/i/(nothing), е as e/ye/ie, ё as yo/e, and a
 * doubled letter as one (Idrissov, Идрисов).
 */
const SPELLING_FOLDS: ReadonlyArray<[RegExp, string]> = [
  [/shch|sch/g, 'sh'],
  [/dzh|dj|zh/g, 'j'],
  [/kh/g, 'h'],
  [/gh/g, 'g'],
  [/q/g, 'k'],
  [/tz|ts/g, 'c'],
  [/tch/g, 'ch'],
  [/w/g, 'v'],
  [/x/g, 'ks'],
  [/y/g, 'i'],
  [/(.)\1+/g, '$1'],
  [/io|ie/g, 'e'],
  [/(.)\1+/g, '$1'],
];

const folded = new Map<string, string>();

type Transliterate = (text: string, options: { customReplacements: ReadonlyArray<[string, string]> }) => string;
let transliterate: Transliterate | null = null;

/**
 * The library, loaded on the first name part that needs it: it builds a pattern for each of its
 * locales as it loads (about 0.1 s), which a process reading only Latin names never needs.
 */
function transliterator(): Transliterate {
  transliterate ??= (createRequire(import.meta.url)('@sindresorhus/transliterate') as { default: Transliterate }).default;
  return transliterate;
}

/** Latin letters only: the library gives them back as they are (none of its replacements holds one). */
const LATIN_LETTERS = /^[A-Za-z]*$/;

/**
 * A name part as a Latin key that spelling systems agree on: transliterated (Cyrillic, Kazakh
 * letters included, by `@sindresorhus/transliterate`), lower case, letters only, and the
 * spellings systems differ on folded to one. "Назарбаев" and "Nazarbayev" give one key, as do
 * "Шукеев" and "Shukeyev", "Абишевич" and "Abishevitch"; "Ахметов" and "Akhmedov" do not.
 *
 * @example latinKey('Назарбаев') === latinKey('Nazarbayev') // true
 */
export function latinKey(part: string): string {
  let key = folded.get(part);
  if (key === undefined) {
    key = (LATIN_LETTERS.test(part) ? part : transliterator()(part, { customReplacements: KAZAKH_LETTERS }))
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z]/g, '');
    for (const [pattern, to] of SPELLING_FOLDS) key = key.replace(pattern, to);
    if (folded.size > 10_000) folded.clear();
    folded.set(part, key);
  }
  return key;
}

/** How well two records name one person: in `full`, `partial` (a given name as initials or missing), or `none`. */
export type NameAgreement = 'full' | 'partial' | 'none';

/** "K.", "K.K.", "Ts.", "К.": a given name written as initials. */
const INITIALS = /^(?:\p{Lu}\p{Ll}?\.\s?){1,2}$/u;

/** Two keys within one letter changed, added or removed: "kajimhanovich" and "kajimkanovich". */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  const rest = (x: string, skip: number) => x.slice(i + skip);
  return rest(a, 1) === rest(b, 1) || rest(a, 1) === rest(b, 0) || rest(a, 0) === rest(b, 1);
}

/** A given name's agreement: both in full and equal, or one an initial the other starts with. */
function givenAgreement(a: string | null, b: string | null): NameAgreement {
  if (!a || !b) return 'partial';
  const [ka, kb] = [latinKey(a), latinKey(b)];
  const initialA = INITIALS.test(a.trim());
  const initialB = INITIALS.test(b.trim());
  if (!initialA && !initialB) return ka === kb ? 'full' : 'none';
  return ka.length > 0 && kb.length > 0 && ka[0] === kb[0] ? 'partial' : 'none';
}

/**
 * Whether two person records, in any two scripts, name one person: the family names' Latin keys
 * equal; the given names' equal (or one an initial of the other, or missing: `partial`); the
 * patronymics, where both have one, within one letter of each other (systems differ on some
 * letters no fold catches: "Kazhimkhanovich" and "Кажимканович"). Family and given name may be
 * given the other way round on one of them, as a person's ID allows.
 *
 * @example nameAgreement({ familyName: 'Масимов', givenName: 'Карим', patronymic: null }, { familyName: 'Masimov', givenName: 'Karim', patronymic: 'Kazhimkhanovich' }) // 'full'
 */
export function nameAgreement(a: Pick<Person, 'familyName' | 'givenName' | 'patronymic'>, b: Pick<Person, 'familyName' | 'givenName' | 'patronymic'>): NameAgreement {
  if (a.patronymic && b.patronymic && !withinOneEdit(latinKey(a.patronymic), latinKey(b.patronymic))) return 'none';
  const straight = latinKey(a.familyName) === latinKey(b.familyName) ? givenAgreement(a.givenName, b.givenName) : 'none';
  if (straight !== 'none' || !a.givenName || !b.givenName) return straight;
  // "Karim Masimov" read with the family name first on one page.
  const swapped = latinKey(a.familyName) === latinKey(b.givenName) && latinKey(a.givenName) === latinKey(b.familyName);
  return swapped ? 'full' : 'none';
}
