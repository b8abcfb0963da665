import type { CountryExporter } from '@profiles/cache';
import { ProfileError, type OutputFiles, type PagedExporter, type Profile } from '@profiles/model';
import { compareCodePoints } from './compare.js';
import { MARKDOWN_EXPORTER_ID } from './exporter-id.js';
import { pagePath } from './page-path.js';
import { indexEntry, renderIndex, type IndexEntry } from './render-index.js';
import { renderProfile } from './render-profile.js';
import { countryPagePath, renderCountry } from './render-country.js';
import { mergeCountries, mergeCountry } from '@profiles/timeline';

/**
 * The Markdown exporter: `index.md` listing every profile, and one page per profile at
 * `<country>/<section>.md`. Pure and deterministic: the same profiles give the same bytes, in any
 * input order (profiles are sorted by source file, code-point order).
 *
 * @example exportMarkdown([sampleProfile()]).get('kg/executive-branch.md')
 * @param profiles Validated profiles.
 * @returns File contents by path relative to the Markdown output folder.
 * @throws ProfileError when two profiles would write the same page (`kz/a.html` and `kz/a.txt`).
 */
export function exportMarkdown(profiles: readonly Profile[]): OutputFiles {
  const sorted = [...profiles].sort((a, b) => compareCodePoints(a.source.file, b.source.file));
  const files: OutputFiles = new Map([['index.md', renderIndex(sorted)]]);
  const writers = new Map<string, string>();
  for (const profile of sorted) {
    const path = pagePath(profile);
    const earlier = writers.get(path);
    if (earlier !== undefined) {
      throw new ProfileError(profile.source.file, `would write the same Markdown page ${path} as ${earlier}: rename one of the raw pages`);
    }
    writers.set(path, profile.source.file);
    files.set(path, renderProfile(profile));
  }
  for (const dataset of mergeCountries(sorted)) files.set(countryPagePath(dataset.country.code), renderCountry(dataset));
  return new Map([...files].sort(([a], [b]) => compareCodePoints(a, b)));
}

/**
 * The Markdown exporter by parts (`CountryExporter` of `@profiles/cache`): a page's part is its
 * page and its index entry, a country's part its country page; `index.md` is made last from every
 * page's entry. Its parts assembled give the same bytes as `exportMarkdown`.
 */
const markdownCountries: CountryExporter = {
  id: MARKDOWN_EXPORTER_ID,
  shared: new Map(),
  page: (profile) => ({ files: { [pagePath(profile)]: renderProfile(profile) }, appends: {}, data: indexEntry(profile) }),
  part(profiles) {
    const writers = new Map<string, string>();
    for (const profile of profiles) {
      const path = pagePath(profile);
      const earlier = writers.get(path);
      if (earlier !== undefined) {
        throw new ProfileError(profile.source.file, `would write the same Markdown page ${path} as ${earlier}: rename one of the raw pages`);
      }
      writers.set(path, profile.source.file);
    }
    const dataset = mergeCountry(profiles);
    return { files: { [countryPagePath(dataset.country.code)]: renderCountry(dataset) }, appends: {}, data: null };
  },
  finish: (data) => new Map([['index.md', renderIndex(data.flatMap((c) => c.pages as IndexEntry[]).sort((a, b) => compareCodePoints(a.source.file, b.source.file)))]]),
};

/**
 * The same exporter page by page, for builds too large to hold at once: each profile's page as it
 * comes, and `index.md` at the end from a few counts per page; and by country parts
 * (`countries`). Equal to `exportMarkdown`.
 */
export const markdownPages: PagedExporter & { countries: CountryExporter } = {
  countries: markdownCountries,
  start() {
    const entries: IndexEntry[] = [];
    const writers = new Map<string, string>();
    // A country's pages come together (source-ID order): its page is written when the next country starts.
    let country: Profile[] = [];
    const countryPage = (): OutputFiles => {
      if (!country.length) return new Map();
      const dataset = mergeCountry(country);
      country = [];
      return new Map([[countryPagePath(dataset.country.code), renderCountry(dataset)]]);
    };
    return {
      add(profile) {
        const path = pagePath(profile);
        const earlier = writers.get(path);
        if (earlier !== undefined) {
          throw new ProfileError(profile.source.file, `would write the same Markdown page ${path} as ${earlier}: rename one of the raw pages`);
        }
        writers.set(path, profile.source.file);
        entries.push(indexEntry(profile));
        const files = country.length && country[0]!.source.country.code !== profile.source.country.code ? countryPage() : new Map<string, string>();
        country.push(profile);
        files.set(path, renderProfile(profile));
        return { files, appends: new Map() };
      },
      finish: () => new Map([...countryPage(), ['index.md', renderIndex(entries.sort((a, b) => compareCodePoints(a.source.file, b.source.file)))]]),
    };
  },
};
