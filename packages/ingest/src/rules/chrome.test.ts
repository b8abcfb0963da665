import { describe, expect, it } from 'vitest';
import { isFooterLine, isMaterialsHeading, isNavigationLine, mastheadPublisher, readBreadcrumb } from './chrome.js';

describe('readBreadcrumb', () => {
  it.each([
    ['Country profile / Kazakhstan /', { country: 'Kazakhstan', section: null }],
    ['Country profile / Kyrgyzstan / Executive branch', { country: 'Kyrgyzstan', section: 'Executive branch' }],
    ['Home » Country profiles » Uzbekistan » Legislature', { country: 'Uzbekistan', section: 'Legislature' }],
    ['Main page > Country profile > Armenia', { country: 'Armenia', section: null }],
    ['Eurasian Home - analytical resource :: Country profile :: Tajikistan :: Executive branch', { country: 'Tajikistan', section: 'Executive branch' }],
    ['Countries | Georgia | Political parties', { country: 'Georgia', section: 'Political parties' }],
    ['Home > Countries > Country profile > Kazakhstan', { country: 'Kazakhstan', section: null }],
  ])('should read %j', (text, expected) => {
    expect(readBreadcrumb(text)).toEqual(expected);
  });

  it.each(['Country profile', 'The country profile of Kazakhstan is below.', 'Country profile / / x', 'Executive branch'])('should not read %j', (text) => {
    expect(readBreadcrumb(text)).toBeNull();
  });
});

describe('mastheadPublisher', () => {
  it.each([
    ['Eurasian Home - analytical resource', 'Eurasian Home'],
    ['Caspian Review – an independent analytical portal', 'Caspian Review'],
    ['Steppe Watch — news agency', 'Steppe Watch'],
    ['Central Asia Monitor - online information resource', 'Central Asia Monitor'],
  ])('should read %j', (text, expected) => {
    expect(mastheadPublisher(text)).toBe(expected);
  });

  it.each(['Aslan Musin - Head of the Presidential Administration', 'Ministry of Agriculture -', 'Executive branch'])('should not read %j', (text) => {
    expect(mastheadPublisher(text)).toBeNull();
  });
});

describe('isNavigationLine', () => {
  it.each(['Main page', 'Print version', 'Main page | Главная страница', 'Main page                               Главная страница', 'Main page Главная страница', 'Home · Print', 'To top'])('should take %j for navigation', (text) => {
    expect(isNavigationLine(text)).toBe(true);
  });

  it.each(['Executive branch', 'Government', 'Главная страница', 'President | Government | Parliament'])('should not take %j for navigation', (text) => {
    expect(isNavigationLine(text)).toBe(false);
  });
});

describe('isFooterLine', () => {
  it.each(['expert forum | hot topics | about us | our authors', '© Eurasia Heritage Foundation', 'hot topics', 'the Eurasia Heritage Foundation projects'])('should take %j for the footer', (text) => {
    expect(isFooterLine(text)).toBe(true);
  });

  it.each(['Government', 'The Government shall ensure the execution of laws.', 'Topic 05.03.2012'])('should not take %j for the footer', (text) => {
    expect(isFooterLine(text)).toBe(false);
  });
});

describe('isMaterialsHeading', () => {
  it.each([['Матераилы портала по стране', true], ['Related materials', true], ['Materials of the portal on the country', true], ['Government', false]])('should read %j as %s', (text, expected) => {
    expect(isMaterialsHeading(text)).toBe(expected);
  });
});
