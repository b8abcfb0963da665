import { describe, expect, it } from 'vitest';
import { findElections, findReferendums } from './election.js';
import { parseVotes, turnoutOf, votesOf } from './election-counts.js';

describe('votesOf', () => {
  it.each<[string, number | null]>([
    ['Арнис Калныньш был избран Президентом, набрав 1 234 567 голосов (62,3 %).', 1234567],
    ['Сейм 3 июня 2015 года избрал Петериса Озолса Президентом государства 57 голосами.', 57],
    ['В третьем туре Марта Лиепа получила 71 голос при необходимых 61.', 71],
    ['За него проголосовали 58 из 100 депутатов.', 58],
    ['Viktor Moraru was elected with 1,234,567 votes (62.3%).', 1234567],
    ['Anna Dobre was elected President by 64 of the 101 deputies.', 64],
    // Near misses: a count the vote needed, a count of voters, no count.
    ['Ни один кандидат не набрал необходимых 61 голоса.', null],
    ['Президента избирают 101 депутат Сейма.', null],
    ['No candidate gained the 61 votes required.', null],
    ['Олег Тамм победил, набрав 58,2 % голосов.', null],
  ])('should read %s as %s', (text, votes) => expect(votesOf(text)).toBe(votes));

  it.each<[string, number]>([
    ['53', 53],
    ['1 234 567', 1234567],
    ['1,234,567', 1234567],
    ['2\u00a0100', 2100],
  ])('should parse %j as %d', (written, count) => expect(parseVotes(written)).toBe(count));
});

describe('turnoutOf', () => {
  it.each<[string, number | null]>([
    ['Явка составила 77,1 %.', 77.1],
    ['При явке 64 % победу одержал Иван Садыков.', 64],
    ['Явка избирателей – 58,3 %.', 58.3],
    // Who counted between commas.
    ['Явка избирателей, по данным Центральной избирательной комиссии, составила 91,4 %.', 91.4],
    ['Явка, по официальным данным, составила 63 %.', 63],
    ['Turnout, according to the Central Election Commission, was 58.2%.', 58.2],
    ['явка составила лишь 28,4 % при необходимых 33 %', 28.4],
    ['Turnout was 77.1%.', 77.1],
    ['The election, with a turnout of 64%, was won by Ana Rusu.', 64],
    ['Voters came out in force: a 71.5% turnout.', 71.5],
    // An aside of who counted, between the noun and its verb.
    ['Явка избирателей, по данным Центральной избирательной комиссии, составила 96,67%.', 96.67],
    ['Явка (по официальным данным) составила 81,2 %.', 81.2],
    ['Явка, по оценке наблюдателей, – 54 %.', 54],
    ['Turnout, according to the electoral commission, was 68.4%.', 68.4],
    ['Turnout (official figures) stood at 55%.', 55],
    // Near misses: a candidate's share, a turnout's rule with no figure.
    ['Явка, как и Иван Садыков, получивший 64 % голосов, упала.', null],
    ['Иван Садыков получил 64 % голосов.', null],
    ['Выборы признаются состоявшимися при любой явке.', null],
  ])('should read %s as %s', (text, turnout) => expect(turnoutOf(text)).toBe(turnout));
});

describe('counts of a found election', () => {
  it.each<[string, { votes: number | null; turnout: number | null }]>([
    ['14 марта 2018 года Президентом был избран Арнис Калныньш, набравший 1 234 567 голосов (62,3 %); явка составила 71,2 %.', { votes: 1234567, turnout: 71.2 }],
    ['On 4 May 2014 Viktor Moraru was elected President with 1,234,567 votes (62.3%); turnout was 58.9%.', { votes: 1234567, turnout: 58.9 }],
    // A round nobody won has no winner's count, yet its turnout.
    ['В первом туре 9 марта 2014 года ни один из кандидатов не набрал 50 %: Олег Тамм – 40,1 %, Ирина Пяхт – 31,5 %; явка – 61 %.', { votes: null, turnout: 61 }],
  ])('should give %s its counts', (text, counts) => {
    const [election] = findElections(text);
    expect({ votes: election!.votes, turnout: election!.turnout }).toEqual(counts);
  });

  it.each<[string, { voteShare: number | null; votes: number | null }]>([
    ['На второй срок Иван Садыков был переизбран 4 апреля 2013 года, получив 78 голосов депутатов (77,2 %).', { voteShare: 77.2, votes: 78 }],
    ['Арнис Калныньш был избран Президентом 14 марта 2018 года, набрав 1 234 567 голосов (62,3 %).', { voteShare: 62.3, votes: 1234567 }],
    ['On 4 May 2014 Viktor Moraru was elected President with 1,234,567 votes (62.3%).', { voteShare: 62.3, votes: 1234567 }],
    ['On 9 April 2013 Ana Rusu was re-elected, receiving 78 votes of the deputies (77.2%).', { voteShare: 77.2, votes: 78 }],
  ])('should read the share after the count in %s', (text, expected) => {
    const [election] = findElections(text);
    expect({ voteShare: election!.voteShare, votes: election!.votes }).toEqual(expected);
  });

  it("should give a referendum its paragraph's turnout, not the share for it", () => {
    const [referendum] = findReferendums('На референдуме 7 июня 2015 года 81,2 % участников голосования поддержали поправку, однако явка составила лишь 29,8 %.');
    expect(referendum!.turnout).toBe(29.8);
  });
});
