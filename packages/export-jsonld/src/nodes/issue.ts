import type { Issue } from '@profiles/model';
import { PROJECT_LANGUAGE } from '../languages.js';
import type { JsonValue } from '../stable-json.js';
import type { PageScope } from './node.js';
import { provenanceNodes } from './provenance.js';

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Warnings in page order: file, line, code, then ID. */
function compare(a: Issue, b: Issue): number {
  const x = a.provenance[0]!;
  const y = b.provenance[0]!;
  return compareText(x.file, y.file) || x.line - y.line || compareText(a.code, b.code) || compareText(a.id, b.id);
}

/**
 * The ingest's warnings about a page, as `cp:Issue` nodes embedded in the page's `schema:WebPage`
 * (`cp:issue`): what it met but could not read, with a code (`cp:code`), the level
 * (`cp:level`, "warning"), the message (`schema:description`, in the project's language: the
 * ingest writes it, not the page), the model ID
 * (`schema:identifier`) and where on the page (`cp:provenance`).
 *
 * Blank nodes, not IRIs: a warning is about one reading of one page, not a thing of the country,
 * and a model ID made from a code and a line could recur on another page of the country, where an
 * IRI would merge two warnings into one node. Sorted by place, so the output does not depend on
 * input order.
 *
 * @param issues The profile's warnings.
 * @param scope The page being written: its quotes are in its language.
 */
export function issueNodes(issues: readonly Issue[], scope: PageScope): JsonValue[] {
  const sorted = issues.length > 1 ? [...issues].sort(compare) : issues;
  // Keys in code-point order, the order the documents list them in.
  return sorted.map((issue) => ({
    '@type': 'Issue',
    code: issue.code,
    description: { '@language': PROJECT_LANGUAGE, '@value': issue.message },
    identifier: issue.id,
    level: issue.level,
    provenance: provenanceNodes(issue.provenance, scope.languages, scope.language),
  }));
}
