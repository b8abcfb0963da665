import type { DatasetDiff, DiffSummary, EntityChange, Move, PostChange } from './types.js';

/** The version of the JSON structure below; bumped when a field is renamed or removed. */
export const DIFF_JSON_VERSION = 1;

/** The JSON document `renderDiffJson` writes (see the package README for every field). */
export interface DiffJson {
  version: typeof DIFF_JSON_VERSION;
  equal: boolean;
  summary: DiffSummary;
  changes: EntityChange[];
  posts: PostChange[];
  moves: Move[];
}

/** The diff as the JSON document machines read: fixed key order, two-space indent, final newline. */
export function diffJson(diff: DatasetDiff): DiffJson {
  return {
    version: DIFF_JSON_VERSION,
    equal: diff.equal,
    summary: diff.summary,
    changes: diff.changes.map((c) => ({
      op: c.op,
      kind: c.kind,
      id: c.id,
      page: c.page,
      label: c.label,
      before: c.before,
      after: c.after,
      ...(c.fields ? { fields: c.fields } : {}),
    })),
    posts: diff.posts,
    moves: diff.moves,
  };
}

/**
 * Renders a diff as stable JSON: the same diff always gives the same bytes.
 *
 * @example JSON.parse(renderDiffJson(diff)).posts[0].after.name
 */
export function renderDiffJson(diff: DatasetDiff): string {
  return `${JSON.stringify(diffJson(diff), null, 2)}\n`;
}
