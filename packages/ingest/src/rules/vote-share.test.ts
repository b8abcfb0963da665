import { describe, expect, it } from 'vitest';
import { findListVoteShares, findVoteShares } from './vote-share.js';

type Row = [topic: string, subject: string, value: number];
const rows = (paragraph: string): Row[] => findVoteShares(paragraph).map((f) => [f.topic, f.subject, f.value]);
const PARTY = 'доля голосов на парламентских выборах';

describe('findVoteShares', () => {
  it.each<[string, Row[]]>([
    // A referendum's side, the verb before or after the share; the referendum in the sentence before; its date from the paragraph.
    ['3 марта 2015 года прошёл референдум о статусе языка. За придание русскому языку статуса второго государственного высказались 24,9 % участников.', [['высказались', 'За придание русскому языку статуса второго государственного (2015-03-03)', 24.9]]],
    ['На референдуме 12 мая 2016 года 67,2 % избирателей проголосовали за переход к парламентской республике.', [['проголосовали', 'за переход к парламентской республике (2016-05-12)', 67.2]]],
    ['Плебисцит прошёл спокойно: против отмены моратория выступили 71 % граждан, а за отмену проголосовали 26,4 % избирателей.', [['выступили', 'против отмены моратория', 71], ['проголосовали', 'за отмену', 26.4]]],
    // A party's share in a parliamentary election: an acronym, a party's noun and its words, a quoted name.
    ['На парламентских выборах 5 апреля 2009 года НДП получила 49,5 % голосов, а Либеральная партия набрала 13,1 %.', [[PARTY, 'НДП (2009-04-05)', 49.5], [PARTY, 'Либеральная партия (2009-04-05)', 13.1]]],
    ['Выборы в Сейм прошли 2 октября 2010 года. Блок «Единство» собрал 31,2 %, а Партия зелёных и крестьян – лишь 19 %.', [[PARTY, 'Блок «Единство» (2010-10-02)', 31.2]]],
    ['В выборах депутатов «Народный союз» получил около 20 % голосов.', [[PARTY, '«Народный союз»', 20]]],
    // The vote's date is the last before the share in its sentence.
    ['Президент вступил в должность 20 января 2011 г. На выборах в Сейм 3 апреля 2011 г. блок «Единство» получил 40,1 % голосов.', [[PARTY, 'блок «Единство» (2011-04-03)', 40.1]]],
    // Near misses: no referendum or parliament named; a candidate's share in a presidential election; a survey's vote intention.
    ['За новую редакцию устава высказались 81 % участников собрания.', []],
    ['На президентских выборах 2016 года Иван Петров получил 54,3 % голосов.', []],
    ['Согласно опросу центра «Вектор», на парламентских выборах НДП получила бы 30 % голосов опрошенных.', []],
  ])('should read %s', (paragraph, expected) => {
    expect(rows(paragraph)).toEqual(expected);
  });
});

describe('findListVoteShares', () => {
  const block = (kind: string, text: string) => ({ kind, text });
  const read = (blocks: Array<{ kind: string; text: string }>) => findListVoteShares(blocks).map(({ figure: f }) => [f.subject, f.value]);

  it.each<[string, Array<{ kind: string; text: string }>, Array<[string, number]>]>([
    [
      'a list of parties under the seats of a parliament by an election of a day',
      [block('paragraph', 'Распределение мест в Жогорку Кенеше по итогам выборов 4 октября 2015 года:'), block('item', 'СДПК – 27,35 % голосов, 38 мандатов;'), block('item', '«Республика – Ата-Журт» – 20,06 %, 28 мандатов;')],
      [['СДПК (2015-10-04)', 27.35], ['«Республика – Ата-Журт» (2015-10-04)', 20.06]],
    ],
    [
      'a parliamentary election named by its words, a party named by its noun',
      [block('paragraph', 'Итоги парламентских выборов 28 октября 2012 г.:'), block('item', 'Партия регионов – 30 %;'), block('item', 'Блок Юлии Тимошенко – 25,5 %.')],
      [['Партия регионов (2012-10-28)', 30], ['Блок Юлии Тимошенко (2012-10-28)', 25.5]],
    ],
    [
      'the seats in the Saeima by the results of an election, a text dump lines too, the list ending at its first line of no share',
      [block('paragraph', 'Распределение мандатов в Сейме по результатам выборов 6 октября 2018 г.:'), block('item', 'KPV LV – 14,25 %'), block('break', ''), block('paragraph', 'ЗЗС – 9,91 %'), block('paragraph', 'Прочие партии не прошли.'), block('item', 'ЕДИНСТВО – 6,7 %')],
      [['KPV LV (2018-10-06)', 14.25], ['ЗЗС (2018-10-06)', 9.91]],
    ],
    // Near misses: a lead-in with no day, one of no parliament's election, a list of people.
    ['no day', [block('paragraph', 'Распределение мест в Жогорку Кенеше по итогам выборов 2015 года:'), block('item', 'СДПК – 27,35 %')], []],
    ['no election', [block('paragraph', 'Доверие к партиям 4 октября 2015 года:'), block('item', 'СДПК – 27,35 %')], []],
    ['people', [block('paragraph', 'Итоги парламентских выборов 28 октября 2012 г.:'), block('item', 'Иван Орлов – 30 %')], []],
  ])('should read %s', (_what, blocks, expected) => {
    expect(read(blocks)).toEqual(expected);
  });
});
