import { sampleProfile } from '@profiles/model';
import { mergeCountry } from '@profiles/timeline';
import { describe, expect, it } from 'vitest';
import { holderLine, postLine, renderCountry, snapshotLine } from './render-country.js';

const holder = (over: Partial<Parameters<typeof holderLine>[0]>) => ({
  membershipId: 'kz-membership-000000000001',
  personId: 'kz-person-000000000001',
  person: 'Masimov Karim',
  title: 'Prime Minister',
  startDate: null,
  endDate: null,
  firstSeen: '2012-03-05',
  lastSeen: '2012-03-05',
  status: 'ended' as const,
  endedBefore: '2012-10-01',
  ...over,
});

describe('snapshots of a country', () => {
  it.each([
    [{ page: 'kz/executive-branch', date: '2012-03-05', source: { language: 'ru' } }, 'kz/executive-branch (2012-03-05, language ru)'],
    [{ page: 'kz/executive-branch', date: null, source: { language: 'en' } }, 'kz/executive-branch (language en)'],
    [{ page: 'uz/government', date: '2005', source: { language: 'uz-Cyrl' } }, 'uz/government (2005, language uz-Cyrl)'],
  ])('should list %j as %j', (snapshot, line) => {
    expect(snapshotLine(snapshot)).toBe(line);
  });

  it('should be a page in the project’s language that says which language each of its pages is in', () => {
    const russian = sampleProfile();
    russian.source.language = 'ru';
    const page = renderCountry(mergeCountry([russian]));
    expect(page.startsWith('---\nlang: en\n---\n\n')).toBe(true);
    expect(page).toContain('Gathered from 1 page snapshot: kg/executive-branch (2012-04-01, language ru).');
  });
});

describe('posts over time', () => {
  it.each([
    [holder({}), 'Masimov Karim, seen 2012-03-05 – 2012-03-05, gone by 2012-10-01'],
    [holder({ person: 'Akhmetov Serik', startDate: '2012-09', firstSeen: '2012-10-01', lastSeen: '2012-10-01', status: 'current', endedBefore: null }), 'Akhmetov Serik, appointed 2012-09, seen since 2012-10-01, current'],
    [holder({ firstSeen: null, lastSeen: null, status: 'current', endedBefore: null }), 'Masimov Karim, current'],
  ])('should read a holder as %j', (h, line) => {
    expect(holderLine(h)).toBe(line);
  });

  it('should name the post, then its holders oldest first', () => {
    const post = { organizationId: null, organization: 'Government', role: 'Prime Minister', holders: [holder({}), holder({ person: 'Akhmetov Serik', startDate: '2012-09', firstSeen: '2012-10-01', lastSeen: '2012-10-01', status: 'current', endedBefore: null })] };
    expect(postLine(post)).toBe('Prime Minister: Masimov Karim, seen 2012-03-05 – 2012-03-05, gone by 2012-10-01; Akhmetov Serik, appointed 2012-09, seen since 2012-10-01, current');
  });
});
