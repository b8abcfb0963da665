import { makeId, sampleProfile, validateProfile, type Profile } from '@profiles/model';
import { describe, expect, it } from 'vitest';
import { diffDatasets } from './diff-datasets.js';
import { edited, ids, membership, person, reversed, shiftProvenance, vacate } from './fixtures/profiles.js';
import type { DatasetDiff } from './types.js';

/** The changes of a diff as short strings: `add person Bekova Aida`. */
function named(diff: DatasetDiff): string[] {
  return diff.changes.map((c) => `${c.op} ${c.kind} ${c.label}`);
}

/** Every fixture must be a valid profile, or the test proves nothing. */
function valid(profile: Profile): Profile {
  const result = validateProfile(profile, 'test');
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.profile;
}

describe('diffDatasets', () => {
  it('should find two copies of the same dataset equal', () => {
    const diff = diffDatasets([sampleProfile()], [sampleProfile()]);
    expect(diff.equal).toBe(true);
    expect(diff.changes).toEqual([]);
    expect(diff.posts).toEqual([]);
    expect(diff.moves).toEqual([]);
    expect(diff.summary.total).toBe(0);
  });

  it('should find a change only in provenance equal (text moved on the page)', () => {
    const moved = valid(edited((p) => shiftProvenance(p, 7)));
    expect(diffDatasets([sampleProfile()], [moved]).equal).toBe(true);
  });

  it('should find a change only in the page bytes, encoding or list positions equal', () => {
    const reread = valid(
      edited((p) => {
        p.source.sha256 = 'f'.repeat(64);
        p.source.encoding = 'windows-1251';
        p.tasks[0]!.position = 2;
        p.tasks[1]!.position = 1;
      }),
    );
    expect(diffDatasets([sampleProfile()], [reread]).equal).toBe(true);
  });

  it('should not depend on the order of records or profiles', () => {
    const head = valid(edited((p) => p.persons.push(person('Bekova', 'Aida'))));
    const other = valid(edited((p) => {
      p.source.file = 'raw/kg/legislative-branch.html';
      p.source.section = 'Legislative branch';
    }));
    const a = diffDatasets([sampleProfile(), other], [head, other]);
    const b = diffDatasets([reversed(other), reversed(sampleProfile())], [reversed(other), reversed(head)]);
    expect(b).toEqual(a);
  });

  it('should name a post that changed hands, with the new holder and the date', () => {
    const head = valid(
      edited((p) => {
        p.persons.push(person('Bekova', 'Aida'));
        vacate(p, ids.osmonova, ids.government, 'Prime Minister');
        p.memberships.push(
          membership(person('Bekova', 'Aida').id, ids.government, 'Prime Minister', { startDate: '2012-04', predecessorId: ids.osmonova }),
        );
      }),
    );
    const diff = diffDatasets([sampleProfile()], [head]);
    expect(diff.posts).toEqual([
      {
        page: 'kg/executive-branch',
        post: 'Prime Minister (Government)',
        organizationId: ids.government,
        organization: 'Government',
        role: 'Prime Minister',
        before: {
          personId: ids.osmonova,
          name: 'Osmonova Gulnara',
          membershipId: makeId('membership', 'kg', [ids.osmonova, ids.government, 'Prime Minister']),
          title: 'Prime Minister | acting',
          startDate: '2011-12',
        },
        after: {
          personId: person('Bekova', 'Aida').id,
          name: 'Bekova Aida',
          membershipId: membership(person('Bekova', 'Aida').id, ids.government, 'Prime Minister').id,
          title: 'Prime Minister',
          startDate: '2012-04',
        },
        since: '2012-04',
      },
    ]);
    expect(diff.moves).toEqual([]);
    expect(named(diff)).toEqual([
      'add person Bekova Aida',
      'add membership Bekova Aida — Prime Minister (Government)',
      'remove membership Osmonova Gulnara — Prime Minister (Government)',
    ]);
    expect(diff.summary).toMatchObject({ total: 3, posts: 1, moves: 0 });
    expect(diff.summary.added).toMatchObject({ person: 1, membership: 1, organization: 0 });
    expect(diff.summary.removed).toMatchObject({ membership: 1 });
  });

  it('should name a person who moved from one post to another', () => {
    const bekova = person('Bekova', 'Aida');
    const head = valid(
      edited((p) => {
        p.persons.push(bekova);
        vacate(p, ids.osmonova, ids.government, 'Prime Minister');
        p.memberships.push(membership(bekova.id, ids.government, 'Prime Minister', { startDate: '2012-04' }));
        p.memberships.push(membership(ids.osmonova, ids.ministry, 'Minister', { title: 'Minister of Defence', startDate: '2012-05' }));
      }),
    );
    const diff = diffDatasets([sampleProfile()], [head]);
    expect(diff.moves).toEqual([
      {
        personId: ids.osmonova,
        name: 'Osmonova Gulnara',
        from: expect.objectContaining({ post: 'Prime Minister (Government)', title: 'Prime Minister | acting' }),
        to: expect.objectContaining({ post: 'Minister (Ministry of Defence)', title: 'Minister of Defence', organization: 'Ministry of Defence' }),
        since: '2012-05',
      },
    ]);
    expect(diff.posts.map((p) => [p.post, p.before?.name ?? null, p.after?.name ?? null])).toEqual([
      ['Minister (Ministry of Defence)', null, 'Osmonova Gulnara'],
      ['Prime Minister (Government)', 'Osmonova Gulnara', 'Bekova Aida'],
    ]);
  });

  it('should name a membership that started and one that ended', () => {
    const head = valid(
      edited((p) => {
        vacate(p, ids.osmonova, null, 'Human Rights Commissioner');
        p.memberships.push(membership(ids.sadykov, ids.former, 'Chair', { startDate: '1993' }));
      }),
    );
    const diff = diffDatasets([sampleProfile()], [head]);
    expect(diff.posts.map((p) => [p.post, p.before?.name ?? null, p.after?.name ?? null, p.since])).toEqual([
      ['Chair (Defence Council)', null, 'Bakyt Sadykov', '1993'],
      ['Human Rights Commissioner', 'Osmonova Gulnara', null, null],
    ]);
    expect(diff.moves).toEqual([]);
    expect(named(diff)).toEqual([
      'add membership Bakyt Sadykov — Chair (Defence Council)',
      'remove membership Osmonova Gulnara — Human Rights Commissioner',
    ]);
  });

  it('should read a post that became past as left by its holder, and name it past', () => {
    const head = valid(
      edited((p) => {
        vacate(p, ids.osmonova, ids.government, 'Prime Minister');
        p.memberships.push({
          ...membership(ids.osmonova, ids.government, 'Prime Minister', { startDate: '2011-12', endDate: '2012-04', status: 'ended' }),
          id: makeId('membership', 'kg', [ids.osmonova, ids.government, 'Prime Minister', 'ended']),
        });
      }),
    );
    const diff = diffDatasets([sampleProfile()], [head]);
    expect(diff.posts.map((p) => [p.post, p.before?.name ?? null, p.after?.name ?? null])).toEqual([['Prime Minister (Government)', 'Osmonova Gulnara', null]]);
    expect(named(diff)).toContain('add membership Osmonova Gulnara — Prime Minister (Government), past');
    expect(named(diff)).toContain('remove membership Osmonova Gulnara — Prime Minister (Government)');
  });

  it('should name a changed field with its old and new value, following IDs to names', () => {
    const head = valid(
      edited((p) => {
        p.organizations.find((o) => o.id === ids.council)!.founded = '1994-04';
        const pm = p.memberships.find((m) => m.personId === ids.osmonova && m.role === 'Prime Minister')!;
        pm.predecessorId = ids.temirov;
        p.persons.find((x) => x.id === ids.temirov)!.aliases.push('Temirov A. B.');
      }),
    );
    const diff = diffDatasets([sampleProfile()], [head]);
    expect(diff.changes.map((c) => [c.kind, c.label, c.fields])).toEqual([
      [
        'person',
        'Temirov Almaz Bekovich',
        [
          {
            field: 'aliases',
            before: ['Almaz Temirov', 'Temirov', 'Temirov Almaz Bekovich'],
            after: ['Almaz Temirov', 'Temirov', 'Temirov Almaz Bekovich', 'Temirov A. B.'],
            beforeText: 'Almaz Temirov; Temirov; Temirov Almaz Bekovich',
            afterText: 'Almaz Temirov; Temirov; Temirov Almaz Bekovich; Temirov A. B.',
          },
        ],
      ],
      ['organization', 'Security Council', [{ field: 'founded', before: '1994-03', after: '1994-04', beforeText: '1994-03', afterText: '1994-04' }]],
      [
        'membership',
        'Osmonova Gulnara — Prime Minister (Government)',
        [{ field: 'predecessorId', before: ids.sadykov, after: ids.temirov, beforeText: 'Bakyt Sadykov', afterText: 'Temirov Almaz Bekovich' }],
      ],
    ]);
    expect(diff.changes.every((c) => c.op === 'change')).toBe(true);
    expect(diff.posts).toEqual([]);
  });

  it("should name a group's people, not their IDs, when its members change", () => {
    const head = valid(edited((p) => void (p.groups[0]!.memberIds = [p.groups[0]!.memberIds[1]!])));
    const diff = diffDatasets([sampleProfile()], [head]);
    expect(diff.changes.map((c) => [c.kind, c.label, c.fields?.map((f) => [f.field, f.beforeText, f.afterText])])).toEqual([
      ['group', 'Northern clan', [['memberIds', 'Bakyt Sadykov; Osmonova Gulnara', 'Osmonova Gulnara']]],
    ]);
  });

  it('should name entities of every kind that were added or removed', () => {
    const head = valid(
      edited((p) => {
        p.materials = [];
        p.groups.push({ ...structuredClone(p.groups[0]!), id: makeId('group', 'kg', ['Southern clan']), name: 'Southern clan', localName: 'Tüshtük' });
        p.events.push({
          ...structuredClone(p.events[0]!),
          id: makeId('event', 'kg', ['election', '2012-04-03']),
          date: '2012-04-03',
          voteShare: 70.1,
          results: [{ ...p.events[0]!.results[0]!, voteShare: 70.1 }],
        });
      }),
    );
    expect(named(diffDatasets([sampleProfile()], [head]))).toEqual([
      'add event election 2012-04-03: Temirov Almaz Bekovich (President of the Kyrgyz Republic)',
      'add group Southern clan',
      'remove material Topic 2012-03-05',
    ]);
  });

  it('should label a dated event that is no vote by its person, else by its words', () => {
    const head = valid(
      edited((p) => {
        const base = { ...structuredClone(p.events[0]!), voteShare: null, votes: null, termYears: null, turnout: null, results: [] };
        p.events.push(
          { ...base, id: makeId('event', 'kg', ['decision', '2013-02-01']), kind: 'decision', date: '2013-02-01', personId: null, organizationId: null, title: 'Указом от 1 февраля утверждена реформа' },
          { ...base, id: makeId('event', 'kg', ['resignation', '2013-03-01']), kind: 'resignation', date: '2013-03-01', title: 'Объявил об отставке' },
        );
      }),
    );
    expect(named(diffDatasets([sampleProfile()], [head]))).toEqual([
      'add event decision 2013-02-01: Указом от 1 февраля утверждена реформа',
      'add event resignation 2013-03-01: Temirov Almaz Bekovich (President of the Kyrgyz Republic)',
    ]);
  });

  it('should report a page field but not its derived fields', () => {
    const head = valid(
      edited((p) => {
        p.source.retrieved = '2012-06-01';
        p.source.country.name = 'Kyrgyz Republic';
        p.source.latestDate = '2012-05';
      }),
    );
    const diff = diffDatasets([sampleProfile()], [head]);
    expect(diff.changes).toHaveLength(1);
    expect(diff.changes[0]).toMatchObject({ op: 'change', kind: 'page', id: 'kg/executive-branch', label: 'Kyrgyz Republic: Executive branch' });
    expect(diff.changes[0]!.fields!.map((f) => [f.field, f.beforeText, f.afterText])).toEqual([
      ['country.name', 'Kyrgyzstan', 'Kyrgyz Republic'],
      ['retrieved', '2012-04-01', '2012-06-01'],
    ]);
  });

  it('should keep pages apart: the same person on a new page is added on that page', () => {
    const other = valid(edited((p) => {
      p.source.file = 'raw/kg/legislative-branch.html';
      p.source.section = 'Legislative branch';
    }));
    const diff = diffDatasets([sampleProfile()], [sampleProfile(), other]);
    expect(diff.changes.every((c) => c.op === 'add' && c.page === 'kg/legislative-branch')).toBe(true);
    expect(diff.changes[0]).toMatchObject({ kind: 'page', label: 'Kyrgyzstan: Legislative branch' });
    expect(diff.summary.added.person).toBe(3);
    expect(diff.moves).toEqual([]);
  });

  it('should treat a page converted from text to HTML as the same page', () => {
    const html = sampleProfile();
    const text = edited((p) => {
      p.source.file = 'raw/kg/executive-branch.txt';
      p.source.format = 'text';
      p.source.id = makeId('source', 'kg', ['raw/kg/executive-branch.txt']);
    });
    const diff = diffDatasets([text], [html]);
    expect(diff.changes.map((c) => [c.kind, c.fields?.map((f) => f.field)])).toEqual([['page', ['file']]]);
  });

  it('should sort changes by kind order, then label by code point', () => {
    const head = valid(
      edited((p) => {
        p.persons.push(person('Ärtykov', 'Bolot'), person('Zhakypov', 'Ulan'), person('Abdraev', 'Ermek'));
        p.organizations.find((o) => o.id === ids.ministry)!.website = 'http://mod.example.kg/';
      }),
    );
    expect(named(diffDatasets([sampleProfile()], [head]))).toEqual([
      'add person Abdraev Ermek',
      'add person Zhakypov Ulan',
      'add person Ärtykov Bolot',
      'change organization Ministry of Defence',
    ]);
  });
});
