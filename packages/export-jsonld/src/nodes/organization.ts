import type { Organization } from '@profiles/model';
import { recordIri } from '../iris.js';
import { dateLiteral } from '../literals.js';
import { link, makeNode, sortedStrings, type JsonLdNode, type NodeScope } from './node.js';
import { recordProperties } from './provenance.js';

/**
 * A state body as `org:Organization` and `schema:GovernmentOrganization`. Its classification is a
 * concept IRI in the project vocabulary (`cp:advisory-body`), as ORG's `org:classification` wants a
 * concept, not a string.
 *
 * @param organization The model record.
 * @param scope The profile being written.
 */
export function organizationNode(organization: Organization, scope: NodeScope): JsonLdNode {
  return makeNode(recordIri(organization.id, scope.base), ['Organization', 'GovernmentOrganization'], {
    name: organization.name,
    classification: `cp:${organization.classification}`,
    subOrganizationOf: link(organization.parentId, scope.base),
    abbreviation: organization.abbreviation,
    foundingDate: organization.founded === null ? null : dateLiteral(organization.founded),
    predecessor: link(organization.predecessorId, scope.base),
    description: organization.description,
    url: organization.website,
    alternateName: sortedStrings(organization.aliases),
    ...recordProperties(organization, scope),
  });
}
