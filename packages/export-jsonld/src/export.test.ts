import { sampleProfile, type Profile } from '@profiles/model';
import { describe, expect, it } from 'vitest';
import { secondProfile } from './fixtures/profiles.js';
import { exportJsonLd } from './index.js';

const parse = (text: string | undefined): { '@context': unknown; '@graph': { '@id': string; '@type': unknown }[] } => JSON.parse(text!);

describe('exportJsonLd', () => {
  it('should write the context, one document per country and per profile, and the shapes', () => {
    const files = exportJsonLd([sampleProfile(), secondProfile()]);
    expect([...files.keys()]).toEqual(['context.jsonld', 'kg.jsonld', 'kg/executive-branch.jsonld', 'kz.jsonld', 'kz/legislative-branch.jsonld', 'shapes.ttl']);
  });

  it('should write only the context and shapes for no profiles', () => {
    expect([...exportJsonLd([]).keys()]).toEqual(['context.jsonld', 'shapes.ttl']);
  });

  it('should embed the shipped context in every document', () => {
    const files = exportJsonLd([sampleProfile(), secondProfile()]);
    const shipped = parse(files.get('context.jsonld'))['@context'];
    expect(parse(files.get('kg.jsonld'))['@context']).toEqual(shipped);
    expect(parse(files.get('kg/executive-branch.jsonld'))['@context']).toEqual(shipped);
    expect(parse(files.get('kz/legislative-branch.jsonld'))['@context']).toEqual(shipped);
  });

  it('should define every term explicitly, protected, with no @vocab', () => {
    const context = parse(exportJsonLd([]).get('context.jsonld'))['@context'] as Record<string, unknown>;
    expect(context['@protected']).toBe(true);
    expect(context).not.toHaveProperty('@vocab');
    expect(context).not.toHaveProperty('@base');
    expect(context['schema']).toBe('http://schema.org/');
  });

  it('should write two-space JSON with a trailing newline', () => {
    for (const [path, text] of exportJsonLd([sampleProfile()])) {
      if (!path.endsWith('.jsonld')) continue;
      expect(text.endsWith('}\n')).toBe(true);
      expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    }
  });

  it('should sort the nodes of a document by @id', () => {
    for (const path of ['kg.jsonld', 'kg/executive-branch.jsonld']) {
      const ids = parse(exportJsonLd([sampleProfile()]).get(path))['@graph'].map((n) => n['@id']);
      expect(ids).toEqual([...ids].sort());
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('should give the same bytes for the same profile, whatever the order of its records', () => {
    const earlier = { file: 'raw/kg/executive-branch.html', line: 3, endLine: 4, element: null, quote: 'earlier' };
    const expected = sampleProfile();
    expected.persons[0]!.provenance.unshift(earlier);
    expected.persons[0]!.aliases = ['Almaz Temirov', 'Temirov', 'Temirov Almaz Bekovich'];
    const shuffled = sampleProfile();
    shuffled.persons[0]!.provenance.push(earlier);
    shuffled.persons[0]!.aliases = ['Temirov Almaz Bekovich', 'Almaz Temirov', 'Temirov'];
    for (const key of ['persons', 'organizations', 'memberships', 'events', 'tasks'] as const) (shuffled[key] as unknown[]).reverse();
    expect(exportJsonLd([shuffled])).toEqual(exportJsonLd([expected]));
  });

  it('should take the section from the file name, as the model folder does', () => {
    const profile = sampleProfile();
    profile.source.file = 'raw/kg/Political-Parties.htm';
    expect([...exportJsonLd([profile]).keys()]).toContain('kg/Political-Parties.jsonld');
  });

  it('should refuse two profiles that would share a document path', () => {
    const html = sampleProfile();
    const text: Profile = { ...sampleProfile(), source: { ...sampleProfile().source, file: 'raw/kg/executive-branch.txt' } };
    expect(() => exportJsonLd([html, text])).toThrow(
      'raw/kg/executive-branch.txt: its JSON-LD document kg/executive-branch.jsonld would overwrite the one of raw/kg/executive-branch.html',
    );
  });

  it('should write a record with every optional field empty without empty properties', () => {
    const profile = sampleProfile();
    const doc = parse(exportJsonLd([profile]).get('kg.jsonld'));
    const former = doc['@graph'].find((n) => n['@id'].endsWith(profile.organizations[2]!.id)) as Record<string, unknown>;
    expect(Object.keys(former).sort()).toEqual(['@id', '@type', 'classification', 'firstSeen', 'lastSeen', 'name', 'provenance', 'wasDerivedFrom']);
  });
});
