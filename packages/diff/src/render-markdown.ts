import { escapeMarkdown } from './escape.js';
import { compareCodePoints } from './order.js';
import { DIFF_KINDS, type DatasetDiff, type DiffKind, type EntityChange, type FieldChange, type KindCounts } from './types.js';

/** The hidden first line of the PR comment, by which CI finds the comment to update. */
export const DIFF_COMMENT_MARKER = '<!-- country-profiles-diff -->';

export interface MarkdownOptions {
  /** Hard cap on the length of the whole text (GitHub caps a comment at 65,536). Default 60,000. */
  maxChars?: number;
  /** Items listed per section before the rest is summarized. Default 100. */
  maxItemsPerSection?: number;
  /** Start with `DIFF_COMMENT_MARKER`. Default true. */
  marker?: boolean;
  /** The title line; null for none. Default "Dataset changes". */
  title?: string | null;
  /** Level of the title heading; sections are one below it. Default 3. */
  headingLevel?: number;
  /** From how many entity changes on the summary is followed by a table of changes by country and kind. Default 200. */
  countrySummaryFrom?: number;
}

const PLURAL: Record<DiffKind, [string, string]> = {
  page: ['page', 'pages'],
  person: ['person', 'persons'],
  organization: ['organization', 'organizations'],
  membership: ['membership', 'memberships'],
  event: ['event', 'events'],
  task: ['task', 'tasks'],
  statistic: ['statistic', 'statistics'],
  group: ['group', 'groups'],
  material: ['material', 'materials'],
  note: ['note', 'notes'],
};

/** Longest a single line may be, so one huge value cannot eat the comment. */
const MAX_LINE = 600;
/** Values longer than this are shown as the excerpt around the difference. */
const MAX_VALUE = 160;

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function byKind(counts: KindCounts): string {
  return DIFF_KINDS.filter((kind) => counts[kind] > 0)
    .map((kind) => count(counts[kind], ...PLURAL[kind]))
    .join(', ');
}

function total(counts: KindCounts): number {
  return DIFF_KINDS.reduce((sum, kind) => sum + counts[kind], 0);
}

/** Counts of entity changes by kind. */
function kindCounts(changes: readonly EntityChange[]): KindCounts {
  const counts = Object.fromEntries(DIFF_KINDS.map((kind) => [kind, 0])) as KindCounts;
  for (const change of changes) counts[change.kind] += 1;
  return counts;
}

/** Membership IDs that a post change (changed hands, started, ended) already shows. */
function postMemberships(diff: DatasetDiff): Set<string> {
  const covered = new Set<string>();
  for (const row of diff.posts) {
    if (row.before) covered.add(row.before.membershipId);
    if (row.after) covered.add(row.after.membershipId);
  }
  return covered;
}

/** The entity changes the Added, Removed and Changed sections list: all but the memberships a post change shows. */
function listedChanges(diff: DatasetDiff): EntityChange[] {
  const covered = postMemberships(diff);
  return diff.changes.filter((change) => !(change.kind === 'membership' && covered.has(change.id)));
}

/**
 * The one summary line: what kind of change, how many, with the same counts as the sections
 * below (a membership that a post change shows is counted there, not again as added or removed).
 */
export function summaryLine(diff: DatasetDiff): string {
  if (diff.equal) return '**No changes** in the dataset.';
  const { summary } = diff;
  const parts: string[] = [];
  const changedHands = diff.posts.filter((p) => p.before && p.after).length;
  const started = diff.posts.filter((p) => !p.before && p.after).length;
  const ended = diff.posts.filter((p) => p.before && !p.after).length;
  if (changedHands) parts.push(count(changedHands, 'post changed hands', 'posts changed hands'));
  if (summary.moves) parts.push(count(summary.moves, 'person moved', 'persons moved'));
  if (started) parts.push(count(started, 'membership started', 'memberships started'));
  if (ended) parts.push(count(ended, 'membership ended', 'memberships ended'));
  const listed = listedChanges(diff);
  for (const [op, word] of [['add', 'added'], ['remove', 'removed'], ['change', 'changed']] as const) {
    const counts = kindCounts(listed.filter((c) => c.op === op));
    const n = total(counts);
    if (n) parts.push(`${n} ${word} (${byKind(counts)})`);
  }
  return `**${count(summary.total, 'change', 'changes')}:** ${parts.join('; ')}.`;
}

/** A page's country: `kz/executive-branch` → `kz`. */
const countryOf = (page: string) => page.split('/')[0] ?? page;

/**
 * For a large diff, the changes by country and kind, as a table before the lists: one row per
 * country (code-point order), a column per operation, the kinds in each cell.
 */
export function countrySummary(diff: DatasetDiff): string {
  const countries = new Map<string, EntityChange[]>();
  for (const change of diff.changes) {
    const country = countryOf(change.page);
    const list = countries.get(country);
    if (list) list.push(change);
    else countries.set(country, [change]);
  }
  const posts = new Map<string, number>();
  for (const row of diff.posts) if (row.before && row.after) posts.set(countryOf(row.page), (posts.get(countryOf(row.page)) ?? 0) + 1);
  const cell = (changes: readonly EntityChange[]) => {
    const counts = kindCounts(changes);
    const n = total(counts);
    return n ? `${n}: ${byKind(counts)}` : '';
  };
  const rows = [...countries.keys()].sort(compareCodePoints).map((country) => {
    const changes = countries.get(country)!;
    const cells = [escapeMarkdown(country), String(changes.length), String(posts.get(country) ?? 0), ...(['add', 'remove', 'change'] as const).map((op) => cell(changes.filter((c) => c.op === op)))];
    return `| ${cells.join(' | ')} |`;
  });
  return ['| Country | Changes | Posts changed hands | Added | Removed | Changed |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}

/**
 * The one line about the ingest's warnings, when their number changed: "**Warnings:** 3 → 1."
 * Warnings are not entities, so they are never listed as added or removed; null when the count
 * is the same on both sides.
 */
export function warningsLine(diff: DatasetDiff): string | null {
  const { before, after } = diff.summary.warnings;
  return before === after ? null : `**Warnings:** ${before} → ${after}.`;
}

function clip(line: string, max = MAX_LINE): string {
  return line.length <= max ? line : `${line.slice(0, max - 1)}…`;
}

/**
 * Shortens two long values to the part that differs, with some context either side, so a changed
 * word in a paragraph reads as that word.
 */
export function excerptPair(before: string, after: string, context = 40): [string, string] {
  if (before.length <= MAX_VALUE && after.length <= MAX_VALUE) return [before, after];
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix += 1;
  let suffix = 0;
  while (
    suffix < before.length - prefix &&
    suffix < after.length - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  ) suffix += 1;
  const cut = (text: string) => {
    let start = Math.max(0, prefix - context);
    let end = Math.min(text.length, text.length - suffix + context);
    // Widen to whole words (up to 20 characters), so the excerpt does not start or end inside one.
    const back = /\S{1,20}$/.exec(text.slice(0, start));
    if (start > 0 && back && (back.index === 0 || /\s/.test(text[back.index - 1]!))) start = back.index;
    const ahead = /^\S{1,20}/.exec(text.slice(end));
    if (ahead && (end + ahead[0].length === text.length || /\s/.test(text[end + ahead[0].length]!))) end += ahead[0].length;
    const middle = text.slice(start, end);
    const shown = middle.length > MAX_VALUE * 2 ? `${middle.slice(0, MAX_VALUE)}…${middle.slice(-context)}` : middle;
    return `${start > 0 ? '…' : ''}${shown.trim()}${end < text.length ? '…' : ''}`;
  };
  return [cut(before), cut(after)];
}

function fieldLine(field: FieldChange): string {
  const [before, after] = excerptPair(field.beforeText, field.afterText);
  return clip(`  - ${escapeMarkdown(field.field)}: ${escapeMarkdown(before)} → ${escapeMarkdown(after)}`);
}

/** A section: a heading and its items, each item one or more lines that stay together. */
interface Section {
  title: string;
  /** What "more" counts in the section's overflow line: "posts changed hands". */
  noun: string;
  items: string[];
}

function sections(diff: DatasetDiff): Section[] {
  const pages = new Set([...diff.changes.map((c) => c.page), ...diff.posts.map((p) => p.page)]);
  const where = (page: string) => (pages.size > 1 ? ` _(${escapeMarkdown(page)})_` : '');
  const since = (date: string | null) => (date ? `, since ${date}` : '');
  const covered = postMemberships(diff);
  const listed = (change: EntityChange) => !(change.kind === 'membership' && covered.has(change.id));
  const entity = (change: EntityChange) => clip(`- ${change.kind}: ${escapeMarkdown(change.label)}${where(change.page)}`);
  return [
    {
      title: 'Posts changed hands',
      noun: 'posts changed hands',
      items: diff.posts
        .filter((p) => p.before && p.after)
        .map((p) => clip(`- **${escapeMarkdown(p.post)}**: ${escapeMarkdown(p.before!.name)} → ${escapeMarkdown(p.after!.name)}${since(p.since)}${where(p.page)}`)),
    },
    {
      title: 'Moves',
      noun: 'moves',
      items: diff.moves.map((m) =>
        clip(`- **${escapeMarkdown(m.name)}**: ${escapeMarkdown(m.from.post)} → ${escapeMarkdown(m.to.post)}${since(m.since)}${where(m.to.page)}`),
      ),
    },
    {
      title: 'Memberships started',
      noun: 'memberships started',
      items: diff.posts
        .filter((p) => !p.before && p.after)
        .map((p) => clip(`- **${escapeMarkdown(p.after!.name)}**: ${escapeMarkdown(p.post)}${since(p.since)}${where(p.page)}`)),
    },
    {
      title: 'Memberships ended',
      noun: 'memberships ended',
      items: diff.posts
        .filter((p) => p.before && !p.after)
        .map((p) => clip(`- **${escapeMarkdown(p.before!.name)}**: ${escapeMarkdown(p.post)}${where(p.page)}`)),
    },
    { title: 'Added', noun: 'additions', items: diff.changes.filter((c) => c.op === 'add' && listed(c)).map(entity) },
    { title: 'Removed', noun: 'removals', items: diff.changes.filter((c) => c.op === 'remove' && listed(c)).map(entity) },
    {
      title: 'Changed',
      noun: 'changed entities',
      items: diff.changes
        .filter((c) => c.op === 'change')
        .map((c) => [entity(c), ...(c.fields ?? []).map(fieldLine)].join('\n')),
    },
  ];
}

/**
 * Renders a diff as one Markdown document for a pull-request comment: the hidden marker line, a
 * title, one summary line with counts (and one about the warnings when their number changed),
 * then a section per kind of change (posts changed hands,
 * moves, memberships started and ended, added, removed, changed). Names are escaped. Past
 * `maxItemsPerSection` a section is summarized, and the whole text stays under `maxChars` by
 * summarizing the rest ("… and 812 more changes; see the JSON").
 *
 * @param diff the result of `diffDatasets`
 * @param options caps and framing
 * @returns the Markdown text, ending with a newline
 */
export function renderDiffMarkdown(diff: DatasetDiff, options: MarkdownOptions = {}): string {
  const { maxChars = 60000, maxItemsPerSection = 100, marker = true, title = 'Dataset changes', headingLevel = 3, countrySummaryFrom = 200 } = options;
  const hashes = (level: number) => '#'.repeat(Math.min(6, Math.max(1, level)));
  const head: string[] = [];
  if (marker) head.push(DIFF_COMMENT_MARKER);
  if (title !== null) head.push(`${hashes(headingLevel)} ${title}`, '');
  head.push(summaryLine(diff));
  const warnings = warningsLine(diff);
  if (warnings !== null) head.push('', warnings);
  if (diff.changes.length >= countrySummaryFrom) {
    const table = countrySummary(diff);
    // A table of thousands of countries would not fit either: then the summary line must do.
    if (table.length < maxChars / 3) head.push('', `${hashes(headingLevel + 1)} By country`, '', table);
  }
  let text = head.join('\n');
  // Room kept for the closing "… and N more changes" line.
  const reserve = 80;
  let omitted = 0;
  let full = false;
  for (const section of sections(diff)) {
    if (!section.items.length) continue;
    const shown = section.items.slice(0, maxItemsPerSection);
    const extra = section.items.length - shown.length;
    const heading = `\n\n${hashes(headingLevel + 1)} ${section.title} (${section.items.length})\n\n`;
    if (full || text.length + heading.length + shown[0]!.length + reserve > maxChars) {
      full = true;
      omitted += section.items.length;
      continue;
    }
    text += heading;
    let first = true;
    for (const [i, item] of shown.entries()) {
      if (text.length + item.length + 1 + reserve > maxChars) {
        full = true;
        omitted += shown.length - i;
        break;
      }
      text += `${first ? '' : '\n'}${item}`;
      first = false;
    }
    if (extra > 0) {
      const line = `\n- … and ${extra} more ${section.noun}; see the JSON`;
      if (!full && text.length + line.length + reserve <= maxChars) text += line;
      else {
        full = true;
        omitted += extra;
      }
    }
  }
  if (omitted > 0) text += `\n\n… and ${count(omitted, 'more change', 'more changes')}; see the JSON (\`profiles diff --format json\`).`;
  return `${text}\n`;
}
