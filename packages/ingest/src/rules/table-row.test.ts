import { describe, expect, it } from 'vitest';
import { compositionOf, readDatedRow, readTableHeader, readTableRow } from './table-row.js';

describe('readTableHeader: a header row that names its columns', () => {
  it.each([
    ['Должность – Ф.И.О. – Назначен', ['post', 'name', 'appointed']],
    // Beside a column of posts, the one cell that is a post's word titles the holders' column.
    ['Должность – Министр – Назначен', ['post', 'name', 'appointed']],
    ['Должность – Член правительства – Партия – Дата назначения', ['post', 'name', 'other', 'appointed']],
    ['Post – Minister – Appointed', ['post', 'name', 'appointed']],
    ['Ф.И.О. – Должность – Дата назначения', ['name', 'post', 'appointed']],
    ['ФИО – Занимаемая должность – На посту с', ['name', 'post', 'appointed']],
    ['№ – Фамилия, имя, отчество – Должность – Назначена', ['other', 'name', 'post', 'appointed']],
    ['Пост – Фамилия и имя – Партия', ['post', 'name', 'other']],
    ['Должность – Ф. И. О. – С', ['post', 'name', 'appointed']],
    ['Name – Post – Appointed', ['name', 'post', 'appointed']],
    ['Position – Full name – Date of appointment', ['post', 'name', 'appointed']],
    ['Portfolio – Name – In office since', ['post', 'name', 'appointed']],
    ['Name – Post', ['name', 'post']],
    ['Фамилия – Имя – Отчество – Должность', ['name', 'name', 'name', 'post']],
    ['Surname – First name – Office – Since', ['name', 'name', 'post', 'appointed']],
    // The name's parts in any order, joined by commas or "и".
    ['Должность – Имя, фамилия – Партия', ['post', 'name', 'other']],
    ['Имя и фамилия – Пост – Назначен', ['name', 'post', 'appointed']],
    ['Фамилия, имя – Портфель', ['name', 'post']],
    ['Имя, отчество, фамилия – Должность – С', ['name', 'post', 'appointed']],
    ['Фамилия и инициалы – Должность', ['name', 'post']],
  ])('%j → %j', (text, columns) => {
    expect(readTableHeader(text)).toEqual(columns);
  });

  it.each([
    // Near miss: two cells that are a post's word beside the posts' column name no one holders' column.
    ['Должность – Министр – Заместитель министра'],
    // A row of people, not of column names.
    ['Премьер-министр – Жолдошев Медер Токтогулович – 05.09.2012'],
    ['Prime Minister – Karim Massimov'],
    // A post column alone, or names with no post: no table of people.
    ['Должность – Назначен'],
    ['Имя – Фамилия – Партия'],
    // A name's word joined to another column's word is no name column.
    ['Имя, должность – Партия'],
    // One cell: no table.
    ['Ф.И.О.'],
    // A long cell is prose, whatever words it holds.
    ['Должность, которую он занимал до избрания в парламент – Ф.И.О. – Назначен'],
  ])('%j is no header', (text) => {
    expect(readTableHeader(text)).toBeNull();
  });
});

describe('readTableRow: a row read by its header\'s columns', () => {
  it.each([
    [['post', 'name', 'appointed'], 'Премьер-министр – Жолдошев Медер Токтогулович – 05.09.2012', 'Жолдошев Медер Токтогулович – Премьер-министр', '2012-09-05'],
    [['name', 'post', 'appointed'], 'Асель Нурланова – Министр юстиции – 3 марта 2014 г.', 'Асель Нурланова – Министр юстиции', '2014-03-03'],
    [['other', 'post', 'name', 'appointed'], '4 – И.о. министра финансов – Бекова Динара – 10.09.2012', 'Бекова Динара – И.о. министра финансов', '2012-09-10'],
    [['post', 'name', 'other'], 'Министр обороны – Таалай Омуров – СДПК', 'Таалай Омуров – Министр обороны', null],
    [['post', 'name', 'appointed'], 'Minister of Energy – Olzhas Kenzhebekov – March 5, 2012', 'Olzhas Kenzhebekov – Minister of Energy', '2012-03-05'],
    // A month and a year alone in the appointment column.
    [['post', 'name', 'appointed'], 'Министр иностранных дел – Сафаев Садык Салихович – 03.2003', 'Сафаев Садык Салихович – Министр иностранных дел', '2003-03'],
    [['name', 'post', 'appointed'], 'Бекова Динара – Министр финансов – 9.2011', 'Бекова Динара – Министр финансов', '2011-09'],
    [['post', 'name', 'appointed'], 'Minister of Energy – Olzhas Kenzhebekov – 11/2014', 'Olzhas Kenzhebekov – Minister of Energy', '2014-11'],
    // Near miss: no month 13, so no date.
    [['post', 'name', 'appointed'], 'Министр обороны – Таалай Омуров – 13.2012', 'Таалай Омуров – Министр обороны', null],
    // A remark column that opens with a term's start: the remark in brackets, for the plain line to read.
    [['post', 'name', 'other'], 'Премьер-министр – Гаврилица Наталья – с 6 августа 2021 года', 'Гаврилица Наталья – Премьер-министр (с 6 августа 2021 года)', null],
    [['name', 'post', 'other'], 'Ковач Анна – Министр юстиции – с 1 февраля 2022 года; сменила Петра Лиса', 'Ковач Анна – Министр юстиции (с 1 февраля 2022 года; сменила Петра Лиса)', null],
    [['post', 'name', 'other'], 'Minister of Energy – Olzhas Kenzhebekov – since 5 March 2012', 'Olzhas Kenzhebekov – Minister of Energy (since 5 March 2012)', null],
    // Near misses: a remark with no date, a party's cell opening with "с"-less text.
    [['post', 'name', 'other'], 'Министр обороны – Таалай Омуров – с согласия Парламента', 'Таалай Омуров – Министр обороны', null],
    [['post', 'name', 'other'], 'Министр обороны – Таалай Омуров – 2022 год', 'Таалай Омуров – Министр обороны', null],
    [['name', 'name', 'name', 'post'], 'Абдыкеримова – Айгуль – Маратовна – Министр труда', 'Абдыкеримова Айгуль Маратовна – Министр труда', null],
  ] as const)('%j: %j → %j, %j', (columns, text, line, startDate) => {
    expect(readTableRow(text, columns)).toEqual({ line, startDate });
  });

  it.each([
    // A cell the page left empty dropped out: the row reads as a plain line.
    [['post', 'name', 'appointed'], 'Министр обороны – Таалай Омуров'],
    // Two columns: the plain line reads it as the page wrote it.
    [['name', 'post'], 'Feliks Kulov – Prime Minister'],
  ] as const)('%j: %j is left to the plain line', (columns, text) => {
    expect(readTableRow(text, columns)).toBeNull();
  });
});

describe('readDatedRow: a row with no header whose last cell is a date', () => {
  it.each([
    ['Министр обороны – Таалай Омуров – 05.09.2012', 'Министр обороны – Таалай Омуров', '2012-09-05'],
    ['Бекова Динара Асановна – Министр финансов – 12 мая 2011 г.', 'Бекова Динара Асановна – Министр финансов', '2011-05-12'],
    ['Deputy Prime Minister – Aidar Kasymov – 2 February 2010', 'Deputy Prime Minister – Aidar Kasymov', '2010-02-02'],
  ])('%j → %j, %j', (text, line, startDate) => {
    expect(readDatedRow(text)).toEqual({ line, startDate });
  });

  it.each([
    // Two cells: a material's "Тема – 24.04.2014", not a table's row.
    ['Горячая тема – 25.10.2019'],
    // A last cell that says more than a date.
    ['Министр обороны – Таалай Омуров – назначен в 2012 году после отставки предшественника'],
    ['Министр обороны – Таалай Омуров – СДПК'],
  ])('%j is no dated row', (text) => {
    expect(readDatedRow(text)).toBeNull();
  });
});

describe('compositionOf: a caption that lists a body\'s members', () => {
  it.each([
    ['Состав Правительства (на 1 ноября 2001 г.)', 'Правительства'],
    ['Состав Кабинета министров', 'Кабинета министров'],
    ['Члены Совета безопасности:', 'Совета безопасности'],
    ['Список членов Государственного совета (март 2015 г.)', 'Государственного совета'],
    ['Composition of the Government (as of 1 March 2014)', 'Government'],
    ['Members of the Security Council', 'Security Council'],
  ])('%j → %j', (heading, body) => {
    expect(compositionOf(heading)).toBe(body);
  });

  it.each([
    // A body's own name, a topic, a lower-case word after the noun.
    ['Правительство Российской Федерации'],
    ['Состав и порядок формирования'],
    ['Составы правительств'],
    ['Composition and powers'],
  ])('%j lists no body', (heading) => {
    expect(compositionOf(heading)).toBeNull();
  });
});
