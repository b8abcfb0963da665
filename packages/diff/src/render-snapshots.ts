import type { HolderRow, SnapshotChange } from '@profiles/timeline';
import { escapeMarkdown } from './escape.js';

/** "Prime Minister (Government)": a post as a reviewer names it. */
function post(row: Pick<HolderRow, 'role' | 'organization'>): string {
  return escapeMarkdown(row.organization ? `${row.role} (${row.organization})` : row.role);
}

const since = (row: HolderRow) => (row.startDate ? `, since ${row.startDate}` : '');

/** One page's change between its last two snapshots, as a Markdown section. */
function renderOne(change: SnapshotChange): string[] {
  const lines = [`### ${escapeMarkdown(change.page)}: ${change.before.date ?? 'undated'} → ${change.after.date ?? 'undated'}`, ''];
  if (change.equal) return [...lines, 'No post changed.', ''];
  const counts = [
    `${change.posts.length} post${change.posts.length === 1 ? '' : 's'} changed hands`,
    `${change.moves.length} person${change.moves.length === 1 ? '' : 's'} moved`,
    `${change.added.length} added, ${change.removed.length} ended, ${change.changed.length} changed`,
  ];
  lines.push(`**${counts.join('; ')}.**`, '');
  if (change.posts.length) {
    lines.push(`#### Posts changed hands (${change.posts.length})`, '');
    for (const p of change.posts) {
      const left = p.left.map((r) => escapeMarkdown(r.person)).join(', ') || '—';
      const came = p.came.map((r) => `${escapeMarkdown(r.person)}${since(r)}`).join(', ') || '—';
      lines.push(`- **${post(p)}**: ${left} → ${came}`);
    }
    lines.push('');
  }
  if (change.moves.length) {
    lines.push(`#### Moves (${change.moves.length})`, '');
    for (const m of change.moves) lines.push(`- **${escapeMarkdown(m.person)}**: ${m.from.map(post).join(', ')} → ${m.to.map((r) => `${post(r)}${since(r)}`).join(', ')}`);
    lines.push('');
  }
  if (change.changed.length) {
    lines.push(`#### Changed (${change.changed.length})`, '');
    for (const c of change.changed) {
      const fields = c.changes.map((f) => `${f.field}: ${escapeMarkdown(f.before ?? '—')} → ${escapeMarkdown(f.after ?? '—')}`).join('; ');
      lines.push(`- **${escapeMarkdown(c.person)}**, ${post(c)}: ${fields}`);
    }
    lines.push('');
  }
  return lines;
}

/**
 * What changed between the last two snapshots of each page inside one dataset, in a reviewer's
 * words: posts that changed hands, people who moved, posts that changed their title or start.
 *
 * @param changes one per page that has two snapshots or more (`lastChanges` of `@profiles/timeline`)
 */
export function renderSnapshotChangesMarkdown(changes: readonly SnapshotChange[]): string {
  const lines = ['## Changes between the last two snapshots', ''];
  if (!changes.length) return [...lines, 'No page has two snapshots.', ''].join('\n');
  for (const change of changes) lines.push(...renderOne(change));
  return `${lines.join('\n').trimEnd()}\n`;
}
