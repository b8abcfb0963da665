import { describe, expect, it } from 'vitest';
import { isSitesHeading, parseSiteLine } from './site-line.js';

describe('isSitesHeading', () => {
  it.each([
    ['Official Sites', true],
    ['Official website:', true],
    ['Официальные сайты', true],
    ['Официальный сайт', true],
    ['Официальные интернет-ресурсы', true],
    ['Сайты министерств', true],
    ['Сайты государственных органов:', true],
    ['Официальная позиция', false],
    ['Сайт Фонда', false],
    ['Official statements', false],
  ])('should read %j as %s', (text, expected) => {
    expect(isSitesHeading(text)).toBe(expected);
  });
});

describe('parseSiteLine', () => {
  it.each([
    ['Ministry of Finance - www.minfin.kz', { label: 'Ministry of Finance', url: 'http://www.minfin.kz' }],
    ['Ministry of Defence -', { label: 'Ministry of Defence', url: null }],
    ['Министерство обороны -', { label: 'Министерство обороны', url: null }],
    ['Министерство труда и социальной защиты населения – www.enbek.gov.kz', { label: 'Министерство труда и социальной защиты населения', url: 'http://www.enbek.gov.kz' }],
    ['Агентство по делам государственной службы', { label: 'Агентство по делам государственной службы', url: null }],
    ['Комитет национальной безопасности', { label: 'Комитет национальной безопасности', url: null }],
    ['Правительство - http://www.government.kz', { label: 'Правительство', url: 'http://www.government.kz' }],
    ['Министерство финансов готовит бюджет.', null],
    ['Министерство финансов - минфин', null],
  ])('should read %j', (text, expected) => {
    expect(parseSiteLine(text)).toEqual(expected);
  });
});
