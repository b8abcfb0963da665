import { makeId } from './ids.js';
import { SCHEMA_VERSION, type Profile } from './profile.js';
import type { Provenance } from './records.js';

const FILE = 'raw/kg/executive-branch.html';

function at(line: number, quote: string, element: string | null = null): Provenance[] {
  return [{ file: FILE, line, endLine: line, element, quote }];
}

/**
 * A small, valid profile with every record kind filled in, for the tests of exporters and the
 * diff. Invented people; its text carries characters exporters must escape (`|`, `<`, `=`, `@`).
 */
export function sampleProfile(): Profile {
  const c = 'kg';
  const president = makeId('organization', c, ['President of the Kyrgyz Republic']);
  const government = makeId('organization', c, ['Government']);
  const council = makeId('organization', c, ['Security Council']);
  const former = makeId('organization', c, ['Defence Council']);
  const ministry = makeId('organization', c, ['Ministry of Defence']);
  const head = makeId('person', c, ['Temirov', 'Almaz']);
  const pm = makeId('person', c, ['Osmonova', 'Gulnara']);
  const prev = makeId('person', c, ['Sadykov', 'Bakyt']);
  return {
    schemaVersion: SCHEMA_VERSION,
    source: {
      id: makeId('source', c, [FILE]),
      file: FILE,
      country: { code: c, name: 'Kyrgyzstan' },
      section: 'Executive branch',
      title: 'Country profile / Kyrgyzstan / Executive branch',
      publisher: 'Eurasian Home',
      url: 'http://www.example.org/profiles/kg/executive',
      language: 'en',
      retrieved: '2012-04-01',
      format: 'html',
      encoding: 'utf-8',
      sha256: '0'.repeat(64),
      latestDate: '2011-10',
    },
    persons: [
      {
        id: head,
        name: 'Temirov Almaz Bekovich',
        familyName: 'Temirov',
        givenName: 'Almaz',
        patronymic: 'Bekovich',
        aliases: ['Almaz Temirov', 'Temirov', 'Temirov Almaz Bekovich'],
        provenance: at(12, 'On 30 October 2011 Almaz Temirov was elected President (63.2 % of votes).', 'body > div.content > p:nth-of-type(2)'),
      },
      {
        id: pm,
        name: 'Osmonova Gulnara',
        familyName: 'Osmonova',
        givenName: 'Gulnara',
        patronymic: null,
        aliases: ['Osmonova Gulnara'],
        provenance: at(40, 'Osmonova Gulnara – Prime Minister | acting'),
      },
      {
        id: prev,
        name: 'Bakyt Sadykov',
        familyName: 'Sadykov',
        givenName: 'Bakyt',
        patronymic: null,
        aliases: ['Bakyt Sadykov'],
        provenance: at(41, 'Osmonova was preceded at this post by Bakyt Sadykov.'),
      },
    ],
    organizations: [
      {
        id: president,
        name: 'President of the Kyrgyz Republic',
        classification: 'head-of-state',
        parentId: null,
        abbreviation: null,
        founded: null,
        predecessorId: null,
        description: 'The President is the Head of State.\n\nHe <b>appoints</b> the Government.',
        website: 'http://www.president.example.kg/',
        aliases: [],
        provenance: at(10, 'The President of the Kyrgyz Republic is the Head of State.'),
      },
      {
        id: council,
        name: 'Security Council',
        classification: 'advisory-body',
        parentId: president,
        abbreviation: 'SC',
        founded: '1994-03',
        predecessorId: former,
        description: 'Coordinates | the power structures.',
        website: null,
        aliases: ['SC'],
        provenance: at(20, 'Security Council'),
      },
      {
        id: former,
        name: 'Defence Council',
        classification: 'advisory-body',
        parentId: null,
        abbreviation: null,
        founded: null,
        predecessorId: null,
        description: null,
        website: null,
        aliases: [],
        provenance: at(21, 'Its predecessor – The Defence Council – failed.'),
      },
      {
        id: government,
        name: 'Government',
        classification: 'government',
        parentId: null,
        abbreviation: null,
        founded: null,
        predecessorId: null,
        description: '=SUM(A1:A2) is not a formula here.',
        website: null,
        aliases: [],
        provenance: at(30, 'In compliance with the Constitution the Government exercises executive power.'),
      },
      {
        id: ministry,
        name: 'Ministry of Defence',
        classification: 'ministry',
        parentId: government,
        abbreviation: null,
        founded: null,
        predecessorId: null,
        description: null,
        website: 'http://www.mod.example.kg/',
        aliases: [],
        provenance: at(50, 'Ministry of Defence - www.mod.example.kg'),
      },
    ],
    memberships: [
      {
        id: makeId('membership', c, [head, president, 'President']),
        personId: head,
        organizationId: president,
        role: 'President',
        title: 'President of the Kyrgyz Republic',
        startDate: '2011-10-30',
        endDate: null,
        status: 'current',
        predecessorId: null,
        provenance: at(12, 'On 30 October 2011 Almaz Temirov was elected President (63.2 % of votes).'),
      },
      {
        id: makeId('membership', c, [head, council, 'Chair']),
        personId: head,
        organizationId: council,
        role: 'Chair',
        title: 'Chair',
        startDate: null,
        endDate: null,
        status: 'current',
        predecessorId: null,
        provenance: at(22, 'Chair: Temirov Almaz Bekovich, President of the Kyrgyz Republic.'),
      },
      {
        id: makeId('membership', c, [pm, government, 'Prime Minister']),
        personId: pm,
        organizationId: government,
        role: 'Prime Minister',
        title: 'Prime Minister | acting',
        startDate: '2011-12',
        endDate: null,
        status: 'current',
        predecessorId: prev,
        provenance: at(40, 'Osmonova Gulnara – Prime Minister | acting'),
      },
      {
        id: makeId('membership', c, [pm, 'Human Rights Commissioner', 'Human Rights Commissioner']),
        personId: pm,
        organizationId: null,
        role: 'Human Rights Commissioner',
        title: 'Human Rights Commissioner',
        startDate: null,
        endDate: null,
        status: 'current',
        predecessorId: null,
        provenance: at(40, 'Osmonova Gulnara – Prime Minister | acting, Human Rights Commissioner'),
      },
    ],
    events: [
      {
        id: makeId('event', c, ['election', '2011-10-30']),
        kind: 'election',
        date: '2011-10-30',
        organizationId: president,
        personId: head,
        voteShare: 63.2,
        votes: 1261403,
        termYears: 6,
        turnout: 61.3,
        results: [
          { personId: head, voteShare: 63.2, votes: 1261403, rank: 1 },
          { personId: prev, voteShare: 21.4, votes: null, rank: 2 },
        ],
        outcome: null,
        title: null,
        description: 'On 30 October 2011 Almaz Temirov was elected President (63.2 % of votes).',
        provenance: at(12, 'On 30 October 2011 Almaz Temirov was elected President (63.2 % of votes).'),
      },
      {
        id: makeId('event', c, ['referendum', '2010-06-27']),
        kind: 'referendum',
        date: '2010-06-27',
        organizationId: null,
        personId: null,
        voteShare: null,
        votes: null,
        termYears: null,
        turnout: null,
        results: [],
        outcome: 'adopted a new Constitution',
        title: 'the nation-wide referendum',
        description: 'On June 27, 2010 the nation-wide referendum adopted a new Constitution.',
        provenance: at(11, 'On June 27, 2010 the nation-wide referendum adopted a new Constitution.'),
      },
    ],
    tasks: [
      {
        id: makeId('task', c, [council, 'to coordinate the power structures']),
        organizationId: council,
        position: 1,
        text: 'to coordinate the power structures;',
        provenance: at(23, '• to coordinate the power structures;'),
      },
      {
        id: makeId('task', c, [council, '@mention and +plus and -minus']),
        organizationId: council,
        position: 2,
        text: '@mention and +plus and -minus <script>alert(1)</script>',
        provenance: at(24, '• @mention and +plus and -minus <script>alert(1)</script>'),
      },
    ],
    statistics: [
      {
        id: makeId('statistic', c, ['Institute of Polls', 'lobby groups', 'the Governmental lobby']),
        author: 'Institute of Polls',
        topic: 'influential lobby groups',
        subject: 'the Governmental lobby',
        value: 55.5,
        unit: 'percent',
        outOf: null,
        provenance: at(60, 'According to the survey conducted by the Institute of Polls … (55.5%)'),
      },
    ],
    groups: [
      {
        id: makeId('group', c, ['Northern clan']),
        name: 'Northern clan',
        category: 'clan',
        localName: 'Tündük',
        region: 'Chui and Talas',
        description: 'Bakyt Sadykov and Osmonova Gulnara.',
        memberIds: [prev, pm],
        provenance: at(61, 'the Northern clan–“Tündük” (Chui and Talas)'),
      },
    ],
    materials: [
      {
        id: makeId('material', c, ['Topic', '2012-03-05', '1']),
        kind: 'Topic',
        date: '2012-03-05',
        title: null,
        url: 'http://www.example.org/topics/1',
        position: 1,
        provenance: at(70, 'Topic 05.03.2012'),
      },
    ],
    notes: [
      {
        id: makeId('note', c, ['Analysis', 'Patron-client relations feature the political system.']),
        heading: 'Analysis',
        organizationId: null,
        position: 1,
        text: 'Patron-client relations feature the political system.',
        provenance: at(62, 'Patron-client relations feature the political system.'),
      },
    ],
    issues: [
      {
        id: makeId('issue', c, ['unread-person-line', '63']),
        level: 'warning',
        code: 'unread-person-line',
        message: 'a line that names a post but no person this ingest can read',
        provenance: at(63, 'Minister of Finance –'),
      },
    ],
  };
}
