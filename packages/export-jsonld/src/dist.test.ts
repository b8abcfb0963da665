import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { personSubjects, shaclFindings, toNQuads } from './fixtures/rdf.js';

// The committed dist/jsonld, as a linked-data user would check it: safe-mode RDF, SHACL, counts.
const dist = (path: string) => fileURLToPath(new URL(`../../../dist/${path}`, import.meta.url));
const documents = readdirSync(dist('jsonld'), { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.jsonld') && name !== 'context.jsonld')
  .sort();

describe('dist/jsonld', () => {
  it('should hold a document for every model file, and one for every country', () => {
    const models = readdirSync(dist('model'), { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.json'));
    const countries = [...new Set(models.map((m) => m.split(/[\\/]/)[0]!))].map((c) => `${c}.jsonld`);
    const pages = models.map((m) => `${m.replace(/\.json$/, '')}.jsonld`);
    expect(documents).toEqual([...countries, ...pages].sort());
    expect(documents.length).toBeGreaterThan(1);
  });

  it('should give every IRI one node, in one document', () => {
    const ids = documents.flatMap((d) => (JSON.parse(readFileSync(dist(`jsonld/${d}`), 'utf8'))['@graph'] as { '@id': string }[]).map((n) => n['@id']));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('should convert to RDF in safe mode offline, conform to the shipped shapes, and have one Person per persons.csv row', async () => {
    const nquads = await Promise.all(documents.map((d) => toNQuads(JSON.parse(readFileSync(dist(`jsonld/${d}`), 'utf8')))));
    expect(await shaclFindings(readFileSync(dist('jsonld/shapes.ttl'), 'utf8'), nquads)).toEqual([]);
    const personRows = readFileSync(dist('csv/persons.csv'), 'utf8').trim().split('\r\n').length - 1;
    expect(personSubjects(nquads)).toHaveLength(personRows);
  });
});
