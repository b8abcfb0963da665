import { renderDiffMarkdown, type DatasetDiff } from '@profiles/diff';
import { RECORD_COLLECTIONS, RECORD_NOUN, type Profile } from '@profiles/model';
import type { ReleaseBump } from './version.js';

const BUMP_WORDS: Record<ReleaseBump, string> = {
  major: 'A major release: the model schema changed in a way that breaks readers of the previous one.',
  minor: 'A minor release: the data changed.',
  patch: 'A patch release: the data is the same; only its presentation changed, or nothing did.',
};

const TITLE = '# Changelog';
const INTRO = 'Every release of the country-profiles dataset, newest first. Each entry is the diff against the release before it.';

/** The largest a changelog entry's diff may grow; the full list is `profiles diff --format json`. */
const ENTRY_MAX_CHARS = 30000;

/**
 * What a release holds: its pages and the records of each kind. The ingest's warnings (`issues`) are
 * not records and are not counted here; a diff entry says how their number changed.
 */
function contents(profiles: readonly Profile[]): string {
  const counts = RECORD_COLLECTIONS.filter((c) => c !== 'issues')
    .map((c) => [c, profiles.reduce((n, p) => n + p[c].length, 0)] as const)
    .filter(([, n]) => n > 0);
  const pages = profiles.map((p) => p.source.file).join(', ');
  return `${profiles.length} page${profiles.length === 1 ? '' : 's'} (${pages}): ${counts.map(([c, n]) => `${n} ${n === 1 ? RECORD_NOUN[c] : c}`).join(', ')}.`;
}

/**
 * The changelog entry of a release: its version heading, what it holds, and the diff against the
 * previous release ("Initial release." when there is none).
 *
 * @param previousVersion the previous release's version, or null when the previous dataset has none
 * @param diff the diff against the previous release, or null for an initial release
 * @param bump what the version bumps, when it was worked out from the previous release
 */
export function changelogEntry(version: string, profiles: readonly Profile[], diff: DatasetDiff | null, previousVersion: string | null, bump: ReleaseBump | null = null): string {
  const lines = [`## ${version}`, ''];
  if (diff === null) {
    lines.push(`Initial release. ${contents(profiles)}`);
  } else {
    lines.push(`Changes since ${previousVersion ?? 'the previous dataset'}. ${contents(profiles)}`, '');
    if (bump !== null) lines.push(BUMP_WORDS[bump], '');
    lines.push(renderDiffMarkdown(diff, { marker: false, title: null, headingLevel: 2, maxChars: ENTRY_MAX_CHARS }).trimEnd());
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Text from a previous release made inert before it goes into a new changelog: no HTML (`<` as an
 * entity, so no tag, comment or hidden marker), no mention or issue link (`@name`, `#12` get the
 * zero-width space this tool's own entries use), no control characters. The entries this tool
 * wrote come through unchanged: their page text is escaped that way already.
 */
export function inertMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/</g, '&lt;')
    .replace(/(^|[^\p{L}\p{N}_&])([@#])(?=[\p{L}\p{N}_])/gu, '$1$2&#8203;');
}

/** The entries of an existing CHANGELOG.md: everything from its first `## ` heading on, made inert (see `inertMarkdown`). */
export function changelogEntries(changelog: string): string {
  const text = inertMarkdown(changelog);
  const match = /^## /m.exec(text);
  return match ? text.slice(match.index).trimEnd() + '\n' : '';
}

/** A whole CHANGELOG.md: the title, the new entry, then the previous release's entries. */
export function changelog(entry: string, previousChangelog: string | null): string {
  const older = previousChangelog ? changelogEntries(previousChangelog) : '';
  return `${TITLE}\n\n${INTRO}\n\n${entry}${older ? `\n${older}` : ''}`;
}
