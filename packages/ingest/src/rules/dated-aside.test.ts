import { describe, expect, it } from 'vitest';
import { termAfterName, termOfAside, termOfSpan, titleWithoutTerm } from './dated-aside.js';

describe('termOfAside', () => {
  it.each<[string, { startDate: string | null; endDate: string | null } | null]>([
    // Two dates and a dash, in every form; a start's year taken from the end.
    ['11.03.2009 – 02.10.2011', { startDate: '2009-03-11', endDate: '2011-10-02' }],
    ['апрель – сентябрь 2016', { startDate: '2016-04', endDate: '2016-09' }],
    ['5 мая 1998 г. — 17 января 2001 г.', { startDate: '1998-05-05', endDate: '2001-01-17' }],
    ['1996–1999 гг.', { startDate: '1996', endDate: '1999' }],
    ['2 June 2010 - 14 July 2012', { startDate: '2010-06-02', endDate: '2012-07-14' }],
    ['February – May 2015', { startDate: '2015-02', endDate: '2015-05' }],
    // One date: the start, whatever remark follows it.
    ['7 ноября 2011 г., три дня', { startDate: '2011-11-07', endDate: null }],
    // An end alone.
    ['до марта 2013 г.', { startDate: null, endDate: '2013-03' }],
    ['until 4 May 2019', { startDate: null, endDate: '2019-05-04' }],
    // Near misses: a start after "с" (the appointment asides'), a post, no year, a name.
    ['с 3 апреля 2012 г.', null],
    ['since June 2015', null],
    ['до июня 2014 г., затем назначен Генеральным прокурором', null],
    ['одни сутки', null],
    ['Партия регионов', null],
    // A date that does not open the aside is a remark's: a law's, an event's.
    ['for life, under the law of July 2018', null],
    ['пожизненно, по закону от 14 июля 2000 г.', null],
    ['избран после событий марта 2010 г. – апреля 2010 г.', null],
  ])('should read (%s)', (inner, expected) => {
    expect(termOfAside(inner)).toEqual(expected);
  });
});

describe('titleWithoutTerm', () => {
  it.each<[string, ReturnType<typeof titleWithoutTerm>]>([
    ['исполняющий обязанности Президента (11.03.2009 – 02.10.2011)', { title: 'исполняющий обязанности Президента', term: { startDate: '2009-03-11', endDate: '2011-10-02' } }],
    ['Министр обороны (апрель – сентябрь 2016)', { title: 'Министр обороны', term: { startDate: '2016-04', endDate: '2016-09' } }],
    ['Министр обороны (ДПУ)', null],
    ['(1996–1999 гг.)', null],
    // A span of years closing a title with no brackets, after "в" / "in".
    ['Председатель Совета Безопасности в 1991–2022 гг.', { title: 'Председатель Совета Безопасности', term: { startDate: '1991', endDate: '2022' } }],
    ['Министр иностранных дел в 1998-2004 гг', { title: 'Министр иностранных дел', term: { startDate: '1998', endDate: '2004' } }],
    ['Minister of Defence in 2001–2005', { title: 'Minister of Defence', term: { startDate: '2001', endDate: '2005' } }],
    // Near misses: a single year, a span with no preposition, a span inside the title's words.
    ['Председатель Совета Безопасности в 2010 г.', null],
    ['Председатель Совета 1991–2022', null],
    ['Председатель Совета в 1991–2022 гг. по делам молодёжи', null],
  ])('should split %s', (title, expected) => {
    expect(titleWithoutTerm(title)).toEqual(expected);
  });
});

describe('termAfterName', () => {
  it.each<[string, ReturnType<typeof termAfterName>]>([
    [' (03.07.2014 – 14.10.2014) подал в отставку', { startDate: '2014-07-03', endDate: '2014-10-14' }],
    [' (с 14 октября 2014 г.)', { startDate: '2014-10-14', endDate: null }],
    [' (since 2 May 2011), said', { startDate: '2011-05-02', endDate: null }],
    // "с … по …": both ends, the start's year the end's where it has none.
    [' (с 6 апреля по 12 июля 2004 г.)', { startDate: '2004-04-06', endDate: '2004-07-12' }],
    [' (с 23.11.2003 по 25.01.2004)', { startDate: '2003-11-23', endDate: '2004-01-25' }],
    [' (с 1 марта до 9 октября 2019 года)', { startDate: '2019-03-01', endDate: '2019-10-09' }],
    [' (с марта 2011 г. по решению Сейма)', { startDate: '2011-03', endDate: null }],
    // A span after "с": its start and end, not the end as a start.
    [' (с 6 апреля по 12 июля 2004 г.).', { startDate: '2004-04-06', endDate: '2004-07-12' }],
    // Near misses: no aside right after the name, a post in it, a remark.
    [', (с 14 октября 2014 г.)', null],
    [' (с 2014 г. министр обороны)', null],
    [' (Народная партия)', null],
  ])('should read the aside of %j', (after, expected) => {
    expect(termAfterName(after)).toEqual(expected);
  });
});

describe('termOfSpan: a term written as a span of two ends', () => {
  it.each<[string, ReturnType<typeof termOfSpan>]>([
    // The fixtures' shapes: the start's year is the end's.
    ['с апреля по июль 2004 года', { startDate: '2004-04', endDate: '2004-07' }],
    ['с 6 апреля по 12 июля 2004 г.', { startDate: '2004-04-06', endDate: '2004-07-12' }],
    // Invented: each end with its year, "до"; English.
    ['с 3 мая 2011 года до 1 февраля 2012 года', { startDate: '2011-05-03', endDate: '2012-02-01' }],
    ['from April to July 2004', { startDate: '2004-04', endDate: '2004-07' }],
    // Near misses: a start alone, a start after the end, ends that are no dates.
    ['с апреля 2004 года', null],
    ['с мая по апрель 2011 года', null],
    ['с тех пор по сей день', null],
  ])('%j', (text, expected) => {
    expect(termOfSpan(text)).toEqual(expected);
  });
});
