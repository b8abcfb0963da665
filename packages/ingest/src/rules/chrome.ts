import { DASH } from '../normalize.js';

/**
 * Site chrome: the publisher's navigation and furniture, never data. Each rule recognizes one
 * piece of the template, by its shape rather than by a country's words.
 */

/** "Main page", "Print version", "Version for print", "Home". */
export function isNavigationLine(text: string): boolean {
  return /^(?:Main page|Home page|Home|Print version|Version for print|Printable version|Print|Back|To top)$/i.test(text);
}

/** "Country profile / Kazakhstan /" → "Kazakhstan": the breadcrumb names the country. */
export function breadcrumbCountry(text: string): string | null {
  const match = /^Country profiles?\s*\/\s*([^/]+?)\s*(?:\/.*)?$/i.exec(text);
  return match ? match[1]!.trim() : null;
}

const MASTHEAD = new RegExp(`^(.+?)\\s*${DASH}\\s*(?:an?\\s+)?(?:analytical|information|news|expert)\\s+(?:resource|portal|site|agency)$`, 'iu');

/** "Eurasian Home - analytical resource" → "Eurasian Home": the publisher's masthead. */
export function mastheadPublisher(text: string): string | null {
  const match = MASTHEAD.exec(text);
  return match ? match[1]!.trim() : null;
}

/** A heading in another script than the page's Latin text: the materials box's own-language title. */
export function isForeignScriptHeading(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && !/\p{Script=Latin}/u.test(letters);
}
