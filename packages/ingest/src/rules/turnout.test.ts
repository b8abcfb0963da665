import { describe, expect, it } from 'vitest';
import { findTurnouts } from './turnout.js';

const read = (paragraph: string) => findTurnouts(paragraph).map(({ author, topic, subject, value }) => [author, topic, subject, value]);

describe('findTurnouts: a vote\'s turnout as a figure', () => {
  it.each([
    // The noun, a verb, the figure; the vote's date from the sentence before.
    ['Внеочередные выборы Президента прошли 14 мая 2006 года. Явка составила 71,3 %.', [[null, 'явка', 'выборы (2006-05-14)', 71.3]]],
    ['Явка на президентских выборах составила 58,02%, победил Т. Оразов.', [[null, 'явка', 'на президентских выборах', 58.02]]],
    // A round named beside the noun; its date in the same sentence.
    ['Во втором туре 9 декабря 2012 года явка во втором туре составила 49,5 процента.', [[null, 'явка', 'во втором туре (2012-12-09)', 49.5]]],
    // The figure in parentheses after the noun in another case; the first figure after the noun only.
    ['Из-за низкой явки (41,2 %) референдум 3 октября 2004 года признан несостоявшимся.', [[null, 'явка', 'референдум', 41.2]]],
    ['За поправку высказались 90,1 % участников, но явка составила лишь 28,7 % при необходимых 33 %.', [[null, 'явка', 'голосование', 28.7]]],
    // Who counted.
    ['По данным Центральной избирательной комиссии, явка составила 80,6 %.', [['Центральной избирательной комиссии', 'явка', 'голосование', 80.6]]],
    // English.
    ['Turnout in the run-off was 61.4%.', [[null, 'turnout', 'in the run-off', 61.4]]],
    ['The referendum of 2 June 2013 failed because of the low turnout (30.3 per cent).', [[null, 'turnout', 'referendum (2013-06-02)', 30.3]]],
    ['According to the Central Election Commission, turnout was 77.1%.', [['Central Election Commission', 'turnout', 'the vote', 77.1]]],
    // An earlier vote's turnout in brackets after the figure, dated by its year or day.
    ['По данным ЦИК Туркменистана, явка избирателей составила 97,17% (на выборах 2017 года – 97,27%).', [['ЦИК Туркменистана', 'явка', 'на выборах', 97.17], ['ЦИК Туркменистана', 'явка', 'на выборах (2017)', 97.27]]],
    ['Явка составила 61,4 % (на референдуме 3 мая 2009 года – 44,1 %).', [[null, 'явка', 'на референдуме', 61.4], [null, 'явка', 'на референдуме (2009-05-03)', 44.1]]],
    ['Turnout was 61.4% (in the election of 2015 – 70.2%).', [[null, 'turnout', 'in the election', 61.4], [null, 'turnout', 'in the election (2015)', 70.2]]],
    // Near misses: a bracket with no date, a bracket of a share of something else.
    ['Явка составила 61,4 % (на выборах – 70,2 %).', [[null, 'явка', 'на выборах', 61.4]]],
    ['Явка составила 61,4 % (против 70,2 % в 2015 году).', [[null, 'явка', 'голосование', 61.4]]],
  ])('should read %s', (paragraph, expected) => {
    expect(read(paragraph)).toEqual(expected);
  });

  it.each([
    // No turnout noun; the figure before the noun; the noun with no figure near it.
    ['Президент получил 71,3 % голосов.'],
    ['89 % голосов получил Президент, явку не сообщили.'],
    ['Явка была высокой, а спустя два года на выборах в парламент победила партия, набравшая 45,7 % голосов по данным ЦИК.'],
    ['Turnout was high; the winner received 64.2% of the vote in the first round of the presidential election.'],
  ])('should read no turnout in %s', (paragraph) => {
    expect(read(paragraph)).toEqual([]);
  });
});
