import { sampleProfile, type Profile } from '@profiles/model';
import { describe, expect, it } from 'vitest';
import { ENGLISH_LABELS, labelsFor } from './labels.js';
import { renderProfile } from './render-profile.js';

function inLanguage(language: string): Profile {
  const profile = sampleProfile();
  profile.source.language = language;
  // One ended post, so the past marker and the tenure's end are on the page too.
  Object.assign(profile.memberships[2]!, { status: 'ended', startDate: '2009', endDate: '2011-12' });
  return profile;
}

describe('labelsFor', () => {
  it.each([
    ['ru', 'Правительство'],
    ['ru-RU', 'Правительство'],
    ['RU', 'Правительство'],
    ['en', 'Government'],
    ['en-GB', 'Government'],
    ['kk', 'Government'],
    ['uz-Cyrl', 'Government'],
  ])('should give a page in %s the heading %s', (language, government) => {
    expect(labelsFor(language).headings.government).toBe(government);
  });
});

describe('Russian counts', () => {
  it.each([
    [1, '1 предупреждение'],
    [3, '3 предупреждения'],
    [5, '5 предупреждений'],
    [11, '11 предупреждений'],
    [21, '21 предупреждение'],
    [24, '24 предупреждения'],
  ])('should word %i warnings as "%s"', (n, words) => {
    expect(labelsFor('ru').notUnderstoodLead(n)).toContain(`(${words})`);
  });

  it.each([
    [1, '1 запись, строки 3–9'],
    [2, '2 записи, строки 3–9'],
    [12, '12 записей, строки 3–9'],
  ])('should word %i cited records as "%s"', (n, words) => {
    expect(labelsFor('ru').citedLines(n, 3, 9)).toBe(words);
  });

  it.each([
    [1, '1 голос'],
    [24, '24 голоса'],
    [60, '60 голосов'],
    [101, '101 голос'],
  ])('should word a count of %i votes as "%s"', (n, words) => {
    expect(labelsFor('ru').votesCount(n)).toBe(words);
  });

  it('should keep the English wording of one and of many', () => {
    expect(ENGLISH_LABELS.votesCount(1)).toBe('1 vote');
    expect(ENGLISH_LABELS.votesCount(60)).toBe('60 votes');
    expect(ENGLISH_LABELS.notUnderstoodLead(1)).toContain('(one warning)');
    expect(ENGLISH_LABELS.citedLines(1, 3, 9)).toBe('1 record, lines 3–9');
    expect(ENGLISH_LABELS.citedLines(4, 3, 9)).toBe('4 records, lines 3–9');
  });
});

describe('a Russian page', () => {
  it('should have every heading the English page has, in Russian, and none in English', () => {
    const english = renderProfile(inLanguage('en'));
    const russian = renderProfile(inLanguage('ru'));
    const ru = labelsFor('ru').headings;
    // (A body or a page's own heading named like a section, "Government", "Analysis", stays as the page has it.)
    const sample = sampleProfile();
    const bodies = new Set([...sample.organizations.map((o) => o.name), ...sample.notes.map((n) => n.heading)]);
    const present = Object.entries(ENGLISH_LABELS.headings).filter(([, heading]) => !bodies.has(heading) && new RegExp(`^#{2,3} ${heading}$`, 'm').test(english));
    expect(present.length).toBeGreaterThanOrEqual(12);
    for (const [key, heading] of present) {
      expect(russian).not.toMatch(new RegExp(`^#{2,3} ${heading}$`, 'm'));
      expect(russian).toMatch(new RegExp(`^#{2,3} ${ru[key as keyof typeof ru]}$`, 'm'));
    }
  });

  it('should word posts, tenures, facts and sources in Russian', () => {
    const russian = renderProfile(inLanguage('ru'));
    expect(russian).toContain('- President: Temirov Almaz Bekovich, с 2011-10-30\n');
    expect(russian).toContain('|Prime Minister (в прошлом)|Osmonova Gulnara|2009, по 2011-12|Bakyt Sadykov|');
    expect(russian).toContain('- Образован: 1994-03\n');
    expect(russian).toContain('- Язык: ru\n');
    expect(russian).toContain('|выборы|');
    expect(russian).toContain('|референдум|');
    expect(russian).toMatch(/: \d+ запис(ь|и|ей), строки \d+–\d+\n/);
  });

  it('should leave the page’s own words and the data as they are', () => {
    const english = renderProfile(inLanguage('en'));
    const russian = renderProfile(inLanguage('ru'));
    for (const kept of ['Temirov Almaz Bekovich', 'Security Council', 'to coordinate the power structures;', 'Northern clan', '55.5']) {
      expect(english).toContain(kept);
      expect(russian).toContain(kept);
    }
  });
});
