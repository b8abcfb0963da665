import { describe, expect, it } from 'vitest';
import { isProfileError, sampleProfile, type Profile } from '@profiles/model';
import { compareSnapshots, snapshotOf } from './snapshot.js';

/** The model's sample profile (Kyrgyzstan) as if read from `file`, with the dates given. */
function at(file: string, retrieved: string | null, latestDate: string | null, language = 'en'): Profile {
  const p = structuredClone(sampleProfile());
  p.source = { ...p.source, file, retrieved, latestDate, language };
  return p;
}

describe('snapshotOf', () => {
  it.each([
    // file, retrieved, latestDate → page, section, date, dateFrom
    ['raw/kg/executive-branch/2012-03-05.txt', '2011-01-01', '2010-05-05', 'kg/executive-branch', 'executive-branch', '2012-03-05', 'path'],
    ['raw/kg/executive-branch/2012-10-01.html', null, null, 'kg/executive-branch', 'executive-branch', '2012-10-01', 'path'],
    ['raw/kg/executive-branch/2012-10-01.htm', null, null, 'kg/executive-branch', 'executive-branch', '2012-10-01', 'path'],
    ['raw/kg/executive-branch.html', '2011-01-01', '2010-05-05', 'kg/executive-branch', 'executive-branch', '2011-01-01', 'retrieved'],
    ['raw/kg/executive-branch.txt', null, '2010-05', 'kg/executive-branch', 'executive-branch', '2010-05', 'latestDate'],
    ['raw/kg/legislative-branch.htm', null, null, 'kg/legislative-branch', 'legislative-branch', null, 'none'],
    // a file outside both layouts: the section title as a slug
    ['somewhere/page.html', null, '2010', 'kg/executive-branch', 'executive-branch', '2010', 'latestDate'],
  ] as const)('%s (retrieved %s, latest %s) is a snapshot of %s dated %s', (file, retrieved, latestDate, page, section, date, dateFrom) => {
    const p = at(file, retrieved, latestDate);
    expect(snapshotOf(p)).toEqual({ id: p.source.id, page, country: 'kg', section, language: 'en', file, date, dateFrom });
  });

  it.each([
    // file, language → page, section: a language version is a page of its own, of the same section
    ['raw/kg/executive-branch.ru.txt', 'ru', 'kg/executive-branch.ru', 'executive-branch'],
    ['raw/kg/executive-branch.ky.html', 'ky', 'kg/executive-branch.ky', 'executive-branch'],
    ['raw/kg/executive-branch.RU.htm', 'ru', 'kg/executive-branch.RU', 'executive-branch'],
    ['raw/kg/legislative-branch.ru/2012-03-05.txt', 'ru', 'kg/legislative-branch.ru', 'legislative-branch'],
    ['raw/kg/legislative-branch.kk/2012-03-05.txt', 'kk', 'kg/legislative-branch.kk', 'legislative-branch'],
    // a dot that names no language of the page stays in the section
    ['raw/kg/plan.b.txt', 'en', 'kg/plan.b', 'plan.b'],
    ['raw/kg/executive-branch.ru.txt', 'en', 'kg/executive-branch.ru', 'executive-branch.ru'],
    ['raw/kg/ru.txt', 'ru', 'kg/ru', 'ru'],
  ] as const)('%s in %s is page %s of section %s', (file, language, page, section) => {
    const info = snapshotOf(at(file, '2012-03-05', null, language));
    expect([info.page, info.section, info.language]).toEqual([page, section, language]);
  });

  it('refuses a dated file name that is not a real date, naming the file', () => {
    const p = at('raw/kg/executive-branch/2012-02-30.txt', null, null);
    expect(() => snapshotOf(p)).toThrow(/raw\/kg\/executive-branch\/2012-02-30\.txt: .*not a real date/);
    try {
      snapshotOf(p);
    } catch (error) {
      expect(isProfileError(error)).toBe(true);
    }
  });

  it('orders snapshots by date (undated and coarser first), then page, then file', () => {
    const infos = [
      snapshotOf(at('raw/kg/b/2012-03-05.txt', null, null)),
      snapshotOf(at('raw/kg/a/2012-03-05.txt', null, null)),
      snapshotOf(at('raw/kg/c.txt', null, '2012-03')),
      snapshotOf(at('raw/kg/d.txt', null, null)),
      snapshotOf(at('raw/kg/a/2011-12-31.txt', null, null)),
    ];
    expect(infos.sort(compareSnapshots).map((i) => i.file)).toEqual([
      'raw/kg/d.txt',
      'raw/kg/a/2011-12-31.txt',
      'raw/kg/c.txt',
      'raw/kg/a/2012-03-05.txt',
      'raw/kg/b/2012-03-05.txt',
    ]);
  });
});
