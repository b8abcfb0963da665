import { sampleProfile } from '@profiles/model';
import { describe, expect, it } from 'vitest';
import { exportMarkdown } from '../export-markdown.js';
import { labelsFor } from '../labels.js';
import { valueCell } from './analysis.js';

const pageOf = (profile = sampleProfile()) => exportMarkdown([profile]).get('kg/executive-branch.md')!;

describe('analysisSection', () => {
  it("should name a group's people last in its row, in the page's order", () => {
    expect(pageOf()).toContain('|Name|Category|Local name|Region|Description|Members|');
    expect(pageOf().split('\n').find((line) => line.startsWith('|Northern clan|'))).toMatch(/\|Bakyt Sadykov; Osmonova Gulnara\|$/);
  });

  it('should drop the members column where no group names anyone', () => {
    const profile = sampleProfile();
    profile.groups[0]!.memberIds = [];
    expect(pageOf(profile)).toContain('|Name|Category|Local name|Region|Description|\n');
  });
});

describe('valueCell', () => {
  it.each<[{ value: number; unit: 'percent' | 'rank' | 'points'; outOf: number | null }, string]>([
    [{ value: 82.1, unit: 'percent', outOf: null }, '82.1'],
    [{ value: 170, unit: 'rank', outOf: 176 }, '170 / 176 (rank)'],
    [{ value: 6.93, unit: 'points', outOf: 7 }, '6.93 / 7 (points)'],
    [{ value: 3, unit: 'rank', outOf: null }, '3 (rank)'],
  ])('should show %o as %s', (figure, expected) => {
    expect(valueCell(figure, labelsFor('en'))).toBe(expected);
  });
});
