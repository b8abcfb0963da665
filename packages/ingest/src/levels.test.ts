import { describe, expect, it } from 'vitest';
import { isProfileError } from '@profiles/model';
import { ingestPage } from './ingest.js';

const page = (text: string, format: 'html' | 'text' = 'text', country = 'kz') => ({
  file: `raw/${country}/executive-branch.${format === 'html' ? 'html' : 'txt'}`,
  country,
  section: 'executive-branch',
  format,
  bytes: Buffer.from(text),
  meta: null,
});

const BODY = [
  'Executive branch',
  '',
  '',
  'The President of the Republic of Kazakhstan is the Head of State.',
  '',
  'Chair: Nazarbayev Nursultan Abishevitch, President of the Republic of Kazakhstan.',
].join('\n');

/** The error a page gets, or null when it builds. */
function errorOf(input: ReturnType<typeof page>): string | null {
  try {
    ingestPage(input);
    return null;
  } catch (error) {
    if (!isProfileError(error)) throw error;
    return error.reason;
  }
}

describe('problems have levels', () => {
  it.each([
    ['an empty page', '', /page is empty/],
    ['a page with no breadcrumb and no section title', 'Page not found\n\nSorry, this page does not exist.', /not a country profile/],
    ['a page of another country', `Country profile / Kyrgyzstan /\n\n${BODY}`, /about Kyrgyzstan \(kg\) but sits in raw\/kz/],
  ])('should refuse %s', (_label, text, reason) => {
    expect(errorOf(page(text))).toMatch(reason);
  });

  it.each([
    ['no masthead', `Country profile / Kazakhstan /\n\n${BODY}`, ['no-publisher']],
    ['no breadcrumb, but the section title', BODY, ['no-breadcrumb', 'no-publisher']],
    ['a person line no rule reads', `Eurasian Home - analytical resource\nCountry profile / Kazakhstan /\n\n${BODY}\n\nKarim Masimov — (Prime Minister)`, ['unread-person-line']],
  ])('should build a page with %s, with a warning', (_label, text, codes) => {
    const profile = ingestPage(page(text));
    expect(profile.issues.map((i) => i.code).sort()).toEqual(codes);
    expect(profile.persons.map((p) => p.familyName)).toEqual(['Nazarbayev']);
    for (const issue of profile.issues) expect(issue.provenance[0]!.line).toBeGreaterThan(0);
  });

  it('should take the country from the folder when only the title is there', () => {
    const profile = ingestPage(page(BODY));
    expect(profile.source.country).toEqual({ code: 'kz', name: 'Kazakhstan' });
    expect(profile.source.publisher).toBeNull();
  });

  it('should keep one record of a fact the page mentions twice', () => {
    const text = `Country profile / Kazakhstan /\n\n${BODY}\n\nOn January 10, 1999 President Nursultan Nazarbayev was reelected (he won the elections with 79.78% of votes).\n\nThe elections of 10 January 1999 were held early.\n\nIn January 1999 Nursultan Nazarbayev was reelected with 79.78% of votes.`;
    const profile = ingestPage(page(text));
    const elections = profile.events.filter((e) => e.kind === 'election');
    expect(elections).toHaveLength(1);
    expect(elections[0]).toMatchObject({ date: '1999-01-10', voteShare: 79.78 });
    expect(elections[0]!.provenance.length).toBeGreaterThanOrEqual(2);
  });

  it('should put the winner of the latest election in the head of state’s post', () => {
    const text = `Country profile / Kazakhstan /\n\n${BODY.split('\n').slice(0, 4).join('\n')}\n\nOn April 3, 2011 Nursultan Nazarbayev was reelected (he won the elections with 95.5% of votes).`;
    const profile = ingestPage(page(text));
    const president = profile.organizations.find((o) => o.classification === 'head-of-state')!;
    expect(profile.memberships.map((m) => [m.role, m.organizationId])).toEqual([['President', president.id]]);
  });
});

describe('elections fill the office they name', () => {
  it('should tie a president’s election to the head of state, a parliament’s to no post of it', () => {
    const text = [
      'Country profile / Kyrgyzstan /',
      '',
      'Executive branch',
      '',
      '',
      'The President of the Kyrgyz Republic is the Head of State.',
      '',
      'On October 30, 2011 Almazbek Atambayev was elected President of Kyrgyzstan (he won the elections with 63.24% of votes).',
      '',
      'Elections to the Jogorku Kenesh were held on October 10, 2010.',
    ].join('\n');
    const profile = ingestPage(page(text, 'text', 'kg'));
    const president = profile.organizations.find((o) => o.classification === 'head-of-state')!;
    expect(profile.events.map((e) => [e.date, e.organizationId])).toEqual([
      ['2011-10-30', president.id],
      ['2010-10-10', null],
    ]);
    expect(profile.memberships.map((m) => [m.role, m.organizationId])).toEqual([['President', president.id]]);
  });
});
