import { describe, expect, it } from 'vitest';
import { findSurveyTables, type TableBlock } from './survey-table.js';

const block = (kind: TableBlock['kind'], text: string): TableBlock => ({ kind, text });
const read = (blocks: TableBlock[]) => findSurveyTables(blocks).map(({ figure: f }) => [f.author, f.topic, f.subject, f.value]);

describe('findSurveyTables', () => {
  it.each<[string, TableBlock[], Array<[string | null, string, string, number]>]>([
    [
      'the corpus\'s shape: the question, then the pollster in the genitive after the survey\'s noun',
      [block('paragraph', 'Наиболее влиятельные лоббистские группы (экспертный опрос Центральноазиатского агентства политических исследований, % экспертов)'), block('paragraph', 'Правительственное лобби – 66,7'), block('paragraph', 'Группы, представляющие интересы иностранных компаний – 61,9'), block('paragraph', 'Клановое лобби – 38,1')],
      [
        ['Центральноазиатского агентства политических исследований', 'Наиболее влиятельные лоббистские группы', 'Правительственное лобби', 66.7],
        ['Центральноазиатского агентства политических исследований', 'Наиболее влиятельные лоббистские группы', 'Группы, представляющие интересы иностранных компаний', 61.9],
        ['Центральноазиатского агентства политических исследований', 'Наиболее влиятельные лоббистские группы', 'Клановое лобби', 38.1],
      ],
    ],
    [
      'a heading with the participle and percent signs in the rows',
      [block('heading', 'Доверие институтам (опрос, проведённый Институтом социологии)'), block('paragraph', 'Армия – 61 %'), block('break', ''), block('paragraph', 'Церковь – 55,5 %')],
      [['Институтом социологии', 'Доверие институтам', 'Армия', 61], ['Институтом социологии', 'Доверие институтам', 'Церковь', 55.5]],
    ],
    ['an unnamed pollster', [block('paragraph', 'Главные проблемы страны (данные опроса, % опрошенных)'), block('paragraph', 'Коррупция – 58'), block('paragraph', 'Безработица – 44,6')], [[null, 'Главные проблемы страны', 'Коррупция', 58], [null, 'Главные проблемы страны', 'Безработица', 44.6]]],
    ['English', [block('heading', 'Most trusted institutions (survey by the Sant Maral Foundation)'), block('paragraph', 'Army – 61'), block('paragraph', 'Church – 55.5')], [['Sant Maral Foundation', 'Most trusted institutions', 'Army', 61], ['Sant Maral Foundation', 'Most trusted institutions', 'Church', 55.5]]],
  ])('should read %s', (_, blocks, expected) => {
    expect(read(blocks)).toEqual(expected);
  });

  it.each<[string, TableBlock[]]>([
    ['a caption of no survey (a vote\'s results)', [block('heading', 'Выборы 3 мая 2012 года'), block('paragraph', 'Анна Ковач – 61'), block('paragraph', 'Пётр Лес – 30')]],
    ['one row only', [block('paragraph', 'Доверие армии (опрос Института социологии)'), block('paragraph', 'Армия – 61')]],
    ['a caption with a figure of its own', [block('paragraph', 'По данным опроса 2012 года, армии доверяют 61 %'), block('paragraph', 'Армия – 61'), block('paragraph', 'Церковь – 55')]],
    ['rows of dates, not shares', [block('paragraph', 'Опросы Института социологии'), block('paragraph', 'Доверие армии – 2012'), block('paragraph', 'Доверие церкви – 2013')]],
  ])('should read nothing from %s', (_, blocks) => {
    expect(read(blocks)).toEqual([]);
  });
});
