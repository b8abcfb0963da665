import { describe, expect, it } from 'vitest';
import { startPage } from '../page-cache.js';
import { datedSentences, findDates, firstDate, withYears } from './dates.js';

describe('firstDate', () => {
  it.each([
    // Day precision, every order the template uses.
    ['On April 29, 1995 the nation-wide referendum', '1995-04-29'],
    ['On January 10, 1999 President', '1999-01-10'],
    ['the presidential election of 5 March 2012', '2012-03-05'],
    ['March 5, 2012', '2012-03-05'],
    ['March 5 2012', '2012-03-05'],
    ['on March 5th, 2012', '2012-03-05'],
    ['the 5th of March, 2012', '2012-03-05'],
    ['on the 21st of September 1991', '1991-09-21'],
    ['On 12 March 2000 the President', '2000-03-12'],
    ['Topic 05.03.2012', '2012-03-05'],
    ['signed on 1.9.1991', '1991-09-01'],
    ['2012-03-05', '2012-03-05'],
    ['on Sept. 3, 2004', '2004-09-03'],
    ['on 3 Dec 2004', '2004-12-03'],
    ['On February 29, 2012', '2012-02-29'],
    ['on 31 August 1991', '1991-08-31'],
    ['on 1 July 2013, 30 June 2013', '2013-07-01'],
    ['by Aug. 24, 1991', '1991-08-24'],
    ['Nov 30, 2015', '2015-11-30'],
    ['on 6 Oct. 2004', '2004-10-06'],
    ['on 14 Feb 2012', '2012-02-14'],
    ['on Apr 9, 2008', '2008-04-09'],
    ['on Jun 5 2010', '2010-06-05'],
    ['on Jul 1, 2010', '2010-07-01'],
    // Month precision.
    ['On December 2005, he was reelected', '2005-12'],
    ['(appointed in October, 2008)', '2008-10'],
    ['AP was created in October 1995 on the basis', '1995-10'],
    ['appointed in May, 2007', '2007-05'],
    ['March, 2012', '2012-03'],
    ['in Jan. 2010', '2010-01'],
    // Year precision, only after a preposition.
    ['elected in 1991', '1991'],
    ['In 1995 he was re-elected', '1995'],
    ['Since 2001 the Council', '2001'],
    ['the elections of 2005', '2005'],
    ['from 1994 onwards', '1994'],
    // Not dates.
    ['the Strategy of Kazakhstan development up to 2030', null],
    ['the Strategy 2030', null],
    ['Kazakhstan-2030', null],
    ['by 2030', null],
    ['in 1995-1999', null],
    ['in 1995–1999', null],
    ['in 12345 cases', null],
    ['in 3000 villages', null],
    ['On February 31, 2001', null],
    ['On February 29, 2011', null],
    ['Topic 31.02.2012', null],
    ['Topic 05.13.2012', null],
    ['2012-13-05', null],
    ['2012-02-30', null],
    ['On 32 March 2000', null],
    ['the President may 2012', null],
    ['no date here', null],
    ['in the 1990s', null],
    ['Decree No. 1995 of the President', null],
  ])('should read %j as %s', (text, expected) => {
    expect(firstDate(text)).toBe(expected);
  });

  it('should list several dates in reading order', () => {
    expect(findDates('From 05.03.2012 to April 1, 2013 and in 2014').map((d) => d.date)).toEqual(['2012-03-05', '2013-04-01', '2014']);
  });

  it('should say where each date stands and how it is written', () => {
    expect(findDates('He came on 5 March 2012, left in May, 2013 and in 2014.')).toEqual([
      { date: '2012-03-05', index: 11, text: '5 March 2012' },
      { date: '2013-05', index: 33, text: 'May, 2013' },
      { date: '2014', index: 47, text: 'in 2014' },
    ]);
  });

  it('should read each date once: the most precise pattern wins where they overlap', () => {
    expect(findDates('On 5 March 2012 and on March 6, 2012.').map((d) => d.date)).toEqual(['2012-03-05', '2012-03-06']);
    expect(findDates('On 31 February 2012').map((d) => d.date)).toEqual([]);
  });

  it('should give the same answer again, from its per-page cache and after it', () => {
    const first = findDates('On 5 March 2012');
    expect(findDates('On 5 March 2012')).toBe(first);
    startPage();
    expect(findDates('On 5 March 2012')).toEqual(first);
  });

  it('should read a 50 KB paragraph in bounded time (the timeout is the hang guard; speed is for npm run bench)', () => {
    findDates('in 2012 March 5, 2012 05.03.2012 '.repeat(1500));
    findDates(`${'1'.repeat(50_000)} in 2012`);
  }, 20_000);
});

describe('datedSentences', () => {
  it.each<[string, string[]]>([
    // A sentence cut before a day's or a month's date that opens the next one, not before a bare year or a count.
    ['Выборы прошли в срок. 10 января 1999 года Президент вступил в должность.', ['Выборы прошли в срок.', '10 января 1999 года Президент вступил в должность.']],
    ['The vote was held. 5 March 2012 saw the results.', ['The vote was held.', '5 March 2012 saw the results.']],
    ['Реформа продлится до 2000 года. 2000 год станет первым.', ['Реформа продлится до 2000 года. 2000 год станет первым.']],
    ['Его поддержали. 53 депутата проголосовали за.', ['Его поддержали. 53 депутата проголосовали за.']],
  ])('should cut %s', (paragraph, expected) => {
    expect(datedSentences(paragraph)).toEqual(expected);
  });
});

describe('withYears', () => {
  it.each<[string, string | null, string]>([
    // The year of the last full date before the day, else the one given.
    ['В первом туре 3 марта 2019 года …; во втором туре 17 марта она победила.', null, 'В первом туре 3 марта 2019 года …; во втором туре 17 марта 2019 она победила.'],
    ['Во втором туре 17 марта она победила.', '2019-03-03', 'Во втором туре 17 марта 2019 она победила.'],
    ['In the run-off on 17 March she won.', '2019-03', 'In the run-off on 17 March 2019 she won.'],
    ['In the run-off on the 17th of March she won.', '2019-03-03', 'In the run-off on the 17th of March 2019 she won.'],
    // A month before the known one is of the next year.
    ['Во втором туре 9 января он победил.', '2004-12-26', 'Во втором туре 9 января 2005 он победил.'],
    // A day with its year, or no year known, stays as written.
    ['Во втором туре 17 марта 2020 г. она победила.', '2019-03-03', 'Во втором туре 17 марта 2020 г. она победила.'],
    ['Во втором туре 17 марта она победила.', null, 'Во втором туре 17 марта она победила.'],
    ['Во втором туре 17 марта она победила.', '2019', 'Во втором туре 17 марта 2019 она победила.'],
    // A range's first day: the last day's year, the year before for a later month.
    ['Оно прошло с 25 июня по 1 июля 2020 года.', null, 'Оно прошло с 25 июня 2020 по 1 июля 2020 года.'],
    ['Голосование шло с 28 декабря по 3 января 2021 г.', '2015-01-01', 'Голосование шло с 28 декабря 2020 по 3 января 2021 г.'],
    ['It took place from 25 June to 1 July 2020.', null, 'It took place from 25 June 2020 to 1 July 2020.'],
    ['Выборы прошли 25 июня – 1 июля 2020 г.', null, 'Выборы прошли 25 июня 2020 – 1 июля 2020 г.'],
    // Not a range: a full date after other words.
    ['Оно прошло 25 июня, а итоги объявили 1 июля 2020 года.', null, 'Оно прошло 25 июня, а итоги объявили 1 июля 2020 года.'],
    // Not a day: a count of something before a word that is no month.
    ['Во втором туре 17 депутатов проголосовали против.', '2019-03-03', 'Во втором туре 17 депутатов проголосовали против.'],
  ])('should read %j with %j as %j', (text, year, expected) => {
    expect(withYears(text, year)).toBe(expected);
  });
});
