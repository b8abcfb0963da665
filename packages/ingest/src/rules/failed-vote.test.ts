import { describe, expect, it } from 'vitest';
import { findElections } from './election.js';

/** A body's vote that elected nobody (lexicon `eventShapes.failedVote`, read in `election.ts`): an election with no winner on its date. */
describe('failed votes in a body', () => {
  it.each<[string, string | null]>([
    ['12 и 13 мая 2014 года Сейм трижды не смог избрать Президента.', '2014-05-13'],
    ['В двух турах голосования в Ландтаге 4 марта 2015 года президент избран не был.', '2015-03-04'],
    ['10 мая 2016 года ни один кандидат не набрал необходимых 61 голоса.', '2016-05-10'],
    ['3 апреля 2012 года Скупщине не удалось избрать главу государства.', '2012-04-03'],
    ['On 14 May 2014 the Parliament failed to elect a President.', '2014-05-14'],
    ['On 2 June 2015 no President was elected in three rounds of voting.', '2015-06-02'],
    // A denied day ("не 3 апреля", "не в марте", "not in March") dates no failed vote: the day the sentence affirms does, or none.
    ['Скупщина не 3 апреля 2012 года, а лишь 16 мая 2012 года не смогла избрать Президента.', '2012-05-16'],
    ['Парламент трижды не смог избрать Президента – не в марте 2012 года, как ожидалось, а 16 мая 2012 года.', '2012-05-16'],
    // The day affirmed without its year is no date this rule completes: nothing rather than the denied day.
    ['Не 3 апреля 2012 года, а 10 апреля Скупщине не удалось избрать главу государства.', null],
    ['The Parliament failed to elect a President on 16 May 2012, not in March 2012.', '2012-05-16'],
    ['Скупщина не 3 апреля 2012 года, а позже безуспешно пыталась избрать Президента.', null],
    ['Вопреки сообщениям, Парламент не смог избрать главу государства не в марте 2012 года.', null],
    // Near misses: a rule with no date, a person not elected to a body.
    ['The President is elected by the Parliament; if it fails to elect one, it is dissolved.', null],
    ['Если Сейм не смог избрать Президента, выборы повторяются.', null],
  ])('should read %s as an election nobody won', (text, date) => {
    const found = findElections(text);
    expect(found.map((e) => [e.date, e.person, e.votes])).toEqual(date ? [[date, null, null]] : []);
  });
});

/** A failed vote keeps its clause, without its date, as the event's title: the row says what happened. */
describe('a failed vote in its own words', () => {
  it.each<[string, string]>([
    ['В 2011 году Скупщина трижды безуспешно пыталась избрать Президента; выборы перенесли на осень.', 'Скупщина трижды безуспешно пыталась избрать Президента'],
    ['Эрик Ванс был Президентом в 1999–2004 гг. В 2004 году Ландтаг дважды не смог избрать главу государства.', 'Ландтаг дважды не смог избрать главу государства'],
    ['12 и 13 мая 2014 года Сейм трижды не смог избрать Президента.', 'Сейм трижды не смог избрать Президента'],
    ['10 мая 2016 года ни один кандидат не набрал необходимых 61 голоса: за Ивана Корня высказались 55 депутатов.', 'Ни один кандидат не набрал необходимых 61 голоса'],
    ['On 14 May 2014 the Parliament failed to elect a President.', 'The Parliament failed to elect a President'],
    // A negation before a date denies it: the title keeps both, or it would say the opposite ("Скупщина, а позже …").
    ['Скупщина не 3 апреля 2012 года, а 16 мая 2012 года безуспешно пыталась избрать Президента.', 'Скупщина не 3 апреля 2012 года, безуспешно пыталась избрать Президента'],
    ['Ни 20 мая 2009 года, ни 3 июня Парламенту не удалось избрать главу государства.', 'Ни 20 мая 2009 года, ни 3 июня Парламенту не удалось избрать главу государства'],
    // A small word that is no negation still goes with its date.
    ['Сейм и 12 мая 2014 года не смог избрать Президента.', 'Сейм не смог избрать Президента'],
  ])('should keep %s as %s', (text, title) => {
    expect(findElections(text).map((e) => e.title)).toEqual([title]);
  });

  it('should give no title to a round the voters left open', () => {
    const found = findElections('В первом туре 4 марта 2018 года ни один из кандидатов не набрал половины голосов: Анна Корня – 41,2 %, Павел Лис – 30,5 %.');
    expect(found.map((e) => e.title ?? null)).toEqual([null]);
  });
});

/** A round nobody won takes the announced day over a bare year of another year in it (a tenure's). */
describe('a failed round after its announced day', () => {
  it.each<[string, string]>([
    ['Выборы Президента прошли в Ландтаге 4 мая 2016 года. В первом туре ни один из кандидатов не набрал необходимого числа голосов: за Петера Гросса – 48 депутатов, за Марка Вайса, занимавшего пост с 2010 по 2016 год, – 44.', '2016-05-04'],
    ['Выборы Президента прошли в Скупщине 9 апреля 2013 года. Ни один кандидат не набрал необходимых 81 голоса; Милан Петрович был Президентом с 2008 года.', '2013-04-09'],
    // A year of the announced day's own year is the sentence's own date, kept.
    ['Выборы прошли в Сейме в мае 2013 года. В 2013 году Сейм трижды не смог избрать Президента.', '2013'],
  ])('should date %j on %s', (text, date) => {
    expect(findElections(text).map((e) => e.date)).toEqual([date]);
  });
});
