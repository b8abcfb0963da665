import type { Profile } from '@profiles/model';
import { indexDataset } from './dataset-index.js';
import { fieldChanges } from './fields.js';
import { entityLabel, nameLookup } from './labels.js';
import { compareKeys } from './order.js';
import { movesOf, postChanges } from './posts.js';
import { DIFF_KINDS, type DatasetDiff, type DiffKind, type EntityChange, type KindCounts } from './types.js';

const KIND_RANK = new Map<DiffKind, number>(DIFF_KINDS.map((kind, i) => [kind, i]));
const OP_RANK = { remove: 0, add: 1, change: 2 } as const;

/** The warnings of every page of a dataset, in all. */
export function warningCount(profiles: readonly Profile[]): number {
  return profiles.reduce((n, profile) => n + profile.issues.length, 0);
}

function zeroCounts(): KindCounts {
  return Object.fromEntries(DIFF_KINDS.map((kind) => [kind, 0])) as KindCounts;
}

/** Orders changes by kind order, then label, page, ID and operation, comparing code points. */
export function compareChanges(a: EntityChange, b: EntityChange): number {
  return (
    KIND_RANK.get(a.kind)! - KIND_RANK.get(b.kind)! ||
    compareKeys([a.label, a.page, a.id], [b.label, b.page, b.id]) ||
    OP_RANK[a.op] - OP_RANK[b.op]
  );
}

/**
 * Compares two datasets entity by entity and names what changed as a reviewer thinks of it.
 *
 * Entities are matched by kind, page and ID. Changes only in provenance (text moved on the page),
 * in list positions or in how the page was read (hash, encoding) are not changes. Membership
 * changes are also read as posts changing hands and persons moving between posts. The ingest's
 * warnings are not entities: they are only counted (`summary.warnings`).
 *
 * @example
 * const diff = diffDatasets(await readModels('base/model'), await readModels('dist/model'));
 * if (!diff.equal) console.log(renderDiffMarkdown(diff));
 * @param base the dataset before (any order)
 * @param head the dataset after (any order)
 * @returns every change, in a stable order; `equal` when there is none
 */
export function diffDatasets(base: readonly Profile[], head: readonly Profile[]): DatasetDiff {
  const before = indexDataset(base);
  const after = indexDataset(head);
  const beforeNames = nameLookup(before, after);
  const afterNames = nameLookup(after, before);
  const changes: EntityChange[] = [];
  for (const [key, next] of after.entities) {
    const previous = before.entities.get(key);
    if (!previous) {
      const label = entityLabel(next.kind, next.page, next.record, afterNames);
      changes.push({ op: 'add', kind: next.kind, id: next.id, page: next.page, label, before: null, after: next.record });
      continue;
    }
    const fields = fieldChanges(next.kind, next.page, previous.record, next.record, beforeNames, afterNames);
    if (!fields.length) continue;
    const label = entityLabel(next.kind, next.page, next.record, afterNames);
    changes.push({ op: 'change', kind: next.kind, id: next.id, page: next.page, label, before: previous.record, after: next.record, fields });
  }
  for (const [key, previous] of before.entities) {
    if (after.entities.has(key)) continue;
    const label = entityLabel(previous.kind, previous.page, previous.record, beforeNames);
    changes.push({ op: 'remove', kind: previous.kind, id: previous.id, page: previous.page, label, before: previous.record, after: null });
  }
  changes.sort(compareChanges);
  const posts = postChanges(before, after, beforeNames, afterNames);
  const moves = movesOf(posts);
  const summary = {
    added: zeroCounts(),
    removed: zeroCounts(),
    changed: zeroCounts(),
    total: changes.length,
    posts: posts.length,
    moves: moves.length,
    warnings: { before: warningCount(base), after: warningCount(head) },
  };
  for (const change of changes) {
    const counts = change.op === 'add' ? summary.added : change.op === 'remove' ? summary.removed : summary.changed;
    counts[change.kind] += 1;
  }
  return { equal: changes.length === 0, summary, changes, posts, moves };
}
