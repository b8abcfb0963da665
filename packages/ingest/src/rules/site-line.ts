import { DASH, stripTrailingPunctuation } from '../normalize.js';
import { anyOf, eachLexicon } from '../lexicon/index.js';
import { regExp } from '../regexp.js';

/** "Ministry of Energy, Industry and Trade", "Министерство финансов": a body's name, capitalized, no sentence. */
const BARE_BODY = new RegExp(`^${eachLexicon((l, { end }) => `${anyOf(l.siteBodyStarts)}${end}`)}[^.!?:;]*$`, 'u');

/** Each lexicon's headings of a list of sites, whole. */
const SITES_HEADING = regExp(`^${eachLexicon((l) => anyOf(l.sitesHeadings))}$`, 'iu');

/** "Official Site", "Official Sites", "Official websites", "Официальные сайты", "Сайты министерств": the heading of a list of sites. */
export function isSitesHeading(text: string): boolean {
  return SITES_HEADING.test(text);
}

/** "kremlin.ru", "president.gov.by", "президент.рф": a domain in lower case with no "www." or scheme, its last label a top-level domain's letters. */
const BARE_DOMAIN = /^(?:[a-z0-9-]+\.|[а-яё0-9-]+\.)+(?:[a-z]{2,6}|рф|бел|укр|қаз)(?:\/\S*)?$/u;

const SITE_LINE = new RegExp(`^(.+?)\\s*${DASH}+\\s*(\\S*)$`, 'u');

/**
 * "Ministry of Finance - www.minfin.kz" (or, in a text dump that lost the link, "Ministry of
 * Finance -"): the body's name and its address when the line has one.
 */
export function parseSiteLine(text: string): { label: string; url: string | null } | null {
  const match = SITE_LINE.exec(text);
  // In a list of sites, a body's name alone is a site whose address the dump lost.
  if (!match) return BARE_BODY.test(text) && text.split(' ').length <= 12 ? { label: stripTrailingPunctuation(text), url: null } : null;
  const address = match[2]!;
  // The address is one word (SITE_LINE): it must start as an address does and hold a dot, or be a bare domain.
  if (address && !/^(?:https?:\/\/|www\.)\S+\.\S/i.test(address) && !BARE_DOMAIN.test(address)) return null;
  const url = address ? (/^https?:\/\//i.test(address) ? address : `http://${address}`) : null;
  return { label: match[1]!.trim(), url };
}

/** A sites heading, a colon, then the rest of the line: "Официальный сайт: Президент Украины –". */
const LABELLED_LINE = /^([^:]{3,60}):\s*(\S.*)$/u;

/**
 * "Official Site: www.president.am", "Официальный сайт: Президент Украины –" (the link's text a
 * body's name or the address itself): a site given on the line that names the list, or null. The
 * line's one link is the site; its text must be all the line says after the colon.
 */
export function parseInlineSite(text: string, links: ReadonlyArray<{ text: string; href: string }>): { linkText: string; url: string } | null {
  const match = LABELLED_LINE.exec(text);
  if (!match || links.length !== 1 || !isSitesHeading(match[1]!.trim())) return null;
  const rest = match[2]!.replace(new RegExp(`\\s*${DASH}+\\s*$`, 'u'), '').trim();
  const link = links[0]!;
  // A lone word is the address typed as text ("Official Site: www.president.am").
  return rest === link.text.trim() || /^\S+$/u.test(rest) ? { linkText: link.text.trim(), url: link.href } : null;
}

/**
 * A table row's cell that is all one link whose text names a body ("Министр финансов | Ф.И.О. |
 * <a href="http://www.minfin.kz">Министерство финансов</a>"): that body's site. The row's cells
 * come tab-separated; a link inside a longer cell is prose, not a site.
 */
export function cellSites(cells: readonly string[], links: ReadonlyArray<{ text: string; href: string }>): Array<{ label: string; url: string }> {
  if (cells.length < 2) return [];
  return links
    .filter((link) => /^https?:\/\//i.test(link.href) && cells.includes(link.text.trim()) && BARE_BODY.test(link.text.trim()) && link.text.trim().split(' ').length <= 12)
    .map((link) => ({ label: stripTrailingPunctuation(link.text.trim()), url: link.href }));
}
