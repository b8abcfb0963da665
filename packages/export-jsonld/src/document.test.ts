import { sampleProfile } from '@profiles/model';
import { describe, expect, it } from 'vitest';
import { offlineLoader, personSubjects, toNQuads } from './fixtures/rdf.js';
import { inLanguage, secondProfile } from './fixtures/profiles.js';
import { oneDocument } from './fixtures/documents.js';
import { exportJsonLd } from './index.js';

/** Every `.jsonld` file of an export, parsed. */
function documents(files: Map<string, string>): [string, object][] {
  return [...files].filter(([path]) => path.endsWith('.jsonld') && path !== 'context.jsonld').map(([path, text]) => [path, JSON.parse(text) as object]);
}

const XSD = 'http://www.w3.org/2001/XMLSchema#';

describe('the documents as RDF', () => {
  it('should convert every document of the sample in safe mode, offline', async () => {
    const docs = documents(exportJsonLd([sampleProfile()]));
    expect(docs.map(([path]) => path)).toEqual(['kg.jsonld', 'kg/executive-branch.jsonld']);
    const [country, page] = await Promise.all(docs.map(([, doc]) => toNQuads(doc)));
    expect(country).toContain('<http://www.w3.org/ns/org#Membership>');
    expect(page).toContain('<http://schema.org/WebPage>');
    expect(page).not.toContain('<http://www.w3.org/ns/org#Membership>');
  });

  it('should convert every document of two profiles in safe mode, offline', async () => {
    const docs = documents(exportJsonLd([sampleProfile(), secondProfile()]));
    expect(docs.map(([path]) => path)).toEqual(['kg.jsonld', 'kg/executive-branch.jsonld', 'kz.jsonld', 'kz/legislative-branch.jsonld']);
    for (const [path, doc] of docs) await expect(toNQuads(doc), path).resolves.toMatch(/\.\n$/);
  });

  it('should convert with a base and vocabulary of the caller', async () => {
    const options = { base: 'https://data.example.org/id/', vocab: 'https://data.example.org/ns#' };
    const nquads = await toNQuads(oneDocument([sampleProfile()], options));
    expect(nquads).toContain('<https://data.example.org/ns#voteShare> "63.2"^^<http://www.w3.org/2001/XMLSchema#decimal>');
    expect(nquads).not.toContain('urn:country-profiles');
  });

  it('should make safe mode throw on a misspelt key, as there is no @vocab to catch it', async () => {
    const doc = oneDocument([sampleProfile()]);
    const person = doc['@graph'].find((n) => n['@type'] === 'Person')!;
    person['familyNmae'] = person['familyName']!;
    delete person['familyName'];
    await expect(toNQuads(doc)).rejects.toThrow('Safe mode validation error');
  });

  it('should make safe mode throw on a misspelt class', async () => {
    const doc = oneDocument([sampleProfile()]);
    doc['@graph'][0]!['@type'] = 'Contry' as 'Country';
    await expect(toNQuads(doc)).rejects.toThrow('Safe mode validation error');
  });

  it('should not let a document redefine a protected term', async () => {
    const doc = oneDocument([sampleProfile()]);
    const redefined = { ...doc, '@context': [doc['@context'], { name: 'urn:evil:name' }] };
    await expect(toNQuads(redefined)).rejects.toThrow('tried to redefine a protected term');
  });

  it('should never fetch: a remote context is refused by the test loader', async () => {
    await expect(toNQuads({ '@context': 'https://schema.org/', '@id': 'urn:x', name: 'x' })).rejects.toThrow(/Dereferencing a URL/);
  });

  it.each(['kg.jsonld', 'kg/executive-branch.jsonld'])('should read %s the same, language tags included, when it references the shipped context instead of embedding it', async (path) => {
    const files = exportJsonLd([inLanguage(sampleProfile(), 'ru')]);
    const shipped = JSON.parse(files.get('context.jsonld')!) as object;
    const embedded = JSON.parse(files.get(path)!) as Record<string, unknown>;
    const referencing = { ...embedded, '@context': 'urn:country-profiles:context' };
    const loader = offlineLoader({ 'urn:country-profiles:context': shipped });
    const nquads = await toNQuads(referencing, loader);
    expect(nquads).toBe(await toNQuads(embedded));
    expect(nquads).toMatch(/ "[^"]+"@ru \.$/m);
  });

  it('should have one schema:Person subject per person', async () => {
    const profiles = [sampleProfile(), secondProfile()];
    const [first, second] = await Promise.all(profiles.map((p) => toNQuads(oneDocument([p]))));
    expect(personSubjects(first!)).toHaveLength(profiles[0]!.persons.length);
    expect(personSubjects([first!, second!])).toHaveLength(profiles[0]!.persons.length + profiles[1]!.persons.length);
  });

  it.each([
    { what: 'a day', subject: 'kg-event-', predicate: 'http://schema.org/startDate', literal: `"2011-10-30"^^<${XSD}date>` },
    { what: 'a month', subject: 'kg-org-', predicate: 'http://schema.org/foundingDate', literal: `"1994-03"^^<${XSD}gYearMonth>` },
    { what: 'a decimal', subject: 'kg-stat-', predicate: 'http://schema.org/value', literal: `"55.5"^^<${XSD}decimal>` },
    { what: 'an integer', subject: 'kg-event-', predicate: 'urn:country-profiles:vocab#termYears', literal: `"6"^^<${XSD}integer>` },
  ])('should type $what in the triples', async ({ subject, predicate, literal }) => {
    const nquads = await toNQuads(oneDocument([sampleProfile()]));
    expect(nquads).toMatch(new RegExp(`^<urn:country-profiles:id:${subject}[0-9a-f]{12}> <${predicate}> ${literal.replace(/[.^]/g, '\\$&')} \\.$`, 'm'));
  });

  it('should type a year as xsd:gYear', async () => {
    const profile = sampleProfile();
    profile.organizations[1]!.founded = '1994';
    expect(await toNQuads(oneDocument([profile]))).toContain(`<http://schema.org/foundingDate> "1994"^^<${XSD}gYear>`);
  });
});
