// Page-level rules of the walk, each read from a small text page of the template written here.
import { describe, expect, it } from 'vitest';
import type { Profile } from '@profiles/model';
import { ingestPage } from './ingest.js';

/** A text page of the template: masthead, breadcrumb, section title, then `body`. */
function textPage(body: string, country = 'kz', name = 'Kazakhstan'): Profile {
  const text = `Eurasian Home - analytical resource\n\nCountry profile / ${name} /\n\nExecutive branch\n\n${body}\n`;
  return ingestPage({ file: `raw/${country}/executive-branch.txt`, country, section: 'executive-branch', format: 'text', bytes: Buffer.from(text), meta: null });
}

const orgByName = (profile: Profile, name: string) => profile.organizations.find((o) => o.name === name);

describe('sites in a list', () => {
  it.each([
    ['the last site before a blank line', 'GOVERNMENT\n\nThe Government of the Republic of Kazakhstan exercises the executive power.\n\nOfficial Sites\nGovernment - www.gov.kz\nMinistry of Defence - www.mod.gov.kz\n\nPOLITICAL ELITE\n\nText.', 'Ministry of Defence', 'http://www.mod.gov.kz'],
    ['a single site under "Official Site"', 'PRESIDENT\n\nThe President of the Republic of Kazakhstan is the Head of State.\n\nOfficial Site\nPresident of the Republic of Kazakhstan - www.akorda.kz\n\nGOVERNMENT\n\nText.', 'President of the Republic of Kazakhstan', 'http://www.akorda.kz'],
    ['an en dash and https', 'Cabinet\n\nThe Cabinet of Ministers is the government.\n\nOfficial websites\nCabinet of Ministers – https://www.mk.gov.lv\n\nAnalysis\n\nText.', 'Cabinet of Ministers', 'https://www.mk.gov.lv'],
  ])('should read %s as the body\'s website, not as a body named with its address', (_, body, name, url) => {
    const profile = textPage(body);
    expect(orgByName(profile, name)?.website).toBe(url);
    expect(profile.organizations.some((o) => /www\./.test(o.name))).toBe(false);
  });
});
