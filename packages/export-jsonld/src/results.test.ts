import { makeId, sampleProfile, type Profile } from '@profiles/model';
import { describe, expect, it } from 'vitest';
import { oneDocument, textOf } from './fixtures/documents.js';
import { shaclFindings, toNQuads } from './fixtures/rdf.js';
import { shapesTurtle, type JsonLdDocument } from './index.js';
import { DEFAULT_VOCAB } from './options.js';

const SHAPES = shapesTurtle();
const CP = DEFAULT_VOCAB;

type Node = Record<string, unknown>;

function electionOf(doc: JsonLdDocument): Node {
  return doc['@graph'].find((n) => ([] as unknown[]).concat(n['@type']).includes('Election')) as Node;
}

/** The sample with a third candidate the page names without a share. */
function withNameOnly(): Profile {
  const profile = sampleProfile();
  profile.events[0]!.results.push({ personId: makeId('person', 'kg', ['Osmonova', 'Gulnara']), voteShare: null, votes: null, rank: 3 });
  return profile;
}

describe('election results in JSON-LD', () => {
  it('should give the election one typed cp:ElectionResult per candidate, with candidate, rank and share', () => {
    const doc = oneDocument([sampleProfile()]);
    const election = electionOf(doc);
    const persons = new Map(doc['@graph'].filter((n) => n['@type'] === 'Person').map((p) => [textOf(p['familyName']), p['@id']]));
    expect(election['result']).toEqual([
      { '@type': 'ElectionResult', candidate: persons.get('Temirov'), rank: 1, voteShare: '63.2', votes: 1261403 },
      { '@type': 'ElectionResult', candidate: persons.get('Sadykov'), rank: 2, voteShare: '21.4' },
    ]);
    expect(election['winner']).toBe(persons.get('Temirov'));
  });

  it('should leave out the share the page does not give, and results of a referendum', () => {
    const doc = oneDocument([withNameOnly()]);
    expect((electionOf(doc)['result'] as Node[])[2]).toEqual({ '@type': 'ElectionResult', candidate: expect.stringContaining('kg-person-'), rank: 3 });
    const referendum = doc['@graph'].find((n) => ([] as unknown[]).concat(n['@type']).includes('Referendum')) as Node;
    expect(referendum['result']).toBeUndefined();
  });

  it('should conform to the shapes, as cp:result triples of blank nodes typed cp:ElectionResult', async () => {
    const nquads = await toNQuads(oneDocument([withNameOnly()]));
    expect(await shaclFindings(SHAPES, nquads)).toEqual([]);
    expect(nquads).toContain(`<${CP}result> _:`);
    expect(nquads).toMatch(new RegExp(`<${CP}rank> "3"\\^\\^<http://www.w3.org/2001/XMLSchema#integer>`));
  });

  it("should give the winner's votes as cp:votes (xsd:integer) and the turnout as cp:turnout (xsd:decimal)", async () => {
    const election = electionOf(oneDocument([sampleProfile()]));
    expect([election['votes'], election['turnout']]).toEqual([1261403, '61.3']);
    const nquads = await toNQuads(oneDocument([sampleProfile()]));
    expect(nquads).toMatch(new RegExp(`<${CP}votes> "1261403"\\^\\^<http://www.w3.org/2001/XMLSchema#integer>`));
    expect(nquads).toMatch(new RegExp(`<${CP}turnout> "61.3"\\^\\^<http://www.w3.org/2001/XMLSchema#decimal>`));
  });

  it('should break the shapes with a turnout above 100 or a negative count', async () => {
    const doc = oneDocument([sampleProfile()]);
    electionOf(doc)['turnout'] = '101.5';
    (electionOf(doc)['result'] as Node[])[0]!['votes'] = -4;
    const constraints = (await shaclFindings(SHAPES, await toNQuads(doc))).map((f) => `${f.path} ${f.constraint}`);
    expect(constraints).toEqual(expect.arrayContaining(['turnout MaxInclusiveConstraintComponent', 'votes MinInclusiveConstraintComponent']));
  });

  it('should break the shapes when a candidate is no person or a rank is no place', async () => {
    const doc = oneDocument([sampleProfile()]);
    const results = electionOf(doc)['result'] as Node[];
    results[0]!['candidate'] = electionOf(doc)['office'];
    results[1]!['rank'] = 0;
    const constraints = (await shaclFindings(SHAPES, await toNQuads(doc))).map((f) => `${f.path} ${f.constraint}`);
    expect(constraints).toEqual(expect.arrayContaining(['candidate ClassConstraintComponent', 'rank MinInclusiveConstraintComponent']));
  });

  it('should leave out the rank where the page places no one, and still pass the shapes', async () => {
    const profile = sampleProfile();
    const election = profile.events[0]!;
    Object.assign(election, { personId: null, voteShare: null, votes: null });
    election.results = [{ personId: election.results[1]!.personId, voteShare: 31.17, votes: null, rank: null }];
    const doc = oneDocument([profile]);
    const results = electionOf(doc)['result'] as Node[];
    expect(results.map((r) => 'rank' in r)).toEqual([false]);
    expect(await shaclFindings(SHAPES, await toNQuads(doc))).toEqual([]);
  });
});
