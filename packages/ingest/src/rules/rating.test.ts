import { describe, expect, it } from 'vitest';
import { findRatings } from './rating.js';

type Row = [author: string | null, topic: string, subject: string, value: number, outOf: number, unit: string];
const rows = (paragraph: string): Row[] => findRatings(paragraph).map((r) => [r.author, r.topic, r.subject, r.value, r.outOf, r.unit]);

describe('findRatings', () => {
  it.each<[string, Row[]]>([
    // A place in an index: its name, who made it, the year, then what was ranked and the place of how many.
    ['По индексу свободы прессы Reporters Without Borders за 2014 год Армения заняла 78-е место из 180 стран.', [['Reporters Without Borders', 'индексу свободы прессы', 'Армения', 78, 180, 'rank']]],
    ['В рейтинге экономической свободы Heritage Foundation (2016) страна находится на 112-м месте из 178.', [['Heritage Foundation', 'рейтинге экономической свободы', 'страна', 112, 178, 'rank']]],
    // A score on a scale, the report's quoted title as the topic.
    ['В докладе Freedom House «Freedom in the World» (2015) состояние политических прав оценено в 6,5 балла из 7.', [['Freedom House', 'Freedom in the World', 'состояние политических прав', 6.5, 7, 'points']]],
    ['Согласно индексу демократии, уровень демократии в стране составил 3,1 балла из 10.', [[null, 'индексу демократии', 'уровень демократии в стране', 3.1, 10, 'points']]],
    // English: the owner before "'s", "ranked … out of", "a score of … out of".
    ["In Transparency International's Corruption Perceptions Index 2013, Kazakhstan ranked 140th out of 177 countries.", [['Transparency International', 'Corruption Perceptions Index', 'Kazakhstan', 140, 177, 'rank']]],
    ["In Freedom House's Nations in Transit report of 2014, Tajikistan scored 6.39 out of 7.", [['Freedom House', 'Nations in Transit report', 'Tajikistan', 6.39, 7, 'points']]],
    ['The country received a score of 2.5 points out of 10 in the Democracy Index.', [[null, 'Democracy Index', 'The country', 2.5, 10, 'points']]],
    // Near misses: a place above the scale, a share, a count of seats, ordinals without a scale.
    ['Страна заняла 190-е место из 180.', []],
    ['Партия получила 12 мест из 100 в парламенте.', []],
    ['Он был вторым из трёх кандидатов, набрав 21 % голосов.', []],
    ['The party won 45 of 100 seats.', []],
    ['The 2nd round of the election took place in March.', []],
  ])('should read %s', (paragraph, expected) => {
    expect(rows(paragraph)).toEqual(expected);
  });
});
