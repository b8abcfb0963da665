// Issue 14, "done when": two snapshots of the executive branch (the seed as 2012-03-05 and the
// reshuffled page of src/fixtures as 2012-10-01) give first/last seen and status, record by record.
import { beforeAll, describe, expect, it } from 'vitest';
import { makeId, type Profile } from '@profiles/model';
import { CountryDatasetSchema, type CountryDataset, type MergedMembership, type MergedPerson } from './schema.js';
import { lastChange } from './changes.js';
import { postsOverTime } from './history.js';
import { keyProblems } from './check.js';
import { mergeCountry } from './merge.js';
import { ingestAt, reshuffledSnapshot, SEED_HTML_PATH, SEED_PATH, seedSnapshot } from './fixtures/index.js';

const MARCH = '2012-03-05';
const OCTOBER = '2012-10-01';

let seed: Profile;
let later: Profile;
let dataset: CountryDataset;

beforeAll(() => {
  seed = seedSnapshot();
  later = reshuffledSnapshot();
  dataset = mergeCountry([seed, later]);
});

/** The one merged person that some page names `name`. */
function person(name: string): MergedPerson {
  const found = dataset.persons.filter((p) => p.aliases.includes(name));
  expect(found, `persons named "${name}"`).toHaveLength(1);
  return found[0]!;
}

/** The one merged membership of the person named `name` with this role in the body named `body` (null: no body). */
function membership(name: string, role: string, body: string | null): MergedMembership {
  const personId = person(name).id;
  const orgId = body === null ? null : dataset.organizations.find((o) => o.name === body)?.id;
  expect(orgId, `organization "${body}"`).not.toBeUndefined();
  const found = dataset.memberships.filter((m) => m.personId === personId && m.role === role && m.organizationId === orgId);
  expect(found, `${name} as ${role} of ${body}`).toHaveLength(1);
  return found[0]!;
}

describe('two snapshots of one page: persons', () => {
  // name as some snapshot writes it → first seen, last seen
  const PERSONS: Array<[string, string, string]> = [
    ['Nazarbayev Nursultan Abishevitch', MARCH, OCTOBER],
    ['Masimov Karim Kazhimkhanovich', MARCH, OCTOBER],
    ['Karim Masimov', MARCH, OCTOBER], // the same person, given name first in October
    ['Aslan Musin', MARCH, MARCH],
    ['Kairat Kelimbetov', MARCH, MARCH],
    ['Oksikbayev Omarkhan Nurtaevitch', MARCH, OCTOBER],
    ['Narikbayev Maksut Sultanovitch', MARCH, OCTOBER],
    ['Baykadamov Bolat Kenjekeshevitch', MARCH, OCTOBER],
    ['Samakova Aigul Baigazyevna', MARCH, OCTOBER],
    ['Igor Rogov', MARCH, OCTOBER],
    ['Kim Georgiy Vasilyevitch', MARCH, OCTOBER],
    ['Shukeev Umirzak Estayevich', MARCH, OCTOBER],
    ['Orynbayev Erbol Turmakhanovich', MARCH, OCTOBER],
    ['Tazhin Marat Mukhambetkaziyevitch', MARCH, MARCH],
    ['Akhmetov Danial Kenzhetayevitch', MARCH, MARCH],
    ['Akhmetov Serik Nigmetovich', OCTOBER, OCTOBER],
    ['Idrissov Erlan Abilfayizuly', OCTOBER, OCTOBER],
    ['Dzhaksybekov Adilbek Ryskeldinovich', OCTOBER, OCTOBER],
  ];

  it.each(PERSONS)('%s: first seen %s, last seen %s', (name, first, last) => {
    const p = person(name);
    expect([p.firstSeen, p.lastSeen]).toEqual([first, last]);
    expect(p.pages).toEqual(['kz/executive-branch']);
    expect(p.sourceIds).toEqual([...(first === MARCH ? [seed.source.id] : []), ...(last === OCTOBER ? [later.source.id] : [])]);
  });

  it('has no other person', () => {
    expect(dataset.persons.map((p) => p.name).sort()).toEqual(
      [...new Set(PERSONS.map(([name]) => person(name).name))].sort(),
    );
  });

  it('keeps "Masimov Karim Kazhimkhanovich" and "Karim Masimov" as one person, by the fullest name, citing both files', () => {
    const masimov = person('Karim Masimov');
    expect(masimov.id).toBe(seed.persons.find((p) => p.name === 'Masimov Karim Kazhimkhanovich')!.id);
    expect(masimov.id).toBe(later.persons.find((p) => p.name === 'Karim Masimov')!.id);
    expect(masimov).toMatchObject({ name: 'Masimov Karim Kazhimkhanovich', familyName: 'Masimov', givenName: 'Karim', patronymic: 'Kazhimkhanovich' });
    expect(masimov.aliases).toEqual(['Karim Masimov', 'Masimov Karim Kazhimkhanovich']);
    expect(new Set(masimov.provenance.map((p) => p.file))).toEqual(new Set(['raw/kz/executive-branch/2012-03-05.txt', 'raw/kz/executive-branch/2012-10-01.txt']));
    expect(masimov.mergedIds).toEqual([]);
  });

  it('keeps the two Akhmetovs two: a minister in March, a different head of government in October', () => {
    const danial = person('Akhmetov Danial Kenzhetayevitch');
    const serik = person('Akhmetov Serik Nigmetovich');
    expect(danial.id).not.toBe(serik.id);
    // The October page's bare "Akhmetov was preceded …" is Serik, the one Akhmetov of that page.
    expect(serik.aliases).toEqual(['Akhmetov', 'Akhmetov Serik Nigmetovich']);
    expect(danial.aliases).toEqual(['Akhmetov Danial Kenzhetayevitch']);
  });
});

describe('two snapshots of one page: memberships', () => {
  // person, role, body → first seen, last seen, status, ended before, start date as stated
  const MEMBERSHIPS: Array<[string, string, string | null, string, string, 'current' | 'ended', string | null, string | null]> = [
    ['Karim Masimov', 'Prime Minister', 'Government', MARCH, MARCH, 'ended', OCTOBER, null],
    ['Karim Masimov', 'Head', 'Administration of the President', OCTOBER, OCTOBER, 'current', null, '2012-09'],
    ['Aslan Musin', 'Head', 'Administration of the President', MARCH, MARCH, 'ended', OCTOBER, '2008-10'],
    ['Akhmetov Serik Nigmetovich', 'Prime Minister', 'Government', OCTOBER, OCTOBER, 'current', null, '2012-09'],
    ['Tazhin Marat Mukhambetkaziyevitch', 'Minister', 'Ministry of Foreign Affairs', MARCH, MARCH, 'ended', OCTOBER, null],
    ['Idrissov Erlan Abilfayizuly', 'Minister', 'Ministry of Foreign Affairs', OCTOBER, OCTOBER, 'current', null, '2012-09'],
    ['Akhmetov Danial Kenzhetayevitch', 'Minister', 'Ministry of Defense', MARCH, MARCH, 'ended', OCTOBER, null],
    ['Dzhaksybekov Adilbek Ryskeldinovich', 'Minister', 'Ministry of Defense', OCTOBER, OCTOBER, 'current', null, null],
    ['Nazarbayev Nursultan Abishevitch', 'President', 'President of the Republic of Kazakhstan', MARCH, OCTOBER, 'current', null, null],
    ['Nazarbayev Nursultan Abishevitch', 'Chair', 'National Council for State (National) Policy', MARCH, OCTOBER, 'current', null, null],
    ['Nazarbayev Nursultan Abishevitch', 'Chair', 'Assembly of the Peoples of Kazakhstan', MARCH, OCTOBER, 'current', null, null],
    ['Nazarbayev Nursultan Abishevitch', 'Chair', 'Council of Businessmen under the President of the Republic of Kazakhstan', MARCH, OCTOBER, 'current', null, null],
    ['Oksikbayev Omarkhan Nurtaevitch', 'Secretary', 'Security Council', MARCH, OCTOBER, 'current', null, null],
    ['Narikbayev Maksut Sultanovitch', 'Chairman', 'Supreme Court Council', MARCH, OCTOBER, 'current', null, null],
    ['Baykadamov Bolat Kenjekeshevitch', 'Chair', 'Republican Committee for Human Rights', MARCH, OCTOBER, 'current', null, null],
    ['Baykadamov Bolat Kenjekeshevitch', 'Human Rights Commissioner', null, MARCH, OCTOBER, 'current', null, null],
    ['Samakova Aigul Baigazyevna', 'Chairwoman', 'National Commission for Family and Women under the President of the Republic of Kazakhstan', MARCH, OCTOBER, 'current', null, null],
    ['Igor Rogov', 'Head', 'Legal Policy Council', MARCH, OCTOBER, 'current', null, null],
    ['Igor Rogov', 'Deputy Head', 'Administration of the President', MARCH, OCTOBER, 'current', null, null],
    ['Kim Georgiy Vasilyevitch', 'Chairman', 'Commission for Countering Corruption and Observance of the State Service Ethics', MARCH, OCTOBER, 'current', null, null],
    ['Shukeev Umirzak Estayevich', 'Deputy Prime Minister', 'Government', MARCH, OCTOBER, 'current', null, null],
    ['Orynbayev Erbol Turmakhanovich', 'Deputy Prime Minister', 'Government', MARCH, OCTOBER, 'current', null, null],
  ];

  it.each(MEMBERSHIPS)('%s as %s (%s): seen %s – %s, %s, ended before %s, start %s', (name, role, body, first, last, status, endedBefore, startDate) => {
    const m = membership(name, role, body);
    expect({ firstSeen: m.firstSeen, lastSeen: m.lastSeen, status: m.status, endedBefore: m.endedBefore, startDate: m.startDate }).toEqual({
      firstSeen: first,
      lastSeen: last,
      status,
      endedBefore,
      startDate,
    });
  });

  it('has no other membership, and each once', () => {
    const ids = MEMBERSHIPS.map(([name, role, body]) => membership(name, role, body).id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(dataset.memberships.map((m) => m.id).sort()).toEqual([...ids].sort());
  });

  it('keeps the stated start date and the predecessor as the page states them', () => {
    expect(membership('Aslan Musin', 'Head', 'Administration of the President').predecessorId).toBe(person('Kairat Kelimbetov').id);
    expect(membership('Akhmetov Serik Nigmetovich', 'Prime Minister', 'Government').predecessorId).toBe(person('Karim Masimov').id);
  });

  it('takes a field from the latest snapshot: the October title of the Commission for Family and Women', () => {
    const m = membership('Samakova Aigul Baigazyevna', 'Chairwoman', 'National Commission for Family and Women under the President of the Republic of Kazakhstan');
    expect(m.title).toBe('Chairwoman of the National Commission for Family and Women');
    expect(m.provenance.map((p) => p.quote)).toEqual(
      expect.arrayContaining([expect.stringContaining('Chairwoman of the Commission for Family and Women'), expect.stringContaining('Chairwoman of the National Commission')]),
    );
  });
});

describe('two snapshots of one page: events, bodies, pages', () => {
  it('accumulates elections and referendums across snapshots, one record each', () => {
    expect(dataset.events.map((e) => [e.kind, e.date, e.voteShare, e.firstSeen, e.lastSeen])).toEqual(
      expect.arrayContaining([
        ['referendum', '1995-04-29', null, MARCH, OCTOBER],
        ['election', '1999-01-10', 79.78, MARCH, OCTOBER],
        ['election', '2005-12', 91.1, MARCH, OCTOBER],
        ['election', '2011-04-03', 95.5, OCTOBER, OCTOBER],
      ]),
    );
    expect(dataset.events).toHaveLength(4);
  });

  it('sees a body in both snapshots once', () => {
    const ap = dataset.organizations.filter((o) => o.name === 'Administration of the President');
    expect(ap).toHaveLength(1);
    expect(ap[0]).toMatchObject({ firstSeen: MARCH, lastSeen: OCTOBER, abbreviation: 'AP', pages: ['kz/executive-branch'] });
  });

  it('keeps each snapshot with its own source, notes and issues', () => {
    expect(dataset.snapshots.map((s) => [s.page, s.date, s.dateFrom, s.file])).toEqual([
      ['kz/executive-branch', MARCH, 'path', 'raw/kz/executive-branch/2012-03-05.txt'],
      ['kz/executive-branch', OCTOBER, 'path', 'raw/kz/executive-branch/2012-10-01.txt'],
    ]);
    expect(dataset.snapshots[0]!.source).toEqual(seed.source);
    expect(dataset.snapshots[1]!.source).toEqual(later.source);
    expect(dataset.snapshots[0]!.notes).toEqual(seed.notes);
    expect(dataset.snapshots[1]!.issues).toEqual(later.issues);
  });

  it('is a valid dataset whose keys hold', () => {
    expect(() => CountryDatasetSchema.parse(dataset)).not.toThrow();
    expect(keyProblems(dataset)).toEqual([]);
  });

  it('is the same whatever order the profiles come in, and sorted by ID', () => {
    expect(JSON.stringify(mergeCountry([later, seed]))).toBe(JSON.stringify(dataset));
    for (const c of ['persons', 'organizations', 'memberships', 'events', 'tasks', 'statistics', 'groups', 'materials'] as const) {
      const ids = dataset[c].map((r) => r.id);
      expect(ids).toEqual([...ids].sort());
    }
  });

  it('reads the single-file layout as one snapshot, dated by the sidecar, else by the newest date', () => {
    const single = mergeCountry([ingestAt(SEED_PATH, 'raw/kz/executive-branch.txt')]);
    expect(single.snapshots.map((s) => [s.page, s.date, s.dateFrom])).toEqual([['kz/executive-branch', MARCH, 'latestDate']]);
    expect(single.memberships.every((m) => m.status === 'current' && m.firstSeen === MARCH && m.lastSeen === MARCH)).toBe(true);
    // The single file with a sidecar date and a dated file are two snapshots of one page.
    const mixed = mergeCountry([ingestAt(SEED_PATH, 'raw/kz/executive-branch.txt', { retrieved: '2012-03-06' }), later]);
    expect(mixed.snapshots.map((s) => [s.page, s.date, s.dateFrom])).toEqual([
      ['kz/executive-branch', '2012-03-06', 'retrieved'],
      ['kz/executive-branch', OCTOBER, 'path'],
    ]);
    const musin = mixed.memberships.find((m) => m.id === membership('Aslan Musin', 'Head', 'Administration of the President').id)!;
    expect([musin.firstSeen, musin.lastSeen, musin.status, musin.endedBefore]).toEqual(['2012-03-06', '2012-03-06', 'ended', OCTOBER]);
  });

  it('reads an HTML snapshot and a text snapshot of one page as one page: the same records and dates', () => {
    const html = ingestAt(SEED_HTML_PATH, 'raw/kz/executive-branch/2012-03-05.html');
    const mixed = mergeCountry([html, later]);
    const facts = (d: CountryDataset) => d.memberships.map((m) => [m.id, m.firstSeen, m.lastSeen, m.status, m.endedBefore, m.startDate]);
    expect(facts(mixed)).toEqual(facts(dataset));
    expect(mixed.persons.map((p) => [p.id, p.firstSeen, p.lastSeen])).toEqual(dataset.persons.map((p) => [p.id, p.firstSeen, p.lastSeen]));
  });
});

describe('lastChange', () => {
  it('tells what changed between the two snapshots, by person and post', () => {
    const change = lastChange(dataset, 'kz/executive-branch')!;
    expect([change.before.date, change.after.date, change.equal]).toEqual([MARCH, OCTOBER, false]);
    const rows = (list: typeof change.added) => list.map((r) => `${r.person}: ${r.role} (${r.organization})${r.startDate ? ` since ${r.startDate}` : ''}`);
    expect(rows(change.added)).toEqual([
      'Masimov Karim Kazhimkhanovich: Head (Administration of the President) since 2012-09',
      'Akhmetov Serik Nigmetovich: Prime Minister (Government) since 2012-09',
      'Dzhaksybekov Adilbek Ryskeldinovich: Minister (Ministry of Defense)',
      'Idrissov Erlan Abilfayizuly: Minister (Ministry of Foreign Affairs) since 2012-09',
    ]);
    expect(rows(change.removed)).toEqual([
      'Aslan Musin: Head (Administration of the President) since 2008-10',
      'Masimov Karim Kazhimkhanovich: Prime Minister (Government)',
      'Akhmetov Danial Kenzhetayevitch: Minister (Ministry of Defense)',
      'Tazhin Marat Mukhambetkaziyevitch: Minister (Ministry of Foreign Affairs)',
    ]);
    expect(change.changed.map((c) => [c.person, c.changes])).toEqual([
      [
        'Samakova Aigul Baigazyevna',
        [{ field: 'title', before: 'Chairwoman of the Commission for Family and Women', after: 'Chairwoman of the National Commission for Family and Women' }],
      ],
    ]);
    expect(change.posts.map((p) => [`${p.role} (${p.organization})`, p.left.map((r) => r.person), p.came.map((r) => r.person)])).toEqual([
      ['Head (Administration of the President)', ['Aslan Musin'], ['Masimov Karim Kazhimkhanovich']],
      ['Prime Minister (Government)', ['Masimov Karim Kazhimkhanovich'], ['Akhmetov Serik Nigmetovich']],
      ['Minister (Ministry of Defense)', ['Akhmetov Danial Kenzhetayevitch'], ['Dzhaksybekov Adilbek Ryskeldinovich']],
      ['Minister (Ministry of Foreign Affairs)', ['Tazhin Marat Mukhambetkaziyevitch'], ['Idrissov Erlan Abilfayizuly']],
    ]);
    expect(change.moves.map((m) => [m.person, m.from.map((r) => r.role), m.to.map((r) => r.role)])).toEqual([
      ['Masimov Karim Kazhimkhanovich', ['Prime Minister'], ['Head']],
    ]);
  });

  it('is null for a page with one snapshot, and an error for a page not in the dataset', () => {
    const single = mergeCountry([seed]);
    expect(lastChange(single, 'kz/executive-branch')).toBeNull();
    expect(() => lastChange(single, 'kz/legislative-branch')).toThrow(RangeError);
  });
});

describe('identities the IDs alone do not join', () => {
  it('folds an election one snapshot dates by its month into the one the next dates by its day', () => {
    const finer = structuredClone(later);
    const december = finer.events.find((e) => e.date === '2005-12')!;
    Object.assign(december, { date: '2005-12-04', id: makeId('event', 'kz', ['election', '2005-12-04']) });
    const merged = mergeCountry([seed, finer]);
    const found = merged.events.filter((e) => e.date.startsWith('2005'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ id: december.id, date: '2005-12-04', voteShare: 91.1, firstSeen: MARCH, lastSeen: OCTOBER, mergedIds: [seed.events.find((e) => e.date === '2005-12')!.id] });
    expect(keyProblems(merged)).toEqual([]);
  });
});

describe('postsOverTime', () => {
  it('lists each post with its holders over time, oldest first', () => {
    const posts = postsOverTime(dataset);
    const line = (organization: string, role: string) =>
      posts
        .find((p) => p.organization === organization && p.role === role)!
        .holders.map((h) => [h.person, h.startDate, h.firstSeen, h.lastSeen, h.status, h.endedBefore]);
    expect(line('Government', 'Prime Minister')).toEqual([
      ['Masimov Karim Kazhimkhanovich', null, MARCH, MARCH, 'ended', OCTOBER],
      ['Akhmetov Serik Nigmetovich', '2012-09', OCTOBER, OCTOBER, 'current', null],
    ]);
    expect(line('Administration of the President', 'Head')).toEqual([
      ['Aslan Musin', '2008-10', MARCH, MARCH, 'ended', OCTOBER],
      ['Masimov Karim Kazhimkhanovich', '2012-09', OCTOBER, OCTOBER, 'current', null],
    ]);
    expect(line('Government', 'Deputy Prime Minister').map(([name, , , , status]) => [name, status])).toEqual([
      ['Orynbayev Erbol Turmakhanovich', 'current'],
      ['Shukeev Umirzak Estayevich', 'current'],
    ]);
    // Every membership under exactly one post.
    expect(posts.flatMap((p) => p.holders).length).toBe(dataset.memberships.length);
  });
});
