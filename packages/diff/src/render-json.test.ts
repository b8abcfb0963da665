import { sampleProfile } from '@profiles/model';
import { describe, expect, it } from 'vitest';
import { diffDatasets } from './diff-datasets.js';
import { edited, ids, membership, person, reversed, vacate } from './fixtures/profiles.js';
import { DIFF_JSON_VERSION, renderDiffJson } from './render-json.js';
import { DIFF_KINDS } from './types.js';

const bekova = person('Bekova', 'Aida');
const head = edited((p) => {
  p.persons.push(bekova);
  vacate(p, ids.osmonova, ids.government, 'Prime Minister');
  p.memberships.push(membership(bekova.id, ids.government, 'Prime Minister', { startDate: '2012-04' }));
  p.organizations.find((o) => o.id === ids.council)!.abbreviation = 'SCKR';
});

describe('renderDiffJson', () => {
  it('should write the documented structure, keys in a fixed order', () => {
    const json = JSON.parse(renderDiffJson(diffDatasets([sampleProfile()], [head])));
    expect(Object.keys(json)).toEqual(['version', 'equal', 'summary', 'changes', 'posts', 'moves']);
    expect(json.version).toBe(DIFF_JSON_VERSION);
    expect(json.equal).toBe(false);
    expect(Object.keys(json.summary)).toEqual(['added', 'removed', 'changed', 'total', 'posts', 'moves', 'warnings']);
    expect(json.summary.warnings).toEqual({ before: 1, after: 1 });
    for (const op of ['added', 'removed', 'changed']) expect(Object.keys(json.summary[op])).toEqual([...DIFF_KINDS]);
    expect(json.summary).toMatchObject({ total: 4, posts: 1, moves: 0 });
    expect(json.changes.map((c: { op: string; kind: string }) => `${c.op} ${c.kind}`)).toEqual([
      'add person',
      'change organization',
      'add membership',
      'remove membership',
    ]);
    const [added, changed, , removed] = json.changes;
    expect(Object.keys(added)).toEqual(['op', 'kind', 'id', 'page', 'label', 'before', 'after']);
    expect(added).toMatchObject({ id: bekova.id, page: 'kg/executive-branch', label: 'Bekova Aida', before: null, after: bekova });
    expect(Object.keys(changed)).toEqual(['op', 'kind', 'id', 'page', 'label', 'before', 'after', 'fields']);
    expect(changed.fields).toEqual([{ field: 'abbreviation', before: 'SC', after: 'SCKR', beforeText: 'SC', afterText: 'SCKR' }]);
    expect(removed.after).toBeNull();
    expect(removed.before.personId).toBe(ids.osmonova);
    expect(json.posts).toHaveLength(1);
    expect(Object.keys(json.posts[0])).toEqual(['page', 'post', 'organizationId', 'organization', 'role', 'before', 'after', 'since']);
    expect(Object.keys(json.posts[0].before)).toEqual(['personId', 'name', 'membershipId', 'title', 'startDate']);
    expect(json.posts[0]).toMatchObject({ post: 'Prime Minister (Government)', before: { name: 'Osmonova Gulnara' }, after: { name: 'Bekova Aida' }, since: '2012-04' });
  });

  it('should give the same bytes for the same change, whatever the record order', () => {
    const a = renderDiffJson(diffDatasets([sampleProfile()], [head]));
    const b = renderDiffJson(diffDatasets([reversed(sampleProfile())], [reversed(head)]));
    expect(b).toBe(a);
    expect(a.endsWith('}\n')).toBe(true);
  });

  it('should write an equal diff as empty lists', () => {
    const json = JSON.parse(renderDiffJson(diffDatasets([sampleProfile()], [sampleProfile()])));
    expect(json).toMatchObject({ version: 1, equal: true, changes: [], posts: [], moves: [] });
  });
});
