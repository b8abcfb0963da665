/**
 * The words a profile's Markdown page adds around the page's own text (headings, column names,
 * list labels), in the page's language, so that a Russian page reads as Russian under its
 * `lang: ru`. A language with no catalog here gets English. Adding a language is adding a catalog
 * (and its rows in labels.test.ts); no section names a word of any language itself.
 */
export interface Labels {
  headings: {
    source: string;
    headOfState: string;
    elections: string;
    administration: string;
    advisoryBodies: string;
    government: string;
    cabinet: string;
    ministries: string;
    otherBodies: string;
    otherPosts: string;
    analysis: string;
    groups: string;
    surveyFigures: string;
    notes: string;
    materials: string;
    notUnderstood: string;
    sources: string;
  };
  columns: {
    role: string;
    person: string;
    since: string;
    predecessor: string;
    body: string;
    title: string;
    date: string;
    kind: string;
    who: string;
    voteShare: string;
    otherCandidates: string;
    term: string;
    office: string;
    outcome: string;
    /** The winner's count of votes. */
    votes: string;
    /** The election's turnout, in percent. */
    turnout: string;
    /** The event as the page names it. */
    eventTitle: string;
    name: string;
    category: string;
    localName: string;
    members: string;
    region: string;
    description: string;
    author: string;
    topic: string;
    subject: string;
    value: string;
    link: string;
    website: string;
    line: string;
    code: string;
    message: string;
    pageText: string;
  };
  /** An event's kind as a reader reads it (the model's `election`, `referendum`, `inauguration` …). */
  eventKind(kind: string): string;
  analysisLead: string;
  notesLead: string;
  otherPostsLead: string;
  /** The Role cell of a person the page names without a post. */
  noPost: string;
  /** What a body's block says when the page names it and nothing more. */
  noDetails: string;
  notUnderstoodLead(warnings: number): string;
  /** A survey figure's author when the page names none. */
  authorNotNamed: string;
  /** A rank's or a score's unit after its value and scale: "170 / 176 (rank)". */
  scaleUnits: { rank: string; points: string };
  /** A post the page gives as ended, marked so it never reads as the current one. */
  pastRole(role: string): string;
  since(date: string): string;
  until(date: string): string;
  precededBy(name: string): string;
  /** A table's tenure cell of an ended post. */
  tenure(start: string | null, end: string): string;
  founded: string;
  bodyPredecessor: string;
  succeededBy: string;
  partOf: string;
  alsoCalled: string;
  website: string;
  tasks: string;
  sourceFacts: {
    title: string;
    publisher: string;
    url: string;
    retrieved: string;
    latestDate: string;
    language: string;
    rawFile: string;
    notRecorded: string;
    noneFound: string;
  };
  retrievedOn(date: string): string;
  citesLead: string;
  /** "3 records, lines 10–40" */
  citedLines(records: number, first: number, last: number): string;
  /** A candidate's count of votes where the page gives no share: "24 votes", "24 голоса". */
  votesCount(votes: number): string;
}

const EN: Labels = {
  headings: {
    source: 'Source',
    headOfState: 'Head of state',
    elections: 'Elections and referendums',
    administration: 'Administration',
    advisoryBodies: 'Advisory bodies',
    government: 'Government',
    cabinet: 'Cabinet',
    ministries: 'Ministries and official sites',
    otherBodies: 'Other bodies',
    otherPosts: 'Other posts',
    analysis: 'Analysis',
    groups: 'Groups',
    surveyFigures: 'Figures (surveys and turnout)',
    notes: 'Notes',
    materials: 'Related materials',
    notUnderstood: 'Not understood',
    sources: 'Sources',
  },
  columns: {
    role: 'Role',
    person: 'Person',
    since: 'Since',
    predecessor: 'Predecessor',
    body: 'Body',
    title: 'Title',
    date: 'Date',
    kind: 'Kind',
    who: 'Who',
    voteShare: 'Vote share %',
    otherCandidates: 'Other candidates',
    term: 'Term (years)',
    office: 'Office',
    outcome: 'Outcome',
    votes: 'Votes',
    turnout: 'Turnout %',
    eventTitle: 'As the page names it',
    name: 'Name',
    category: 'Category',
    localName: 'Local name',
    members: 'Members',
    region: 'Region',
    description: 'Description',
    author: 'Author',
    topic: 'Topic',
    subject: 'Subject',
    value: 'Value %',
    link: 'Link',
    website: 'Website',
    line: 'Line',
    code: 'Code',
    message: 'Message',
    pageText: 'Page text',
  },
  eventKind: (kind) => kind,
  analysisLead: 'As the page writes it; the records read from these paragraphs follow.',
  notesLead: 'Text from the page that no rule turned into a record, kept as written.',
  otherPostsLead: 'Posts outside the bodies above, and people the page names without a post.',
  noPost: '(no post on this page)',
  noDetails: 'The page names this body without further details.',
  notUnderstoodLead: (n) =>
    `Text the ingest met on the page but could not read (${n === 1 ? 'one warning' : `${n} warnings`}); the sections above may lack what it says.`,
  authorNotNamed: 'not named',
  scaleUnits: { rank: 'rank', points: 'points' },
  pastRole: (role) => `${role} (past)`,
  since: (date) => `, since ${date}`,
  until: (date) => `, until ${date}`,
  precededBy: (name) => `; preceded by ${name}`,
  tenure: (start, end) => (start === null ? `until ${end}` : `${start}, until ${end}`),
  founded: 'Founded: ',
  bodyPredecessor: 'Predecessor: ',
  succeededBy: 'Succeeded by: ',
  partOf: 'Part of: ',
  alsoCalled: 'Also called: ',
  website: 'Website: ',
  tasks: 'Tasks:',
  sourceFacts: {
    title: 'Title: ',
    publisher: 'Publisher: ',
    url: 'URL: ',
    retrieved: 'Retrieved: ',
    latestDate: 'Latest date on the page: ',
    language: 'Language: ',
    rawFile: 'Raw file: ',
    notRecorded: 'not recorded',
    noneFound: 'none found',
  },
  retrievedOn: (date) => `, retrieved ${date}.`,
  citesLead: 'Every record above cites the lines it came from; the JSON model keeps each line range and quote.',
  citedLines: (n, first, last) => `${n} ${n === 1 ? 'record' : 'records'}, lines ${first}–${last}`,
  votesCount: (n) => `${n} ${n === 1 ? 'vote' : 'votes'}`,
};

/** A Russian noun's form for a count (one, few, many), by CLDR's plural rules. */
function russianCount(n: number, one: string, few: string, many: string): string {
  const form = new Intl.PluralRules('ru').select(n);
  return `${n} ${form === 'one' ? one : form === 'few' ? few : many}`;
}

const RU: Labels = {
  headings: {
    source: 'Источник',
    headOfState: 'Глава государства',
    elections: 'Выборы и референдумы',
    administration: 'Администрация',
    advisoryBodies: 'Консультативные органы',
    government: 'Правительство',
    cabinet: 'Состав правительства',
    ministries: 'Министерства и официальные сайты',
    otherBodies: 'Другие органы',
    otherPosts: 'Другие должности',
    analysis: 'Анализ',
    groups: 'Группы',
    surveyFigures: 'Данные опросов и явка',
    notes: 'Заметки',
    materials: 'Материалы по теме',
    notUnderstood: 'Не прочитано',
    sources: 'Источники',
  },
  columns: {
    role: 'Должность',
    person: 'Лицо',
    since: 'С',
    predecessor: 'Предшественник',
    body: 'Орган',
    title: 'Как на странице',
    date: 'Дата',
    kind: 'Вид',
    who: 'Кто',
    voteShare: 'Доля голосов, %',
    otherCandidates: 'Другие кандидаты',
    term: 'Срок (лет)',
    office: 'Пост',
    outcome: 'Итог',
    votes: 'Голосов',
    turnout: 'Явка, %',
    eventTitle: 'Как названо на странице',
    name: 'Название',
    category: 'Категория',
    localName: 'Местное название',
    members: 'Состав',
    region: 'Регион',
    description: 'Описание',
    author: 'Автор',
    topic: 'Тема',
    subject: 'Предмет',
    value: 'Значение, %',
    link: 'Ссылка',
    website: 'Сайт',
    line: 'Строка',
    code: 'Код',
    message: 'Сообщение',
    pageText: 'Текст страницы',
  },
  eventKind: (kind) =>
    ({ election: 'выборы', referendum: 'референдум', inauguration: 'вступление в должность', resignation: 'отставка', death: 'смерть', upheaval: 'переворот', decision: 'решение' })[kind] ?? kind,
  analysisLead: 'Как написано на странице; ниже — записи, прочитанные из этих абзацев.',
  notesLead: 'Текст страницы, который ни одно правило не превратило в запись, в том виде, как он написан.',
  otherPostsLead: 'Должности вне перечисленных выше органов и лица, которых страница называет без должности.',
  noPost: '(без должности на этой странице)',
  noDetails: 'Страница называет этот орган без подробностей.',
  notUnderstoodLead: (n) =>
    `Текст страницы, который не удалось прочитать (${russianCount(n, 'предупреждение', 'предупреждения', 'предупреждений')}); в разделах выше может не хватать того, что в нём сказано.`,
  authorNotNamed: 'не назван',
  scaleUnits: { rank: 'место', points: 'баллы' },
  pastRole: (role) => `${role} (в прошлом)`,
  since: (date) => `, с ${date}`,
  until: (date) => `, по ${date}`,
  precededBy: (name) => `; предшественник — ${name}`,
  tenure: (start, end) => (start === null ? `по ${end}` : `${start}, по ${end}`),
  founded: 'Образован: ',
  bodyPredecessor: 'Предшественник: ',
  succeededBy: 'Преемник: ',
  partOf: 'Входит в: ',
  alsoCalled: 'Другие названия: ',
  website: 'Сайт: ',
  tasks: 'Задачи:',
  sourceFacts: {
    title: 'Заголовок: ',
    publisher: 'Издатель: ',
    url: 'URL: ',
    retrieved: 'Получено: ',
    latestDate: 'Последняя дата на странице: ',
    language: 'Язык: ',
    rawFile: 'Исходный файл: ',
    notRecorded: 'не указано',
    noneFound: 'нет',
  },
  retrievedOn: (date) => `, получено ${date}.`,
  citesLead: 'Каждая запись выше ссылается на строки, из которых она прочитана; JSON-модель хранит диапазон строк и цитату каждой.',
  citedLines: (n, first, last) => `${russianCount(n, 'запись', 'записи', 'записей')}, строки ${first}–${last}`,
  votesCount: (n) => russianCount(n, 'голос', 'голоса', 'голосов'),
};

const CATALOGS: Readonly<Record<string, Labels>> = { en: EN, ru: RU };

/** The English catalog (the project's own pages, and any language without one). */
export const ENGLISH_LABELS: Labels = EN;

/**
 * The catalog for a page's BCP 47 language tag, by its primary subtag ("ru", "ru-RU", "RU"),
 * English when there is none.
 *
 * @example labelsFor('ru-RU').headings.government // 'Правительство'
 * @example labelsFor('kk').headings.government // 'Government'
 */
export function labelsFor(language: string): Labels {
  const primary = language.split('-')[0]!.toLowerCase();
  return CATALOGS[primary] ?? EN;
}
