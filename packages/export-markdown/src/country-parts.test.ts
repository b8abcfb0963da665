import { runByCountry } from '@profiles/cache';
import { makeId, sampleProfile, type Profile } from '@profiles/model';
import { describe, expect, it } from 'vitest';
import { MARKDOWN_EXPORTER_ID } from './exporter-id.js';
import { exportMarkdown, markdownPages } from './export-markdown.js';
import { richProfile } from './fixtures/profiles.js';

/** The profile as if read from another file (and country). */
function from(profile: Profile, file: string, country = profile.source.country): Profile {
  return { ...profile, source: { ...profile.source, file, country, id: makeId('source', country.code, [file]) } };
}

const sorted = (files: Map<string, string>) => [...files].sort(([a], [b]) => (a < b ? -1 : 1));

describe('the Markdown exporter by country parts', () => {
  const kz = from(sampleProfile(), 'raw/kz/executive-branch.txt', { code: 'kz', name: 'Kazakhstan' });
  const rich = from(richProfile(), 'raw/kg/parliament.html');
  it.each<[string, Profile[]]>([
    ['one page', [sampleProfile()]],
    ['two countries', [sampleProfile(), kz]],
    ['two pages of one country and another country', [rich, kz, sampleProfile()]],
    ['no page', []],
  ])('should give the bytes of exportMarkdown for %s', (_, profiles) => {
    expect(sorted(runByCountry(markdownPages.countries, profiles))).toEqual(sorted(exportMarkdown(profiles)));
  });

  it('should refuse two pages of a country that would write one Markdown page', () => {
    expect(() => markdownPages.countries.part([sampleProfile(), from(sampleProfile(), 'raw/kg/executive-branch.txt')])).toThrow(/would write the same Markdown page/);
  });

  it('should keep index entries that survive JSON, as a cache keeps them', () => {
    const pages = [rich, sampleProfile()].map((p) => markdownPages.countries.page!(p).data);
    const cached = JSON.parse(JSON.stringify(pages)) as unknown[];
    expect(markdownPages.countries.finish([{ pages: cached, country: null }], new Map())).toEqual(markdownPages.countries.finish([{ pages, country: null }], new Map()));
  });

  it('should have the identity its export task keys the build cache with', () => {
    expect(markdownPages.countries.id).toBe(MARKDOWN_EXPORTER_ID);
  });
});
