import { describe, expect, it } from 'vitest';
import { parseMaterialEntry, parseMaterialLine } from './material.js';

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
    // The lexicon's other year words: "гг.", "году", "годом".
    ['Интервью 3 мая 2011 году', 'Интервью', '2011-05-03'],
    ['Мнение 9 июня 2015 гг.', 'Мнение', '2015-06-09'],
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
    // A word that only opens with a year word is no year word.
    'Тема 5 марта 2012 годовщина',
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

describe('parseMaterialEntry', () => {
  it.each([
    // The rubric, a separator, the title, the day (a definition list's term, its link and a <time>).
    ['Тема – Безвизовый режим: что получит Молдова 03.03.2014', 'Тема', 'Безвизовый режим: что получит Молдова', '2014-03-03'],
    ['Экспертный форум — Таджикистан после выборов (10.12.2013)', 'Экспертный форум', 'Таджикистан после выборов', '2013-12-10'],
    ['Мнение: Кабинет без перемен, 5 марта 2012 г.', 'Мнение', 'Кабинет без перемен', '2012-03-05'],
    ['Opinion | Oil and power [02.02.2006]', 'Opinion', 'Oil and power', '2006-02-02'],
    ['Hot topic - Who rules in Bishkek? 17.11.2009', 'Hot topic', 'Who rules in Bishkek?', '2009-11-17'],
    // The day right after the rubric, the title last.
    ['Тема 16.10.2017 — Выбор преемника', 'Тема', 'Выбор преемника', '2017-10-16'],
    ['Мнение (28.08.2017): Смена лица без смены курса', 'Мнение', 'Смена лица без смены курса', '2017-08-28'],
    ['Interview 5 March 2012 – The new cabinet', 'Interview', 'The new cabinet', '2012-03-05'],
    // The day first.
    ['03.03.2014 Тема – Безвизовый режим', 'Тема', 'Безвизовый режим', '2014-03-03'],
    ['11.02.2014 – Expert forum: After Vilnius', 'Expert forum', 'After Vilnius', '2014-02-11'],
    // A known rubric run into its title (spans of a list item joined by spaces).
    ['Тема «Бархатная революция»: что дальше? 24.04.2018', 'Тема', '«Бархатная революция»: что дальше?', '2018-04-24'],
    ['Интервью Парламентская республика: первые шаги 05.03.2018', 'Интервью', 'Парламентская республика: первые шаги', '2018-03-05'],
    ['Expert forum Armenia after the vote 11.12.2018', 'Expert forum', 'Armenia after the vote', '2018-12-11'],
    // A known rubric and its day, then the title with no separator (a text dump's gap, collapsed).
    ['Тема 16.02.2010 Армяно-турецкие протоколы: ратификация под вопросом', 'Тема', 'Армяно-турецкие протоколы: ратификация под вопросом', '2010-02-16'],
    ['Мнение 19.10.2009 После Цюриха', 'Мнение', 'После Цюриха', '2009-10-19'],
    ['Opinion (5 March 2012) «A new cabinet»', 'Opinion', '«A new cabinet»', '2012-03-05'],
    // A rubric of the box not in the lexicon, in sentence case before a separator.
    ['Мнение эксперта – Реформа суда 01.09.2016', 'Мнение эксперта', 'Реформа суда', '2016-09-01'],
  ])('should read %j', (line, kind, title, date) => {
    expect(parseMaterialEntry(line)).toEqual({ kind, title, date });
  });

  it('should read an untitled entry with a null title', () => {
    expect(parseMaterialEntry('Экспертный форум 27.11.2017')).toEqual({ kind: 'Экспертный форум', date: '2017-11-27', title: null });
  });

  it.each([
    // No day, or no day of the calendar.
    'Тема – Безвизовый режим: что получит Молдова',
    'Тема – Безвизовый режим 31.02.2014',
    'Тема 16.10.2017 — 2017',
    // A sentence, not an entry: no separator after a word the lexicon does not know as a rubric.
    'Президент избран на второй срок 24.04.2014',
    'Парламент утвердил новый состав Правительства 30.05.2013',
    'Тема выборов осталась главной 24.04.2014 — и не только',
    // A rubric no lexicon knows before a day and a title; a lower-case word after the day.
    'Заметка 16.02.2010 Армяно-турецкие протоколы',
    'Тема 16.02.2010 и другие',
    // Longer than a box's line.
    `Тема – ${'а'.repeat(240)} 24.04.2014`,
  ])('should not read %j', (line) => {
    expect(parseMaterialEntry(line)).toBeNull();
  });
});

describe('parseMaterialEntry with a known rubric', () => {
  it.each([
    ['Opinion A new premier 10.05.2018', 'Opinion', 'A new premier', '2018-05-10'],
    ['Мнение «Старая элита» 10.05.2018', 'Мнение', '«Старая элита»', '2018-05-10'],
  ])('should split %j at the rubric', (line, kind, title, date) => {
    expect(parseMaterialEntry(line)).toEqual({ kind, title, date });
  });

  it.each([
    ['Комментарий эксперта 05.03.2012', 'Комментарий эксперта'],
    ['Comment of the expert 05.03.2012', 'Comment of the expert'],
  ])('should keep %j one rubric: no capital after it', (line, kind) => {
    expect(parseMaterialEntry(line)).toMatchObject({ kind, title: null });
  });
});
