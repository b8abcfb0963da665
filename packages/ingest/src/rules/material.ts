import { DASH } from '../normalize.js';
import { allWords, LEXICONS } from '../lexicon/index.js';
import { regExp } from '../regexp.js';
import { firstDate } from './dates.js';

/** A materials box's entry: its rubric, its day, and the title of the article where the box gives one. */
export interface MaterialEntry {
  kind: string;
  date: string;
  title: string | null;
}

/** A material's kind: a capitalized name of one to four words ("Topic", "Expert forum", "Экспертный форум"). */
const KIND = "(\\p{Lu}[\\p{L}'-]*(?:\\s+\\p{L}[\\p{L}'-]*){0,3})";
/** Its date: "05.03.2012", "05/03/2012", "5 марта 2012 г.", "5 March 2012" (a whole date, never a bare year). */
const YEAR_WORD = LEXICONS.flatMap((l) => l.yearWords).join('|') || '(?!)';
const DATE = `(\\d{1,2}[./]\\d{1,2}[./]\\d{4}|\\d{1,2}\\s+\\p{L}+\\.?,?\\s+\\d{4}(?:\\s*(?:${YEAR_WORD})(?![\\p{L}]))?)`;
/** What a table's cells or a list's markup leave between the two: a dash, a colon, a comma, a bar, or nothing. */
const SEPARATOR = `\\s*(?:${DASH}|:|,|\\|)?\\s*`;
/** The date as a titled entry writes it: bare, in brackets, or after a comma. */
const DATE_PART = `(?:\\(${DATE}\\)|\\[${DATE}\\]|,?\\s*${DATE})`;
/** What parts a rubric from a title: a spaced dash, a colon, a bar. */
const TITLE_SEPARATOR = `(?:\\s+${DASH}\\s+|\\s*[:|]\\s+)`;
/** An article's title: a letter somewhere in it, no separator at either end. */
const TITLE = '([^\\s–—|:-](?:.*?[^\\s–—|:,-])?)';

/** "Topic 05.03.2012", "Тема – 24.04.2014", "Мнение (30.10.2013)": the kind first. */
const KIND_FIRST = new RegExp(`^${KIND}(?:\\s+|${SEPARATOR})(?:\\(${DATE}\\)|\\[${DATE}\\]|${DATE})$`, 'u');
/** "24.04.2014 Тема", "11.02.2014 – Экспертный форум": the date first. */
const DATE_FIRST = new RegExp(`^${DATE}${SEPARATOR}${KIND}$`, 'u');

/**
 * A titled entry's kind: a known rubric, or a capitalized word and up to two in lower case (a
 * title's capitals end it: "Интервью Парламентская республика: …" is the rubric "Интервью").
 */
function titledKind(): string {
  return `(${allWords((l) => l.materialKinds).join('|')}|\\p{Lu}[\\p{L}'-]*(?:\\s+\\p{Ll}[\\p{L}'-]*){0,2})`;
}

/** "Тема – Безвизовый режим: что получит Молдова 03.03.2014", "Opinion: Oil and power (02.02.2006)". */
const kindTitleDate = () => regExp(`^${titledKind()}${TITLE_SEPARATOR}${TITLE}\\s*${DATE_PART}$`, 'u');
/** "Тема 16.10.2017 — Кыргызстан выбрал преемника", "Opinion (28.08.2017): The cabinet". */
const kindDateTitle = () => regExp(`^${titledKind()}\\s*${DATE_PART}${TITLE_SEPARATOR}${TITLE}$`, 'u');
/** "03.03.2014 Тема – Безвизовый режим", "03.03.2014 – Opinion: The cabinet". */
const dateKindTitle = () => regExp(`^${DATE}${SEPARATOR}${titledKind()}${TITLE_SEPARATOR}${TITLE}$`, 'u');
/**
 * "Тема «Бархатная революция»: что дальше? 24.04.2018": a known rubric run into its title, which
 * opens with a capital, a digit or a quote ("Комментарий эксперта 05.03.2012" is one rubric).
 */
const rubricTitleDate = () => regExp(`^(${allWords((l) => l.materialKinds).join('|')})\\s+(?=[\\p{Lu}\\p{N}«"“„])${TITLE}\\s*${DATE_PART}$`, 'u');

/**
 * "Тема 16.02.2010 Армяно-турецкие протоколы": a known rubric, its day, then the title with no
 * separator (a text dump's gap of spaces, collapsed), opening with a capital or a quote.
 */
const rubricDateTitle = () => regExp(`^(${allWords((l) => l.materialKinds).join('|')})\\s*${DATE_PART}\\s+(?=[\\p{Lu}«"“„])${TITLE}$`, 'u');

/** The longest line an untitled entry may be, and a titled one. */
const MAX_ENTRY = 80;
const MAX_TITLED = 240;

/** The whole day a date phrase of an entry gives, or null ("31.02.2014" is none). */
function dayOf(written: string | undefined): string | null {
  const date = written ? firstDate(written.replace(/\//g, '.')) : null;
  return date && date.length === 10 ? date : null;
}

/**
 * An entry of the related-materials box, as a list or a table's row gives it: "Topic 05.03.2012",
 * "Expert forum 29.03.2010", "Тема – 24.04.2014", "Мнение (30.10.2013)", "24.04.2014 Тема".
 */
export function parseMaterialLine(text: string): { kind: string; date: string } | null {
  if (text.length > MAX_ENTRY) return null;
  const kindFirst = KIND_FIRST.exec(text);
  const dateFirst = kindFirst ? null : DATE_FIRST.exec(text);
  if (!kindFirst && !dateFirst) return null;
  // Each pattern ends on what it reads (no space to trim); one of the kind-first dates is there.
  const kind = kindFirst ? kindFirst[1]! : dateFirst![2]!;
  const date = dayOf(kindFirst ? (kindFirst[2] ?? kindFirst[3] ?? kindFirst[4])! : dateFirst![1]!);
  return date ? { kind, date } : null;
}

/** The first group of `match` from `from` on that matched. */
function firstOf(match: RegExpExecArray, from: number, to: number): string | undefined {
  for (let i = from; i <= to; i += 1) if (match[i] !== undefined) return match[i];
  return undefined;
}

/** An entry's kind, title and date from the one pattern that reads it, else null. */
function readTitled(text: string): MaterialEntry | null {
  let m = kindTitleDate().exec(text);
  if (m) return entry(m[1]!, m[2]!, firstOf(m, 3, 5));
  if ((m = kindDateTitle().exec(text))) return entry(m[1]!, m[5]!, firstOf(m, 2, 4));
  if ((m = dateKindTitle().exec(text))) return entry(m[2]!, m[3]!, m[1]);
  return null;
}

function entry(kind: string, title: string, written: string | undefined): MaterialEntry | null {
  const date = dayOf(written);
  return date && /\p{L}/u.test(title) ? { kind, date, title } : null;
}

/**
 * An entry that also gives its article's title, in any order of the three: "Тема – Безвизовый
 * режим: что получит Молдова 03.03.2014" (a definition list's term and its link with a `<time>`),
 * "Тема 16.10.2017 — Кыргызстан выбрал преемника", "03.03.2014 Opinion: The cabinet", "Тема
 * «Бархатная революция»: что дальше? 24.04.2018" (a known rubric, `materialKinds`, with no
 * separator). An untitled entry (`parseMaterialLine`) is read with a null title. Only a box under a
 * materials heading may hold titled entries (`../frame.ts`): "Министр – Иван Орлов 05.09.2012" is
 * a line of a cabinet anywhere else.
 */
export function parseMaterialEntry(text: string): MaterialEntry | null {
  if (text.length > MAX_TITLED) return null;
  // A known rubric first: "Opinion A new premier 10.05.2018" is no four-word rubric.
  const runIn = rubricTitleDate().exec(text);
  const known = runIn ? entry(runIn[1]!, runIn[2]!, firstOf(runIn, 3, 5)) : null;
  if (known) return known;
  const gapped = rubricDateTitle().exec(text);
  const plainTitle = gapped ? entry(gapped[1]!, gapped[5]!, firstOf(gapped, 2, 4)) : null;
  if (plainTitle) return plainTitle;
  const plain = parseMaterialLine(text);
  return plain ? { ...plain, title: null } : readTitled(text);
}
