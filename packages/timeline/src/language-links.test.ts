import { describe, expect, it } from 'vitest';
import { makeId, sampleProfile, type Membership, type Organization, type Person, type Profile } from '@profiles/model';
import { alignBodies, keptLanguage, languageLinks, linkVersions, postVerdict, type Version } from './language-links.js';
import { snapshotOf } from './snapshot.js';

/** A line of a hand-made page, in page order: a body (name, class, parent's name) or a person holding a post (in a body, or none). */
type Line = ['body', string, Organization['classification'], string?] | ['post', string, string | null, string?];

/** A page of Kyrgyzstan (invented people) at `file` in `language`, one record per line. */
function page(file: string, language: string, lines: readonly Line[]): Profile {
  const base = sampleProfile();
  const cc = base.source.country.code;
  const at = (line: number) => [{ file, line, endLine: line, element: null, quote: lines[line - 1]!.slice(1).join(' ') }];
  const orgId = (name: string) => makeId('organization', cc, [name]);
  const organizations: Organization[] = [];
  const persons = new Map<string, Person>();
  const memberships: Membership[] = [];
  lines.forEach((entry, i) => {
    if (entry[0] === 'body') {
      const [, name, classification, parent] = entry;
      organizations.push({ id: orgId(name), name, classification, parentId: parent ? orgId(parent) : null, abbreviation: null, founded: null, predecessorId: null, description: null, website: null, aliases: [], provenance: at(i + 1) });
      return;
    }
    const [, name, body, start] = entry;
    const [familyName, givenName = null, patronymic = null] = name.split(' ');
    const id = makeId('person', cc, [familyName!, givenName ?? '']);
    if (!persons.has(id)) persons.set(id, { id, name, familyName: familyName!, givenName, patronymic, aliases: [name], provenance: at(i + 1) });
    const title = body ?? `Post ${i + 1}`;
    memberships.push({ id: makeId('membership', cc, [id, title]), personId: id, organizationId: body ? orgId(body) : null, role: 'Post', title, startDate: start ?? null, endDate: null, status: 'current', predecessorId: null, provenance: at(i + 1) });
  });
  return {
    ...base,
    source: { ...base.source, id: makeId('source', cc, [file]), file, language, retrieved: '2012-03-05' },
    persons: [...persons.values()],
    organizations,
    memberships,
    events: [],
    tasks: [],
    statistics: [],
    groups: [],
    materials: [],
    notes: [],
    issues: [],
  };
}

const version = (profile: Profile): Version => ({ info: snapshotOf(profile), profile });
const EN = 'raw/kg/executive-branch.txt';
const RU = 'raw/kg/executive-branch.ru.txt';

/** The English cabinet the rows below translate (invented people). */
const ENGLISH: Line[] = [
  ['body', 'President', 'head-of-state'],
  ['body', 'Administration', 'administration', 'President'],
  ['post', 'Tokonov Almaz Bekovich', 'Administration', '2010-04'],
  ['body', 'Security Council', 'advisory-body', 'President'],
  ['post', 'Asanova Gulnara', 'Security Council'],
  ['body', 'Government', 'government'],
  ['post', 'Sadykov Bakyt Omurbekovich', 'Government'],
  ['body', 'Ministry of Defence', 'ministry', 'Government'],
  ['post', 'Zhumabekov Erlan', 'Ministry of Defence'],
  ['body', 'Ministry of Finance', 'ministry', 'Government'],
  ['post', 'Kudaiberdiev Taalai', 'Ministry of Finance'],
];

describe('keptLanguage', () => {
  it.each([
    [['ru', 'en'], 'en'],
    [['ru', 'kk'], 'kk'],
    [['ru'], 'ru'],
  ])('of pages in %j is %s', (languages, expected) => {
    const versions = languages.map((l, i) => version(page(`raw/kg/p${i}.${l}.txt`, l, [])));
    expect(keptLanguage(versions)).toBe(expected);
  });
});

describe('alignBodies', () => {
  it('pairs the bodies of two versions by their place on the page and their class, skipping those one version lacks', () => {
    // The Russian reading found no head of state and no government: the rest pairs in order.
    const ru = page(RU, 'ru', [
      ['body', 'Администрация', 'administration'],
      ['body', 'Совет безопасности', 'advisory-body'],
      ['body', 'Министерство обороны', 'ministry'],
      ['body', 'Министерство финансов', 'ministry'],
    ]);
    const en = page(EN, 'en', ENGLISH);
    const names = (p: Profile) => new Map(p.organizations.map((o) => [o.id, o.name]));
    const pairs = [...alignBodies(en, ru)].map(([a, b]) => [names(en).get(a), names(ru).get(b)]);
    expect(pairs).toEqual([
      ['Administration', 'Администрация'],
      ['Security Council', 'Совет безопасности'],
      ['Ministry of Defence', 'Министерство обороны'],
      ['Ministry of Finance', 'Министерство финансов'],
    ]);
  });

  it('does not pair bodies whose parents are of different classes', () => {
    const en = page(EN, 'en', [['body', 'President', 'head-of-state'], ['body', 'Council A', 'advisory-body', 'President']]);
    const ru = page(RU, 'ru', [['body', 'Правительство', 'government'], ['body', 'Совет Б', 'advisory-body', 'Правительство']]);
    expect(alignBodies(en, ru).size).toBe(0);
  });
});

describe('postVerdict', () => {
  const aligned = new Map([['a1', 'b1'], ['a2', 'b2']]);
  const posts = (bodies: string[], starts: string[] = []) => ({ bodies: new Set(bodies), starts: new Set(starts) });
  it.each([
    ['a post in one body', 'same', posts(['a1']), posts(['b1'])],
    ['one of several posts in one body', 'same', posts(['a1', 'a2']), posts(['b2', 'bx'])],
    ['posts in two different bodies', 'different', posts(['a1']), posts(['b2'])],
    ['posts in two different bodies, one start date', 'different', posts(['a1'], ['2008-10']), posts(['b2'], ['2008-10'])],
    ['a post whose body one version does not name', 'unknown', posts(['a1']), posts([])],
    ['a body the other version has no counterpart of', 'unknown', posts(['ax']), posts(['b1'])],
    ['no body, one start date', 'same', posts([], ['2008-10']), posts([], ['2008-10'])],
    ['no body, two start dates', 'unknown', posts([], ['2008-10']), posts([], ['2009'])],
    ['no posts at all', 'unknown', undefined, undefined],
  ] as const)('%s: %s', (_, expected, a, b) => {
    expect(postVerdict(a, b, aligned)).toBe(expected);
  });
});

describe('linkVersions', () => {
  const en = page(EN, 'en', ENGLISH);
  /** The English cabinet in Russian, the person of line 9 (Zhumabekov) written as given. */
  const russian = (minister: Line, extra: Line[] = []) =>
    page(RU, 'ru', [
      ['body', 'Президент', 'head-of-state'],
      ['body', 'Администрация', 'administration', 'Президент'],
      ['post', 'Токонов Алмаз Бекович', 'Администрация', '2010-04'],
      ['body', 'Совет безопасности', 'advisory-body', 'Президент'],
      ['post', 'Асанова Гульнара', 'Совет безопасности'],
      ['body', 'Правительство', 'government'],
      ['post', 'Садыков Бакыт Омурбекович', null],
      ['body', 'Министерство обороны', 'ministry', 'Правительство'],
      ['body', 'Министерство финансов', 'ministry', 'Правительство'],
      minister,
      ...extra,
    ]);
  const linkedNames = (ru: Profile) => {
    const names = new Map([...en.persons, ...ru.persons].map((p) => [p.id, p.name]));
    return [...linkVersions(version(en), version(ru))].map(([from, to]) => `${names.get(from)} → ${names.get(to)}`).sort();
  };
  const LINKED_ALWAYS = ['Асанова Гульнара → Asanova Gulnara', 'Садыков Бакыт Омурбекович → Sadykov Bakyt Omurbekovich', 'Токонов Алмаз Бекович → Tokonov Almaz Bekovich'];

  it.each<[string, Line, string[]]>([
    ['the same name in the same body', ['post', 'Жумабеков Ерлан', 'Министерство обороны'], ['Жумабеков Ерлан → Zhumabekov Erlan']],
    ['the same name, no body named', ['post', 'Жумабеков Ерлан', null], ['Жумабеков Ерлан → Zhumabekov Erlan']],
    ['an initial, in the same body', ['post', 'Жумабеков Е.', 'Министерство обороны'], ['Жумабеков Е. → Zhumabekov Erlan']],
    // must not link: the same name in another body (another person), an initial with nothing to confirm it, a near miss
    ['the same name in another body', ['post', 'Жумабеков Ерлан', 'Министерство финансов'], []],
    ['an initial, no body named', ['post', 'Жумабеков Е.', null], []],
    ['another given name in the same body', ['post', 'Жумабеков Ерболат', 'Министерство обороны'], []],
    ['another family name a letter apart', ['post', 'Жумабаев Ерлан', 'Министерство обороны'], []],
  ])('%s', (_, minister, expected) => {
    expect(linkedNames(russian(minister))).toEqual([...LINKED_ALWAYS, ...expected].sort());
  });

  it('links no one where two persons fit one', () => {
    const two = page(EN, 'en', [...ENGLISH, ['post', 'Zhumabekov Eldar', 'Ministry of Defence']]);
    const ru = russian(['post', 'Жумабеков Е.', 'Министерство обороны']);
    const links = linkVersions(version(two), version(ru));
    expect([...links.keys()].map((id) => ru.persons.find((p) => p.id === id)!.name)).not.toContain('Жумабеков Е.');
  });
});

describe('languageLinks', () => {
  it('links only the versions of one section, and none of a page whose section has no English version', () => {
    const en = page(EN, 'en', ENGLISH);
    const same = page(RU, 'ru', [['body', 'Президент', 'head-of-state'], ['body', 'Администрация', 'administration', 'Президент'], ['post', 'Токонов Алмаз Бекович', 'Администрация']]);
    const other = page('raw/kg/legislative-branch.ru.txt', 'ru', [['body', 'Парламент', 'other'], ['post', 'Асанова Гульнара', null]]);
    const links = languageLinks([en, same, other].map(version));
    expect([...links.values()]).toEqual([en.persons.find((p) => p.familyName === 'Tokonov')!.id]);
  });
});
