import { diffDatasets } from '@profiles/diff';
import { sampleProfile } from '@profiles/model';
import { describe, expect, it } from 'vitest';
import { changelogEntry } from './changelog.js';

describe('changelogEntry and the warnings', () => {
  it('should count records, not warnings, in what a release holds', () => {
    const entry = changelogEntry('1.0.0', [sampleProfile()], null, null);
    expect(entry).toContain('1 material, 1 note.\n');
    expect(entry).not.toMatch(/issue|warning/i);
  });

  it('should say how the number of warnings changed, in one line, without listing them', () => {
    const before = sampleProfile();
    const after = sampleProfile();
    after.issues = [];
    const entry = changelogEntry('1.1.0', [after], diffDatasets([before], [after]), '1.0.0');
    expect(entry).toBe(
      '## 1.1.0\n\nChanges since 1.0.0. 1 page (raw/kg/executive-branch.html): 3 persons, 5 organizations, 4 memberships, 2 events, 2 tasks, 1 statistic, 1 group, 1 material, 1 note.\n\n**No changes** in the dataset.\n\n**Warnings:** 1 → 0.\n',
    );
  });
});
