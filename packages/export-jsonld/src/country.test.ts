import type { Profile } from '@profiles/model';
import { sampleProfile } from '@profiles/model';
import { mergeCountry } from '@profiles/timeline';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestAt, LEGISLATIVE_PATH, RESHUFFLED_PATH, SEED_PATH } from './fixtures/pages.js';
import { textOf } from './fixtures/documents.js';
import { personSubjects, shaclFindings, toNQuads, toStore } from './fixtures/rdf.js';
import { countryDocument, exportJsonLd, jsonLdPages, pageDocument, shapesTurtle, type JsonLdDocument, type JsonLdNode } from './index.js';

const SHAPES = shapesTurtle();
const BASE = 'urn:country-profiles:id:';
const TIME = 'http://www.w3.org/2006/time#';
const XSD = 'http://www.w3.org/2001/XMLSchema#';

// Ingested once for the whole file (the ingest is the slow part), never while collecting tests.
let executive: Profile; // raw/kz/executive-branch.txt: the seed, one snapshot
let legislative: Profile; // raw/kz/legislative-branch.txt: another section, some of the same people
let march: Profile; // raw/kz/executive-branch/2012-03-05.txt: the seed as a dated snapshot
let october: Profile; // raw/kz/executive-branch/2012-10-01.txt: the reshuffled cabinet
beforeAll(() => {
  executive = ingestAt(SEED_PATH, 'raw/kz/executive-branch.txt');
  legislative = ingestAt(LEGISLATIVE_PATH, 'raw/kz/legislative-branch.txt');
  march = ingestAt(SEED_PATH, 'raw/kz/executive-branch/2012-03-05.txt');
  october = ingestAt(RESHUFFLED_PATH, 'raw/kz/executive-branch/2012-10-01.txt');
});

type Node = JsonLdNode & Record<string, unknown>;

/** The `.jsonld` documents of an export (not `context.jsonld`), parsed, by path. */
function documents(files: Map<string, string>): Map<string, JsonLdDocument> {
  return new Map([...files].filter(([path]) => path.endsWith('.jsonld') && path !== 'context.jsonld').map(([path, text]) => [path, JSON.parse(text) as JsonLdDocument]));
}

const typed = (doc: JsonLdDocument, type: string): Node[] => doc['@graph'].filter((n) => ([] as unknown[]).concat(n['@type']).includes(type)) as Node[];

/**
 * The nodes `from` lead to through the IRIs they name, `from` first: what the shapes look at when
 * they check `from` (a class of a node it names, that node's own shape). The rest of a graph only
 * costs time, and the membership shapes below validate one graph per case.
 */
function reachableFrom(graph: Node[], from: Node[]): Node[] {
  const byId = new Map(graph.map((n) => [n['@id'] as string, n]));
  const seen = new Set<Node>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      const node = byId.get(value);
      if (node && !seen.has(node)) {
        seen.add(node);
        Object.values(node).forEach(visit);
      }
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  from.forEach((node) => visit(node['@id']));
  return [...seen];
}

/** The membership of the person whose name contains `name`, in the role labelled `role`. */
function membershipOf(doc: JsonLdDocument, name: string, role: string): Node {
  const person = typed(doc, 'Person').find((p) => textOf(p['name'])?.includes(name));
  const roleIri = typed(doc, 'Role').find((r) => textOf(r['prefLabel']) === role)?.['@id'];
  const found = typed(doc, 'Membership').filter((m) => m['member'] === person?.['@id'] && m['role'] === roleIri);
  expect(found, `${name} as ${role}`).toHaveLength(1);
  return found[0]!;
}

describe('two pages of one country', () => {
  it('should write one country document and a document per page', () => {
    expect([...exportJsonLd([executive, legislative]).keys()]).toEqual(['context.jsonld', 'kz.jsonld', 'kz/executive-branch.jsonld', 'kz/legislative-branch.jsonld', 'shapes.ttl']);
  });

  it('should give every IRI one node in one document', () => {
    const seen = new Map<string, string>();
    for (const [path, doc] of documents(exportJsonLd([executive, legislative]))) {
      for (const node of doc['@graph']) {
        expect(seen.get(node['@id']), node['@id']).toBeUndefined();
        seen.set(node['@id'], path);
      }
    }
    expect(seen.size).toBeGreaterThan(50);
  });

  it('should pass the shapes once every document is loaded into one store, with one schema:Person per merged person', async () => {
    const nquads = await Promise.all([...documents(exportJsonLd([executive, legislative])).values()].map((doc) => toNQuads(doc)));
    await expect(shaclFindings(SHAPES, nquads)).resolves.toEqual([]);
    expect(personSubjects(nquads)).toHaveLength(mergeCountry([executive, legislative]).persons.length);
  });

  it('would fail the shapes as two documents per page, each describing the people it names (as before)', async () => {
    // Each page merged on its own: the Prime Minister twice, seen at two dates, from two pages.
    const perPage = [executive, legislative].flatMap((p) => {
      const dataset = mergeCountry([p]);
      return [countryDocument(dataset), pageDocument(dataset.snapshots[0]!)];
    });
    const findings = await shaclFindings(SHAPES, await Promise.all(perPage.map((doc) => toNQuads(doc))));
    expect(findings.map((f) => f.constraint)).toContain('MaxCountConstraintComponent');
  });

  it('should derive a person both pages name from both pages, with every provenance entry', () => {
    const doc = documents(exportJsonLd([executive, legislative])).get('kz.jsonld')!;
    const masimov = typed(doc, 'Person').find((p) => textOf(p['name'])?.startsWith('Masimov'))!;
    expect(masimov['wasDerivedFrom']).toEqual([executive.source.id, legislative.source.id].map((id) => BASE + id).sort());
    const files = new Set((masimov['provenance'] as { file: string }[]).map((p) => p.file));
    expect([...files].sort()).toEqual(['raw/kz/executive-branch.txt', 'raw/kz/legislative-branch.txt']);
    expect(masimov['firstSeen']).toEqual({ '@type': 'xsd:date', '@value': '2012-01-20' });
  });

  it('should say a folded ID names the same person (owl:sameAs), so a link made to its IRI still meets the person', async () => {
    const dataset = mergeCountry([executive, legislative]);
    const folded = dataset.persons.filter((p) => p.mergedIds.length);
    expect(folded.length).toBeGreaterThan(0);
    const nquads = await Promise.all([...documents(exportJsonLd([executive, legislative])).values()].map((doc) => toNQuads(doc)));
    const sameAs = nquads.flatMap((q) => q.split('\n')).filter((line) => line.includes('<http://www.w3.org/2002/07/owl#sameAs>'));
    const expected = folded.flatMap((p) => p.mergedIds.map((id) => `<${BASE}${p.id}> <http://www.w3.org/2002/07/owl#sameAs> <${BASE}${id}> .`));
    expect(sameAs.sort()).toEqual(expected.sort());
    // The folded IRI is a name, not a second node: no triple has it as subject.
    for (const id of folded.flatMap((p) => p.mergedIds)) expect(nquads.join('\n')).not.toContain(`\n<${BASE}${id}> `);
  });

  it('should keep each page’s source and notes in its own document', () => {
    const docs = documents(exportJsonLd([executive, legislative]));
    for (const [path, profile] of [['kz/executive-branch.jsonld', executive], ['kz/legislative-branch.jsonld', legislative]] as const) {
      const graph = docs.get(path)!['@graph'];
      expect(graph.filter((n) => n['@type'] === 'WebPage').map((n) => n['@id'])).toEqual([BASE + profile.source.id]);
      expect(graph.filter((n) => n['@type'] === 'Note')).toHaveLength(profile.notes.length);
      expect(graph.every((n) => n['@type'] === 'WebPage' || n['@type'] === 'Note')).toBe(true);
    }
  });

  it('should give the same bytes whatever the order of the profiles', () => {
    expect(exportJsonLd([legislative, executive])).toEqual(exportJsonLd([executive, legislative]));
  });
});

describe('two snapshots of one page', () => {
  const country = () => documents(exportJsonLd([march, october])).get('kz.jsonld')!;

  it('should write one document per snapshot, in the dated layout', () => {
    expect([...exportJsonLd([october, march]).keys()]).toEqual([
      'context.jsonld',
      'kz.jsonld',
      'kz/executive-branch/2012-03-05.jsonld',
      'kz/executive-branch/2012-10-01.jsonld',
      'shapes.ttl',
    ]);
  });

  it('should give a Prime Minister who left one membership node with an ended interval', () => {
    const masimov = membershipOf(country(), 'Masimov', 'Prime Minister');
    expect(masimov).toMatchObject({
      status: 'ended',
      firstSeen: { '@type': 'xsd:date', '@value': '2012-03-05' },
      lastSeen: { '@type': 'xsd:date', '@value': '2012-03-05' },
      endedBefore: { '@type': 'xsd:date', '@value': '2012-10-01' },
      memberDuring: { '@type': 'Interval', hasEnd: { '@type': 'Instant', before: { '@type': 'Instant', inXSDDate: '2012-10-01' } } },
      wasDerivedFrom: BASE + march.source.id,
    });
    expect(masimov['memberDuring']).not.toHaveProperty('hasBeginning');
  });

  it('should give the new Prime Minister a current interval beginning at the stated month', () => {
    const akhmetov = membershipOf(country(), 'Akhmetov Serik', 'Prime Minister');
    expect(akhmetov).toMatchObject({
      status: 'current',
      startDate: { '@type': 'xsd:gYearMonth', '@value': '2012-09' },
      memberDuring: { '@type': 'Interval', hasBeginning: { '@type': 'Instant', inXSDgYearMonth: '2012-09' } },
      firstSeen: { '@type': 'xsd:date', '@value': '2012-10-01' },
    });
    expect(akhmetov).not.toHaveProperty('endedBefore');
    expect(akhmetov['memberDuring']).not.toHaveProperty('hasEnd');
  });

  it('should give a membership both snapshots show one node seen from both, current', () => {
    const doc = country();
    const both = typed(doc, 'Membership').filter((m) => Array.isArray(m['wasDerivedFrom']) && m['wasDerivedFrom'].length === 2);
    expect(both.length).toBeGreaterThan(5);
    for (const m of both) expect(m).toMatchObject({ status: 'current', firstSeen: { '@value': '2012-03-05' }, lastSeen: { '@value': '2012-10-01' } });
  });

  it('should read as OWL-Time triples: an end before 2012-10-01, a beginning in 2012-09', async () => {
    const store = toStore(await toNQuads(country()), 'N-Quads');
    const objects = (predicate: string) => store.getQuads(null, null, null, null).filter((q) => q.predicate.value === predicate).map((q) => q.object);
    expect(objects(`${TIME}inXSDDate`).map((o) => `${o.value}^^${(o as { datatype?: { value: string } }).datatype?.value}`)).toContain(`2012-10-01^^${XSD}date`);
    expect(objects(`${TIME}inXSDgYearMonth`).map((o) => o.value)).toContain('2012-09');
    expect(objects(`${TIME}before`).every((o) => o.termType === 'BlankNode')).toBe(true);
    expect(objects('http://www.w3.org/ns/org#memberDuring')).toHaveLength(mergeCountry([march, october]).memberships.length);
  });

  it('should pass the shapes with every document loaded together', async () => {
    const nquads = await Promise.all([...documents(exportJsonLd([march, october])).values()].map((doc) => toNQuads(doc)));
    await expect(shaclFindings(SHAPES, nquads)).resolves.toEqual([]);
  });

  describe('the membership shapes', () => {
    /** The country's document and both pages', as one, with the Masimov and Akhmetov memberships to break. */
    function dataset(): { doc: JsonLdDocument; ended: Node; current: Node } {
      const docs = [...documents(exportJsonLd([march, october])).values()];
      const whole = { '@context': docs[0]!['@context'], '@graph': docs.flatMap((d) => d['@graph']) };
      const ended = membershipOf(whole, 'Masimov', 'Prime Minister');
      const current = membershipOf(whole, 'Akhmetov Serik', 'Prime Minister');
      return { doc: { ...whole, '@graph': reachableFrom(whole['@graph'], [ended, current]) }, ended, current };
    }

    it.each([
      { name: 'an ended membership without an end', breakIt: ({ ended }: ReturnType<typeof dataset>) => void delete (ended['memberDuring'] as Node)['hasEnd'], expected: ['XoneConstraintComponent', 'EqualsConstraintComponent'] },
      { name: 'a current membership with an end', breakIt: ({ current }: ReturnType<typeof dataset>) => void ((current['memberDuring'] as Node)['hasEnd'] = { '@type': 'Instant', before: { '@type': 'Instant', inXSDDate: '2013-01-01' } }), expected: ['XoneConstraintComponent', 'EqualsConstraintComponent'] },
      { name: 'an end before a snapshot the membership does not name (no endedBefore)', breakIt: ({ ended }: ReturnType<typeof dataset>) => void delete ended['endedBefore'], expected: ['EqualsConstraintComponent'] },
      { name: 'a current membership with an end date', breakIt: ({ current }: ReturnType<typeof dataset>) => void (current['endDate'] = { '@type': 'xsd:date', '@value': '2013-01-01' }), expected: ['XoneConstraintComponent', 'EqualsConstraintComponent'] },
      {
        name: 'an end at another date than the end date',
        breakIt: ({ ended }: ReturnType<typeof dataset>) => {
          ended['endDate'] = { '@type': 'xsd:date', '@value': '2012-09-30' };
          (ended['memberDuring'] as Node)['hasEnd'] = { '@type': 'Instant', inXSDDate: '2012-09-29', before: { '@type': 'Instant', inXSDDate: '2012-10-01' } };
        },
        expected: ['EqualsConstraintComponent'],
      },
      { name: 'a status that is neither current nor ended', breakIt: ({ current }: ReturnType<typeof dataset>) => void (current['status'] = 'former'), expected: ['XoneConstraintComponent', 'InConstraintComponent'] },
      { name: 'a beginning at another date than the start date', breakIt: ({ current }: ReturnType<typeof dataset>) => void ((current['memberDuring'] as Node)['hasBeginning'] = { '@type': 'Instant', inXSDgYear: '2012' }), expected: ['EqualsConstraintComponent'] },
      { name: 'an end dated with no end date on the membership', breakIt: ({ ended }: ReturnType<typeof dataset>) => void ((ended['memberDuring'] as Node)['hasEnd'] = { '@type': 'Instant', inXSDDate: '2012-09-30', before: { '@type': 'Instant', inXSDDate: '2012-10-01' } }), expected: ['EqualsConstraintComponent'] },
      { name: 'an end at two dates', breakIt: ({ ended }: ReturnType<typeof dataset>) => void ((ended['memberDuring'] as Node)['hasEnd'] = { '@type': 'Instant', inXSDDate: '2012-09-30', inXSDgYear: '2012', before: { '@type': 'Instant', inXSDDate: '2012-10-01' } }), expected: ['NodeConstraintComponent', 'EqualsConstraintComponent'] },
      { name: 'a beginning at two dates', breakIt: ({ current }: ReturnType<typeof dataset>) => void ((current['memberDuring'] as Node)['hasBeginning'] = { '@type': 'Instant', inXSDgYearMonth: '2012-09', inXSDgYear: '2012' }), expected: ['NodeConstraintComponent', 'EqualsConstraintComponent'] },
      { name: 'a membership without an interval', breakIt: ({ current }: ReturnType<typeof dataset>) => void delete current['memberDuring'], expected: ['MinCountConstraintComponent', 'EqualsConstraintComponent'] },
      { name: 'a first sighting typed as a string', breakIt: ({ current }: ReturnType<typeof dataset>) => void (current['firstSeen'] = '2012-10-01'), expected: ['OrConstraintComponent'] },
    ])('should reject $name', async ({ breakIt, expected }) => {
      const data = dataset();
      breakIt(data);
      const constraints = (await shaclFindings(SHAPES, await toNQuads(data.doc))).map((f) => f.constraint);
      expect([...new Set(constraints)].sort()).toEqual([...expected].sort());
    });

    it.each([
      {
        name: 'a post the page ended on a date, no snapshot dropping it',
        edit: ({ ended }: ReturnType<typeof dataset>) => {
          delete ended['endedBefore'];
          ended['endDate'] = { '@type': 'xsd:date', '@value': '2012-09-30' };
          (ended['memberDuring'] as Node)['hasEnd'] = { '@type': 'Instant', inXSDDate: '2012-09-30' };
        },
      },
      {
        name: 'a post the page gives as past with no date ("former Prime Minister")',
        edit: ({ ended }: ReturnType<typeof dataset>) => {
          delete ended['endedBefore'];
          (ended['memberDuring'] as Node)['hasEnd'] = { '@type': 'Instant' };
        },
      },
      {
        name: 'an end date and a later snapshot without the post',
        edit: ({ ended }: ReturnType<typeof dataset>) => {
          ended['endDate'] = { '@type': 'xsd:gYear', '@value': '2012' };
          (ended['memberDuring'] as Node)['hasEnd'] = { '@type': 'Instant', inXSDgYear: '2012', before: { '@type': 'Instant', inXSDDate: '2012-10-01' } };
        },
      },
    ])('should accept $name', async ({ edit }) => {
      const data = dataset();
      edit(data);
      await expect(shaclFindings(SHAPES, await toNQuads(data.doc))).resolves.toEqual([]);
    });
  });
});

describe('jsonLdPages', () => {
  it('should write a country’s documents when the next country starts, and the last with the context and shapes', () => {
    const session = jsonLdPages().start();
    // Source-ID order: kg-source-… before kz-source-…
    const kz = [march, october].sort((a, b) => (a.source.id < b.source.id ? -1 : 1));
    expect([...session.add(sampleProfile()).files.keys()]).toEqual([]);
    expect([...session.add(kz[0]!).files.keys()].sort()).toEqual(['kg.jsonld', 'kg/executive-branch.jsonld']);
    expect([...session.add(kz[1]!).files.keys()]).toEqual([]);
    expect([...session.finish().keys()].sort()).toEqual(['context.jsonld', 'kz.jsonld', 'kz/executive-branch/2012-03-05.jsonld', 'kz/executive-branch/2012-10-01.jsonld', 'shapes.ttl']);
  });

  it('should refuse a page of a country whose documents were already written', () => {
    const session = jsonLdPages().start();
    session.add(march);
    session.add(sampleProfile());
    expect(() => session.add(october)).toThrow('pages must come in source-ID order: kz was already written');
  });
});
