import { describe, expect, it } from 'vitest';
import { makeId, type Organization, type Person, type ProfileEvent } from '@profiles/model';
import { eventMerges, nameStrength, organizationMerges, personMerges, type Sighting } from './identity.js';

const where = { file: 'raw/kz/x.txt', line: 1, endLine: 1, element: null, quote: 'x' };

function person(name: string, familyName: string, givenName: string | null, patronymic: string | null = null): Person {
  const key = [familyName, givenName ?? ''].filter(Boolean).map((s) => s.toLowerCase()).sort();
  return { id: makeId('person', 'kz', key), name, familyName, givenName, patronymic, aliases: [name], provenance: [where] };
}

const people = (...list: Person[]) => new Map<string, Sighting<Person>[]>(list.map((p, order) => [p.id, [{ record: p, order }]]));

describe('personMerges', () => {
  const karim = person('Masimov Karim Kazhimkhanovich', 'Masimov', 'Karim', 'Kazhimkhanovich');
  const initialed = person('K. Masimov', 'Masimov', 'K.');
  const bare = person('Masimov', 'Masimov', null);

  it('rates names: patronymic 2, given name 1, initials or family name alone 0', () => {
    expect([karim, person('Karim Masimov', 'Masimov', 'Karim'), initialed, bare].map(nameStrength)).toEqual([2, 1, 0, 0]);
  });

  it('folds initials and a bare family name into the one person named in full', () => {
    expect(personMerges(people(karim, initialed, bare))).toEqual(new Map([
      [initialed.id, karim.id],
      [bare.id, karim.id],
    ]));
  });

  it('folds nothing when two people fit: a family name never merges two people', () => {
    const kairat = person('Kairat Masimov', 'Masimov', 'Kairat');
    expect(personMerges(people(karim, kairat, initialed, bare))).toEqual(new Map());
  });

  it('folds an initial only into a given name it starts', () => {
    const danial = person('Akhmetov Danial Kenzhetayevitch', 'Akhmetov', 'Danial', 'Kenzhetayevitch');
    const serik = person('Akhmetov Serik Nigmetovich', 'Akhmetov', 'Serik', 'Nigmetovich');
    const s = person('S. Akhmetov', 'Akhmetov', 'S.');
    expect(personMerges(people(danial, serik, s))).toEqual(new Map([[s.id, serik.id]]));
    // Two full names that share a family name stay two.
    expect(personMerges(people(danial, serik))).toEqual(new Map());
  });
});

function org(name: string, aliases: string[] = [], abbreviation: string | null = null): Organization {
  return {
    id: makeId('organization', 'kz', [name]),
    name,
    classification: 'other',
    parentId: null,
    abbreviation,
    founded: null,
    predecessorId: null,
    description: null,
    website: null,
    aliases,
    provenance: [where],
  };
}

const bodies = (...list: Organization[]) => new Map<string, Sighting<Organization>[]>(list.map((o, order) => [o.id, [{ record: o, order }]]));

describe('organizationMerges', () => {
  it('folds a body named by another body\'s alias into that body', () => {
    const ap = org('Administration of the President', ['AP', 'Presidential Administration'], 'AP');
    const other = org('Presidential Administration');
    expect(organizationMerges(bodies(ap, other))).toEqual(new Map([[other.id, ap.id]]));
  });

  it('keeps the smaller ID when two bodies list each other', () => {
    const a = org('Majilis', ['Mazhilis']);
    const b = org('Mazhilis', ['Majilis']);
    const [small, large] = [a.id, b.id].sort();
    expect(organizationMerges(bodies(a, b))).toEqual(new Map([[large, small]]));
  });

  it('folds nothing when two bodies claim the name', () => {
    const council = org('Council');
    expect(organizationMerges(bodies(council, org('Security Council', ['Council']), org('Legal Policy Council', ['Council'])))).toEqual(new Map());
  });
});

function event(kind: 'election' | 'referendum', date: string, personId: string | null = null): ProfileEvent {
  return {
    id: makeId('event', 'kz', [kind, date]),
    kind,
    date,
    organizationId: null,
    personId,
    voteShare: null,
    votes: null,
    turnout: null,
    title: null,
    termYears: null,
    results: [],
    outcome: null,
    description: 'x',
    provenance: [where],
  };
}

const events = (...list: ProfileEvent[]) => new Map<string, Sighting<ProfileEvent>[]>(list.map((e, order) => [e.id, [{ record: e, order }]]));

describe('eventMerges', () => {
  it('folds an election dated by its month into the one election of that month dated by its day', () => {
    const month = event('election', '2005-12', 'kz-person-000000000001');
    const day = event('election', '2005-12-04', 'kz-person-000000000001');
    expect(eventMerges(events(month, day))).toEqual(new Map([[month.id, day.id]]));
  });

  it('folds nothing across kinds, across winners, or into two candidates', () => {
    expect(eventMerges(events(event('election', '2005-12'), event('referendum', '2005-12-04')))).toEqual(new Map());
    expect(eventMerges(events(event('election', '2005-12', 'kz-person-000000000001'), event('election', '2005-12-04', 'kz-person-000000000002')))).toEqual(new Map());
    expect(eventMerges(events(event('election', '2005-12'), event('election', '2005-12-04'), event('election', '2005-12-18')))).toEqual(new Map());
  });

  it('folds a year into the finest date within it', () => {
    const year = event('election', '2005');
    const month = event('election', '2005-12');
    const day = event('election', '2005-12-04');
    expect(eventMerges(events(year, month, day))).toEqual(new Map([
      [year.id, day.id],
      [month.id, day.id],
    ]));
  });
});
