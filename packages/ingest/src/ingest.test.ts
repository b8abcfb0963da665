import { beforeAll, describe, expect, it } from 'vitest';
import type { Profile } from '@profiles/model';
import { ingestPage } from './ingest.js';
import { otherCountryFacts, otherCountryPage, pageInput, seedBytes, seedHtmlPage, seedPage } from './fixtures/index.js';

/** The facts of a profile by name, so tests read like the page. */
function facts(profile: Profile) {
  const person = new Map(profile.persons.map((p) => [p.id, `${p.familyName} ${p.givenName ?? ''}`.trim()]));
  const org = new Map(profile.organizations.map((o) => [o.id, o.name]));
  return {
    persons: profile.persons.map((p) => `${p.familyName} ${p.givenName ?? ''}`.trim()).sort(),
    organizations: profile.organizations.map((o) => o.name).sort(),
    memberships: profile.memberships
      .map((m) => `${person.get(m.personId)} | ${m.role} | ${m.organizationId ? org.get(m.organizationId) : '-'} | ${m.startDate ?? '-'} | ${m.predecessorId ? person.get(m.predecessorId) : '-'}`)
      .sort(),
    events: profile.events.map((e) => `${e.kind} ${e.date} ${e.personId ? person.get(e.personId) : '-'} ${e.voteShare ?? '-'}`).sort(),
    tasks: Object.fromEntries(
      [...new Set(profile.tasks.map((t) => t.organizationId))].map((id) => [org.get(id), profile.tasks.filter((t) => t.organizationId === id).length]),
    ),
    statistics: profile.statistics.map((s) => `${s.subject} ${s.value}`),
    groups: profile.groups.map((g) => g.name),
    materials: profile.materials.map((m) => `${m.kind} ${m.date}`),
  };
}

// The seed page read once for the file, in a hook (not while the tests are collected), for every describe below that reads it.
let seed: Profile;
beforeAll(() => {
  seed = ingestPage(seedPage());
});

describe('ingestPage on the seed page', () => {
  let profile: Profile;
  let f: ReturnType<typeof facts>;
  beforeAll(() => {
    profile = seed;
    f = facts(profile);
  });

  it('should describe the source', () => {
    expect(profile.source).toMatchObject({
      file: 'raw/kz/executive-branch.txt',
      country: { code: 'kz', name: 'Kazakhstan' },
      section: 'Executive branch',
      publisher: 'Eurasian Home',
      format: 'text',
      encoding: 'utf-8',
      latestDate: '2012-03-05',
    });
    expect(profile.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('should find exactly the fourteen people on the page, each once', () => {
    expect(f.persons).toEqual([
      'Akhmetov Danial', 'Baykadamov Bolat', 'Kelimbetov Kairat', 'Kim Georgiy', 'Masimov Karim', 'Musin Aslan', 'Narikbayev Maksut',
      'Nazarbayev Nursultan', 'Oksikbayev Omarkhan', 'Orynbayev Erbol', 'Rogov Igor', 'Samakova Aigul', 'Shukeev Umirzak', 'Tazhin Marat',
    ]);
    const nazarbayev = profile.persons.find((p) => p.familyName === 'Nazarbayev')!;
    expect(nazarbayev).toMatchObject({ name: 'Nazarbayev Nursultan Abishevitch', givenName: 'Nursultan', patronymic: 'Abishevitch' });
    expect(nazarbayev.aliases).toEqual(['Nazarbayev Nursultan Abishevitch', 'Nursultan Nazarbayev']);
    expect(profile.persons.find((p) => p.familyName === 'Musin')!.aliases).toEqual(['Aslan Musin', 'Musin']);
  });

  it('should find every post, with start dates, predecessors and second titles', () => {
    expect(f.memberships).toEqual([
      'Akhmetov Danial | Minister | Ministry of Defense | - | -',
      'Baykadamov Bolat | Chair | Republican Committee for Human Rights | - | -',
      'Baykadamov Bolat | Human Rights Commissioner | - | - | -',
      'Kim Georgiy | Chairman | Commission for Countering Corruption and Observance of the State Service Ethics | - | -',
      'Masimov Karim | Prime Minister | Government | - | -',
      'Musin Aslan | Head | Administration of the President | 2008-10 | Kelimbetov Kairat',
      'Narikbayev Maksut | Chairman | Supreme Court Council | - | -',
      'Nazarbayev Nursultan | Chair | Assembly of the Peoples of Kazakhstan | - | -',
      'Nazarbayev Nursultan | Chair | Council of Businessmen under the President of the Republic of Kazakhstan | - | -',
      'Nazarbayev Nursultan | Chair | National Council for State (National) Policy | - | -',
      'Nazarbayev Nursultan | President | President of the Republic of Kazakhstan | - | -',
      'Oksikbayev Omarkhan | Secretary | Security Council | - | -',
      'Orynbayev Erbol | Deputy Prime Minister | Government | - | -',
      'Rogov Igor | Deputy Head | Administration of the President | - | -',
      'Rogov Igor | Head | Legal Policy Council | - | -',
      'Samakova Aigul | Chairwoman | National Commission for Family and Women under the President of the Republic of Kazakhstan | - | -',
      'Shukeev Umirzak | Deputy Prime Minister | Government | - | -',
      'Tazhin Marat | Minister | Ministry of Foreign Affairs | - | -',
    ]);
  });

  it('should find the bodies with their kind, parent, abbreviation, founding date and predecessor', () => {
    expect(profile.organizations).toHaveLength(24);
    const byName = new Map(profile.organizations.map((o) => [o.name, o]));
    const president = byName.get('President of the Republic of Kazakhstan')!;
    expect(president.classification).toBe('head-of-state');
    expect(byName.get('Administration of the President')).toMatchObject({ classification: 'administration', abbreviation: 'AP', founded: '1995-10', parentId: president.id, aliases: ['AP'] });
    const democratization = byName.get('National Commission on Democratization and Civil Society')!;
    expect(democratization.predecessorId).toBe(byName.get('Standing Meeting for Democratization')!.id);
    expect(byName.get('Security Council')!.description).toMatch(/^The Security Council was established/);
    const advisory = profile.organizations.filter((o) => o.classification === 'advisory-body' && o.name !== 'Standing Meeting for Democratization');
    expect(advisory).toHaveLength(10);
    expect(advisory.every((o) => o.parentId === president.id)).toBe(true);
    expect(profile.organizations.filter((o) => o.classification === 'ministry')).toHaveLength(10);
    expect(profile.organizations.filter((o) => o.classification === 'ministry').every((o) => o.parentId === byName.get('Government')!.id)).toBe(true);
  });

  it('should type elections with vote shares and the referendum', () => {
    expect(f.events).toEqual(['election 1999-01-10 Nazarbayev Nursultan 79.78', 'election 2005-12 Nazarbayev Nursultan 91.1', 'referendum 1995-04-29 - -']);
    expect(profile.events.find((e) => e.kind === 'referendum')!.outcome).toBe('extended presidential term of office until 2000');
    expect(profile.events.filter((e) => e.kind === 'election').map((e) => e.termYears)).toEqual([7, 7]);
  });

  it('should list each body’s tasks in page order', () => {
    expect(f.tasks).toEqual({
      'Administration of the President': 3,
      'Republican Committee for Human Rights': 2,
      'National Commission for Family and Women under the President of the Republic of Kazakhstan': 5,
      'Assembly of the Peoples of Kazakhstan': 5,
      'Commission for Countering Corruption and Observance of the State Service Ethics': 3,
      Government: 6,
      // Functions written as prose: "The Security Council … coordinates the activities of power structures, …".
      'Security Council': 1,
      'Legal Policy Council': 1,
    });
    expect(profile.tasks[0]).toMatchObject({ position: 1, text: 'ensure the activity of the Head of State and advisory bodies under his control;' });
  });

  it('should read the survey figures, the groups and the materials', () => {
    expect(f.statistics).toEqual(['Governmental lobby 66.7', 'groups of influence defending interests of foreign companies 61.9', 'clan lobby 38.1']);
    expect(profile.statistics[0]!.author).toBe('Central Asian Agency for Political Research');
    expect(f.groups).toEqual(['Elder zhuz', 'Middle zhuz', 'Younger zhuz', 'fourth zhuz', 'institutional interest group', 'economic interest group']);
    expect(profile.groups[0]).toMatchObject({ localName: 'Uly', region: 'Southern and South-Eastern Kazakhstan' });
    expect(f.materials).toEqual(['Topic 2012-03-05', 'Topic 2012-03-05', 'Expert forum 2010-03-29', 'Expert forum 2010-03-22', 'Opinion 2009-07-03']);
    expect(new Set(profile.materials.map((m) => m.id)).size).toBe(5);
  });

  it('should keep prose no rule claimed as notes, and no site chrome anywhere', () => {
    expect(profile.notes.map((n) => n.text.slice(0, 40))).toContain('So-called “patron-client” relations esse');
    const everything = JSON.stringify(profile);
    for (const chrome of ['Main page', 'Print version', 'analytical resource', 'expert forum', 'hot topics', 'about us', 'our authors', 'Матераилы']) {
      expect(everything).not.toContain(chrome);
    }
  });

  it('should cite the source line and text of every record', () => {
    const lines = seedBytes().toString('utf8').split('\n');
    const records = [...profile.persons, ...profile.organizations, ...profile.memberships, ...profile.events, ...profile.tasks, ...profile.statistics, ...profile.groups, ...profile.materials, ...profile.notes];
    for (const record of records) {
      for (const where of record.provenance) {
        const line = lines[where.line - 1]!.replace(/[\s\u00a0]+/g, ' ');
        const quote = where.quote.replace(/[\s\u00a0]+/g, ' ');
        expect(line.includes(quote) || quote.includes(line.replace(/^ ?[•] ?/, '').trim()), `${record.id} at line ${where.line}`).toBe(true);
      }
    }
    const musin = profile.memberships.find((m) => m.role === 'Head' && m.startDate === '2008-10')!;
    expect(lines[musin.provenance[0]!.line - 1]!.replace(/\u00a0/g, ' ')).toMatch(/^Aslan Musin - Head of the Presidential Administration/);
  });
});

describe('ingestPage on the same page as windows-1251 HTML', () => {
  let text: ReturnType<typeof facts>;
  let profile: Profile;
  beforeAll(() => {
    text = facts(seed);
    profile = ingestPage(seedHtmlPage());
  });

  it('should decode the declared charset', () => {
    expect(profile.source.encoding).toBe('windows-1251');
    expect(profile.source.format).toBe('html');
  });

  it('should find the same people, bodies, posts, events, tasks, figures, groups and materials as the text dump', () => {
    const html = facts(profile);
    expect(html).toEqual(text);
  });

  it('should take websites and material links from the HTML', () => {
    const government = profile.organizations.find((o) => o.name === 'Government')!;
    expect(government.website).toMatch(/^https?:\/\//);
    expect(profile.organizations.filter((o) => o.website).length).toBe(12);
  });

  it('should cite element paths', () => {
    const musin = profile.persons.find((p) => p.familyName === 'Musin')!;
    expect(musin.provenance[0]!.element).toMatch(/^.*p(:nth-of-type\(\d+\))?$/);
  });
});

describe('ingestPage on another country’s profile', () => {
  const expected = otherCountryFacts();
  for (const format of ['text', 'html'] as const) {
    describe(`as ${format}`, () => {
      let profile: Profile;
      let f: ReturnType<typeof facts>;
      beforeAll(() => {
        profile = ingestPage(otherCountryPage(format));
        f = facts(profile);
      });

      it('should find exactly the people of the page, with every form of their names', () => {
        expect(f.persons).toEqual(expected.persons.map((p) => `${p.familyName} ${p.givenName ?? ''}`.trim()).sort());
        for (const person of expected.persons) {
          const found = profile.persons.find((p) => p.familyName === person.familyName && p.givenName === person.givenName)!;
          expect(found.patronymic).toBe(person.patronymic);
          expect(found.aliases).toEqual([...person.forms].sort());
        }
      });

      it('should find the bodies with abbreviations and founding dates', () => {
        expect(f.organizations).toEqual(expected.organizations.map((o) => o.name).sort());
        for (const org of expected.organizations) {
          const found = profile.organizations.find((o) => o.name === org.name)!;
          expect([found.abbreviation, found.founded]).toEqual([org.abbreviation, org.founded]);
          if (format === 'html') expect(found.website?.replace(/\/$/, '') ?? null).toBe(org.website);
        }
      });

      it('should find every post', () => {
        expect(f.memberships).toEqual(
          expected.memberships.map((m) => `${m.person} | ${m.role} | ${m.organization ?? '-'} | ${m.startDate ?? '-'} | ${m.predecessor ?? '-'}`).sort(),
        );
      });

      it('should find elections, referendums, figures, groups, materials and tasks', () => {
        expect(f.events).toEqual(
          [...expected.elections.map((e) => `election ${e.date} ${e.person} ${e.voteShare}`), ...expected.referendums.map((r) => `referendum ${r.date} - -`)].sort(),
        );
        expect(f.statistics).toEqual(expected.statistics.map((s) => `${s.subject} ${s.value}`));
        expect(f.groups).toEqual(expected.groups);
        expect(f.materials).toEqual(expected.materials.map((m) => `${m.kind} ${m.date}`));
        expect(f.tasks).toEqual(expected.taskCounts);
      });
    });
  }
});

describe('ingestPage IDs', () => {
  it('should keep every other record’s ID when unrelated text on the page changes', () => {
    const before = ingestPage(seedPage());
    const edited = seedBytes().toString('utf8').replace('The President is a key actor', 'The President is the key actor').replace('Oksikbayev Omarkhan Nurtaevitch', 'Dzhaksybekov Adilbek Ryskeldinovich');
    const after = ingestPage(pageInput(Buffer.from(edited), 'kz', 'text'));
    const ids = (p: Profile) => new Set([...p.persons, ...p.organizations, ...p.memberships, ...p.events, ...p.tasks, ...p.groups, ...p.materials].map((r) => r.id));
    const removed = [...ids(before)].filter((id) => !ids(after).has(id));
    const added = [...ids(after)].filter((id) => !ids(before).has(id));
    expect(removed).toHaveLength(2); // the old Secretary and his membership
    expect(added).toHaveLength(2);
  });
});

describe('ingestPage: an election paragraph ending with a colon, its results listed after it', () => {
  const shares = (html: string, format: 'html' | 'text') => {
    const profile = ingestPage(pageInput(Buffer.from(html, 'utf8'), 'mn', format));
    const election = profile.events.find((e) => e.kind === 'election');
    return election ? election.results.map((r) => r.voteShare).sort((a, b) => (b ?? 0) - (a ?? 0)) : null;
  };
  it.each<[string, 'html' | 'text', number[]]>([
    ['<html><body><p>Профиль страны / Монголия / Исполнительная власть</p><h2>Президент</h2><p>Выборы 5 мая 2022 года прошли в один тур. Победил Арсен Маратович Ибраев с 61,2% голосов. Другие кандидаты получили:</p><p>Тимур Ахмедов, лидер партии «Союз», — 20,4%;<br>Дина Рахимова, бывший министр юстиции, — 6,1%.</p></body></html>', 'html', [61.2, 20.4, 6.1]],
    ['Профиль страны / Монголия / Исполнительная власть\n\nПрезидент\n\nВыборы 5 мая 2022 года прошли в один тур. Победил Арсен Маратович Ибраев с 61,2% голосов. Голоса за соперников распределились так:\n\n  • Тимур Ахмедов, лидер партии «Союз», — 20,4%;\n  • Дина Рахимова, директор завода, — 6,1%.\n', 'text', [61.2, 20.4, 6.1]],
    // Near miss: a paragraph without the colon does not take the next one's shares.
    ['<html><body><p>Профиль страны / Монголия / Исполнительная власть</p><h2>Президент</h2><p>Выборы 5 мая 2022 года прошли в один тур. Победил Арсен Маратович Ибраев с 61,2% голосов.</p><p>Тимур Ахмедов, лидер партии «Союз», — 20,4%.</p></body></html>', 'html', [61.2]],
  ])('should read %s', (page, format, expected) => {
    expect(shares(page, format)).toEqual(expected);
  });
});

describe('election results given as a list (rules/result-list.ts)', () => {
  /** Each election of a page: date, winner, and the candidates by rank with their shares. */
  function results(text: string, format: 'html' | 'text'): string[] {
    const profile = ingestPage(pageInput(Buffer.from(text, 'utf8'), 'mn', format));
    const name = new Map(profile.persons.map((p) => [p.id, p.name]));
    return profile.events.map((e) => `${e.date} ${e.personId ? name.get(e.personId) : '-'}: ${(e.results ?? []).map((r) => `${r.rank}. ${name.get(r.personId)} ${r.voteShare}`).join('; ')}`).sort();
  }

  it('should read a round nobody won from its list, and link the run-off\'s family names to the round\'s full names', () => {
    const page = [
      'Профиль страны / Монголия / Исполнительная власть', '', 'Президент', '', 'Президент является главой государства.', '',
      'В первом туре 4 мая 2014 года ни один из шести кандидатов не набрал более половины голосов:', '',
      '  • Ержан Тулегенов (Партия труда) – 41,2% (2 001 300 голосов)', '  • Айгуль Сарсенова – 38,9% (1 890 100 голосов)', '  • остальные четыре кандидата – менее 5% каждый', '',
      'Во втором туре 25 мая 2014 года Тулегенов получил 55,1% голосов, Сарсенова – 44,9%.',
    ].join('\n');
    expect(results(page, 'text')).toEqual([
      '2014-05-04 -: 1. Ержан Тулегенов 41.2; 2. Айгуль Сарсенова 38.9',
      '2014-05-25 Ержан Тулегенов: 1. Ержан Тулегенов 55.1; 2. Айгуль Сарсенова 44.9',
    ]);
  });

  it('should keep a first round counted by heads apart from the later round of its day that its leader won', () => {
    const page = '<html><body><p>Профиль страны / Монголия / Исполнительная власть</p><h2>Президент</h2><p>3 июня 2015 года Сейм избрал Президентом Улдиса Берзиньша. В пятом туре У. Берзиньш получил 55 голосов депутатов.</p>'
      + '<table><caption>Первый тур голосования в Сейме, 3 июня 2015 года</caption><tr><th>Кандидат</th><th>Голосов «за»</th></tr><tr><td>Улдис Берзиньш</td><td>41</td></tr><tr><td>Инга Лиепа</td><td>24</td></tr><tr><td>Пётр Сомов</td><td>17</td></tr></table></body></html>';
    const profile = ingestPage(pageInput(Buffer.from(page, 'utf8'), 'mn', 'html'));
    const name = new Map(profile.persons.map((p) => [p.id, p.name]));
    const votes = profile.events.filter((e) => e.kind === 'election').map((e) => `${e.personId ? name.get(e.personId) : '-'} ${e.votes ?? '-'}: ${e.results.map((r) => `${name.get(r.personId)} ${r.votes}`).join('; ')}`).sort();
    expect(votes).toEqual(['- -: Улдис Берзиньш 41; Инга Лиепа 24; Пётр Сомов 17', 'Улдис Берзиньш 55: Улдис Берзиньш 55']);
    expect(new Set(profile.events.map((e) => e.id)).size).toBe(profile.events.length);
  });

  it('should keep a parliament\'s election on a president\'s election day apart, with an ID of its own and no winner', () => {
    const page = (withPresident: boolean) => [
      'Профиль страны / Монголия / Исполнительная власть', '', 'Президент', '',
      ...(withPresident ? ['12 мая 2019 г. Президентом избран Батов Эрдэнэ Сухович, получивший 61,2 % голосов.', ''] : []),
      '12 мая 2019 г. также прошли выборы в Великий Хурал.', '',
    ].join('\n');
    const parliament = (text: string) => ingestPage(pageInput(Buffer.from(text, 'utf8'), 'mn', 'text')).events.filter((e) => e.kind === 'election' && !e.personId).map((e) => e.id);
    expect(parliament(page(false))).toHaveLength(1);
    expect(parliament(page(true))).toEqual(parliament(page(false)));
    // Two votes, the winner on the president's alone.
    const both = ingestPage(pageInput(Buffer.from(page(true), 'utf8'), 'mn', 'text')).events.filter((e) => e.kind === 'election');
    expect(both.map((e) => [e.title, e.personId !== null]).sort()).toEqual([[null, true], ['выборы в Великий Хурал', false]]);
  });

  it('should read one election from a list and the prose that give the same results', () => {
    const page = [
      'Профиль страны / Монголия / Исполнительная власть', '', 'Президент', '',
      'Президентские выборы состоялись 15 октября 2003 г. По данным ЦИК, голоса распределились так:', '',
      'Ильхам Алиев (партия «Ени Азербайджан») - 76,84 %', 'Иса Гамбар (партия «Мусават») - 13,97 %',
    ].join('\n');
    expect(results(page, 'text')).toEqual(['2003-10-15 Ильхам Алиев: 1. Ильхам Алиев 76.84; 2. Иса Гамбар 13.97']);
  });

  it('should read a dated heading\'s table as its election, the top share the winner', () => {
    const page = '<html><body><p>Профиль страны / Монголия / Исполнительная власть</p><h2>Президент</h2><h3>Выборы 8 июня 2021 г.</h3><p>Явка составила 59,3%.</p>'
      + '<table><tr><th>Кандидат</th><th>%</th><th>Голосов</th></tr><tr><td>Батов Э.С. (Народная партия)</td><td>67,7</td><td>821 136</td></tr><tr><td>Дорж С.Б.</td><td>20,1</td><td>246 968</td></tr></table></body></html>';
    expect(results(page, 'html')).toEqual(['2021-06-08 Батов Э.С.: 1. Батов Э.С. 67.7; 2. Дорж С.Б. 20.1']);
  });
});

describe('a sole post the prose gives to an earlier holder (assemble addProsePost)', () => {
  /** Each President's row: holder, status; the head of state's posts only. */
  function presidents(text: string, country: string): string[] {
    const profile = ingestPage(pageInput(Buffer.from(text, 'utf8'), country, 'text'));
    const name = new Map(profile.persons.map((p) => [p.id, p.name]));
    return profile.memberships.filter((m) => /^(?:Президент|President)$/.test(m.role)).map((m) => `${name.get(m.personId)} ${m.status}`).sort();
  }
  const russian = (prose: string) => ['Профиль страны / Монголия / Исполнительная власть', '', 'Президент Монголии', '', 'Президент Монголии является главой государства.', '', 'Батов Эрдэнэ Сухович – Президент Монголии (с 2021 г.)', '', prose, ''].join('\n');
  const english = (prose: string) => ['Country profile / Mongolia / Executive branch', '', 'President of Mongolia', '', 'The President of Mongolia is the head of state.', '', 'Erdene Batov - President of Mongolia (since 2021)', '', prose, ''].join('\n');
  it.each<[string, string, string[]]>([
    // Posts have a history: the earlier holder keeps the post as ended, the line's holder the only current one.
    ['ru', russian('Ранее страной руководил Президент Тимур Ахмедов, проигравший выборы.'), ['Батов Эрдэнэ Сухович current', 'Тимур Ахмедов ended']],
    ['ru', russian('В 2009 году указ подписал Президент Нурлан Сапаров.'), ['Батов Эрдэнэ Сухович current', 'Нурлан Сапаров ended']],
    ['en', english('In 2009 the decree was signed by President Timur Akhmedov.'), ['Erdene Batov current', 'Timur Akhmedov ended']],
    ['en', english('Earlier the country was led by the former President Ravi Dorj.'), ['Erdene Batov current', 'Ravi Dorj ended']],
    // Near miss: a kin noun before the post names the kin, who holds no post ("сын Президента X").
    ['ru', russian('Влиятельной фигурой считается сын Президента Арслан Батов.'), ['Батов Эрдэнэ Сухович current']],
  ])('should read (%s) %s', (_language, text, expected) => {
    expect(presidents(text, 'mn')).toEqual(expected);
  });
});

describe('memberships wave 7: a prose clause after a line\'s semicolon, a party post\'s party (assemble personLineTails, namePartyPosts)', () => {
  const page = (prose: string) => ['Профиль страны / Грузия / Исполнительная власть', '', 'Политическая элита', '', 'Внутри элиты выделяют несколько групп.', '', prose, ''].join('\n');
  const posts = (prose: string) => {
    const profile = ingestPage(pageInput(Buffer.from(page(prose), 'utf8'), 'ge', 'text'));
    const name = new Map(profile.persons.map((p) => [p.id, p.name]));
    return profile.memberships.map((m) => `${name.get(m.personId)} | ${m.title}`).sort();
  };
  it.each<[string, string]>([
    // The clause after the line's semicolon is prose: its holder is read too.
    ['Председатель Парламента – Каха Кучава (до ноября 2021 года); в декабре 2021 года Председателем Парламента избран Шалва Папуашвили.', 'Шалва Папуашвили | Председатель Парламента'],
    ['Министр финансов – Иван Лор (до мая 2019 года); в июне 2019 года министром финансов назначена Инга Вовк.', 'Инга Вовк | Министр финансов'],
    // A party post takes the party named before it in the paragraph.
    ['Опорой власти остаётся партия «Новый путь» (ПНП), основанная в 1992 г. Председатель партии — Иван Лор.', 'Иван Лор | Председатель партии «Новый путь»'],
    ['Главной силой служит Аграрная партия (АП), созданная в 1990 г. Лидер партии — Инга Вовк.', 'Инга Вовк | Лидер Аграрной партии'],
  ])('should read %s', (prose, expected) => {
    expect(posts(prose)).toContain(expected);
  });
  it.each<[string, string[]]>([
    // Near misses: a clause naming no post holds none; a party post with no party before it keeps its title.
    ['Министр финансов – Иван Лор (до мая 2019 года); в июне 2019 года Лор уехал в Москву.', ['Иван Лор | Министр финансов']],
    ['Председатель партии — Иван Лор', ['Иван Лор | Председатель партии']],
  ])('should read only the line of %s', (prose, expected) => {
    expect(posts(prose)).toEqual(expected);
  });
});

describe('the page\'s country in its case names the state, no body (assemble resolveTitle)', () => {
  const page = (country: string, head: string, prose: string) => [`Профиль страны / ${country} / Исполнительная власть`, '', head, '', `${head} является главой государства.`, '', 'Глава МЧС России – Сергей Шойгу', '', prose, ''].join('\n');
  const posts = (code: string, text: string) => {
    const profile = ingestPage(pageInput(Buffer.from(text, 'utf8'), code, 'text'));
    const name = new Map(profile.persons.map((p) => [p.id, p.name]));
    const org = new Map(profile.organizations.map((o) => [o.id, o.name]));
    return profile.memberships.map((m) => `${name.get(m.personId)} | ${m.title} | ${m.organizationId ? org.get(m.organizationId) : '-'}`).sort();
  };
  it.each<[string, string, string]>([
    ['ru', page('Россия', 'Президент Российской Федерации', '2 марта 2008 года Президентом России был избран Дмитрий Медведев.'), 'Дмитрий Медведев | Президент России | Президент Российской Федерации'],
    ['kz', page('Казахстан', 'Президент Республики Казахстан', 'В 2019 году Президентом Казахстана была избрана Инга Вовк.'), 'Инга Вовк | Президент Казахстана | Президент Республики Казахстан'],
    // Near miss: another country's President is no post of this state.
    ['ru', page('Россия', 'Президент Российской Федерации', 'В 2004 году Президентом Грузии был избран Иван Лор.'), 'Иван Лор | Президент Грузии | -'],
  ])('(%s) should read %j', (code, text, expected) => {
    expect(posts(code, text)).toContain(expected);
  });
});

describe('groups in a prose paragraph read as a person’s line (assemble collectGroups)', () => {
  const page = (prose: string) => ['Профиль страны / Монголия / Исполнительная власть', '', 'Элитные группы', '', 'Внутри элиты выделяют несколько групп.', '', prose, ''].join('\n');
  const groups = (prose: string) => ingestPage(pageInput(Buffer.from(page(prose), 'utf8'), 'mn', 'text')).groups.map((g) => g.name);
  it.each<[string, string[]]>([
    // A paragraph of sentences that ends in a person's line still names its party.
    ['Опорой власти остаётся партия «Новый путь» (ПНП), основанная в 1992 г. Председатель партии — Иван Лор.', ['партия «Новый путь»']],
    ['Главной силой служит Аграрная партия Монголии (АПМ), созданная в 1990 г. Лидер партии — Инга Вовк.', ['Аграрная партия Монголии']],
    // Near misses: a person's line names no group, alone or in sentences.
    ['Председатель партии — Иван Лор', []],
    ['Министр финансов — Иван Лор. Министр обороны — Тарас Вовк.', []],
  ])('should read %s', (prose, expected) => {
    expect(groups(prose)).toEqual(expected);
  });
});

describe('ingestPage: a lead-in\'s list ends at the blank line after its run of lines (events wave 6)', () => {
  const read = (text: string) => ingestPage(pageInput(Buffer.from(text, 'utf8'), 'lt', 'text'));
  const referendums = (text: string) => read(text).events.filter((e) => e.kind === 'referendum').map((e) => e.date);
  const shares = (text: string) => read(text).events.find((e) => e.kind === 'election')?.results.map((r) => r.voteShare) ?? null;
  const head = 'Профиль страны / Литва / Исполнительная власть\n\nПрезидент\n\n';
  it.each<[string, string[]]>([
    // The fixture's shape: the paragraph after the list's blank line is its own, its referendum dated by its own words.
    [`${head}Главы государства:\nАнна Ким – Президент в 1995–2000 годах\nПётр Лис – Президент с 2000 года; 3 марта 2004 года отрешён Сеймом от должности\n\nНа референдуме 12–13 мая 2003 года граждане одобрили вступление страны в союз (за – 81,2% проголосовавших).\n`, ['2003-05-13']],
    [`${head}Прежние президенты:\nОлег Сало – Президент в 1991–1996 годах; 7 июня 1996 года ушёл в отставку\nИнга Рее – Президент с 1996 года\n\nКонсультативный референдум 9–10 октября 2011 года прошёл о статусе языка.\n`, ['2011-10-10']],
  ])('should date the referendum of %j by its own paragraph', (page, dates) => {
    expect(referendums(page)).toEqual(dates);
  });
  it('should still read a list whose every line stands after a blank line', () => {
    expect(shares(`${head}Выборы 5 мая 2022 года прошли в один тур. Победил Арсен Маратович Ибраев с 61,2% голосов. Другие кандидаты получили:\n\n  • Тимур Ахмедов, лидер партии «Союз», — 20,4%;\n\n  • Дина Рахимова, директор завода, — 6,1%.\n`)).toEqual([61.2, 20.4, 6.1]);
  });
  it('should not take a paragraph after the list\'s blank line as a line of it (near miss)', () => {
    expect(shares(`${head}Выборы 5 мая 2022 года прошли в один тур. Победил Арсен Маратович Ибраев с 61,2% голосов. Другие кандидаты получили:\n  • Тимур Ахмедов, лидер партии «Союз», — 20,4%;\n  • Дина Рахимова, директор завода, — 6,1%.\n\nНурлан Омуров, бывший министр, набрал 3,2%.\n`)).toEqual([61.2, 20.4, 6.1]);
  });
});
