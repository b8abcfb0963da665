import { makeId, sampleProfile, type Profile } from '@profiles/model';
import { describe, expect, it } from 'vitest';
import { siblingProfile } from './fixtures/profiles.js';
import { shaclFindings, toNQuads, toStore } from './fixtures/rdf.js';
import { oneDocument } from './fixtures/documents.js';
import { shapesTurtle, type JsonLdDocument, type JsonLdNode } from './index.js';

const SHAPES = shapesTurtle();
const CP = 'urn:country-profiles:vocab#';

function webPage(doc: JsonLdDocument): JsonLdNode {
  return doc['@graph'].find((n) => n['@type'] === 'WebPage')!;
}

type IssueNode = Record<string, unknown>;

/** The quads of a store with this predicate. */
function withPredicate(store: ReturnType<typeof toStore>, predicate: string) {
  return store.getQuads(null, null, null, null).filter((q) => q.predicate.value === predicate);
}

function issuesOf(doc: JsonLdDocument): IssueNode[] {
  return (webPage(doc)['issue'] ?? []) as IssueNode[];
}

async function findings(doc: JsonLdDocument): Promise<{ path: string; constraint: string }[]> {
  return (await shaclFindings(SHAPES, await toNQuads(doc))).map(({ path, constraint }) => ({ path, constraint }));
}

/** The sample with a second warning, listed before the first so the output must sort them. */
function twoWarnings(): Profile {
  const profile = sampleProfile();
  profile.issues.unshift({
    id: makeId('issue', 'kg', ['no-publisher', '1']),
    level: 'warning',
    code: 'no-publisher',
    message: 'no masthead and no sidecar: the publisher is unknown',
    provenance: [{ file: profile.source.file, line: 1, endLine: 1, element: 'head > title', quote: 'Country profile :: Kyrgyzstan' }],
  });
  profile.source.publisher = null;
  return profile;
}

describe('warnings in JSON-LD', () => {
  it('should embed each warning in its page as a cp:Issue, in page order', () => {
    const profile = twoWarnings();
    const issues = issuesOf(oneDocument([profile]));
    expect(issues).toEqual([
      {
        '@type': 'Issue',
        code: 'no-publisher',
        description: { '@language': 'en', '@value': 'no masthead and no sidecar: the publisher is unknown' },
        identifier: profile.issues[0]!.id,
        level: 'warning',
        provenance: [{ '@type': 'Provenance', element: 'head > title', endLine: 1, file: profile.source.file, line: 1, quote: { '@language': 'en', '@value': 'Country profile :: Kyrgyzstan' } }],
      },
      {
        '@type': 'Issue',
        code: 'unread-person-line',
        description: { '@language': 'en', '@value': 'a line that names a post but no person this ingest can read' },
        identifier: profile.issues[1]!.id,
        level: 'warning',
        provenance: [{ '@type': 'Provenance', endLine: 63, file: profile.source.file, line: 63, quote: { '@language': 'en', '@value': 'Minister of Finance –' } }],
      },
    ]);
  });

  it('should give no node of its own to a warning, and no issue property to a page without any', () => {
    const doc = oneDocument([twoWarnings()]);
    expect(doc['@graph'].some((n) => n['@type'] === 'Issue' || n['@id'].includes('-issue-'))).toBe(false);
    const clean = sampleProfile();
    clean.issues = [];
    expect(webPage(oneDocument([clean]))).not.toHaveProperty('issue');
  });

  it('should read as triples in safe mode: the page has the issue, the issue its code and line', async () => {
    const store = toStore(await toNQuads(oneDocument([twoWarnings()])), 'N-Quads');
    const [page] = withPredicate(store, `${CP}issue`).map((q) => q.subject.value);
    expect(page).toBe(`urn:country-profiles:id:${sampleProfile().source.id}`);
    const codes = withPredicate(store, `${CP}code`).map((q) => q.object.value).sort();
    expect(codes).toEqual(['no-publisher', 'unread-person-line']);
    expect(withPredicate(store, 'http://schema.org/publisher')).toEqual([]);
  });

  it('should conform to the shapes, with no publisher and no pollster', async () => {
    const profile = twoWarnings();
    profile.statistics[0]!.author = null;
    const doc = oneDocument([profile]);
    expect(doc['@graph'].find((n) => n['@type'] === 'Statistic')).not.toHaveProperty('author');
    await expect(findings(doc)).resolves.toEqual([]);
  });

  it('should keep two pages’ warnings apart when both pages are loaded together, even with one ID', async () => {
    const sibling = siblingProfile();
    sibling.issues[0]!.message = 'another page, another message';
    const nquads = [await toNQuads(oneDocument([sampleProfile(), sibling]))];
    await expect(shaclFindings(SHAPES, nquads)).resolves.toEqual([]);
    expect(withPredicate(toStore(nquads, 'N-Quads'), `${CP}issue`)).toHaveLength(2);
  });

  it.each([
    { name: 'a code in capitals', breakIt: (i: IssueNode) => void (i['code'] = 'No-Publisher'), expected: [{ path: 'code', constraint: 'PatternConstraintComponent' }] },
    { name: 'a level other than warning', breakIt: (i: IssueNode) => void (i['level'] = 'error'), expected: [{ path: 'level', constraint: 'InConstraintComponent' }] },
    { name: 'no message', breakIt: (i: IssueNode) => void delete i['description'], expected: [{ path: 'description', constraint: 'MinCountConstraintComponent' }] },
    { name: 'no source location', breakIt: (i: IssueNode) => void delete i['provenance'], expected: [{ path: 'provenance', constraint: 'MinCountConstraintComponent' }] },
    { name: 'an ID of another kind', breakIt: (i: IssueNode) => void (i['identifier'] = 'kg-note-0123456789ab'), expected: [{ path: 'identifier', constraint: 'PatternConstraintComponent' }] },
    { name: 'a property no shape allows', breakIt: (i: IssueNode) => void (i['name'] = 'x'), expected: [{ path: 'name', constraint: 'ClosedConstraintComponent' }] },
  ])('should reject a warning with $name', async ({ breakIt, expected }) => {
    const doc = oneDocument([sampleProfile()]);
    breakIt(issuesOf(doc)[0]!);
    await expect(findings(doc)).resolves.toEqual(expected);
  });

  it('should reject a publisher given twice, though it may be absent', async () => {
    const doc = oneDocument([sampleProfile()]);
    webPage(doc)['publisher'] = ['Eurasian Home', 'Someone else'].map((name) => ({ '@language': 'en', '@value': name }));
    await expect(findings(doc)).resolves.toEqual([{ path: 'publisher', constraint: 'MaxCountConstraintComponent' }]);
  });
});
