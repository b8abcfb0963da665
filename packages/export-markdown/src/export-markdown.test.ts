import { isProfileError, makeId, sampleProfile, type Profile } from '@profiles/model';
import { describe, expect, it } from 'vitest';
import { richProfile } from './fixtures/profiles.js';
import { exportMarkdown } from './export-markdown.js';

/** A copy of `profile` as if read from another raw file. */
function from(profile: Profile, file: string, country = profile.source.country): Profile {
  return { ...profile, source: { ...profile.source, id: makeId('source', country.code, [file]), file, country } };
}

describe('exportMarkdown', () => {
  const kz = from(sampleProfile(), 'raw/kz/executive-branch.txt', { code: 'kz', name: 'Kazakhstan' });
  const rich = from(richProfile(), 'raw/kg/parliament.html');

  it('should write index.md and one page per profile at <country>/<section>.md', () => {
    expect([...exportMarkdown([sampleProfile(), kz, rich]).keys()]).toEqual([
      'index.md',
      'kg.md',
      'kg/executive-branch.md',
      'kg/parliament.md',
      'kz.md',
      'kz/executive-branch.md',
    ]);
  });

  it('should give the same bytes for the same profiles, in any input order', () => {
    const once = exportMarkdown([sampleProfile(), kz, rich]);
    const again = exportMarkdown([rich, kz, sampleProfile()]);
    expect([...again]).toEqual([...once]);
    expect(exportMarkdown([sampleProfile()]).get('kg/executive-branch.md')).toBe(exportMarkdown([sampleProfile()]).get('kg/executive-branch.md'));
  });

  it('should end every file with one newline and leave no trailing spaces or tabs', () => {
    for (const [path, content] of exportMarkdown([sampleProfile(), rich])) {
      expect(content, path).toMatch(/[^\n]\n$/);
      expect(content, path).not.toMatch(/[ \t]$/m);
      expect(content, path).not.toMatch(/\r/);
    }
  });

  it('should change one line when one table cell changes', () => {
    const changed = sampleProfile();
    changed.events[0]!.voteShare = 64.1;
    const before = exportMarkdown([sampleProfile()]).get('kg/executive-branch.md')!.split('\n');
    const after = exportMarkdown([changed]).get('kg/executive-branch.md')!.split('\n');
    expect(after).toHaveLength(before.length);
    expect(after.filter((line, index) => line !== before[index])).toEqual([
      '|2011-10-30|election|Temirov Almaz Bekovich|64.1|Bakyt Sadykov (21.4%)|6|President of the Kyrgyz Republic||1261403|61.3||',
    ]);
  });

  it('should refuse two profiles that would write the same page', () => {
    const clash = from(sampleProfile(), 'raw/kg/executive-branch.txt');
    let error: unknown;
    try {
      exportMarkdown([sampleProfile(), clash]);
    } catch (caught) {
      error = caught;
    }
    expect(isProfileError(error)).toBe(true);
    expect((error as Error).message).toBe(
      'raw/kg/executive-branch.txt: would write the same Markdown page kg/executive-branch.md as raw/kg/executive-branch.html: rename one of the raw pages',
    );
  });

  it('should write only index.md for no profiles', () => {
    expect([...exportMarkdown([]).keys()]).toEqual(['index.md']);
  });
});
