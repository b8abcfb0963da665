import { resolveOptions, type JsonLdOptions } from './options.js';

/** The namespaces the context binds as prefixes. `cp` is the project vocabulary, set by the options. */
export const PREFIXES = {
  org: 'http://www.w3.org/ns/org#',
  owl: 'http://www.w3.org/2002/07/owl#',
  prov: 'http://www.w3.org/ns/prov#',
  // http, not https: it is what schema.org's own context expands to, so our triples join theirs.
  schema: 'http://schema.org/',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  time: 'http://www.w3.org/2006/time#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

/** A term definition, written with the prefixes above (and `cp:`). */
type TermDefinition = string | { '@id': string; '@type': '@id' | `xsd:${string}` };

const iri = (id: string): TermDefinition => ({ '@id': id, '@type': '@id' });
const typed = (id: string, datatype: `xsd:${string}`): TermDefinition => ({ '@id': id, '@type': datatype });

/** Class terms: what a node's `@type` may say. */
export const CLASS_TERMS = {
  Country: 'schema:Country',
  CreativeWork: 'schema:CreativeWork',
  Death: 'cp:Death',
  Decision: 'cp:Decision',
  Election: 'cp:Election',
  ElectionResult: 'cp:ElectionResult',
  Event: 'schema:Event',
  GovernmentOrganization: 'schema:GovernmentOrganization',
  Group: 'cp:Group',
  Inauguration: 'cp:Inauguration',
  Instant: 'time:Instant',
  Interval: 'time:Interval',
  Issue: 'cp:Issue',
  Membership: 'org:Membership',
  Note: 'cp:Note',
  Organization: 'org:Organization',
  Person: 'schema:Person',
  Post: 'org:Post',
  Provenance: 'cp:Provenance',
  Referendum: 'cp:Referendum',
  Resignation: 'cp:Resignation',
  Role: 'org:Role',
  Statistic: 'cp:Statistic',
  Task: 'cp:Task',
  Upheaval: 'cp:Upheaval',
  WebPage: 'schema:WebPage',
} as const satisfies Record<string, string>;

/**
 * Property terms. Links to other nodes are `@id`-typed; numbers that must keep their exact decimal
 * form are `xsd:decimal`-typed strings. Dates have no type here: one term cannot be a year, a month
 * and a day at once, so each date is a value object carrying its own datatype.
 */
export const PROPERTY_TERMS = {
  abbreviation: 'cp:abbreviation',
  about: iri('schema:about'),
  alternateName: 'schema:alternateName',
  author: 'schema:author',
  before: iri('time:before'),
  candidate: iri('cp:candidate'),
  category: 'cp:category',
  classification: iri('org:classification'),
  code: 'cp:code',
  datePublished: 'schema:datePublished',
  description: 'schema:description',
  element: 'cp:element',
  encoding: 'cp:encoding',
  encodingFormat: 'schema:encodingFormat',
  endDate: 'schema:endDate',
  endLine: typed('cp:endLine', 'xsd:integer'),
  endedBefore: 'cp:endedBefore',
  familyName: 'schema:familyName',
  file: 'cp:file',
  firstSeen: 'cp:firstSeen',
  foundingDate: 'schema:foundingDate',
  genre: 'schema:genre',
  givenName: 'schema:givenName',
  groupMember: iri('cp:groupMember'),
  hasBeginning: iri('time:hasBeginning'),
  hasEnd: iri('time:hasEnd'),
  heading: 'cp:heading',
  identifier: 'schema:identifier',
  inLanguage: 'schema:inLanguage',
  inXSDDate: typed('time:inXSDDate', 'xsd:date'),
  inXSDgYear: typed('time:inXSDgYear', 'xsd:gYear'),
  inXSDgYearMonth: typed('time:inXSDgYearMonth', 'xsd:gYearMonth'),
  issue: 'cp:issue',
  lastSeen: 'cp:lastSeen',
  latestDate: 'cp:latestDate',
  level: 'cp:level',
  line: typed('cp:line', 'xsd:integer'),
  localName: 'cp:localName',
  maxValue: typed('schema:maxValue', 'xsd:decimal'),
  member: iri('org:member'),
  memberDuring: iri('org:memberDuring'),
  name: 'schema:name',
  office: iri('cp:office'),
  organization: iri('org:organization'),
  outcome: 'cp:outcome',
  patronymic: 'cp:patronymic',
  position: typed('schema:position', 'xsd:integer'),
  post: iri('cp:post'),
  postIn: iri('org:postIn'),
  predecessor: iri('cp:predecessor'),
  prefLabel: 'skos:prefLabel',
  provenance: 'cp:provenance',
  publisher: 'schema:publisher',
  quote: 'cp:quote',
  rank: typed('cp:rank', 'xsd:integer'),
  region: 'cp:region',
  result: iri('cp:result'),
  retrieved: 'cp:retrieved',
  role: iri('org:role'),
  // An ID a page gave this person before it was folded into this one ("K. Masimov", a Russian page's
  // spelling): its IRI names the same person, so links made to it still meet this node.
  sameAs: iri('owl:sameAs'),
  section: 'cp:section',
  sha256: 'cp:sha256',
  spatialCoverage: iri('schema:spatialCoverage'),
  startDate: 'schema:startDate',
  status: 'cp:status',
  subOrganizationOf: iri('org:subOrganizationOf'),
  subject: 'cp:subject',
  taskOf: iri('cp:taskOf'),
  termYears: typed('cp:termYears', 'xsd:integer'),
  text: 'schema:text',
  title: 'cp:title',
  topic: 'cp:topic',
  turnout: typed('cp:turnout', 'xsd:decimal'),
  unitText: 'schema:unitText',
  url: iri('schema:url'),
  value: typed('schema:value', 'xsd:decimal'),
  voteShare: typed('cp:voteShare', 'xsd:decimal'),
  votes: typed('cp:votes', 'xsd:integer'),
  wasDerivedFrom: iri('prov:wasDerivedFrom'),
  winner: iri('cp:winner'),
} as const satisfies Record<string, TermDefinition>;

export type ClassTerm = keyof typeof CLASS_TERMS;
export type PropertyTerm = keyof typeof PROPERTY_TERMS;

/** The `@context` object shared by every document. */
export type JsonLdContext = Record<string, string | number | boolean | TermDefinition>;

/**
 * The shared JSON-LD context: every term spelt out, no `@vocab` (so a misspelt key is an error in
 * safe mode instead of a silent made-up IRI) and `@protected` (so no embedded context can redefine
 * a term under a reader's feet).
 *
 * @example jsonLdContext()['voteShare'] // { '@id': 'cp:voteShare', '@type': 'xsd:decimal' }
 * @param options `vocab` sets the IRI of the `cp:` prefix.
 * @returns The value of `@context`.
 */
export function jsonLdContext(options?: JsonLdOptions): JsonLdContext {
  const { vocab } = resolveOptions(options);
  return {
    // 1.1 is needed for @protected; saying so makes a 1.0 processor fail instead of ignoring it.
    '@version': 1.1,
    '@protected': true,
    cp: vocab,
    ...PREFIXES,
    ...CLASS_TERMS,
    ...PROPERTY_TERMS,
  };
}
