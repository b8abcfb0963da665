import type { MergedOrganization } from '@profiles/timeline';
import { recordIri } from '../iris.js';
import { dateLiteral } from '../literals.js';
import { link, makeNode, sortedTexts, type JsonLdNode, type NodeScope } from './node.js';
import { recordProperties, recordText } from './provenance.js';

/**
 * A state body as `org:Organization` and `schema:GovernmentOrganization`. Its classification is a
 * concept IRI in the project vocabulary (`cp:advisory-body`), as ORG's `org:classification` wants a
 * concept, not a string.
 *
 * @param organization The merged record (`@profiles/timeline`).
 * @param scope The country being written.
 */
export function organizationNode(organization: MergedOrganization, scope: NodeScope): JsonLdNode {
  const text = recordText(organization, scope);
  // Terms in code-point order, the order the document lists them in.
  return makeNode(recordIri(organization.id, scope.base), ['Organization', 'GovernmentOrganization'], {
    abbreviation: text(organization.abbreviation),
    alternateName: sortedTexts(organization.aliases, text),
    classification: `cp:${organization.classification}`,
    description: text(organization.description),
    foundingDate: organization.founded === null ? null : dateLiteral(organization.founded),
    name: text(organization.name),
    predecessor: link(organization.predecessorId, scope.base),
    subOrganizationOf: link(organization.parentId, scope.base),
    url: organization.website,
    ...recordProperties(organization, scope),
  });
}
