import type { Organization } from '@profiles/model';
import { recordIri } from '../iris.js';
import { dateLiteral } from '../literals.js';
import { link, makeNode, sortedStrings, type JsonLdNode, type NodeScope } from './node.js';
import { provenanceNodes } from './provenance.js';

/**
 * A state body as `org:Organization` and `schema:GovernmentOrganization`. Its classification is a
 * concept IRI in the project vocabulary (`cp:advisory-body`), as ORG's `org:classification` wants a
 * concept, not a string.
 *
 * @param organization The model record.
 * @param scope The profile being written.
 */
export function organizationNode(organization: Organization, scope: NodeScope): JsonLdNode {
  // Terms in code-point order, the order the document lists them in.
  return makeNode(recordIri(organization.id, scope.base), ['Organization', 'GovernmentOrganization'], {
    abbreviation: organization.abbreviation,
    alternateName: sortedStrings(organization.aliases),
    classification: `cp:${organization.classification}`,
    description: organization.description,
    foundingDate: organization.founded === null ? null : dateLiteral(organization.founded),
    name: organization.name,
    predecessor: link(organization.predecessorId, scope.base),
    provenance: provenanceNodes(organization.provenance),
    subOrganizationOf: link(organization.parentId, scope.base),
    url: organization.website,
    wasDerivedFrom: scope.sourceIri,
  });
}
