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
  { name: 'a referendum with candidates', breakIt: (p) => void p.events[1]!.results.push({ personId: p.persons[0]!.id, voteShare: null, rank: 1 }), expected: /a referendum has no candidates/ },
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

  it('should accept a round without a winner, its candidates ranked from 1', () => {
    const profile = sampleProfile();
    const election = profile.events[0]!;
    Object.assign(election, { personId: null, voteShare: null });
    election.results[0]!.voteShare = 40.1;
    expect(crossRecordProblems(profile)).toEqual([]);
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
