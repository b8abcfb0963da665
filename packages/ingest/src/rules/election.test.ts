import { describe, expect, it } from 'vitest';
import { findElections, findReferendums } from './election.js';

describe('findElections', () => {
  it.each([
    [
      'On January 10, 1999 President Nursultan Nazarbayev was officially reelected for his first 7-year-term (he won the elections with 79.78% of votes). The Constitutional reform followed.',
      [{ date: '1999-01-10', person: 'Nursultan Nazarbayev', voteShare: 79.78, termYears: 7 }],
    ],
    [
      'On December 2005, Nursultan Nazarbayev was reelected for the second 7-year-term. He won the elections with 91,1 % of votes.',
      [{ date: '2005-12', person: 'Nursultan Nazarbayev', voteShare: 91.1, termYears: 7 }],
    ],
    [
      'On 6 November 2006, Davlat Sharipov was re-elected for a 7-year term with 88,4 % of votes. On November 6, 1999 President Davlat Sharipov was elected (76.2% of votes).',
      [
        { date: '2006-11-06', person: 'Davlat Sharipov', voteShare: 88.4, termYears: 7 },
        { date: '1999-11-06', person: 'Davlat Sharipov', voteShare: 76.2, termYears: null },
      ],
    ],
    ['The President appoints the Government.', []],
  ])('should read %j', (text, expected) => {
    expect(findElections(text).map(({ text: _t, ...rest }) => rest)).toEqual(expected);
  });
});

describe('findReferendums', () => {
  it('should read the date and what the referendum decided', () => {
    expect(findReferendums('On April 29, 1995 the nation-wide referendum extended presidential term of office until 2000. On January 10, 1999 he won.').map(({ text: _t, ...r }) => r)).toEqual([
      { date: '1995-04-29', outcome: 'extended presidential term of office until 2000' },
    ]);
  });
});
