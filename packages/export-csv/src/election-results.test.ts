import { makeId, sampleProfile, type Profile } from '@profiles/model';
import { describe, expect, it } from 'vitest';
import { exportCsv } from './export-csv.js';
import { dataPackageOf, foreignKeyProblems, schemaProblems, tablesOf } from './fixtures/check.js';

/** The sample with its election turned into a round nobody won, and a third candidate without a share. */
function roundWithoutWinner(): Profile {
  const profile = sampleProfile();
  const election = profile.events[0]!;
  const third = makeId('person', 'kg', ['Osmonova', 'Gulnara']);
  Object.assign(election, { personId: null, voteShare: null, votes: null });
  election.results = [
    { personId: election.results[0]!.personId, voteShare: 41.5, votes: null, rank: 1 },
    { personId: election.results[1]!.personId, voteShare: 30, votes: null, rank: 2 },
    { personId: third, voteShare: null, votes: null, rank: 3 },
  ];
  return profile;
}

/** A first round of which the page names one candidate: "в первом туре он получил 31,17 %" places no one. */
function oneCandidateRound(): Profile {
  const profile = sampleProfile();
  const election = profile.events[0]!;
  Object.assign(election, { personId: null, voteShare: null, votes: null });
  election.results = [{ personId: election.results[1]!.personId, voteShare: 31.17, votes: null, rank: null }];
  return profile;
}

function rowsOf(profile: Profile, name: string) {
  const files = exportCsv([profile]);
  return { rows: tablesOf(files).get(name)!.rows, files };
}

describe('election results in CSV', () => {
  it('should write one election_results row per candidate, the winner first', () => {
    const profile = sampleProfile();
    const { rows } = rowsOf(profile, 'election_results');
    expect(rows.map((r) => [r.rank, r.person_name, r.vote_share, r.won, r.event_date])).toEqual([
      ['1', 'Temirov Almaz Bekovich', '63.2', 'yes', '2011-10-30'],
      ['2', 'Bakyt Sadykov', '21.4', 'no', '2011-10-30'],
    ]);
    expect(rows.every((r) => r.event_id === profile.events[0]!.id && r.country === 'kg' && r.source_id === profile.source.id)).toBe(true);
  });

  it("should put the winner's votes, the turnout and the page's name for the event last in the events row, and each candidate's votes last in theirs", () => {
    const files = exportCsv([sampleProfile()]);
    const events = tablesOf(files).get('events')!;
    expect(Object.keys(events.rows[0]!).slice(-3)).toEqual(['votes', 'turnout', 'title']);
    const byKind = new Map(events.rows.map((r) => [r.kind, r]));
    expect([byKind.get('election')!.votes, byKind.get('election')!.turnout, byKind.get('election')!.title]).toEqual(['1261403', '61.3', '']);
    expect([byKind.get('referendum')!.votes, byKind.get('referendum')!.turnout, byKind.get('referendum')!.title]).toEqual(['', '', 'the nation-wide referendum']);
    const results = tablesOf(files).get('election_results')!.rows;
    expect(Object.keys(results[0]!).at(-1)).toBe('votes');
    expect(results.map((r) => r.votes)).toEqual(['1261403', '']);
    for (const resource of dataPackageOf(files).resources.filter((r) => r.name === 'events' || r.name === 'election_results')) {
      expect(schemaProblems(resource, tablesOf(files).get(resource.name)!)).toEqual([]);
    }
  });

  it('should name the other candidates with their shares in the events row', () => {
    const { rows } = rowsOf(sampleProfile(), 'events');
    const byKind = new Map(rows.map((r) => [r.kind, r]));
    expect(byKind.get('election')!.other_candidates).toBe('Bakyt Sadykov (21.4%)');
    expect(byKind.get('election')!.person_name).toBe('Temirov Almaz Bekovich');
    expect(byKind.get('referendum')!.other_candidates).toBe('');
  });

  it.each([
    ['en', 'Bakyt Sadykov (24 votes)'],
    ['en-GB', 'Bakyt Sadykov (1 vote)'],
    ['ru', 'Bakyt Sadykov (24 голоса)'],
    ['ru-RU', 'Bakyt Sadykov (60 голосов)'],
    ['kk', 'Bakyt Sadykov (21 votes)'],
  ])('should give a count of votes where the page gives no share, in the page\'s language (%s): %s', (language, cell) => {
    const profile = sampleProfile();
    profile.source.language = language;
    Object.assign(profile.events[0]!.results[1]!, { voteShare: null, votes: Number(/\((\d+)/.exec(cell)![1]) });
    expect(new Map(rowsOf(profile, 'events').rows.map((r) => [r.kind, r])).get('election')!.other_candidates).toBe(cell);
  });

  it('should list every candidate of a round nobody won, and a name alone where the page gives no share', () => {
    const profile = roundWithoutWinner();
    const events = rowsOf(profile, 'events').rows;
    expect(events.find((r) => r.kind === 'election')!.other_candidates).toBe('Temirov Almaz Bekovich (41.5%); Bakyt Sadykov (30%); Osmonova Gulnara');
    const results = rowsOf(profile, 'election_results').rows;
    expect(results.map((r) => [r.rank, r.vote_share, r.won])).toEqual([
      ['1', '41.5', 'no'],
      ['2', '30', 'no'],
      ['3', '', 'no'],
    ]);
  });

  it('should leave the rank empty where the page places no one, and key the rows by candidate', () => {
    const { rows } = rowsOf(oneCandidateRound(), 'election_results');
    expect(rows.map((r) => [r.rank, r.person_name, r.vote_share, r.won])).toEqual([['', 'Bakyt Sadykov', '31.17', 'no']]);
  });

  it('should keep the table valid against its schema and keys', () => {
    for (const profile of [sampleProfile(), roundWithoutWinner(), oneCandidateRound()]) {
      const files = exportCsv([profile]);
      const dataPackage = dataPackageOf(files);
      const tables = tablesOf(files);
      const resource = dataPackage.resources.find((r) => r.name === 'election_results')!;
      expect(schemaProblems(resource, tables.get('election_results')!)).toEqual([]);
      expect(foreignKeyProblems(dataPackage, tables)).toEqual([]);
    }
  });

  it('should describe the table in the data package at layout 4.0, keyed by event and candidate', () => {
    const dataPackage = dataPackageOf(exportCsv([sampleProfile()]));
    expect(dataPackage.version).toBe('4.0.0');
    expect(dataPackage.resources.find((r) => r.name === 'election_results')!.schema.primaryKey).toEqual(['event_id', 'person_id']);
  });
});
