import type { Profile } from '@profiles/model';
import { jsonLdContext, type JsonLdContext } from './context.js';
import { recordIri } from './iris.js';
import { eventNode } from './nodes/event.js';
import { groupNode } from './nodes/group.js';
import { materialNode } from './nodes/material.js';
import { membershipNode } from './nodes/membership.js';
import type { JsonLdNode, NodeScope } from './nodes/node.js';
import { noteNode } from './nodes/note.js';
import { organizationNode } from './nodes/organization.js';
import { personNode } from './nodes/person.js';
import { postAndRoleNodes } from './nodes/post.js';
import { sourceNodes } from './nodes/source.js';
import { statisticNode } from './nodes/statistic.js';
import { taskNode } from './nodes/task.js';
import { resolveOptions, type JsonLdOptions, type ResolvedOptions } from './options.js';

/** One profile as JSON-LD: the shared context, embedded, and every node in `@graph`. */
export interface JsonLdDocument {
  '@context': JsonLdContext;
  '@graph': JsonLdNode[];
}

/**
 * Turns one validated profile into a JSON-LD document. The context is embedded, so the document
 * reads the same in any JSON-LD processor without fetching anything. Nodes are sorted by `@id`.
 *
 * @example profileDocument(sampleProfile())['@graph'][0]['@id'] // 'urn:country-profiles:id:kg' (the country)
 * @param profile A profile that passed the model's validation.
 * @param options Base IRI and vocabulary.
 * @returns The document, ready for `stableStringify` or a JSON-LD processor.
 */
export function profileDocument(profile: Profile, options?: JsonLdOptions): JsonLdDocument {
  const resolved = resolveOptions(options);
  return { '@context': jsonLdContext(resolved), '@graph': profileGraph(profile, resolved) };
}

/**
 * The `@graph` of a profile's document: every node, sorted by `@id`.
 *
 * @param profile A profile that passed the model's validation.
 * @param resolved Base IRI and vocabulary, already resolved.
 */
export function profileGraph(profile: Profile, resolved: ResolvedOptions): JsonLdNode[] {
  const scope: NodeScope = {
    base: resolved.base,
    country: profile.source.country.code,
    sourceIri: recordIri(profile.source.id, resolved.base),
    derivedIds: new Map(),
  };
  const nodes: JsonLdNode[] = [
    ...sourceNodes(profile.source, scope, profile.issues),
    ...profile.persons.map((r) => personNode(r, scope)),
    ...profile.organizations.map((r) => organizationNode(r, scope)),
    ...profile.memberships.map((r) => membershipNode(r, scope)),
    ...postAndRoleNodes(profile.memberships, scope),
    ...profile.events.map((r) => eventNode(r, scope)),
    ...profile.tasks.map((r) => taskNode(r, scope)),
    ...profile.statistics.map((r) => statisticNode(r, scope)),
    ...profile.groups.map((r) => groupNode(r, scope)),
    ...profile.materials.map((r) => materialNode(r, scope)),
    ...profile.notes.map((r) => noteNode(r, scope)),
  ];
  nodes.sort((a, b) => (a['@id'] < b['@id'] ? -1 : a['@id'] > b['@id'] ? 1 : 0));
  for (let i = 1; i < nodes.length; i += 1) {
    // Validated models have unique IDs; two nodes with one IRI would silently merge in a store.
    if (nodes[i]!['@id'] === nodes[i - 1]!['@id']) throw new Error(`${profile.source.file}: two JSON-LD nodes share the IRI ${nodes[i]!['@id']}`);
  }
  return nodes;
}
