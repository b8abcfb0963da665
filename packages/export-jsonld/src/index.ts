/**
 * @profiles/export-jsonld — the canonical model as linked data.
 *
 * W3C ORG for the structure of the state (organizations, posts, memberships), schema.org for
 * people, events and pages, OWL-Time for when a post was held, a small project vocabulary for the
 * rest; one JSON-LD document per country (each record once, merged by `@profiles/timeline`) and
 * one per page, with a protected, `@vocab`-free context, and SHACL shapes to check them.
 */
export type { JsonLdContext } from './context.js';
export type { JsonLdDocument, PageContent } from './document.js';
export type { JsonLdNode } from './nodes/node.js';
export type { JsonLdOptions } from './options.js';

export { jsonLdContext } from './context.js';
export { countryDocument, pageDocument } from './document.js';
export { exportJsonLd, jsonLdPages } from './export.js';
export { recordIri } from './iris.js';
export { DEFAULT_BASE, DEFAULT_VOCAB } from './options.js';
export { CONTEXT_FILE, countryDocumentPath, documentPath, SHAPES_FILE } from './paths.js';
export { shapesTurtle } from './shapes.js';
