import { DASH } from '../normalize.js';
import { allWords, en, pageLexicon, type Lexicon } from '../lexicon/index.js';
import { regExp } from '../regexp.js';

/**
 * Site chrome: the publisher's navigation and furniture, never data. Each rule recognizes one
 * piece of the template, by its shape rather than by a country's words.
 */

const navigationPatterns = new Map<Lexicon, RegExp>();

/**
 * Navigation phrases of the site in English (every page's menus have them) and in the page's own
 * language; a language bar adds the same in other scripts (see `isNavigationLine`).
 */
function navigation(): RegExp {
  const lexicon = pageLexicon();
  let pattern = navigationPatterns.get(lexicon);
  if (!pattern) {
    const words = lexicon === en ? en.navigation : [...en.navigation, ...lexicon.navigation];
    navigationPatterns.set(lexicon, (pattern = regExp(`^(?:${words.join('|')})$`, 'iu')));
  }
  return pattern;
}

/** One part of a menu line: a navigation phrase, or a word in another script than Latin (a language bar). */
function isNavigationPart(part: string): boolean {
  return navigation().test(part) || isForeignScriptHeading(part);
}

/**
 * "Main page", "Print version", and menu lines of such parts: "Main page | Главная страница",
 * "Main page     Главная страница" (a text dump's spacing), "Home · Print".
 */
export function isNavigationLine(text: string): boolean {
  const NAVIGATION = navigation();
  if (NAVIGATION.test(text)) return true;
  const parts = text.split(/\s*[|·•]\s*|\s{3,}|\u00a0{2,}/u).map((p) => p.trim()).filter(Boolean);
  if (parts.length > 1 && parts.every(isNavigationPart) && parts.some((p) => NAVIGATION.test(p))) return true;
  // "Main page Главная страница" (a text dump's spacing collapsed): the Latin words alone are navigation.
  const latin = text.split(/\s+/).filter((word) => !isForeignScriptHeading(word)).join(' ');
  return latin !== text && latin.length > 0 && NAVIGATION.test(latin.replace(/[|·•]/g, '').trim());
}

/** The separators a breadcrumb uses between its steps. */
const STEP = /\s*(?:\/|>|»|›|::|\||→)\s*/u;

/** "Country profile", "Countries", "Профиль страны": the breadcrumb's step before the country. */
const PROFILES_STEP = regExp(`^(?:${allWords((l) => l.profilesStep).join('|')})$`, 'iu');

/** A breadcrumb read into its steps: the country, and the section when it names one. */
export interface Breadcrumb {
  country: string;
  section: string | null;
}

/**
 * "Country profile / Kazakhstan /", "Home » Country profiles » Kazakhstan » Executive branch", and
 * the `<title>` form "Eurasian Home - analytical resource :: Country profile :: Kazakhstan ::
 * Executive branch": the step after "Country profile" names the country, the next the section.
 */
export function readBreadcrumb(text: string): Breadcrumb | null {
  if (text.length > 300) return null;
  const steps = text.split(STEP).map((s) => s.trim());
  // "Home > Countries > Country profile > Kazakhstan": the last such step is the one before the country.
  let at = -1;
  steps.forEach((s, i) => {
    if (PROFILES_STEP.test(s)) at = i;
  });
  if (at < 0) return null;
  const country = steps[at + 1];
  if (!country || country.length > 60 || !/^\p{Lu}/u.test(country)) return null;
  const section = steps[at + 2] || null;
  return { country, section: section && section.length <= 80 ? section : null };
}

/** "Country profile / Kazakhstan /" → "Kazakhstan": the breadcrumb names the country. */
export function breadcrumbCountry(text: string): string | null {
  return readBreadcrumb(text)?.country ?? null;
}

const MASTHEAD = regExp(`^(.+?)\\s*${DASH}\\s*(?:an?\\s+|the\\s+)?(?:(?:${allWords((l) => l.masthead.kinds).join('|')})\\s+)+(?:${allWords((l) => l.masthead.nouns).join('|')})$`, 'iu');

/** "Eurasian Home - analytical resource" → "Eurasian Home": the publisher's masthead. */
export function mastheadPublisher(text: string): string | null {
  const match = text.length <= 120 ? MASTHEAD.exec(text) : null;
  return match ? match[1]!.trim() : null;
}

/**
 * A heading in another script than the page's own (Latin on an English page, Cyrillic on a
 * Russian one): the materials box's title in the site's other language, a language bar's entry.
 */
export function isForeignScriptHeading(text: string): boolean {
  return ANY_LETTER.test(text) && !pageScriptLetter().test(text);
}

const ANY_LETTER = /\p{L}/u;
/** A letter (not a numeral: "Ⅻ" is Latin) of each script, compiled once: a menu line's every word is tested. */
const SCRIPT_LETTERS = new Map<string, RegExp>();

function pageScriptLetter(): RegExp {
  const { script } = pageLexicon();
  let letter = SCRIPT_LETTERS.get(script);
  if (!letter) SCRIPT_LETTERS.set(script, (letter = new RegExp(`(?=\\p{L})\\p{Script=${script}}`, 'u')));
  return letter;
}

const MATERIALS_HEADING = regExp(`^(?:${allWords((l) => l.materialsHeading).join('|')})$`, 'iu');

/** "Related materials", "Материалы портала по стране": the materials box's heading, in any lexicon's words. */
export function isMaterialsHeading(text: string): boolean {
  return isForeignScriptHeading(text) || MATERIALS_HEADING.test(text);
}

/**
 * A footer or menu line after the content: "expert forum | hot topics | about us", "© Eurasia
 * Heritage Foundation", or a short menu entry in lower case ("hot topics").
 */
export function isFooterLine(text: string): boolean {
  if (/^(?:©|\(c\)|copyright\b)/i.test(text)) return true;
  const parts = text.split(/\s*\|\s*/).filter(Boolean);
  if (parts.length > 2 && parts.every((p) => p.split(' ').length <= 6 && !/[.!?]$/.test(p))) return true;
  return /^\p{Ll}[\p{L} '-]{0,50}$/u.test(text) && text.split(' ').length <= 6;
}
