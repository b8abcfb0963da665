import { describe, expect, it } from 'vitest';
import { findDates, firstDate } from './dates.js';

describe('firstDate', () => {
  it.each([
    ['On April 29, 1995 the nation-wide referendum', '1995-04-29'],
    ['On January 10, 1999 President', '1999-01-10'],
    ['On December 2005, he was reelected', '2005-12'],
    ['(appointed in October, 2008)', '2008-10'],
    ['AP was created in October 1995 on the basis', '1995-10'],
    ['Topic 05.03.2012', '2012-03-05'],
    ['On 12 March 2000 the President', '2000-03-12'],
    ['appointed in May, 2007', '2007-05'],
    ['elected in 1991', '1991'],
    ['the Strategy of Kazakhstan development up to 2030', null],
    ['On February 31, 2001', null],
    ['no date here', null],
  ])('should read %j as %s', (text, expected) => {
    expect(firstDate(text)).toBe(expected);
  });

  it('should list several dates in reading order', () => {
    expect(findDates('From 05.03.2012 to April 1, 2013 and in 2014').map((d) => d.date)).toEqual(['2012-03-05', '2013-04-01', '2014']);
  });
});
