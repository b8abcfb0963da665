import type { ClassTerm, PropertyTerm } from '../context.js';
import type { PageLanguages } from '../languages.js';
import type { JsonValue } from '../stable-json.js';

/** One node of a document's `@graph`. */
export interface JsonLdNode {
  '@id': string;
  '@type': ClassTerm | ClassTerm[];
  [term: string]: JsonValue;
}

/** A node's properties by term; null, undefined and empty lists mean "no statement". */
export type NodeProperties = { [term in PropertyTerm]?: JsonValue | undefined };

/** What every node builder needs to know about the profile it writes. */
export interface NodeScope {
  /** The base IRI of every node. */
  base: string;
  /** The profile's country code. */
  country: string;
  /** In a page's document, the IRI of its `schema:WebPage`; null in a country's document. */
  sourceIri: string | null;
  /** Post and role IDs made so far for this document (each is hashed once). */
  derivedIds?: Map<string, string>;
  /** The language of each page the document gathers: every text takes its page's. */
  languages: PageLanguages;
}

/** What the builders of a page's document know besides: its page's IRI and language. */
export type PageScope = NodeScope & {
  sourceIri: string;
  /** The page's language (`source.language`): its title, notes and quotes are in it. */
  language: string;
};

/**
 * Builds a node, leaving out the properties the record does not have, so a missing value is an
 * absent triple rather than an empty string. The property keys are typed against the context, so a
 * term the context lacks does not compile.
 *
 * @param id The node's absolute IRI.
 * @param types Its class terms, most specific vocabulary first.
 * @param properties Its properties by term.
 */
export function makeNode(id: string, types: readonly [ClassTerm, ...ClassTerm[]], properties: NodeProperties): JsonLdNode {
  const node: JsonLdNode = { '@id': id, '@type': types.length === 1 ? types[0] : [...types] };
  // Terms in code-point order (after "@id" and "@type"), the order the documents list them in;
  // the builders list them so, and the check spares the sort.
  const terms = Object.keys(properties) as PropertyTerm[];
  for (let i = 1; i < terms.length; i++) {
    if (terms[i - 1]! >= terms[i]!) {
      terms.sort();
      break;
    }
  }
  for (const term of terms) {
    const value = properties[term];
    if (value === undefined || value === null) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    node[term] = value;
  }
  return node;
}

/** Link values for `@id`-typed terms: the base and the ID, or nothing. */
export function link(id: string | null, base: string): string | null {
  return id === null ? null : `${base}${id}`;
}

/** Strings in code-point order without repeats: multi-valued properties never depend on input order. */
export function sortedStrings(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}

/** Texts in code-point order without repeats, each written by `write` (a language's `textIn`). */
export function sortedTexts<T>(values: readonly string[], write: (value: string) => T): T[] {
  return sortedStrings(values).map(write);
}
