import { sampleProfile } from '@profiles/model';
import { describe, expect, it } from 'vitest';
import { secondProfile, siblingProfile } from './fixtures/profiles.js';
import { shaclFindings, toNQuads, toStore } from './fixtures/rdf.js';
import { oneDocument } from './fixtures/documents.js';
import { exportJsonLd, shapesTurtle, type JsonLdDocument, type JsonLdNode } from './index.js';

const SHAPES = shapesTurtle();

/** The first node of a type, to break on purpose. */
function nodeOf(doc: JsonLdDocument, type: string): JsonLdNode {
  return doc['@graph'].find((n) => n['@type'] === type || (Array.isArray(n['@type']) && n['@type'].includes(type as never)))!;
}

/** Every document of an export as N-Quads, each converted on its own. */
async function exportedNQuads(profiles: Parameters<typeof exportJsonLd>[0]): Promise<string[]> {
  const files = exportJsonLd(profiles);
  return Promise.all([...files].filter(([path]) => path.endsWith('.jsonld') && path !== 'context.jsonld').map(([, text]) => toNQuads(JSON.parse(text) as object)));
}

async function findings(doc: JsonLdDocument, shapes = SHAPES): Promise<{ path: string; constraint: string }[]> {
  return (await shaclFindings(shapes, await toNQuads(doc))).map(({ path, constraint }) => ({ path, constraint }));
}

describe('shapes.ttl', () => {
  it('should be the shipped file and parse as Turtle', () => {
    expect(exportJsonLd([]).get('shapes.ttl')).toBe(SHAPES);
    expect(toStore(SHAPES, 'Turtle').size).toBeGreaterThan(100);
  });

  it('should find the sample profile conforming', async () => {
    await expect(findings(oneDocument([sampleProfile()]))).resolves.toEqual([]);
  });

  it('should find every document of two countries loaded together conforming', async () => {
    await expect(shaclFindings(SHAPES, await exportedNQuads([sampleProfile(), secondProfile()]))).resolves.toEqual([]);
  });

  it('should find two pages of one country conforming together: the bodies and people they share are one node each', async () => {
    const files = exportJsonLd([sampleProfile(), siblingProfile()]);
    expect([...files.keys()]).toEqual(['context.jsonld', 'kg.jsonld', 'kg/executive-branch.jsonld', 'kg/security-council.jsonld', 'shapes.ttl']);
    await expect(shaclFindings(SHAPES, await exportedNQuads([sampleProfile(), siblingProfile()]))).resolves.toEqual([]);
  });

  it('should find a profile conforming under another base and vocabulary, with the matching shapes', async () => {
    const options = { base: 'https://data.example.org/id/', vocab: 'https://data.example.org/ns#' };
    await expect(findings(oneDocument([sampleProfile()], options), shapesTurtle(options))).resolves.toEqual([]);
  });

  it('should find a year, a month and a day conforming as dates', async () => {
    const profile = sampleProfile();
    profile.organizations[1]!.founded = '1994';
    profile.memberships[2]!.startDate = '2011-12';
    profile.events[0]!.date = '2011-10-30';
    await expect(findings(oneDocument([profile]))).resolves.toEqual([]);
  });

  it.each([
    {
      name: 'a vote share of 150',
      breakIt: (doc: JsonLdDocument) => void (nodeOf(doc, 'Election')['voteShare'] = '150'),
      expected: [{ path: 'voteShare', constraint: 'MaxInclusiveConstraintComponent' }],
    },
    {
      name: 'a negative vote share',
      breakIt: (doc: JsonLdDocument) => void (nodeOf(doc, 'Election')['voteShare'] = '-0.5'),
      expected: [{ path: 'voteShare', constraint: 'MinInclusiveConstraintComponent' }],
    },
    {
      name: 'a vote share written as a double ("6.32E1")',
      breakIt: (doc: JsonLdDocument) => void (nodeOf(doc, 'Election')['voteShare'] = '6.32E1'),
      expected: [{ path: 'voteShare', constraint: 'DatatypeConstraintComponent' }],
    },
    {
      name: 'a date typed as a string',
      breakIt: (doc: JsonLdDocument) => void (nodeOf(doc, 'Election')['startDate'] = '2011-10-30'),
      expected: [{ path: 'startDate', constraint: 'OrConstraintComponent' }],
    },
    {
      name: 'a day typed as a year',
      breakIt: (doc: JsonLdDocument) => void (nodeOf(doc, 'Election')['startDate'] = { '@value': '2011-10-30', '@type': 'xsd:gYear' }),
      expected: [{ path: 'startDate', constraint: 'OrConstraintComponent' }],
    },
    {
      name: 'a membership whose member is an organization',
      breakIt: (doc: JsonLdDocument) => void (nodeOf(doc, 'Membership')['member'] = nodeOf(doc, 'Organization')['@id']),
      expected: [{ path: 'member', constraint: 'ClassConstraintComponent' }],
    },
    {
      name: 'a membership with two members',
      breakIt: (doc: JsonLdDocument) => {
        const persons = doc['@graph'].filter((n) => n['@type'] === 'Person').map((n) => n['@id']);
        nodeOf(doc, 'Membership')['member'] = persons.slice(0, 2);
      },
      expected: [{ path: 'member', constraint: 'MaxCountConstraintComponent' }],
    },
    {
      name: 'a membership with no member',
      breakIt: (doc: JsonLdDocument) => void delete nodeOf(doc, 'Membership')['member'],
      expected: [{ path: 'member', constraint: 'MinCountConstraintComponent' }],
    },
    {
      name: 'a parent organization that is a person',
      breakIt: (doc: JsonLdDocument) => void (nodeOf(doc, 'Organization')['subOrganizationOf'] = nodeOf(doc, 'Person')['@id']),
      expected: [{ path: 'subOrganizationOf', constraint: 'ClassConstraintComponent' }],
    },
    {
      name: 'a post in a group',
      breakIt: (doc: JsonLdDocument) => void (nodeOf(doc, 'Post')['postIn'] = nodeOf(doc, 'Group')['@id']),
      expected: [{ path: 'postIn', constraint: 'ClassConstraintComponent' }],
    },
    {
      name: 'a property no shape allows',
      breakIt: (doc: JsonLdDocument) => void (nodeOf(doc, 'Person')['schema:birthDate'] = { '@value': '1950', '@type': 'xsd:gYear' }),
      expected: [{ path: 'birthDate', constraint: 'ClosedConstraintComponent' }],
    },
    {
      name: 'a record with no provenance',
      breakIt: (doc: JsonLdDocument) => void delete nodeOf(doc, 'Task')['provenance'],
      expected: [{ path: 'provenance', constraint: 'MinCountConstraintComponent' }],
    },
    {
      name: 'a source location ending before it starts',
      breakIt: (doc: JsonLdDocument) => void ((nodeOf(doc, 'Note')['provenance'] as { line: number }[])[0]!.line = 999),
      expected: [{ path: 'line', constraint: 'LessThanOrEqualsConstraintComponent' }],
    },
    {
      name: 'an event that is neither an election nor a referendum',
      breakIt: (doc: JsonLdDocument) => void (nodeOf(doc, 'Election')['@type'] = 'Event'),
      expected: [{ path: '', constraint: 'XoneConstraintComponent' }],
    },
    {
      name: 'a name that lost its language',
      breakIt: (doc: JsonLdDocument) => void (nodeOf(doc, 'Person')['name'] = 'Otunbayeva Roza'),
      expected: [{ path: 'name', constraint: 'DatatypeConstraintComponent' }],
    },
    {
      name: 'a role label typed as a plain string',
      breakIt: (doc: JsonLdDocument) => void (nodeOf(doc, 'Role')['prefLabel'] = { '@value': 'Chair', '@type': 'xsd:string' }),
      expected: [{ path: 'prefLabel', constraint: 'DatatypeConstraintComponent' }],
    },
    {
      name: 'a quote that lost its language',
      breakIt: (doc: JsonLdDocument) => void ((nodeOf(doc, 'Note')['provenance'] as { quote: unknown }[])[0]!.quote = 'as written'),
      expected: [{ path: 'quote', constraint: 'DatatypeConstraintComponent' }],
    },
    {
      name: 'a raw file name with a language',
      breakIt: (doc: JsonLdDocument) => void (nodeOf(doc, 'WebPage')['file'] = { '@language': 'en', '@value': 'raw/kg/executive-branch.html' }),
      expected: [{ path: 'file', constraint: 'DatatypeConstraintComponent' }],
    },
    {
      name: 'a page language code that is itself language-tagged',
      breakIt: (doc: JsonLdDocument) => void (nodeOf(doc, 'WebPage')['inLanguage'] = { '@language': 'en', '@value': 'en' }),
      expected: [{ path: 'inLanguage', constraint: 'DatatypeConstraintComponent' }],
    },
    {
      name: 'a group’s own-language name tagged with the page’s language',
      breakIt: (doc: JsonLdDocument) => void (nodeOf(doc, 'Group')['localName'] = { '@language': 'en', '@value': 'Uly' }),
      expected: [{ path: 'localName', constraint: 'DatatypeConstraintComponent' }],
    },
    {
      name: 'a rank’s scale that is no number',
      breakIt: (doc: JsonLdDocument) => void (nodeOf(doc, 'Statistic')['maxValue'] = 'of 176'),
      expected: [{ path: 'maxValue', constraint: 'DatatypeConstraintComponent' }],
    },
    {
      name: 'a figure of a unit the model does not have',
      breakIt: (doc: JsonLdDocument) => void (nodeOf(doc, 'Statistic')['unitText'] = 'votes'),
      expected: [{ path: 'unitText', constraint: 'InConstraintComponent' }],
    },
    {
      name: 'a group member who is a body, not a person',
      breakIt: (doc: JsonLdDocument) => void (nodeOf(doc, 'Group')['groupMember'] = [nodeOf(doc, 'GovernmentOrganization')['@id']]),
      expected: [{ path: 'groupMember', constraint: 'ClassConstraintComponent' }],
    },
    {
      name: 'a country’s name in another language than the project’s',
      breakIt: (doc: JsonLdDocument) => void (nodeOf(doc, 'Country')['name'] = { '@language': 'ru', '@value': 'Кыргызстан' }),
      expected: [{ path: 'name', constraint: 'LanguageInConstraintComponent' }],
    },
  ])('should reject $name', async ({ breakIt, expected }) => {
    const doc = oneDocument([sampleProfile()]);
    breakIt(doc);
    await expect(findings(doc)).resolves.toEqual(expected);
  });
});
