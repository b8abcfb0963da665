import type { Country, Issue, Source } from '@profiles/model';
import { countryIri } from '../iris.js';
import { PROJECT_LANGUAGE } from '../languages.js';
import { dateLiteral, textIn } from '../literals.js';
import { issueNodes } from './issue.js';
import { makeNode, type JsonLdNode, type NodeScope, type PageScope } from './node.js';

const MEDIA_TYPES: Record<Source['format'], string> = { html: 'text/html', text: 'text/plain' };

/**
 * The raw page every record of a page's document was read from, as a `schema:WebPage`, covering
 * its country (`schema:spatialCoverage`, the country's node in the country's document). The
 * country's records link to it (`prov:wasDerivedFrom`) from the country's document.
 *
 * The page carries the ingest's warnings about it (`cp:issue`, see `issueNodes`). Its title,
 * section and publisher are in its language (`schema:inLanguage`, a plain code).
 *
 * @param source The snapshot's source.
 * @param scope The page being written.
 * @param issues The snapshot's warnings.
 */
export function webPageNode(source: Source, scope: PageScope, issues: readonly Issue[] = []): JsonLdNode {
  const text = textIn(scope.language);
  // Terms in code-point order, the order the document lists them in.
  return makeNode(scope.sourceIri, ['WebPage'], {
    encoding: source.encoding,
    encodingFormat: MEDIA_TYPES[source.format],
    file: source.file,
    inLanguage: source.language,
    issue: issueNodes(issues, scope),
    latestDate: source.latestDate === null ? null : dateLiteral(source.latestDate),
    name: text(source.title),
    publisher: text(source.publisher),
    retrieved: source.retrieved === null ? null : dateLiteral(source.retrieved),
    section: text(source.section),
    sha256: source.sha256,
    spatialCoverage: countryIri(source.country.code, scope.base),
    url: source.url,
  });
}

/**
 * The country as a `schema:Country`, in the country's document: its IRI is the base and its
 * code, so every page of the country meets in one node. Its name is in the project's language:
 * the dataset keeps one English name per country, whatever its pages' language.
 *
 * @param country The country.
 * @param scope The country being written.
 */
export function countryNode(country: Country, scope: NodeScope): JsonLdNode {
  return makeNode(countryIri(country.code, scope.base), ['Country'], { identifier: country.code, name: textIn(PROJECT_LANGUAGE)(country.name) });
}
