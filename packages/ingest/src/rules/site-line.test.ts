import { describe, expect, it } from 'vitest';
import { cellSites, isSitesHeading, parseInlineSite, parseSiteLine } from './site-line.js';

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
    // An address that only holds "www." further on is no address; one that holds "http://" further on gets its scheme.
    ['Ministry of Finance - site:www.minfin.kz', null],
    ['Ministry of Finance - www.minfin.kz/go?to=http://x.kz', { label: 'Ministry of Finance', url: 'http://www.minfin.kz/go?to=http://x.kz' }],
    ['  Ministry of Finance - www.minfin.kz', { label: 'Ministry of Finance', url: 'http://www.minfin.kz' }],
    // A bare domain, as a text dump writes a link's text: lower case, its last label a top-level domain's.
    ['Президент Республики Молдова – presedinte.md', { label: 'Президент Республики Молдова', url: 'http://presedinte.md' }],
    ['Правительство - gov.kz/memleket', { label: 'Правительство', url: 'http://gov.kz/memleket' }],
    ['President of Estonia — president.ee', { label: 'President of Estonia', url: 'http://president.ee' }],
    ['Президент – президент.рф', { label: 'Президент', url: 'http://президент.рф' }],
    // Near misses: initials, a capitalized word with a dot, a number, a word with no top-level domain.
    ['Министр финансов – И.Иванов', null],
    ['Министр финансов – S.Ivanov', null],
    ['Бюджет – 12.5', null],
    ['Министерство финансов – minfin', null],
    // A body's name alone is at most twelve words: more is a sentence that lost its full stop.
    ['Министерство по делам культуры спорта туризма и молодёжи печати и связи страны', { label: 'Министерство по делам культуры спорта туризма и молодёжи печати и связи страны', url: null }],
    ['Министерство по делам культуры спорта туризма и молодёжи печати и связи нашей страны', null],
  ])('should read %j', (text, expected) => {
    expect(parseSiteLine(text)).toEqual(expected);
  });
});

describe('parseInlineSite', () => {
  const link = (text: string, href: string) => [{ text, href }];
  it.each([
    ['Official Site: www.president.am', link('www.president.am', 'http://www.president.am/'), { linkText: 'www.president.am', url: 'http://www.president.am/' }],
    ['Official website: President of Moldova –', link('President of Moldova', 'http://www.presedinte.md/'), { linkText: 'President of Moldova', url: 'http://www.presedinte.md/' }],
    ['Официальный сайт: Президент Украины –', link('Президент Украины', 'http://www.president.gov.ua/'), { linkText: 'Президент Украины', url: 'http://www.president.gov.ua/' }],
    ['Официальный интернет-портал: Правительство Республики Молдова', link('Правительство Республики Молдова', 'http://gov.md/'), { linkText: 'Правительство Республики Молдова', url: 'http://gov.md/' }],
    ['Официальные сайты: www.gov.kg', link('www.gov.kg', 'http://www.gov.kg/'), { linkText: 'www.gov.kg', url: 'http://www.gov.kg/' }],
    // The address typed as the line's text, the link named otherwise; spaces around the heading or the link's text.
    ['Official Site: www.president.am', link('President of Armenia', 'http://www.president.am/'), { linkText: 'President of Armenia', url: 'http://www.president.am/' }],
    ['Official Site : www.president.am', link('www.president.am', 'http://www.president.am/'), { linkText: 'www.president.am', url: 'http://www.president.am/' }],
    ['Официальные сайты:www.gov.kg', link('www.gov.kg', 'http://www.gov.kg/'), { linkText: 'www.gov.kg', url: 'http://www.gov.kg/' }],
    ['Официальный сайт: Президент Украины –', link(' Президент Украины ', 'http://www.president.gov.ua/'), { linkText: 'Президент Украины', url: 'http://www.president.gov.ua/' }],
  ])('should read %j as a site', (text, links, expected) => {
    expect(parseInlineSite(text, links)).toEqual(expected);
  });

  it.each([
    ['not a list of sites before the colon', 'Председатель: Президент Украины –', link('Президент Украины', 'http://www.president.gov.ua/')],
    ['more words than the link', 'Официальный сайт: Президент Украины и его Администрация', link('Президент Украины', 'http://www.president.gov.ua/')],
    ['two links on the line', 'Официальные сайты: Президент, Правительство', [{ text: 'Президент', href: 'http://a.ua/' }, { text: 'Правительство', href: 'http://b.ua/' }]],
    ['no link at all', 'Официальный сайт: Президент Украины –', []],
  ])('should not read a line with %s', (_why, text, links) => {
    expect(parseInlineSite(text, links)).toBeNull();
  });
});

describe('cellSites', () => {
  const link = (text: string, href: string) => ({ text, href });
  it.each([
    // A row's cell that is one link naming a body: that body's site.
    [['Министр финансов', 'Петров Иван', 'Министерство финансов'], [link('Министерство финансов', 'http://www.minfin.example')], [{ label: 'Министерство финансов', url: 'http://www.minfin.example' }]],
    [['Minister of Energy', 'Anna Lind', 'Ministry of Energy'], [link('Ministry of Energy', 'https://energy.example')], [{ label: 'Ministry of Energy', url: 'https://energy.example' }]],
    [['Премьер-министр', 'Сидоров С.С.', 'Правительство Республики Тест'], [link('Правительство Республики Тест', 'http://gov.example/')], [{ label: 'Правительство Республики Тест', url: 'http://gov.example/' }]],
    // A link that is no body's name, a link inside a longer cell, a relative address, a single cell: no site.
    [['Министр финансов', 'Петров Иван', 'биография'], [link('биография', 'http://bio.example')], []],
    [['Министр финансов', 'Петров Иван (см. Министерство финансов)'], [link('Министерство финансов', 'http://www.minfin.example')], []],
    [['Министр финансов', 'Министерство финансов'], [link('Министерство финансов', '/xml/t/ministry.xml')], []],
    [['Министерство финансов'], [link('Министерство финансов', 'http://www.minfin.example')], []],
  ])('should read the row %j', (cells, links, expected) => {
    expect(cellSites(cells, links)).toEqual(expected);
  });
});
