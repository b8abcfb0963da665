import { describe, expect, it } from 'vitest';
import { conformsToProfile } from './conforms.js';
import { makeId } from './ids.js';
import type { Profile } from './profile.js';
import { sampleProfile } from './sample.js';
import { crossRecordProblems, validateProfile } from './validate.js';

const nobody = makeId('person', 'kg', ['Nobody']);

/** Each row breaks one thing about the sample election's results. */
const ROWS: Array<{ name: string; breakIt: (p: Profile) => void; expected: RegExp }> = [
  { name: 'a candidate who is no person', breakIt: (p) => void (p.events[0]!.results[1]!.personId = nobody), expected: /candidate kg-person-\w+ is not a person/ },
  { name: 'a candidate listed twice', breakIt: (p) => void (p.events[0]!.results[1]!.personId = p.events[0]!.personId!), expected: /is listed twice/ },
  { name: 'ranks out of order', breakIt: (p) => void (p.events[0]!.results[1]!.rank = 1), expected: /not in rank order at rank 1/ },
  { name: 'a winner who is not first', breakIt: (p) => void ([p.events[0]!.results[0]!.personId, p.events[0]!.results[1]!.personId] = [p.events[0]!.results[1]!.personId, p.events[0]!.results[0]!.personId]), expected: /is not the first result/ },
  { name: "a winner's share that is not the event's", breakIt: (p) => void (p.events[0]!.results[0]!.voteShare = 60), expected: /is not the first result/ },
  { name: "a winner's votes that are not the event's", breakIt: (p) => void (p.events[0]!.results[0]!.votes = 1200000), expected: /is not the first result/ },
  {
    name: 'results without shares out of order of votes',
    breakIt: (p) => {
      const [first, second] = p.events[0]!.results;
      Object.assign(p.events[0]!, { voteShare: null, votes: 41 });
      Object.assign(first!, { voteShare: null, votes: 41 });
      Object.assign(second!, { voteShare: null, votes: 53 });
    },
    expected: /not in order of votes at rank 2/,
  },
  { name: 'a candidate with no place beside others', breakIt: (p) => void (p.events[0]!.results[1]!.rank = null), expected: /has no rank beside other candidates/ },
  {
    name: 'a winner with no place',
    breakIt: (p) => {
      p.events[0]!.results = [{ ...p.events[0]!.results[0]!, rank: null }];
    },
    expected: /is not the first result/,
  },
  { name: 'a referendum with candidates', breakIt: (p) => void p.events[1]!.results.push({ personId: p.persons[0]!.id, voteShare: null, votes: null, rank: 1 }), expected: /a referendum has no candidates/ },
  {
    name: 'an inauguration with candidates',
    breakIt: (p) => void Object.assign(p.events[1]!, { kind: 'inauguration', results: [{ personId: p.persons[0]!.id, voteShare: null, votes: null, rank: 1 }] }),
    expected: /an event of kind inauguration has no candidates/,
  },
  { name: 'a death of nobody', breakIt: (p) => void Object.assign(p.events[1]!, { kind: 'death', personId: null }), expected: /an event of kind death names no person/ },
  { name: 'a resignation of nobody', breakIt: (p) => void Object.assign(p.events[1]!, { kind: 'resignation', personId: null }), expected: /an event of kind resignation names no person/ },
];

describe('election results', () => {
  it('should accept the sample: the winner first, a runner-up second', () => {
    const [election] = sampleProfile().events;
    expect(election!.results.map((r) => r.rank)).toEqual([1, 2]);
    expect(crossRecordProblems(sampleProfile())).toEqual([]);
  });

  it.each(ROWS)('should report $name', ({ breakIt, expected }) => {
    const profile = sampleProfile();
    breakIt(profile);
    const messages = crossRecordProblems(profile).map((p) => p.message);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(expected);
  });

  it('should accept a death of a person, its person no winner of results', () => {
    const profile = sampleProfile();
    Object.assign(profile.events[1]!, { kind: 'death', personId: profile.persons[0]!.id, voteShare: null, votes: null });
    expect(crossRecordProblems(profile)).toEqual([]);
  });

  it('should accept a round of one candidate the page places nowhere', () => {
    const profile = sampleProfile();
    const election = profile.events[0]!;
    Object.assign(election, { personId: null, voteShare: null, votes: null });
    election.results = [{ ...election.results[1]!, rank: null }];
    expect(crossRecordProblems(profile)).toEqual([]);
    expect(conformsToProfile(profile)).toBe(true);
  });

  it('should accept a round without a winner, its candidates ranked from 1', () => {
    const profile = sampleProfile();
    const election = profile.events[0]!;
    Object.assign(election, { personId: null, voteShare: null });
    election.results[0]!.voteShare = 40.1;
    expect(crossRecordProblems(profile)).toEqual([]);
  });

  it('should accept results without shares in order of votes, and shares that rank them', () => {
    const profile = sampleProfile();
    const [first, second] = profile.events[0]!.results;
    Object.assign(profile.events[0]!, { voteShare: null, votes: 53 });
    Object.assign(first!, { voteShare: null, votes: 53 });
    Object.assign(second!, { voteShare: null, votes: 41 });
    expect(crossRecordProblems(profile)).toEqual([]);
    Object.assign(second!, { voteShare: 21.4, votes: 900 });
    expect(crossRecordProblems(profile)).toEqual([]);
  });

  /** Each row gives a count or a turnout the schema refuses, and the field zod names. */
  const BAD_NUMBERS: Array<{ name: string; breakIt: (p: Profile) => void; field: RegExp }> = [
    { name: 'a negative count', breakIt: (p) => void (p.events[0]!.results[1]!.votes = -3), field: /results\.1\.votes/ },
    { name: 'a count that is no whole number', breakIt: (p) => void (p.events[0]!.results[1]!.votes = 12.5), field: /results\.1\.votes/ },
    { name: "an event's negative count", breakIt: (p) => void (p.events[0]!.votes = -1), field: /votes/ },
    { name: 'a turnout above 100', breakIt: (p) => void (p.events[0]!.turnout = 101.2), field: /turnout/ },
    { name: 'a turnout below 0', breakIt: (p) => void (p.events[0]!.turnout = -0.5), field: /turnout/ },
  ];

  it.each(BAD_NUMBERS)('should refuse $name on the fast path and in zod', ({ breakIt, field }) => {
    const profile = sampleProfile();
    breakIt(profile);
    expect(conformsToProfile(profile)).toBe(false);
    const result = validateProfile(profile, 'x.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toMatch(field);
  });

  it('should check the results on the fast path as zod does', () => {
    const profile = sampleProfile();
    expect(conformsToProfile(profile)).toBe(true);
    (profile.events[0]!.results[1] as { rank: number }).rank = 0;
    expect(conformsToProfile(profile)).toBe(false);
    const result = validateProfile(profile, 'x.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toMatch(/results\.1\.rank/);
  });
});
