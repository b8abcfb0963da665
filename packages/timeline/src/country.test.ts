// Issue 14, "done when": raw/kz/ with two sections (the executive branch, two snapshots, and the
// legislative branch of src/fixtures) gives one person per ID, and joining memberships onto
// persons keeps the row count; every declared key holds.
import { beforeAll, describe, expect, it } from 'vitest';
import { isProfileError, type Profile } from '@profiles/model';
import { CountryDatasetSchema, type CountryDataset } from './schema.js';
import { lastChange, lastChanges } from './changes.js';
import { keyProblems } from './check.js';
import { mergeCountries, mergeCountry } from './merge.js';
import { ingestAt, legislativePage, reshuffledSnapshot, SEED_PATH, seedSnapshot } from './fixtures/index.js';

let seed: Profile;
let later: Profile;
let legislative: Profile;
let dataset: CountryDataset;

beforeAll(() => {
  seed = seedSnapshot();
  later = reshuffledSnapshot();
  legislative = legislativePage();
  dataset = mergeCountry([seed, later, legislative]);
});

const EXEC = 'kz/executive-branch';
const LEG = 'kz/legislative-branch';

describe('a country of two sections', () => {
  it('dates the single-file legislative page by its newest date', () => {
    expect(dataset.snapshots.map((s) => [s.page, s.date, s.dateFrom])).toEqual([
      [EXEC, '2012-03-05', 'path'],
      [EXEC, '2012-10-01', 'path'],
      [LEG, '2012-01-20', 'latestDate'],
    ]);
  });

  it('has one person per ID, one membership per ID, one body per ID', () => {
    for (const collection of ['persons', 'organizations', 'memberships', 'events', 'tasks', 'statistics', 'groups', 'materials'] as const) {
      const ids = dataset[collection].map((r) => r.id);
      expect(new Set(ids).size, collection).toBe(ids.length);
    }
    // Fewer rows than the pages have together: the shared ones count once.
    const pageRows = (c: 'persons' | 'memberships') => seed[c].length + later[c].length + legislative[c].length;
    expect(dataset.persons.length).toBeLessThan(pageRows('persons'));
    expect(dataset.memberships.length).toBeLessThan(pageRows('memberships'));
  });

  it('joins memberships onto persons without adding or losing a row', () => {
    // What `pandas.merge(memberships, persons, left_on="person_id", right_on="id")` does.
    const joined = dataset.memberships.flatMap((m) => dataset.persons.filter((p) => p.id === m.personId).map((p) => ({ m, p })));
    expect(joined).toHaveLength(dataset.memberships.length);
    for (const m of dataset.memberships) expect(dataset.persons.filter((p) => p.id === m.personId), m.id).toHaveLength(1);
    for (const m of dataset.memberships) {
      if (m.organizationId !== null) expect(dataset.organizations.filter((o) => o.id === m.organizationId), m.id).toHaveLength(1);
      if (m.predecessorId !== null) expect(dataset.persons.filter((p) => p.id === m.predecessorId), m.id).toHaveLength(1);
    }
    for (const s of dataset.snapshots) for (const m of s.memberships) expect(dataset.memberships.filter((x) => x.id === m.id)).toHaveLength(1);
  });

  it('holds every key, and validates', () => {
    expect(keyProblems(dataset)).toEqual([]);
    expect(() => CountryDatasetSchema.parse(dataset)).not.toThrow();
  });

  it('joins by the IDs alone everywhere but "K. Masimov" and the President the legislative page ties to no body', () => {
    const folded = [...dataset.persons, ...dataset.organizations, ...dataset.memberships, ...dataset.events].flatMap((r) => r.mergedIds.map((m) => [r.id, m]));
    expect(folded.map(([, m]) => m).sort()).toEqual(
      [
        legislative.persons.find((p) => p.name === 'K. Masimov')!.id,
        legislative.memberships.find((m) => m.role === 'Prime Minister')!.id,
        legislative.memberships.find((m) => m.role === 'President')!.id,
      ].sort(),
    );
  });

  it('is the same dataset whatever order the pages come in', () => {
    const json = JSON.stringify(dataset);
    expect(JSON.stringify(mergeCountry([legislative, later, seed]))).toBe(json);
    expect(JSON.stringify(mergeCountry([later, legislative, seed]))).toBe(json);
  });

  it('reports broken keys one sentence each', () => {
    const broken = structuredClone(dataset);
    const masimov = broken.persons.findIndex((p) => p.familyName === 'Masimov');
    const id = broken.persons[masimov]!.id;
    broken.persons.splice(masimov, 1);
    broken.organizations.push(structuredClone(broken.organizations[0]!));
    const problems = keyProblems(broken);
    expect(problems).toContain(`${broken.organizations[0]!.id} is the ID of 2 records`);
    expect(problems.filter((p) => p.includes(`person ${id} is not in the dataset`)).length).toBeGreaterThanOrEqual(3);
    expect(problems).toContain(`${broken.memberships.find((m) => m.predecessorId === id)!.id}: predecessor ${id} is not in the dataset`);
  });

  it('lists Nazarbayev once, on both pages, with every provenance entry and its file', () => {
    const found = dataset.persons.filter((p) => p.familyName === 'Nazarbayev');
    expect(found).toHaveLength(1);
    const n = found[0]!;
    expect(n).toMatchObject({ name: 'Nazarbayev Nursultan Abishevitch', pages: [EXEC, LEG], firstSeen: '2012-01-20', lastSeen: '2012-10-01' });
    const pageProvenance = [seed, later, legislative].flatMap((p) => p.persons.find((x) => x.familyName === 'Nazarbayev')!.provenance);
    expect(n.provenance).toHaveLength(new Set(pageProvenance.map((p) => JSON.stringify(p))).size);
    expect(new Set(n.provenance.map((p) => p.file))).toEqual(
      new Set(['raw/kz/executive-branch/2012-03-05.txt', 'raw/kz/executive-branch/2012-10-01.txt', 'raw/kz/legislative-branch.txt']),
    );
  });

  it('folds "K. Masimov" of the legislative page into Masimov Karim, where the ID alone does not', () => {
    const initialed = legislative.persons.find((p) => p.name === 'K. Masimov')!;
    const full = seed.persons.find((p) => p.name === 'Masimov Karim Kazhimkhanovich')!;
    expect(initialed.id).not.toBe(full.id);
    const found = dataset.persons.filter((p) => p.familyName === 'Masimov');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      id: full.id,
      name: 'Masimov Karim Kazhimkhanovich',
      aliases: ['K. Masimov', 'Karim Masimov', 'Masimov Karim Kazhimkhanovich'],
      pages: [EXEC, LEG],
      mergedIds: [initialed.id],
    });
    expect(dataset.persons.some((p) => p.id === initialed.id)).toBe(false);
  });

  it('gives a post seen on both sections the status of the latest evidence: gone from the newer page, ended', () => {
    // Prime Minister Masimov: on the legislative page (2012-01-20) and the executive branch of
    // 2012-03-05; the executive branch of 2012-10-01 no longer shows it.
    const pm = dataset.memberships.filter((m) => m.role === 'Prime Minister' && dataset.persons.find((p) => p.id === m.personId)!.familyName === 'Masimov');
    expect(pm).toHaveLength(1);
    expect(pm[0]).toMatchObject({ pages: [EXEC, LEG], firstSeen: '2012-01-20', lastSeen: '2012-03-05', status: 'ended', endedBefore: '2012-10-01' });
    expect(pm[0]!.mergedIds).toEqual([legislative.memberships.find((m) => m.role === 'Prime Minister')!.id]);
  });

  it('keeps a post current when a page at least as recent as the one that dropped it still shows it', () => {
    const stale = legislativePage({ retrieved: '2012-11-15' });
    const merged = mergeCountry([seed, later, stale]);
    const pm = merged.memberships.find((m) => m.role === 'Prime Minister' && m.pages.includes(LEG))!;
    expect(pm).toMatchObject({ lastSeen: '2012-11-15', status: 'current', endedBefore: null });
    // On the same date, a sighting wins over an absence.
    const sameDay = mergeCountry([seed, later, legislativePage({ retrieved: '2012-10-01' })]);
    expect(sameDay.memberships.find((m) => m.role === 'Prime Minister' && m.pages.includes(LEG))).toMatchObject({ status: 'current', lastSeen: '2012-10-01' });
  });

  it("resolves the legislative page's President, which names no body there, to the executive branch's President", () => {
    const onLeg = legislative.memberships.find((m) => m.role === 'President')!;
    expect(onLeg.organizationId).toBeNull();
    const president = dataset.memberships.filter((m) => m.role === 'President');
    expect(president).toHaveLength(1);
    expect(president[0]).toMatchObject({
      organizationId: dataset.organizations.find((o) => o.name === 'President of the Republic of Kazakhstan')!.id,
      pages: [EXEC, LEG],
      mergedIds: [onLeg.id],
      status: 'current',
    });
  });

  it('adds the new people of the legislative page, seen there only', () => {
    for (const name of ['Mami Kairat Abdrazakovich', 'Nigmatulin Nurlan Zairullaevich', 'Sergey Dyachenko']) {
      expect(dataset.persons.find((p) => p.name === name), name).toMatchObject({ pages: [LEG], firstSeen: '2012-01-20', lastSeen: '2012-01-20' });
    }
    const chair = dataset.memberships.find((m) => m.title === 'Chairman of the Majilis')!;
    expect(chair).toMatchObject({ startDate: '2012-01', status: 'current' });
  });

  it('lists a body both sections name once: the Assembly of the Peoples of Kazakhstan and the Government', () => {
    for (const name of ['Assembly of the Peoples of Kazakhstan', 'Government']) {
      const found = dataset.organizations.filter((o) => o.name === name);
      expect(found, name).toHaveLength(1);
      expect(found[0]!.pages).toEqual([EXEC, LEG]);
    }
  });

  it('tells the last change of the page that has two snapshots only', () => {
    expect(lastChange(dataset, LEG)).toBeNull();
    expect(lastChanges(dataset).map((c) => [c.page, c.before.date, c.after.date])).toEqual([[EXEC, '2012-03-05', '2012-10-01']]);
  });

  it('keeps each page\'s own notes, and the election only the legislative page names', () => {
    expect(dataset.snapshots.find((s) => s.page === LEG)!.notes).toEqual(legislative.notes);
    expect(dataset.events.find((e) => e.date === '2012-01-15')).toMatchObject({ kind: 'election', pages: [LEG] });
  });
});

describe('what mergeCountry refuses', () => {
  const refuses = (profiles: Profile[], message: RegExp) => {
    let error: unknown;
    try {
      mergeCountry(profiles);
    } catch (e) {
      error = e;
    }
    expect(isProfileError(error)).toBe(true);
    expect((error as Error).message).toMatch(message);
  };

  it('two snapshots of one page with one date', () => {
    refuses([seed, ingestAt(SEED_PATH, 'raw/kz/executive-branch.txt', { retrieved: '2012-03-05' })], /two snapshots of kz\/executive-branch dated 2012-03-05/);
  });

  it('the same file twice', () => {
    refuses([seed, seed], /raw\/kz\/executive-branch\/2012-03-05\.txt: the same page file is given twice/);
  });

  it('pages of two countries (mergeCountries splits them)', () => {
    const other = structuredClone(legislative);
    other.source = { ...other.source, country: { code: 'kg', name: 'Kyrgyzstan' } };
    refuses([seed, other], /is a page of kg, not kz/);
    expect(mergeCountries([seed, other]).map((d) => d.country.code)).toEqual(['kg', 'kz']);
  });

  it('an undated snapshot of a page that has others', () => {
    const undated = structuredClone(ingestAt(SEED_PATH, 'raw/kz/executive-branch.txt'));
    undated.source = { ...undated.source, latestDate: null };
    refuses([undated, later], /snapshot of kz\/executive-branch has no date/);
  });
});
