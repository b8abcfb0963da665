import type { Source } from '@profiles/model';
import { countryIri } from '../iris.js';
import { dateLiteral } from '../literals.js';
import { makeNode, type JsonLdNode, type NodeScope } from './node.js';

const MEDIA_TYPES: Record<Source['format'], string> = { html: 'text/html', text: 'text/plain' };

/**
 * The raw page every record was read from, as a `schema:WebPage`, and the country it covers. The
 * country node's IRI is the base and its code, so profiles of one country meet in one node.
 *
 * @param source The profile's source.
 * @param scope The profile being written.
 */
export function sourceNodes(source: Source, scope: NodeScope): JsonLdNode[] {
  const country = countryIri(source.country.code, scope.base);
  return [
    makeNode(scope.sourceIri, ['WebPage'], {
      name: source.title,
      section: source.section,
      publisher: source.publisher,
      url: source.url,
      inLanguage: source.language,
      retrieved: source.retrieved === null ? null : dateLiteral(source.retrieved),
      latestDate: source.latestDate === null ? null : dateLiteral(source.latestDate),
      encodingFormat: MEDIA_TYPES[source.format],
      encoding: source.encoding,
      sha256: source.sha256,
      file: source.file,
      spatialCoverage: country,
    }),
    makeNode(country, ['Country'], { name: source.country.name, identifier: source.country.code }),
  ];
}
