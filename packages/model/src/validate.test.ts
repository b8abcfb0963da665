import { describe, expect, it } from 'vitest';
import { makeId, ProfileSchema, sampleProfile, validateProfile } from './index.js';

describe('validateProfile', () => {
  it('should accept the sample profile', () => {
    const result = validateProfile(sampleProfile(), 'x.json');
    expect(result.ok).toBe(true);
  });

  it('should name the record, field and source line of a schema problem', () => {
    const profile = sampleProfile();
    profile.events[0]!.voteShare = 101;
    const result = validateProfile(profile, 'x.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.message)).toEqual([
      `raw/kg/executive-branch.html:12: event ${profile.events[0]!.id} field voteShare: must be at most 100`,
    ]);
  });

  it.each([
    ['2005-13', false],
    ['2005-02-29', false],
    ['2004-02-29', true],
    ['1999-01-10', true],
    ['2005-12', true],
    ['1995', true],
    ['95', false],
  ])('should judge the partial date %s valid: %s', (date, valid) => {
    const profile = sampleProfile();
    profile.events[0]!.date = date;
    expect(validateProfile(profile, 'x.json').ok).toBe(valid);
  });

  it('should report a membership whose person does not exist', () => {
    const profile = sampleProfile();
    profile.memberships[0]!.personId = makeId('person', 'kg', ['Nobody']);
    const result = validateProfile(profile, 'x.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toMatch(/^raw\/kg\/executive-branch\.html:12: kg-membership-[0-9a-f]{12}: person kg-person-[0-9a-f]{12} is not a person$/);
  });

  it.each([
    { startDate: '2005-03', endDate: '2004', status: 'ended', problem: 'ends (2004) before it starts (2005-03)' },
    { startDate: '2005-03-10', endDate: '2005-03-09', status: 'ended', problem: 'ends (2005-03-09) before it starts (2005-03-10)' },
    { startDate: null, endDate: '2005', status: 'current', problem: 'has an end date (2005) yet is current' },
  ] as const)('should report a post that ends $endDate, starts $startDate and is $status', ({ startDate, endDate, status, problem }) => {
    const profile = sampleProfile();
    Object.assign(profile.memberships[0]!, { startDate, endDate, status });
    const result = validateProfile(profile, 'x.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.reason)).toEqual([`${profile.memberships[0]!.id}: ${problem}`]);
  });

  it.each([
    { startDate: '2005-03', endDate: '2005' },
    { startDate: '2000', endDate: '2005-01-31' },
    { startDate: null, endDate: '2005' },
    { startDate: '2005', endDate: null },
  ])('should accept an ended post that starts $startDate and ends $endDate', ({ startDate, endDate }) => {
    const profile = sampleProfile();
    Object.assign(profile.memberships[0]!, { startDate, endDate, status: 'ended' });
    expect(validateProfile(profile, 'x.json').ok).toBe(true);
  });

  it('should report duplicate IDs', () => {
    const profile = sampleProfile();
    profile.persons.push({ ...profile.persons[0]! });
    const result = validateProfile(profile, 'x.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.reason).toMatch(/^duplicate ID/);
  });

  it('should reject unknown fields, so a misspelt key is an error', () => {
    const profile = { ...sampleProfile(), peoples: [] };
    expect(ProfileSchema.safeParse(profile).success).toBe(false);
  });
});

describe('makeId', () => {
  it('should ignore case, accents and spacing in key parts', () => {
    expect(makeId('person', 'kz', ['Nazarbayev', 'Nursultan'])).toBe(makeId('person', 'KZ', [' nazarbayev ', 'NURSULTAN']));
    expect(makeId('person', 'kz', ['Tündük'])).toBe(makeId('person', 'kz', ['Tunduk']));
  });
  it('should differ for different people', () => {
    expect(makeId('person', 'kz', ['Kim', 'Georgiy'])).not.toBe(makeId('person', 'kz', ['Kim', 'Igor']));
  });
});
