import { DASH } from '../normalize.js';

/** "Official Site", "Official Sites", "Official websites": the heading of a list of sites. */
export function isSitesHeading(text: string): boolean {
  return /^Official\s+(?:web\s*)?sites?:?$/i.test(text) || /^Official\s+websites?:?$/i.test(text);
}

const SITE_LINE = new RegExp(`^(.+?)\\s*${DASH}\\s*(\\S*)$`, 'u');

/**
 * "Ministry of Finance - www.minfin.kz" (or, in a text dump that lost the link, "Ministry of
 * Finance -"): the body's name and its address when the line has one.
 */
export function parseSiteLine(text: string): { label: string; url: string | null } | null {
  const match = SITE_LINE.exec(text);
  if (!match) return null;
  const address = match[2]!;
  if (address && !/^(?:https?:\/\/|www\.)\S+\.\S+$/i.test(address)) return null;
  const url = address ? (/^https?:\/\//i.test(address) ? address : `http://${address}`) : null;
  return { label: match[1]!.trim(), url };
}
