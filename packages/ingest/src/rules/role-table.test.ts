import { describe, expect, it } from 'vitest';
import { headRoleOf, holdersRoleOf, roleWithBody, readBodyHeadRow, readHoldersRow, readRoleHeader, readRoleRow, type RoleTable } from './role-table.js';

describe('readRoleHeader: a header whose holders\' column is titled by their post', () => {
  it.each([
    ['Агентство – Председатель', { role: 'Председатель', holder: 1, body: 0, cells: 2 }],
    ['Комитет – Руководитель', { role: 'Руководитель', holder: 1, body: 0, cells: 2 }],
    ['Служба – Директор – Примечание', { role: 'Директор', holder: 1, body: 0, cells: 3 }],
    ['Заместитель Председателя – Курируемая сфера', { role: 'Заместитель Председателя', holder: 0, body: null, cells: 2 }],
    ['Вице-премьер – Направление работы', { role: 'Вице-премьер', holder: 0, body: null, cells: 2 }],
    ['Советник – Вопросы', { role: 'Советник', holder: 0, body: null, cells: 2 }],
    ['Agency – Chairman', { role: 'Chairman', holder: 1, body: 0, cells: 2 }],
    ['Deputy Prime Minister – Portfolio area', { role: 'Deputy Prime Minister', holder: 0, body: null, cells: 2 }],
  ])('%j → %j', (text, table) => {
    expect(readRoleHeader(text)).toEqual(table);
  });

  it.each([
    // A row of a table, not its header: a name in a cell.
    ['Заместитель Председателя – Оразов Нурберды'],
    ['Агентство по водным ресурсам – Сапарова Айна'],
    // Two posts: the template's "Title – Title" line.
    ['Председатель – Президент Республики'],
    // A post with its body is a line's title, no column's.
    ['Министр юстиции – Курируемая сфера'],
    // No post at all, or one cell.
    ['Агентство – Сайт'],
    ['Председатель'],
    // A long cell is prose.
    ['Заместитель Председателя – сфера, которую он курирует с момента своего назначения в прошлом году'],
  ])('%j → null', (text) => {
    expect(readRoleHeader(text)).toBeNull();
  });
});

describe('readRoleRow: a row under such a header', () => {
  const deputies: RoleTable = { role: 'Заместитель Председателя', holder: 0, body: null, cells: 2 };
  const agencies: RoleTable = { role: 'Председатель', holder: 1, body: 0, cells: 2 };
  const english: RoleTable = { role: 'Deputy Prime Minister', holder: 0, body: null, cells: 2 };
  const presidents: RoleTable = { role: 'Президент', holder: 0, body: null, cells: 3 };
  it.each([
    [deputies, 'Оразов Нурберды – водное хозяйство', { body: null, line: 'Оразов Нурберды – Заместитель Председателя', title: 'Заместитель Председателя (водное хозяйство)', startDate: null, also: [] }],
    // The portfolio's date is the post's start; a post the cell names is a post of its own.
    [deputies, 'Аманова Гуля – связь и транспорт (с марта 2015 г.)', { body: null, line: 'Аманова Гуля – Заместитель Председателя', title: 'Заместитель Председателя (связь и транспорт)', startDate: '2015-03', also: [] }],
    [deputies, 'Ильин Пётр Саввич – правовая политика; одновременно Министр юстиции (с 2004 г.)', { body: null, line: 'Ильин Пётр Саввич – Заместитель Председателя', title: 'Заместитель Председателя (правовая политика)', startDate: null, also: ['Ильин Пётр Саввич – Министр юстиции (с 2004 г.)'] }],
    [agencies, 'Агентство по водным ресурсам – Сапарова Айна (с июня 2012 г.)', { body: 'Агентство по водным ресурсам', line: 'Сапарова Айна – Председатель', title: 'Председатель', startDate: '2012-06', also: [] }],
    [english, 'Tom Brand – energy and transport, also Minister of Energy', { body: null, line: 'Tom Brand – Deputy Prime Minister', title: 'Deputy Prime Minister (energy and transport)', startDate: null, also: ['Tom Brand – Minister of Energy'] }],
    // A term column gives the dates; a remark of dated events is no portfolio ("Президент – Срок полномочий – Примечание").
    [presidents, 'Ельцин Борис Николаевич – 1991–1999 – избран 12 июня 1991 года; переизбран 3 июля 1996 года (53,82%)', { body: null, line: 'Ельцин Борис Николаевич – Президент', title: 'Президент', startDate: '1991', endDate: '1999', also: [], remarks: ['Ельцин Борис Николаевич избран 12 июня 1991 года.', 'Ельцин Борис Николаевич переизбран 3 июля 1996 года (53,82%).'] }],
    [presidents, 'Медведев Дмитрий Анатольевич – с 2008 – избран 2 марта 2008 года (70,28%)', { body: null, line: 'Медведев Дмитрий Анатольевич – Президент', title: 'Президент', startDate: '2008', also: [], remarks: ['Медведев Дмитрий Анатольевич избран 2 марта 2008 года (70,28%).'] }],
    [presidents, 'Орлов Пётр – с марта 2004 г. – вступил в должность после выборов 14 марта 2004 года', { body: null, line: 'Орлов Пётр – Президент', title: 'Президент', startDate: '2004-03', also: [], remarks: ['Орлов Пётр вступил в должность после выборов 14 марта 2004 года.'] }],
    // A remark with a dash of its own: the dated post is a line of its own, the clauses after it the holder's sentences.
    [presidents, 'Путин Владимир Владимирович – 2000–2008 – с 31 декабря 1999 года – исполняющий обязанности Президента; избран 26 марта 2000 года (52,94%), переизбран 14 марта 2004 года (71,31%)', { body: null, line: 'Путин Владимир Владимирович – Президент', title: 'Президент', startDate: '2000', endDate: '2008', also: ['Путин Владимир Владимирович – исполняющий обязанности Президента (с 31 декабря 1999 года)'], remarks: ['Путин Владимир Владимирович избран 26 марта 2000 года (52,94%).', 'Путин Владимир Владимирович переизбран 14 марта 2004 года (71,31%).'] }],
    [presidents, 'Ельцин Борис Николаевич – 1991–1999 – досрочно сложил полномочия 31 декабря 1999 года', { body: null, line: 'Ельцин Борис Николаевич – Президент', title: 'Президент', startDate: '1991', endDate: '1999', also: [], remarks: ['Ельцин Борис Николаевич досрочно сложил полномочия 31 декабря 1999 года.'] }],
    // Invented: another order of clauses, a post dated from a month, two posts.
    [presidents, 'Сомов Ян Петрович – 2010–2015 – переизбран 3 мая 2012 года (61,2%); с июня 2009 года – Председатель Правительства', { body: null, line: 'Сомов Ян Петрович – Президент', title: 'Президент', startDate: '2010', endDate: '2015', also: ['Сомов Ян Петрович – Председатель Правительства (с июня 2009 года)'], remarks: ['Сомов Ян Петрович переизбран 3 мая 2012 года (61,2%).'] }],
    [presidents, 'Кан Ли – с 2016 – с 1 марта 2015 года – и.о. Президента; избран 5 июня 2016 года, умер 2 мая 2019 года', { body: null, line: 'Кан Ли – Президент', title: 'Президент', startDate: '2016', also: ['Кан Ли – и.о. Президента (с 1 марта 2015 года)'], remarks: ['Кан Ли избран 5 июня 2016 года.', 'Кан Ли умер 2 мая 2019 года.'] }],
    // Near miss: a dash in a remark whose right side is no post is no remark, so the row does not fit.
    [presidents, 'Кан Ли – с 2016 – с 1 марта 2015 года – в отставке; избран 5 июня 2016 года', null],
    // Near misses: a topic with no year stays the portfolio; a post the remark names is still read as its own.
    [presidents, 'Лис Инга – 2001–2005 – внешняя политика', { body: null, line: 'Лис Инга – Президент', title: 'Президент (внешняя политика)', startDate: '2001', endDate: '2005', also: [] }],
    [presidents, 'Лис Инга – 2001–2005 – реформы 2003 года; одновременно Министр юстиции (с 2004 г.)', { body: null, line: 'Лис Инга – Президент', title: 'Президент (реформы 2003 года)', startDate: '2001', endDate: '2005', also: ['Лис Инга – Министр юстиции (с 2004 г.)'] }],
  ])('%#: %j', (table, text, row) => {
    expect(readRoleRow(text, table)).toEqual(row);
  });

  it.each([
    // The holder's cell is no name; another number of cells.
    [deputies, 'водное хозяйство – Оразов Нурберды'],
    [deputies, 'Оразов Нурберды – водное хозяйство – 2015'],
    [agencies, 'по делам молодёжи – Сапарова Айна'],
  ])('%#: %j → null', (table, text) => {
    expect(readRoleRow(text, table)).toBeNull();
  });
});

describe('readBodyHeadRow: a header-less row of a body and its head', () => {
  it.each([
    ['Агентство по водным ресурсам – Сапарова Айна Мурадовна', 'Руководитель', { body: 'Агентство по водным ресурсам', line: 'Сапарова Айна Мурадовна – Руководитель', title: 'Руководитель', startDate: null, also: [] }],
    ['Национальное агентство связи – Дорохов Р.С. (с мая 2016 г.)', 'Председатель', { body: 'Национальное агентство связи', line: 'Дорохов Р.С. – Председатель', title: 'Председатель', startDate: '2016-05', also: [] }],
    ['Water Resources Agency – Lena Marsh', 'Head', { body: 'Water Resources Agency', line: 'Lena Marsh – Head', title: 'Head', startDate: null, also: [] }],
  ])('%j (%s) → %j', (text, role, row) => {
    expect(readBodyHeadRow(text, role)).toEqual(row);
  });

  it.each([
    // A post first: the template's "Title – Name" line, read elsewhere.
    ['Председатель Агентства – Сапарова Айна'],
    // Two bodies, or a body and a site.
    ['Правительство – Кабинет Министров'],
    ['Министерство связи – www.mincom.example'],
    // Three cells.
    ['Агентство связи – Дорохов Роман – 2016'],
  ])('%j → null', (text) => {
    expect(readBodyHeadRow(text, 'Руководитель')).toBeNull();
  });
});

describe('headRoleOf: the post a table\'s heading gives its bodies\' heads', () => {
  it.each([
    ['Агентства и их руководители', 'Агентство связи', 'Руководитель'],
    ['Председатели государственных комитетов', 'Комитет по туризму', 'Председатель'],
    ['Heads of agencies', 'Water Agency', 'Head'],
    ['Agency chairs', 'Water Agency', 'Chairman'],
    // No head's noun: the lexicon's head of a body.
    ['Агентства', 'Агентство связи', 'Руководитель'],
    [null, 'Water Agency', 'Head'],
  ])('%j → %s', (heading, sample, role) => {
    expect(headRoleOf(heading, sample)).toBe(role);
  });
});

describe('holdersRoleOf: a heading that names its list\'s post in the plural', () => {
  it.each([
    ['Полномочные представители Президента в областях', 'Полномочный представитель Президента'],
    ['Советники Президента', 'Советник Президента'],
    ['Постоянные представители Правительства по вопросам границы', 'Постоянный представитель Правительства'],
    ['Заместители', 'Заместитель'],
    ['Envoys of the President', 'Envoy'],
    ['Advisers to the Prime Minister', 'Adviser'],
    // Past holders listed back in time: the post and its country, the words after them no part of it.
    ['Премьер-министры Грузии после «революции роз»', 'Премьер-министр Грузии'],
    ['Председатели Правительства с 1991 года', 'Председатель Правительства'],
  ])('%j → %j', (heading, role) => {
    expect(holdersRoleOf(heading)).toBe(role);
  });

  it.each([
    // A singular post, a body, a list of sites or of groups: no holders' list.
    ['Советник Президента'],
    ['Агентства и их руководители'],
    ['Официальные сайты'],
    ['Региональные элиты'],
    ['Ministries'],
  ])('%j → null', (heading) => {
    expect(holdersRoleOf(heading)).toBeNull();
  });
});

describe('readHoldersRow: a line of the list under such a heading', () => {
  it.each([
    ['Северный округ – Лебедев Олег Ильич (с мая 2018 г.)', 'Полномочный представитель Президента', { body: null, line: 'Лебедев Олег Ильич – Полномочный представитель Президента', title: 'Полномочный представитель Президента (Северный округ)', startDate: '2018-05', also: [] }],
    ['Озёрная область – Рита Зорина', 'Советник Президента', { body: null, line: 'Рита Зорина – Советник Президента', title: 'Советник Президента (Озёрная область)', startDate: null, also: [] }],
    ['Far East district – Ada Lorne', 'Envoy', { body: null, line: 'Ada Lorne – Envoy', title: 'Envoy (Far East district)', startDate: null, also: [] }],
    // The holder first, what they cover after the dash.
    ['Лебедев Олег – Северный округ', 'Полномочный представитель Президента', { body: null, line: 'Лебедев Олег – Полномочный представитель Президента', title: 'Полномочный представитель Президента (Северный округ)', startDate: null, also: [] }],
    ['Нино Квеселава – по вопросам культуры', 'Советник Президента', { body: null, line: 'Нино Квеселава – Советник Президента', title: 'Советник Президента (по вопросам культуры)', startDate: null, also: [] }],
    // A name alone under the plural heading: the heading's post, with initials first or after, or in full.
    ['О.И. Лебедев;', 'Заместитель Руководителя Канцелярии', { body: null, line: 'О.И. Лебедев – Заместитель Руководителя Канцелярии', title: 'Заместитель Руководителя Канцелярии', startDate: null, also: [] }],
    ['Лебедев О.И.', 'Заместитель Руководителя Канцелярии', { body: null, line: 'Лебедев О.И. – Заместитель Руководителя Канцелярии', title: 'Заместитель Руководителя Канцелярии', startDate: null, also: [] }],
    ['Рита Зорина (с мая 2018 г.).', 'Советник Президента', { body: null, line: 'Рита Зорина – Советник Президента', title: 'Советник Президента', startDate: '2018-05', also: [] }],
    ['Ada Lorne', 'Envoy', { body: null, line: 'Ada Lorne – Envoy', title: 'Envoy', startDate: null, also: [] }],
    // A list of past holders: the holder, then the term (months, years, a day), a closing remark dropped.
    ['Зураб Жвания – февраль 2004 – февраль 2005 (погиб 3 февраля 2005 года)', 'Премьер-министр Грузии', { body: null, line: 'Зураб Жвания – Премьер-министр Грузии', title: 'Премьер-министр Грузии', startDate: '2004-02', endDate: '2005-02', also: [] }],
    ['Олег Лебедев – 12 мая 2001 г. – 3 июня 2004 г.;', 'Председатель Правительства', { body: null, line: 'Олег Лебедев – Председатель Правительства', title: 'Председатель Правительства', startDate: '2001-05-12', endDate: '2004-06-03', also: [] }],
    ['Лебедев О.И. – 1996–1999', 'Председатель Правительства', { body: null, line: 'Лебедев О.И. – Председатель Правительства', title: 'Председатель Правительства', startDate: '1996', endDate: '1999', also: [] }],
    ['Ada Lorne – March 2004 – June 2005', 'Prime Minister', { body: null, line: 'Ada Lorne – Prime Minister', title: 'Prime Minister', startDate: '2004-03', endDate: '2005-06', also: [] }],
  ])('%j (%s) → %j', (text, role, row) => {
    expect(readHoldersRow(text, role)).toEqual(row);
  });

  it.each([
    // A post first is the template's "Title – Name" line; a name first then a post its "Name – Title"; two names.
    ['Министр связи – Лебедев Олег'],
    ['Лебедев Олег – министр связи'],
    ['Лебедев Олег – Зорина Рита'],
    // A lower-case cell is prose; no name after the dash.
    ['по вопросам границы – Лебедев Олег'],
    ['Северный округ – вакансия'],
    // One cell that is no name: a body, a post, a sentence.
    ['Министерство связи;'],
    ['министр связи'],
    ['Все заместители назначаются Президентом.'],
    // A term after no name: a year's events, a body.
    ['Выборы – февраль 2004 – февраль 2005'],
    ['Министерство связи – 2004–2005'],
  ])('%j → null', (text) => {
    expect(readHoldersRow(text, 'Полномочный представитель Президента')).toBeNull();
  });
});

describe('roleWithBody: the post of a header with the body the text before the table gives it', () => {
  it.each([
    ['Заместитель Председателя', 'Каждый заместитель Председателя Совета Министров курирует свою сферу:', 'Заместитель Председателя Совета Министров'],
    ['Вице-премьер', 'Вице-премьер Правительства отвечает за направление:', 'Вице-премьер Правительства'],
    // A name after the post, or no post in the text: the header's post as written.
    ['Заместитель Председателя', 'Заместитель Председателя Иван Петров курирует связь.', 'Заместитель Председателя'],
    ['Заместитель Председателя', 'Распределение обязанностей:', 'Заместитель Председателя'],
  ])('%j after %j → %j', (role, before, expected) => {
    expect(roleWithBody(role, before)).toBe(expected);
  });
});
