/**
 * @profiles/ingest — a profile page (HTML or text dump) to the canonical model.
 *
 * Both forms become one block structure (headings, paragraphs, list items, section breaks); the
 * same rules then run over it, one file per pattern under `src/rules/`.
 */
export type { PageInput } from './ingest.js';
export type { Block, Link } from './blocks.js';
export { ingestPage, MAX_RECORDS_PER_PAGE, pageBlocks, recordCount } from './ingest.js';
export type { IngestLimits } from './ingest.js';
export { decodePage, PUBLISHER_DEFAULT_ENCODING } from './decode.js';
export { pageWarningLine, warningSummary } from './warnings.js';
