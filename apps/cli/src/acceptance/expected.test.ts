// The acceptance checker itself, on small hand-made tables: it must find what is there and, as
// much, refuse what is not (a fact split over two rows, a fact only in a quote, a wrong join).
import { beforeAll, describe, expect, it } from 'vitest';
import { checkFact, checkNever, checkPage, checkPersons, checkWrong, explainFact, factRows, factTables, fold, parseExpected, parseTables, type Tables } from './expected.js';

const PERSONS = `id,name,family_name,given_name,patronymic,aliases,country,source_id,source_file,source_line,source_quote
kz-person-000000000001,Daniyar Narymbaev,Narymbaev,Daniyar,,Daniyar Narymbaev; Narymbaev,kg,kg-source-1,raw/kg/x.txt,20,Daniyar Narymbaev – Head of the Presidential Administration
kz-person-000000000002,Emilbek Kaptagaev,Kaptagaev,Emilbek,,Emilbek Kaptagaev,kg,kg-source-1,raw/kg/x.txt,20,Narymbaev was preceded at this post by Emilbek Kaptagaev.
kz-person-000000000003,Azimov Amirkul,Azimov,Amirkul,,Azimov Amirkul,tj,tj-source-1,raw/tj/x.html,9,Azimov Amirkul – Secretary
kz-person-000000000004,Yahyo Azimov,Azimov,Yahyo,,Yahyo Azimov,tj,tj-source-1,raw/tj/x.html,12,Oqilov was preceded at this post by Yahyo Azimov.
`;

const ORGS = `id,name,classification,abbreviation,parent_id,parent_name,founded,predecessor_id,predecessor_name,description,website,aliases,country,source_id,source_file,source_line,source_quote
kz-org-000000000001,Administration of the President,administration,AP,,,1995-10,,,The Administration ensures the activity of the Head of State. According to the Constitution it is a state body.,,Presidential Administration,kg,kg-source-1,raw/kg/x.txt,15,Administration of the President
kz-org-000000000002,Government,government,,,,,,,The Government of the Ministry of Justice era.,http://www.government.kz,,kg,kg-source-1,raw/kg/x.txt,40,Government
kz-org-000000000003,"According to the poll conducted by the Institute for Public Policy, 45.5% of respondents",other,,,,,,,,,,kg,kg-source-1,raw/kg/x.txt,70,According to the poll
`;

const MEMBERSHIPS = `id,person_id,person_name,role,title,organization_id,organization_name,start_date,predecessor_id,predecessor_name,country,source_id,source_file,source_line,source_quote
kz-membership-000000000001,kz-person-000000000001,Daniyar Narymbaev,Head,Head of the Presidential Administration,kz-org-000000000001,Administration of the President,2011-12,kz-person-000000000002,Emilbek Kaptagaev,kg,kg-source-1,raw/kg/x.txt,20,Daniyar Narymbaev – Head of the Presidential Administration (appointed in December 2011). Main page
kz-membership-000000000002,kz-person-000000000003,Azimov Amirkul,Secretary,Secretary of the Security Council,,,,,,tj,tj-source-1,raw/tj/x.html,9,Azimov Amirkul – Secretary of the Security Council
`;

const EVENTS = `id,kind,date,organization_id,organization_name,person_id,person_name,vote_share,term_years,outcome,description,country,source_id,source_file,source_line,source_quote
kz-event-000000000001,election,2011-10-30,,,kz-person-000000000001,,63.24,6,,"On October 30, 2011 X was elected President (he won the elections with 91,1% of votes).",kg,kg-source-1,raw/kg/x.txt,10,"On October 30, 2011 X was elected"
`;

const TASKS = `id,organization_id,organization_name,position,text,country,source_id,source_file,source_line,source_quote
kz-task-000000000001,kz-org-000000000002,,2,develop and submit the republican budget;,kg,kg-source-1,raw/kg/x.txt,44,develop and submit the republican budget;
`;

const NOTES = `id,heading,organization_id,organization_name,position,text,country,source_id,source_file,source_line,source_quote
kz-note-000000000001,Print version,,,1,hot topics about us,kg,kg-source-1,raw/kg/x.txt,80,hot topics
`;

const SOURCES = `source_id,country,country_name,file,section,title,publisher,url,language,retrieved,format,encoding,sha256,latest_date
kg-source-1,kg,Kyrgyzstan,raw/kg/x.txt,Executive branch,Country profile / Kyrgyzstan / Executive branch,Eurasian Home,http://www.president.kg/,en,,text,utf-8,00,2012-02-14
`;

function tables(overrides: Record<string, string> = {}): Tables {
  const files: Record<string, string> = {
    'csv/persons.csv': PERSONS,
    'csv/organizations.csv': ORGS,
    'csv/memberships.csv': MEMBERSHIPS,
    'csv/events.csv': EVENTS,
    'csv/tasks.csv': TASKS,
    'csv/notes.csv': NOTES,
    'csv/sources.csv': SOURCES,
    'csv/datapackage.json': '{}',
    ...overrides,
  };
  return parseTables(Object.entries(files));
}

describe('parseTables', () => {
  it('should read each CSV file as a table named after the file, and skip other files', () => {
    const t = tables();
    expect([...t.keys()].sort()).toEqual(['events', 'memberships', 'notes', 'organizations', 'persons', 'sources', 'tasks']);
    expect(t.get('persons')).toHaveLength(4);
    expect(t.get('organizations')?.[2]?.name).toBe('According to the poll conducted by the Institute for Public Policy, 45.5% of respondents');
  });
});

describe('checkFact', () => {
  let t: Tables;
  beforeAll(() => {
    t = tables();
  });

  it.each([
    ['all needles in one membership row, the organization and date on the row', 'm.narymbaev.head', [['narymbaev', 'head', 'administration', '2011-12']]],
    ['the predecessor by the row\'s predecessor name', 'm.kaptagaev.predecessor', [['kaptagaev', 'narymbaev']]],
    ['the organization\'s alias joined onto the membership', 'm.narymbaev.alias', [['narymbaev', 'presidential administration']]],
    ['the organization\'s abbreviation joined onto the membership', 'm.narymbaev.ap', [['daniyar', 'ap']]],
    ['the winner\'s family name joined onto an event whose person_name is empty', 'e.election-2011', [['2011-10-30', '63.24', 'narymbaev']]],
    ['a task with its body\'s name joined', 't.government.budget', [['develop and submit the republican budget', 'government']]],
    ['a website in organizations', 'u.government-site', [['government', 'government.kz']]],
    ['a website in sources', 'u.president-site', [['president.kg']]],
    ['the second alternative when the first fails', 'm.kaptagaev.alt', [['kaptagaev', 'chair'], ['kaptagaev', 'narymbaev']]],
    ['regardless of case and white space', 'o.ap', [['ADMINISTRATION  of the president', '1995-10']]],
  ])('should find %s', (_what, key, alternatives) => {
    const result = checkFact(t, key, alternatives);
    expect(result.found, explainFact(result)).toBe(true);
  });

  it.each([
    ['needles spread over two rows', 'm.split', [['narymbaev', 'secretary']]],
    ['a needle only in source_quote', 'm.quote', [['narymbaev', 'december 2011']]],
    ['a needle only in a description (a copied paragraph)', 'o.justice', [['ministry of justice']]],
    ['a vote share only in the event description', 'e.quoted-share', [['2011-10-30', '91,1']]],
    ['a needle only in an id column', 'm.id', [['narymbaev', 'kz-org-000000000001']]],
    ['a needle only in source_file', 'm.file', [['narymbaev', 'raw/kg']]],
    ['a needle spanning two cells', 'm.span', [['narymbaev head']]],
    ['a membership whose person is another one (joins follow the row\'s own ids)', 'm.azimov-yahyo', [['yahyo', 'secretary']]],
    ['the wrong table: a membership fact looked for among events', 'e.head', [['narymbaev', 'head']]],
    ['a share written otherwise than in the row (63,24 is not 63.24)', 'e.comma', [['2011-10-30', '63,24']]],
  ])('should not find %s', (_what, key, alternatives) => {
    expect(checkFact(t, key, alternatives).found).toBe(false);
  });

  it('should name what the closest row lacked when a fact is not found', () => {
    const result = checkFact(t, 'm.narymbaev.chair', [['narymbaev', 'chair', 'defense council']]);
    expect(result.found).toBe(false);
    expect(result.nearest[0]?.missing).toEqual(['chair', 'defense council']);
    expect(explainFact(result)).toMatch(/kz-membership-000000000001/);
  });

  it('should fail every fact of a table that is missing or empty', () => {
    expect(checkFact(tables({ 'csv/memberships.csv': MEMBERSHIPS.split('\n')[0]! + '\n' }), 'm.narymbaev.head', [['narymbaev']]).found).toBe(false);
    expect(checkFact(parseTables([]), 'r.topic', [['topic']]).found).toBe(false);
  });

  it('should refuse a key whose first letter names no table', () => {
    expect(() => factTables('x.something')).toThrow(/first letter/);
    expect(factTables('u.site')).toEqual(['organizations', 'sources']);
  });

  it('should keep a task\'s text but drop other verbatim columns from the cells', () => {
    expect(factRows(t, 'tasks')[0]?.cells.map((c) => c.column)).toContain('text');
    expect(factRows(t, 'organizations')[0]?.cells.map((c) => c.column)).not.toContain('description');
    expect(factRows(t, 'memberships')[0]?.cells.map((c) => c.column)).not.toContain('source_quote');
  });
});

describe('checkPersons', () => {
  let t: Tables;
  beforeAll(() => {
    t = tables();
  });

  it('should pass when the count, every unique name and every shared name hold', () => {
    expect(checkPersons(t, { count: 4, unique: ['narymbaev', 'kaptagaev', 'yahyo'], counts: { azimov: 2 } })).toEqual({ ok: true, rows: 4, problems: [] });
  });
  it.each([
    ['a wrong count', { count: 3 }, /4 rows, expected 3/],
    ['a unique name held by two rows', { unique: ['azimov'] }, /"azimov" is in 2 persons rows/],
    ['a unique name held by none', { unique: ['babanov'] }, /"babanov" is in 0 persons rows/],
    ['a shared name with the wrong count', { counts: { azimov: 1 } }, /expected 1/],
  ])('should fail on %s', (_what, spec, message) => {
    const result = checkPersons(t, spec);
    expect(result.ok).toBe(false);
    expect(result.problems.join('\n')).toMatch(message);
  });
  it('should not count a name that is only in source_quote', () => {
    // "narymbaev" is in the quote of Kaptagaev's row too, yet only one row holds the name.
    expect(checkPersons(t, { unique: ['narymbaev'] }).ok).toBe(true);
  });
});

describe('checkNever', () => {
  let t: Tables;
  beforeAll(() => {
    t = tables();
  });

  it('should flag chrome in a name column (a note heading) and not in quotes or texts', () => {
    const violations = checkNever(t, ['print version', 'hot topics', 'main page']);
    expect(violations.map((v) => `${v.what}@${v.table}.${v.column}`)).toEqual(['print version@notes.heading']);
  });
  it('should not flag the site name in a source\'s publisher, which names it on purpose, but elsewhere', () => {
    expect(checkNever(t, ['eurasian home'])).toEqual([]);
    const bad = tables({ 'csv/notes.csv': 'id,heading,organization_id,organization_name,position,text\nkz-note-000000000002,Eurasian Home,,,1,x\n' });
    expect(checkNever(bad, ['eurasian home']).map((v) => `${v.table}.${v.column}`)).toEqual(['notes.heading']);
  });
  it('should flag a comma decimal that reached a value column, not one in a description', () => {
    expect(checkNever(t, ['91,1'])).toEqual([]);
    const bad = tables({ 'csv/statistics.csv': 'id,author,topic,subject,value,unit\nkz-stat-000000000001,,x,y,"91,1",percent\n' });
    expect(checkNever(bad, ['91,1'])).toHaveLength(1);
  });
});

describe('checkWrong', () => {
  let t: Tables;
  beforeAll(() => {
    t = tables();
  });

  it('should flag an organization whose name is a survey sentence', () => {
    const violations = checkWrong(t, [{ table: 'organizations', needles: ['according to'], why: 'a survey sentence taken for an organization' }]);
    expect(violations).toHaveLength(1);
    expect(violations[0]?.row).toMatch(/kz-org-000000000003/);
  });
  it('should not flag words that are only in a description or in another table', () => {
    expect(checkWrong(t, [{ table: 'organizations', needles: ['according to the constitution'] }])).toEqual([]);
    expect(checkWrong(t, [{ table: 'memberships', needles: ['according to'] }])).toEqual([]);
  });
  it('should flag a membership held by the person named, not one where the person is only the predecessor', () => {
    expect(checkWrong(t, [{ table: 'memberships', needles: ['narymbaev', 'head'] }])).toHaveLength(1);
    expect(checkWrong(t, [{ table: 'memberships', needles: ['kaptagaev', 'head'] }])).toEqual([]);
    expect(checkWrong(t, [{ table: 'memberships', needles: ['narymbaev', 'secretary'] }])).toEqual([]);
  });
  it.for([
    // [the row's status, the entry's status, flagged]
    ['current', 'current', true],
    ['ended', 'current', false], // a past post read as an ended membership is right
    ['', 'current', false],
    ['ended', undefined, true], // no status given: any row is wrong
    ['ended', 'ended', true],
  ] as const)('a row of status %j against an entry of status %j: flagged %j', ([rowStatus, status, flagged]) => {
    const memberships = `id,person_id,person_name,role,title,status,country,source_id,source_file,source_line,source_quote
kz-membership-000000000009,kz-person-000000000002,Emilbek Kaptagaev,Head,Head of the Presidential Administration,${rowStatus},kg,kg-source-1,raw/kg/x.txt,21,former Head Emilbek Kaptagaev
`;
    const violations = checkWrong(tables({ 'csv/memberships.csv': memberships }), [{ table: 'memberships', needles: ['kaptagaev', 'head'], ...(status === undefined ? {} : { status }) }]);
    expect(violations).toHaveLength(flagged ? 1 : 0);
  });
  it('should refuse a status that is not a string', () => {
    expect(() => parseExpected({ facts: {}, wrong: [{ table: 'memberships', needles: ['x'], status: 1 }] }, 'e.json')).toThrow(/"status" must be a string/);
  });
});

describe('parseExpected', () => {
  it('should accept the corpus format', () => {
    const page = parseExpected({ persons: { count: 1, unique: ['a'], counts: { b: 2 } }, facts: { 'm.a': [['a', 'b']] }, never: ['x'], wrong: [{ table: 'organizations', needles: ['y'], why: 'z' }] });
    expect(Object.keys(page.facts)).toEqual(['m.a']);
  });
  it.each([
    ['no facts', {}],
    ['an unknown letter', { facts: { 'x.a': [['a']] } }],
    ['an empty alternative', { facts: { 'm.a': [[]] } }],
    ['upper case needles', { facts: { 'm.a': [['Musin']] } }],
    ['a wrong entry without needles', { facts: {}, wrong: [{ table: 'organizations', needles: [] }] }],
  ])('should refuse %s', (_what, json) => {
    expect(() => parseExpected(json)).toThrow();
  });
});

describe('checkPage', () => {
  it('should gather every check', () => {
    const result = checkPage(tables(), parseExpected({ persons: { unique: ['narymbaev'] }, facts: { 'm.narymbaev.head': [['narymbaev', 'head']], 'm.babanov.pm': [['babanov']] }, never: ['print version'] }));
    expect(result.facts.map((f) => [f.key, f.found])).toEqual([
      ['m.narymbaev.head', true],
      ['m.babanov.pm', false],
    ]);
    expect(result.persons.ok).toBe(true);
    expect(result.never).toHaveLength(1);
    expect(result.wrong).toEqual([]);
  });
  it('should fold like the matcher', () => {
    expect(fold('  Ministry\u00a0of   FOREIGN Affairs ')).toBe('ministry of foreign affairs');
  });
});
