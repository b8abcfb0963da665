/**
 * @profiles/diff — what changed between two datasets, in a reviewer's words.
 *
 * `diffDatasets` matches entities by kind, page and ID and reads membership changes as posts changing
 * hands and persons moving; the renderers write it as one PR comment (Markdown) or as JSON.
 */
export type {
  DatasetDiff,
  DiffKind,
  DiffOp,
  DiffRecord,
  DiffSummary,
  EntityChange,
  FieldChange,
  Holder,
  KindCounts,
  Move,
  PostChange,
  PostRef,
  WarningCounts,
} from './types.js';
export type { MarkdownOptions } from './render-markdown.js';
export type { DiffJson } from './render-json.js';

export { DIFF_KINDS } from './types.js';
export { diffDatasets } from './diff-datasets.js';
export { DIFF_COMMENT_MARKER, renderDiffMarkdown, summaryLine, warningsLine } from './render-markdown.js';
export { DIFF_JSON_VERSION, renderDiffJson } from './render-json.js';
export { escapeMarkdown } from './escape.js';
export { renderSnapshotChangesMarkdown } from './render-snapshots.js';
export { IGNORED_FIELDS, IGNORED_PAGE_FIELDS } from './fields.js';
export { compareCodePoints } from './order.js';
