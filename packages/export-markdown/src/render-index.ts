import type { RootContent } from 'mdast';
import type { Profile, Source } from '@profiles/model';
import { PROJECT_LANGUAGE, withLanguage } from './front-matter.js';
import { code, comment, heading, link, paragraph, table } from './mdast.js';
import { pagePath } from './page-path.js';
import { serializeMarkdown } from './serialize.js';

/** What the index shows of a profile: its source and four counts (a full profile has them too). */
export interface IndexEntry {
  source: Source;
  persons: { readonly length: number };
  organizations: { readonly length: number };
  memberships: { readonly length: number };
  /** The page's warnings: what the ingest could not read on it. */
  issues: { readonly length: number };
}

/**
 * The little of a profile the index needs, so a large build can drop the rest. The source is
 * copied: its strings can be slices of the page's whole text, which would keep every page's text
 * alive until the index is written.
 */
export function indexEntry(profile: Profile): IndexEntry {
  return {
    source: structuredClone(profile.source),
    persons: { length: profile.persons.length },
    organizations: { length: profile.organizations.length },
    memberships: { length: profile.memberships.length },
    issues: { length: profile.issues.length },
  };
}

/**
 * Renders `index.md`: every profile with its language, its counts of persons, bodies, posts and
 * warnings (what the ingest could not read; the page's "Not understood" section lists them) and a
 * link to its page, then where each page came from. The index itself is in the project's
 * language (front matter `lang: en`); each page records its own.
 *
 * @example renderIndex([sampleProfile()]).startsWith('# Country profiles\n')
 * @param profiles Profiles in output order.
 * @returns The index page's Markdown, ending in one newline.
 */
export function renderIndex(profiles: readonly IndexEntry[]): string {
  const note = 'Generated from the canonical model by country-profiles; do not edit by hand.';
  const children: RootContent[] = [heading(1, 'Country profiles'), comment(note)];
  if (profiles.length === 0) {
    children.push(paragraph('No profiles yet.'));
    return withLanguage(PROJECT_LANGUAGE, serializeMarkdown({ type: 'root', children }));
  }
  children.push(
    heading(2, 'Profiles'),
    table(
      ['Country', 'Section', 'Language', 'Persons', 'Bodies', 'Posts', 'Warnings', 'Page'],
      profiles.map((p) => [
        p.source.country.name,
        p.source.section,
        p.source.language,
        String(p.persons.length),
        String(p.organizations.length),
        String(p.memberships.length),
        String(p.issues.length),
        link(pagePath(p)),
      ]),
    ),
    heading(2, 'Sources'),
    table(
      ['Page', 'Publisher', 'URL', 'Retrieved', 'Raw file'],
      profiles.map((p) => [
        link(pagePath(p), `${p.source.country.name}: ${p.source.section}`),
        p.source.publisher ?? '',
        p.source.url === null ? '' : link(p.source.url),
        p.source.retrieved ?? '',
        code(p.source.file),
      ]),
    ),
  );
  return withLanguage(PROJECT_LANGUAGE, serializeMarkdown({ type: 'root', children }));
}
