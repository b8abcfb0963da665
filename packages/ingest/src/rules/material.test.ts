import { describe, expect, it } from 'vitest';
import { parseMaterialLine } from './material.js';

describe('parseMaterialLine', () => {
  it.each([
    ['Topic 05.03.2012', 'Topic', '2012-03-05'],
    ['Expert forum 29.03.2010', 'Expert forum', '2010-03-29'],
    ['Тема 14.02.2011', 'Тема', '2011-02-14'],
    ['Экспертный форум  21.12.2010', 'Экспертный форум', '2010-12-21'],
    // A table's cells joined by a dash, a list's entry with a colon, a comma or a bar.
    ['Тема – 24.04.2014', 'Тема', '2014-04-24'],
    ['Экспертный форум — 11.02.2014', 'Экспертный форум', '2014-02-11'],
    ['Мнение: 30.10.2013', 'Мнение', '2013-10-30'],
    ['Горячая тема, 3.7.2015', 'Горячая тема', '2015-07-03'],
    ['Аналитика | 01.09.2016', 'Аналитика', '2016-09-01'],
    ['Opinion - 02/02/2006', 'Opinion', '2006-02-02'],
    // The date in brackets, or first.
    ['Мнение (30.10.2013)', 'Мнение', '2013-10-30'],
    ['Interview [12.05.2009]', 'Interview', '2009-05-12'],
    ['24.04.2014 Тема', 'Тема', '2014-04-24'],
    ['11.02.2014 – Экспертный форум', 'Экспертный форум', '2014-02-11'],
    // A date in words.
    ['Тема 5 марта 2012 г.', 'Тема', '2012-03-05'],
    ['Комментарий эксперта 17 ноября 2009 года', 'Комментарий эксперта', '2009-11-17'],
    ['Expert forum 5 March 2012', 'Expert forum', '2012-03-05'],
    // The longest line an entry may be: 80 characters.
    [`Тема${'а'.repeat(65)} 24.04.2014`, `Тема${'а'.repeat(65)}`, '2014-04-24'],
  ])('should read %j', (line, kind, date) => {
    expect(parseMaterialLine(line)).toEqual({ kind, date });
  });

  it.each([
    'Тема 2014',
    'Тема – март 2014',
    'Президент избран на второй срок 24.04.2014',
    'выборы 24.04.2014',
    '24.04.2014',
    'Тема 31.02.2014',
    'Назначен 12.04.2004 (указ № 15)',
    'Premier Karim Massimov 05.03.2012 and more',
    // One character longer than an entry may be: a sentence that happens to end on a date.
    `Тема${'а'.repeat(66)} 24.04.2014`,
    // A date in words that is no day of the calendar.
    'Тема 31 февраля 2014 г.',
  ])('should not read %j', (line) => {
    expect(parseMaterialLine(line)).toBeNull();
  });
});
