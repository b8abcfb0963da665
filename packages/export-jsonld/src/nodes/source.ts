import type { Issue, Source } from '@profiles/model';
import { countryIri } from '../iris.js';
import { dateLiteral } from '../literals.js';
import { issueNodes } from './issue.js';
import { makeNode, type JsonLdNode, type NodeScope } from './node.js';

const MEDIA_TYPES: Record<Source['format'], string> = { html: 'text/html', text: 'text/plain' };

/**
 * The raw page every record was read from, as a `schema:WebPage`, and the country it covers. The
 * country node's IRI is the base and its code, so profiles of one country meet in one node.
 *
 * The page carries the ingest's warnings about it (`cp:issue`, see `issueNodes`).
 *
 * @param source The profile's source.
 * @param scope The profile being written.
 * @param issues The profile's warnings.
 */
export function sourceNodes(source: Source, scope: NodeScope, issues: readonly Issue[] = []): JsonLdNode[] {
  const country = countryIri(source.country.code, scope.base);
  return [
    // Terms in code-point order, the order the document lists them in.
    makeNode(scope.sourceIri, ['WebPage'], {
      encoding: source.encoding,
      encodingFormat: MEDIA_TYPES[source.format],
      file: source.file,
      inLanguage: source.language,
      issue: issueNodes(issues),
      latestDate: source.latestDate === null ? null : dateLiteral(source.latestDate),
      name: source.title,
      publisher: source.publisher,
      retrieved: source.retrieved === null ? null : dateLiteral(source.retrieved),
      section: source.section,
      sha256: source.sha256,
      spatialCoverage: country,
      url: source.url,
    }),
    makeNode(country, ['Country'], { identifier: source.country.code, name: source.country.name }),
  ];
}
