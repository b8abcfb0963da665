import { sampleProfile } from '@profiles/model';
import { describe, expect, it } from 'vitest';
import { exportMarkdown } from '../export-markdown.js';

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
