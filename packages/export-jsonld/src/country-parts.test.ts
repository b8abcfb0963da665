import { runByCountry } from '@profiles/cache';
import { sampleProfile, type Profile } from '@profiles/model';
import { describe, expect, it } from 'vitest';
import { jsonLdExporterId } from './exporter-id.js';
import { exportJsonLd, jsonLdPages } from './export.js';
import { CONTEXT_FILE, SHAPES_FILE } from './paths.js';
import { ingestAt, LEGISLATIVE_PATH, RESHUFFLED_PATH, SEED_PATH } from './fixtures/pages.js';
import { secondProfile, siblingProfile } from './fixtures/profiles.js';

const sorted = (files: Map<string, string>) => [...files].sort(([a], [b]) => (a < b ? -1 : 1));

describe('the JSON-LD exporter by country parts', () => {
  it.each<[string, Profile[]]>([
    ['one page', [sampleProfile()]],
    ['two countries', [sampleProfile(), secondProfile()]],
    ['two pages of one country', [sampleProfile(), siblingProfile()]],
    [
      'two snapshots of one page, another page of its country and another country',
      [
        ingestAt(SEED_PATH, 'raw/kz/executive-branch/2012-03-05.txt'),
        sampleProfile(),
        ingestAt(LEGISLATIVE_PATH, 'raw/kz/legislative-branch.txt'),
        ingestAt(RESHUFFLED_PATH, 'raw/kz/executive-branch/2012-10-01.txt'),
      ],
    ],
    ['no page', []],
  ])('should give the bytes of exportJsonLd for %s', (_, profiles) => {
    expect(sorted(runByCountry(jsonLdPages().countries, profiles))).toEqual(sorted(exportJsonLd(profiles)));
  });

  it('should keep the options of the exporter it belongs to', () => {
    const options = { base: 'https://example.org/id/' };
    expect(sorted(runByCountry(jsonLdPages(options).countries, [sampleProfile()]))).toEqual(sorted(exportJsonLd([sampleProfile()], options)));
  });

  it('should put the country’s documents in its part, the context and shapes last', () => {
    const part = jsonLdPages().countries.part([sampleProfile()]);
    expect(Object.keys(part.files)).not.toContain(CONTEXT_FILE);
    expect([...jsonLdPages().countries.finish([], new Map()).keys()]).toEqual([CONTEXT_FILE, SHAPES_FILE]);
  });

  it('should have the identity its export task keys the build cache with', () => {
    expect(jsonLdPages().countries.id).toBe(jsonLdExporterId());
    expect(jsonLdPages({ base: 'https://example.org/id/' }).countries.id).not.toBe(jsonLdExporterId());
  });
});
