import { ISSUE_LEVELS, MEMBERSHIP_STATUSES, ORGANIZATION_CLASSIFICATIONS } from '@profiles/model';
import { PREFIXES } from './context.js';
import { PROJECT_LANGUAGE } from './languages.js';
import { resolveOptions, type JsonLdOptions } from './options.js';

/** Namespace of the shapes themselves: URN, like the data, so it claims no domain. */
export const SHAPES_NAMESPACE = 'urn:country-profiles:shapes#';

// Codes, IDs, files and hashes: plain strings, never language-tagged.
const STRING = 'sh:datatype xsd:string';
// Natural-language text (names, titles, tasks, quotes): always tagged with the language it is in.
const TEXT = 'sh:datatype rdf:langString';
// Text the project itself writes (a warning's message, a country's name) is in English.
const PROJECT_TEXT = `${TEXT} ; sh:languageIn ( "${PROJECT_LANGUAGE}" )`;
const INTEGER = 'sh:datatype xsd:integer';
const DECIMAL = 'sh:datatype xsd:decimal';
const IRI = 'sh:nodeKind sh:IRI';
// A date is a year, a month or a day: each typed at its own precision, never a plain string.
const DATE = 'sh:or ( [ sh:datatype xsd:gYear ] [ sh:datatype xsd:gYearMonth ] [ sh:datatype xsd:date ] )';
const POSITIVE = 'sh:minInclusive 1';
const cls = (name: string): string => `sh:class ${name}`;

type Count = 'one' | 'optional' | 'some' | 'any';
const COUNTS: Record<Count, string[]> = {
  one: ['sh:minCount 1', 'sh:maxCount 1'],
  optional: ['sh:maxCount 1'],
  some: ['sh:minCount 1'],
  any: [],
};

/** A property shape: the path, how many values, and what each value must be. */
function prop(path: string, count: Count, ...constraints: string[]): string {
  return `  sh:property [ ${[`sh:path ${path}`, ...COUNTS[count], ...constraints].join(' ; ')} ] ;`;
}

// Which pages a node was read from: every snapshot of every page of its country that shows it.
const DERIVED = prop('prov:wasDerivedFrom', 'some', cls('schema:WebPage'));

/** What every record of a country's document has: where on the pages, which pages, and when seen. */
const RECORD = [
  prop('cp:provenance', 'some', cls('cp:Provenance'), 'sh:nodeKind sh:BlankNode'),
  DERIVED,
  // Absent only when no snapshot that shows it has a date.
  prop('cp:firstSeen', 'optional', DATE),
  prop('cp:lastSeen', 'optional', DATE),
];

/** What a note of a page has: where on the page, and which page (exactly one). */
const PAGE_RECORD = [prop('cp:provenance', 'some', cls('cp:Provenance'), 'sh:nodeKind sh:BlankNode'), prop('prov:wasDerivedFrom', 'one', cls('schema:WebPage'))];

/** The three OWL-Time properties that place an instant at a date, one per precision. */
const IN_XSD = ['time:inXSDgYear', 'time:inXSDgYearMonth', 'time:inXSDDate'];
/** Any one of them, as a SHACL path. */
const IN_XSD_ANY = `[ sh:alternativePath ( ${IN_XSD.join(' ')} ) ]`;

/**
 * A closed node shape: a property no shape names is an error, so the shapes double as the list of
 * what the exporter may write.
 */
function shape(name: string, targetClass: string, lines: string[], comment: string): string {
  return [`# ${comment}`, `shape:${name} a sh:NodeShape ;`, `  sh:targetClass ${targetClass} ;`, '  sh:closed true ;', '  sh:ignoredProperties ( rdf:type ) ;', ...lines, '.'].join('\n');
}

/**
 * The SHACL shapes of the exported JSON-LD, as Turtle. JSON-LD safe mode checks the terms; these
 * check the values: dates typed at their precision, vote shares decimal in 0–100, a membership has
 * exactly one member and it is a person, organization links point at organizations, every text
 * is an `rdf:langString` (tagged with its language) and every code a plain `xsd:string`.
 *
 * @param options `vocab` sets the IRI of the `cp:` prefix, as in the context.
 * @returns `shapes.ttl`.
 */
export function shapesTurtle(options?: JsonLdOptions): string {
  const { vocab } = resolveOptions(options);
  const classifications = ORGANIZATION_CLASSIFICATIONS.map((c) => `cp:${c}`).join(' ');
  const prefixes = [
    `@prefix cp: <${vocab}> .`,
    ...Object.entries(PREFIXES).map(([prefix, iri]) => `@prefix ${prefix}: <${iri}> .`),
    '@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .',
    '@prefix sh: <http://www.w3.org/ns/shacl#> .',
    `@prefix shape: <${SHAPES_NAMESPACE}> .`,
  ];
  const shapes = [
    shape('Person', 'schema:Person', [
      prop('schema:name', 'one', TEXT),
      prop('schema:familyName', 'one', TEXT),
      prop('schema:givenName', 'optional', TEXT),
      prop('cp:patronymic', 'optional', TEXT),
      prop('schema:alternateName', 'some', TEXT),
      prop('owl:sameAs', 'any', IRI),
      ...RECORD,
    ], 'A person the page names (owl:sameAs: the IRIs of IDs folded into it).'),
    shape('Organization', 'org:Organization', [
      prop('schema:name', 'one', TEXT),
      prop('org:classification', 'one', `sh:in ( ${classifications} )`),
      prop('org:subOrganizationOf', 'optional', cls('org:Organization')),
      prop('cp:abbreviation', 'optional', TEXT),
      prop('schema:foundingDate', 'optional', DATE),
      prop('cp:predecessor', 'optional', cls('org:Organization')),
      prop('schema:description', 'optional', TEXT),
      prop('schema:url', 'optional', IRI),
      prop('schema:alternateName', 'any', TEXT),
      ...RECORD,
    ], 'A state body.'),
    shape('Post', 'org:Post', [
      prop('skos:prefLabel', 'one', TEXT),
      prop('org:postIn', 'optional', cls('org:Organization')),
      prop('org:role', 'one', cls('org:Role')),
      DERIVED,
    ], 'A post: an (organization, role) pair, apart from who holds it.'),
    shape('Role', 'org:Role', [prop('skos:prefLabel', 'one', TEXT), DERIVED], 'A role name shared by posts.'),
    shape('Membership', 'org:Membership', [
      prop('org:member', 'one', cls('schema:Person')),
      prop('org:organization', 'optional', cls('org:Organization')),
      prop('org:role', 'one', cls('org:Role')),
      prop('cp:post', 'one', cls('org:Post')),
      prop('cp:title', 'one', TEXT),
      prop('schema:startDate', 'optional', DATE),
      prop('cp:predecessor', 'optional', cls('schema:Person')),
      prop('org:memberDuring', 'one', cls('time:Interval'), 'sh:nodeKind sh:BlankNode'),
      prop('cp:status', 'one', `sh:in ( ${MEMBERSHIP_STATUSES.map((s) => `"${s}"`).join(' ')} )`),
      prop('cp:endedBefore', 'optional', DATE),
      prop('schema:endDate', 'optional', DATE),
      // The interval begins at the stated start date, exactly when there is one...
      prop(`( org:memberDuring time:hasBeginning ${IN_XSD_ANY} )`, 'any', 'sh:equals schema:startDate'),
      // ...ends at the stated end date, exactly when there is one...
      prop(`( org:memberDuring time:hasEnd ${IN_XSD_ANY} )`, 'any', 'sh:equals schema:endDate'),
      // ...and ends before cp:endedBefore, exactly when there is one.
      prop(`( org:memberDuring time:hasEnd time:before ${IN_XSD_ANY} )`, 'any', 'sh:equals cp:endedBefore'),
      // Ended: an end (dated or not); current: no end, no end date, no later snapshot without it.
      '  sh:xone (',
      '    [ sh:property [ sh:path cp:status ; sh:hasValue "ended" ] ; sh:property [ sh:path ( org:memberDuring time:hasEnd ) ; sh:minCount 1 ] ]',
      '    [ sh:property [ sh:path cp:status ; sh:hasValue "current" ] ; sh:property [ sh:path ( org:memberDuring time:hasEnd ) ; sh:maxCount 0 ] ; sh:property [ sh:path cp:endedBefore ; sh:maxCount 0 ] ; sh:property [ sh:path schema:endDate ; sh:maxCount 0 ] ]',
      '  ) ;',
      ...RECORD,
    ], 'A person holding a post, with when it held (org:memberDuring) and whether it still does (cp:status).'),
    shape('Interval', 'time:Interval', [
      prop('time:hasBeginning', 'optional', cls('time:Instant'), 'sh:nodeKind sh:BlankNode', 'sh:node shape:DatedInstant'),
      prop('time:hasEnd', 'optional', cls('time:Instant'), 'sh:nodeKind sh:BlankNode', 'sh:node shape:BoundedInstant'),
    ], 'When a membership held (OWL-Time): begun at the stated start date, if any; ended, if ended: at the stated end date, before a snapshot\'s date, or both.'),
    shape('Instant', 'time:Instant', [
      prop('time:inXSDgYear', 'optional', 'sh:datatype xsd:gYear'),
      prop('time:inXSDgYearMonth', 'optional', 'sh:datatype xsd:gYearMonth'),
      prop('time:inXSDDate', 'optional', 'sh:datatype xsd:date'),
      prop('time:before', 'optional', cls('time:Instant'), 'sh:nodeKind sh:BlankNode', 'sh:node shape:DatedInstant'),
    ], 'An instant: at a date, or known only to be before one.'),
    shape('Event', 'schema:Event', [
      '  sh:xone ( [ sh:class cp:Election ] [ sh:class cp:Referendum ] [ sh:class cp:Inauguration ] [ sh:class cp:Resignation ] [ sh:class cp:Death ] [ sh:class cp:Upheaval ] [ sh:class cp:Decision ] ) ;',
      prop('schema:startDate', 'one', DATE),
      prop('cp:office', 'optional', cls('org:Organization')),
      prop('cp:winner', 'optional', cls('schema:Person')),
      prop('schema:about', 'optional', cls('schema:Person')),
      prop('cp:voteShare', 'optional', DECIMAL, 'sh:minInclusive 0', 'sh:maxInclusive 100'),
      prop('cp:termYears', 'optional', INTEGER, POSITIVE),
      prop('cp:votes', 'optional', INTEGER, 'sh:minInclusive 0'),
      prop('cp:turnout', 'optional', DECIMAL, 'sh:minInclusive 0', 'sh:maxInclusive 100'),
      prop('cp:result', 'any', cls('cp:ElectionResult'), 'sh:nodeKind sh:BlankNode'),
      prop('cp:outcome', 'optional', TEXT),
      prop('cp:title', 'optional', TEXT),
      prop('schema:description', 'one', TEXT),
      ...RECORD,
    ], 'An election or a referendum (its winner cp:winner), or another dated event: an inauguration, a resignation, a death, an upheaval, a decision (the person it is about schema:about).'),
    shape('ElectionResult', 'cp:ElectionResult', [
      prop('cp:candidate', 'one', cls('schema:Person')),
      prop('cp:rank', 'optional', INTEGER, POSITIVE),
      prop('cp:voteShare', 'optional', DECIMAL, 'sh:minInclusive 0', 'sh:maxInclusive 100'),
      prop('cp:votes', 'optional', INTEGER, 'sh:minInclusive 0'),
    ], "One candidate's result in an election (embedded in its event): who, in which place (1 for the winner; none where the page places no one), with what share and how many votes."),
    shape('Task', 'cp:Task', [
      prop('cp:taskOf', 'one', cls('org:Organization')),
      prop('schema:position', 'one', INTEGER, POSITIVE),
      prop('schema:text', 'one', TEXT),
      ...RECORD,
    ], "One item of a body's list of tasks."),
    shape('Statistic', 'cp:Statistic', [
      // The page may quote a figure without naming the pollster.
      prop('schema:author', 'optional', TEXT),
      prop('cp:topic', 'one', TEXT),
      prop('cp:subject', 'one', TEXT),
      prop('schema:value', 'one', DECIMAL),
      prop('schema:unitText', 'one', 'sh:in ( "percent" "rank" "points" )'),
      // A rank's or a score's scale: 176 countries, 7 points.
      prop('schema:maxValue', 'optional', DECIMAL),
      ...RECORD,
    ], 'A survey figure, or a vote\'s turnout.'),
    shape('Group', 'cp:Group', [
      prop('schema:name', 'one', TEXT),
      prop('cp:category', 'one', TEXT),
      // In the group's own language, which no page states: a plain string, untagged.
      prop('cp:localName', 'optional', STRING),
      prop('cp:region', 'optional', TEXT),
      prop('schema:description', 'optional', TEXT),
      // The people the page names as the group's: persons, any number.
      prop('cp:groupMember', 'any', cls('schema:Person')),
      ...RECORD,
    ], 'A clan, lobby or interest group.'),
    shape('Material', 'schema:CreativeWork', [
      prop('schema:genre', 'one', TEXT),
      prop('schema:datePublished', 'one', DATE),
      prop('schema:name', 'optional', TEXT),
      prop('schema:url', 'optional', IRI),
      prop('schema:position', 'one', INTEGER, POSITIVE),
      ...RECORD,
    ], 'A listed article or forum.'),
    shape('Note', 'cp:Note', [
      prop('cp:heading', 'optional', TEXT),
      prop('schema:about', 'optional', cls('org:Organization')),
      prop('schema:position', 'one', INTEGER, POSITIVE),
      prop('schema:text', 'one', TEXT),
      prop('schema:identifier', 'one', STRING, 'sh:pattern "^[a-z]{2}-note-[0-9a-f]{12}$"'),
      ...PAGE_RECORD,
    ], 'Page text no rule turned into a record, a node of its page (its IRI is the page IRI, "/" and the note ID).'),
    shape('Source', 'schema:WebPage', [
      prop('schema:name', 'one', TEXT),
      prop('cp:section', 'one', TEXT),
      // Null when neither the page's masthead nor its sidecar names one (the page then has a warning).
      prop('schema:publisher', 'optional', TEXT),
      prop('schema:url', 'optional', IRI),
      prop('schema:inLanguage', 'one', STRING, 'sh:pattern "^[a-z]{2,3}(-[A-Za-z0-9]+)*$"'),
      prop('cp:retrieved', 'optional', DATE),
      prop('cp:latestDate', 'optional', DATE),
      prop('schema:encodingFormat', 'one', 'sh:in ( "text/html" "text/plain" )'),
      prop('cp:encoding', 'one', STRING),
      prop('cp:sha256', 'one', STRING, 'sh:pattern "^[0-9a-f]{64}$"'),
      prop('cp:file', 'one', STRING),
      prop('schema:spatialCoverage', 'one', cls('schema:Country')),
      prop('cp:issue', 'any', cls('cp:Issue'), 'sh:nodeKind sh:BlankNode'),
    ], 'The raw page the records were read from.'),
    shape('Issue', 'cp:Issue', [
      prop('schema:identifier', 'one', STRING, 'sh:pattern "^[a-z]{2}-issue-[0-9a-f]{12}$"'),
      prop('cp:level', 'one', `sh:in ( ${ISSUE_LEVELS.map((level) => `"${level}"`).join(' ')} )`),
      prop('cp:code', 'one', STRING, 'sh:pattern "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"'),
      prop('schema:description', 'one', PROJECT_TEXT),
      prop('cp:provenance', 'some', cls('cp:Provenance'), 'sh:nodeKind sh:BlankNode'),
    ], "A warning of the ingest about its page (embedded in the page's node): what it met there but could not read."),
    shape('Country', 'schema:Country', [
      prop('schema:name', 'one', PROJECT_TEXT),
      prop('schema:identifier', 'one', STRING, 'sh:pattern "^[a-z]{2}$"'),
    ], 'The country a page covers.'),
    [
      '# An instant at exactly one date, at one precision.',
      'shape:DatedInstant a sh:NodeShape ;',
      `  sh:xone ( ${IN_XSD.map((p) => `[ sh:path ${p} ; sh:minCount 1 ]`).join(' ')} ) ;`,
      prop('time:before', 'any', 'sh:maxCount 0'),
      '.',
    ].join('\n'),
    [
      '# The end of an ended membership: at the date the page states, before the date of the first snapshot',
      '# that no longer shows it, both, or neither (the page says it ended, not when).',
      'shape:BoundedInstant a sh:NodeShape ;',
      prop('time:before', 'optional'),
      prop(IN_XSD_ANY, 'optional'),
      '.',
    ].join('\n'),
    shape('Provenance', 'cp:Provenance', [
      prop('cp:file', 'one', STRING),
      prop('cp:line', 'one', INTEGER, POSITIVE, 'sh:lessThanOrEquals cp:endLine'),
      prop('cp:endLine', 'one', INTEGER, POSITIVE),
      prop('cp:element', 'optional', STRING),
      prop('cp:quote', 'one', TEXT),
    ], 'Where on the page a record was read: file, line range, HTML element, quoted text.'),
  ];
  const header = '# SHACL shapes of the country-profiles JSON-LD export. Validate with any SHACL engine.';
  return `${[header, '', ...prefixes, '', shapes.join('\n\n')].join('\n')}\n`;
}
