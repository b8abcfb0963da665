import type { Issue, Note, Source } from '@profiles/model';
import type { CountryDataset } from '@profiles/timeline';
import { jsonLdContext, type JsonLdContext } from './context.js';
import { recordIri } from './iris.js';
import { pageLanguages } from './languages.js';
import { eventNode } from './nodes/event.js';
import { groupNode } from './nodes/group.js';
import { materialNode } from './nodes/material.js';
import { membershipNode } from './nodes/membership.js';
import type { JsonLdNode, NodeScope, PageScope } from './nodes/node.js';
import { noteNode } from './nodes/note.js';
import { organizationNode } from './nodes/organization.js';
import { personNode } from './nodes/person.js';
import { postAndRoleNodes } from './nodes/post.js';
import { countryNode, webPageNode } from './nodes/source.js';
import { statisticNode } from './nodes/statistic.js';
import { taskNode } from './nodes/task.js';
import { resolveOptions, type JsonLdOptions, type ResolvedOptions } from './options.js';

/** A JSON-LD document: the shared context, embedded, and its nodes in `@graph`. */
export interface JsonLdDocument {
  '@context': JsonLdContext;
  '@graph': JsonLdNode[];
}

/** What a page's document is made of: a snapshot of `@profiles/timeline` (or a profile) has it. */
export type PageContent = { source: Source; notes: readonly Note[]; issues: readonly Issue[] };

/** Nodes sorted by `@id`, refusing two with one IRI (they would silently merge in a store). */
function sortedNodes(nodes: JsonLdNode[], what: string): JsonLdNode[] {
  nodes.sort((a, b) => (a['@id'] < b['@id'] ? -1 : a['@id'] > b['@id'] ? 1 : 0));
  for (let i = 1; i < nodes.length; i += 1) {
    if (nodes[i]!['@id'] === nodes[i - 1]!['@id']) throw new Error(`${what}: two JSON-LD nodes share the IRI ${nodes[i]!['@id']}`);
  }
  return nodes;
}

/**
 * A country's merged dataset as a JSON-LD document: the country and every person, organization,
 * post, role, membership (with its `time:Interval`), event, task, statistic, group and material
 * once, each derived from the snapshots' pages that show it. Nodes are sorted by `@id`.
 *
 * @example countryDocument(mergeCountry([sampleProfile()]))['@graph'][0]['@id'] // 'urn:country-profiles:id:kg'
 * @param dataset `mergeCountry` of every page and snapshot of the country.
 * @param options Base IRI and vocabulary.
 */
export function countryDocument(dataset: CountryDataset, options?: JsonLdOptions): JsonLdDocument {
  const resolved = resolveOptions(options);
  return { '@context': jsonLdContext(resolved), '@graph': countryGraph(dataset, resolved) };
}

/**
 * A page's (one snapshot's) document: its `schema:WebPage` with the ingest's warnings, and its
 * notes. The records read from it are in the country's document, derived from this page.
 *
 * @example pageDocument(sampleProfile())['@graph'][0]['@type'] // 'WebPage'
 * @param page A snapshot of `mergeCountry` (its notes' bodies resolved to the merged bodies), or a profile.
 * @param options Base IRI and vocabulary.
 */
export function pageDocument(page: PageContent, options?: JsonLdOptions): JsonLdDocument {
  const resolved = resolveOptions(options);
  return { '@context': jsonLdContext(resolved), '@graph': pageGraph(page, resolved) };
}

/** The `@graph` of a country's document (see `countryDocument`). */
export function countryGraph(dataset: CountryDataset, resolved: ResolvedOptions): JsonLdNode[] {
  const languages = pageLanguages(dataset.snapshots.map((s) => s.source));
  const scope: NodeScope = { base: resolved.base, country: dataset.country.code, sourceIri: null, derivedIds: new Map(), languages };
  return sortedNodes(
    [
      countryNode(dataset.country, scope),
      ...dataset.persons.map((r) => personNode(r, scope)),
      ...dataset.organizations.map((r) => organizationNode(r, scope)),
      ...dataset.memberships.map((r) => membershipNode(r, scope)),
      ...postAndRoleNodes(dataset.memberships, scope),
      ...dataset.events.map((r) => eventNode(r, scope)),
      ...dataset.tasks.map((r) => taskNode(r, scope)),
      ...dataset.statistics.map((r) => statisticNode(r, scope)),
      ...dataset.groups.map((r) => groupNode(r, scope)),
      ...dataset.materials.map((r) => materialNode(r, scope)),
    ],
    `country ${dataset.country.code}`,
  );
}

/** The `@graph` of a page's document (see `pageDocument`). */
export function pageGraph(page: PageContent, resolved: ResolvedOptions): JsonLdNode[] {
  const { source } = page;
  const scope: PageScope = { base: resolved.base, country: source.country.code, sourceIri: recordIri(source.id, resolved.base), language: source.language, languages: pageLanguages([source]) };
  return sortedNodes([webPageNode(page.source, scope, page.issues), ...page.notes.map((r) => noteNode(r, scope))], page.source.file);
}
