/**
 * @profiles/export-markdown — readable Markdown pages from canonical models.
 *
 * `exportMarkdown` turns validated profiles into `index.md` and one page per profile, built as an
 * mdast tree and serialized (and escaped) by mdast-util-to-markdown with GFM tables.
 */
export { exportMarkdown, markdownPages } from './export-markdown.js';
export { pagePath } from './page-path.js';
export { renderIndex } from './render-index.js';
export { renderProfile } from './render-profile.js';
