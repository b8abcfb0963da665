import { makeId, sampleProfile, type Profile } from '@profiles/model';
import { describe, expect, it } from 'vitest';
import { exportMarkdown } from '../export-markdown.js';

const pageOf = (profile: Profile) => exportMarkdown([profile]).get('kg/executive-branch.md')!;
const electionLine = (page: string) => page.split('\n').find((line) => line.startsWith('|2011-10-30|election|'))!;

describe('electionsSection', () => {
  it('should name the runner-ups with their shares on the election line', () => {
    expect(electionLine(pageOf(sampleProfile()))).toBe('|2011-10-30|election|Temirov Almaz Bekovich|63.2|Bakyt Sadykov (21.4%)|6|President of the Kyrgyz Republic||1261403|61.3||');
  });

  it('should list every candidate of a round nobody won, most votes first, a name alone without a share', () => {
    const profile = sampleProfile();
    const election = profile.events[0]!;
    Object.assign(election, { personId: null, voteShare: null, votes: null });
    election.results = [
      { personId: election.results[0]!.personId, voteShare: 41.5, votes: null, rank: 1 },
      { personId: election.results[1]!.personId, voteShare: 30, votes: null, rank: 2 },
      { personId: makeId('person', 'kg', ['Osmonova', 'Gulnara']), voteShare: null, votes: null, rank: 3 },
    ];
    // No row has a winner or a winner's share left: the table drops the empty columns.
    expect(electionLine(pageOf(profile))).toBe('|2011-10-30|election|Temirov Almaz Bekovich (41.5%); Bakyt Sadykov (30%); Osmonova Gulnara|6|President of the Kyrgyz Republic||61.3||');
    expect(pageOf(profile)).toContain('|Date|Kind|Other candidates|Term (years)|Office|Outcome|Turnout %|As the page names it|');
  });

  it.each([
    ['en', 'Bakyt Sadykov (24 votes)'],
    ['ru', 'Bakyt Sadykov (24 голоса)'],
  ])('should give a runner-up\'s count of votes where the page gives no share, in the page\'s language (%s)', (language, cell) => {
    const profile = sampleProfile();
    profile.source.language = language;
    Object.assign(profile.events[0]!.results[1]!, { voteShare: null, votes: 24 });
    expect(pageOf(profile)).toContain(`|${cell}|`);
  });

  it('should give the winner\'s votes, the turnout and the page\'s name for the event last, with the language\'s labels', () => {
    expect(pageOf(sampleProfile())).toContain('|Office|Outcome|Votes|Turnout %|As the page names it|');
  });

  it('should have no column of other candidates where no election names one', () => {
    const profile = sampleProfile();
    profile.events[0]!.results.splice(1);
    expect(electionLine(pageOf(profile))).toBe('|2011-10-30|election|Temirov Almaz Bekovich|63.2|6|President of the Kyrgyz Republic||1261403|61.3||');
    expect(pageOf(profile)).not.toContain('Other candidates');
  });
});
