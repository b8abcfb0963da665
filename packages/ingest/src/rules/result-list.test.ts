import { describe, expect, it } from 'vitest';
import { electionHeadingDate, findResultLists, readDatedLine, readDatedRow, readResultLine, readResultList, type DatedRow, type ListBlock } from './result-list.js';

describe('readResultLine', () => {
  it.each<[string, [string, number] | null]>([
    // A name, a dash, the share; a count after it in parentheses, the line's own punctuation.
    ['Сидоренко Артём Павлович – 61,3% (1 204 558 голосов);', ['Сидоренко Артём Павлович', 61.3]],
    ['Лейла Гасанова – 12,05 % (98 112 голоса)', ['Лейла Гасанова', 12.05]],
    ['Marta Kowalczyk – 44.7% (2,310,402 votes)', ['Marta Kowalczyk', 44.7]],
    // Initials before or after the family name; a vote's word after the share.
    ['О. Р. Мамедкулиев – 88,1% голосов;', ['О. Р. Мамедкулиев', 88.1]],
    ['Т.Б. Оразова – 4,2%', ['Т.Б. Оразова', 4.2]],
    ['Ковальчук Д.С. – 7,90% (301 442 голоса);', ['Ковальчук Д.С.', 7.9]],
    ['Берёзкин О. В. – 2,5%', ['Берёзкин О. В.', 2.5]],
    ['J. R. Haller – 51.2%', ['J. R. Haller', 51.2]],
    // A party between the name and the share: in parentheses or quotes.
    ['Нино Абуладзе (Партия зелёных) – 21,6%', ['Нино Абуладзе', 21.6]],
    ['Эльдар Кулиев («Народный союз») — 9,75%;', ['Эльдар Кулиев', 9.75]],
    ['Ruta Kalnina ("Unity List") - 33.1%', ['Ruta Kalnina', 33.1]],
    ['К. Абдыкадыров (независимый кандидат, поддержанный «Союзом правых») – 3,33%', ['К. Абдыкадыров', 3.33]],
    // A colon for the dash; the count first, the share in parentheses.
    ['Иван Гром: 18,2%', ['Иван Гром', 18.2]],
    ['Тарас Ничипорук – 2 004 117 голосов (36,8%)', ['Тарас Ничипорук', 36.8]],
    ['Ana Ionescu – 1,120,300 votes (28.4%)', ['Ana Ionescu', 28.4]],
    // A remark after a comma before the dash: a party, a bloc, a post.
    ['Жаркынбек Оразалиев Серикович, блок «Новый путь» – 7,12%;', ['Жаркынбек Оразалиев Серикович', 7.12]],
    ['Мирон Лазарчук Павлович, единый кандидат левых сил – 11,4% (402 118 голосов);', ['Мирон Лазарчук Павлович', 11.4]],
    ['Ашот Гаспарян, бывший Премьер-министр (2001–2004 гг.) – 101 202 голоса (9,8%);', ['Ашот Гаспарян', 9.8]],
    ['Тамаз Квирия, партия «Очаг» – 55 810 (4,06%);', ['Тамаз Квирия', 4.06]],
    ['Jonas Vilk, Farmers\' Union – 6.4%', ['Jonas Vilk', 6.4]],
    // A father's particle among the name's words, either order.
    ['Асан уулу Бакыт – 3,78%;', ['Асан уулу Бакыт', 3.78]],
    ['Гусейн оглы Мамедов – 2,1%', ['Гусейн оглы Мамедов', 2.1]],
    // A count, a comma, the share.
    ['Фарид Юсупов (НДП «Ватан») – 603 283 голоса, 4,71%;', ['Фарид Юсупов', 4.71]],
    ['Lena Holm (Centre) – 41,300 votes, 3.2%', ['Lena Holm', 3.2]],
    ['Иван Гром – 12 районов, 40%', null],
    // Near misses: no person at the line's head, a share of another kind, no share.
    ['Иван Гром, 1950 г.р. – 5%', null],
    ['Иван Гром, лидер партии – 12 районов (40%)', null],
    ['остальные шесть кандидатов – менее 0,5% каждый.', null],
    ['против всех – 3,7%', null],
    ['Против всех – 3,7%', null],
    ['Недействительные бюллетени – 1,9%', null],
    ['Народная партия – 41,2%', null],
    ['Democratic Party – 12%', null],
    ['Иван Гром – менее 0,4%', null],
    ['Иван Гром – 12 районов (40%)', null],
    ['Иван Гром – Министр финансов', null],
    ['Иван Гром – 20.06.2018', null],
  ])('should read %j', (line, expected) => {
    const found = readResultLine(line);
    expect(found ? [found.name, found.voteShare] : null).toEqual(expected);
  });

  it.each<[string, number, [string, number] | null]>([
    // A table's row by its share column; the party in the name's cell.
    ['Гусейнов Р.А. (самовыдвижение) – 58,40 – 3 001 224', 1, ['Гусейнов Р.А.', 58.4]],
    ['Pavel Dvorak – Civic Bloc – 17.25 – 402,118', 2, ['Pavel Dvorak', 17.25]],
    ['Лиана Ованесян («Рассвет») – 6,02%', 1, ['Лиана Ованесян', 6.02]],
    // Near misses: a body in the name's cell, words in the share's, the name's own column.
    ['Аграрная партия – 3,1 – 120 000', 1, null],
    ['Гусейнов Р.А. – нет данных – 3 001 224', 1, null],
    ['Гусейнов Р.А. – 58,40', 0, null],
  ])('should read the row %j by column %d', (line, column, expected) => {
    const found = readResultLine(line, column);
    expect(found ? [found.name, found.voteShare] : null).toEqual(expected);
  });
});

describe('electionHeadingDate', () => {
  it.each<[string, string | null]>([
    ['Внеочередные президентские выборы 7 мая 2014 года', '2014-05-07'],
    ['Выборы 20 января 2019 г.', '2019-01-20'],
    ['Второй тур 14.11.2010', '2010-11-14'],
    ['Presidential election of 9 October 2016', '2016-10-09'],
    ['Parliamentary elections, March 2013', '2013-03'],
    // Near misses: a year alone, no election, a sentence of prose with a share.
    ['Президентские выборы 2018 г.', null],
    ['Правительство с 12 марта 2015 года', null],
    ['Выборы 5 марта 2012 г.: Игорь Лис получил 63,6% голосов.', null],
    ['После отставки кабинета 4 апреля 2016 года досрочные выборы состоялись в срок, предусмотренный Конституцией страны, и прошли спокойно.', null],
  ])('should date %j', (text, expected) => {
    expect(electionHeadingDate(text)).toBe(expected);
  });
});

describe('readResultList', () => {
  const lines = ['Оразов Бахтияр Сапарович – 90,2% (2 001 337 голосов);', 'Н. Чарыева (Аграрная партия) – 5,1%;', 'К. Мурадов – 1,3%;', 'остальные три кандидата – менее 1% каждый.'];

  it('should read a dated heading\'s list as its election, the top share the winner', () => {
    const e = readResultList({ heading: 'Досрочные выборы 9 июня 2013 года', lead: 'Явка составила 91,4%. Итоги:', lines });
    expect([e?.date, e?.person, e?.voteShare, e?.others]).toEqual(['2013-06-09', 'Оразов Бахтияр Сапарович', 90.2, [{ name: 'Н. Чарыева', voteShare: 5.1 }, { name: 'К. Мурадов', voteShare: 1.3 }]]);
  });

  it('should give the election the winner\'s count from their line and the turnout of its heading or lead-in', () => {
    const e = readResultList({ heading: 'Досрочные выборы 9 июня 2013 года', lead: 'Явка составила 91,4%. Итоги:', lines });
    expect([e?.votes, e?.turnout]).toEqual([2001337, 91.4]);
    const none = readResultList({ heading: 'Выборы 9 июня 2013 года', lead: null, lines: lines.slice(1, 3) });
    expect([none?.votes, none?.turnout]).toEqual([null, null]);
  });

  it('should read a lead-in\'s round nobody won as a round with every candidate and no winner', () => {
    const lead = 'Выборы прошли в два тура. В первом туре 2 марта 2014 года ни один из 18 кандидатов не набрал более половины голосов:';
    const e = readResultList({ heading: null, lead, lines: ['Ганна Шевчук – 34,1% (4 001 220 голосов)', 'Остап Лисенко – 29,9% (3 500 101 голос)'] });
    expect([e?.date, e?.person, e?.others.map((o) => o.name)]).toEqual(['2014-03-02', null, ['Ганна Шевчук', 'Остап Лисенко']]);
  });

  it('should date a list by its lead-in\'s last sentence when no heading does', () => {
    const e = readResultList({ heading: null, lead: 'Явка составила 71%. Итоги выборов 5 марта 2015 года:', lines: lines.slice(0, 2) });
    expect([e?.date, e?.person, e?.others.map((o) => o.name)]).toEqual(['2015-03-05', 'Оразов Бахтияр Сапарович', ['Н. Чарыева']]);
  });

  it.each<[string, string, string]>([
    // The lead-in's one dated sentence of a vote, wherever it stands in it; the turnout of another.
    ['the first sentence', 'Досрочные выборы Президента прошли 9 июня 2019 года. Явка избирателей составила 77,5 %. Победу одержал Б. Оразов.', '2019-06-09'],
    ['a middle sentence', 'Срок полномочий истёк в 2012 году. Голосование состоялось 12.02.2012, явка – 77,5%. Итоги:', '2012-02-12'],
    ['English prose', 'The election was held on 9 June 2019 with a turnout of 77.5%. The winner took office a week later.', '2019-06-09'],
  ])('should date a list by its lead-in\'s one dated vote in %s', (_, lead, date) => {
    const e = readResultList({ heading: null, lead, lines: lines.slice(0, 2) });
    expect([e?.date, e?.person, e?.turnout]).toEqual([date, 'Оразов Бахтияр Сапарович', 77.5]);
  });

  it.each<[string, string | null, string, readonly string[], string | null]>([
    ['a first round short of half', null, 'Первый тур выборов прошёл 31.10.2004, явка – 74,9 %. Основные кандидаты получили:', ['Ганна Шевчук – 39,9%', 'Остап Лисенко – 39,3%'], null],
    ['a first round in the heading', 'Первый тур, 12 мая 2013 года', 'Итоги:', ['Ганна Шевчук – 44,1%', 'Остап Лисенко – 29,3%'], null],
    ['an English first round', null, 'The first round was held on 12 May 2013:', ['Anna Berg – 41.0%', 'Olaf Lind – 39.5%'], null],
    ['a first round won outright', null, 'Первый тур выборов прошёл 31.10.2004:', ['Ганна Шевчук – 59,9%', 'Остап Лисенко – 30,3%'], 'Ганна Шевчук'],
    ['a second round short of half', null, 'Второй тур прошёл 21.11.2004:', ['Ганна Шевчук – 49,5%', 'Остап Лисенко – 46,6%'], 'Ганна Шевчук'],
  ])('should read %s', (_, heading, lead, list, winner) => {
    const e = readResultList({ heading, lead, lines: list });
    expect([e?.person, e?.others.length]).toEqual([winner, winner ? 1 : 2]);
  });

  it.each<[string, string]>([
    ['two votes of two dates', 'Выборы прошли 9 июня 2013 года. Предыдущие выборы состоялись 4 декабря 2005 года. Итоги:'],
    ['a date of no vote', 'Указ подписан 9 июня 2013 года. Кандидаты получили:'],
    ['a winner\'s share of its own', 'На выборах 15.10.2008 Б. Оразов был переизбран, набрав 88,7% голосов (явка составила 75,6%). Соперники получили:'],
    ['an English winner\'s share', 'On 9 June 2019 B. Orazov won with 70.1% of the vote. His rivals received:'],
  ])('should not date a list by a lead-in with %s', (_, lead) => {
    expect(readResultList({ heading: null, lead, lines: lines.slice(0, 2) })).toBeNull();
  });

  it.each<[string, string, readonly string[], string, number]>([
    // The lead-in's winner and share are the list's top line: the whole list is that election's.
    ['the list\'s top share', 'Очередные президентские выборы прошли 19 февраля 2008 г. Уже в первом туре победил Серж Саргсян: за него проголосовали 52,82% избирателей. Итоги голосования:', ['Серж Саргсян – 52,82%', 'Левон Тер-Петросян – 21,5%'], 'Серж Саргсян', 1],
    ['another wording', 'Выборы состоялись 3 мая 2015 г. Победил Пётр Лес, набравший 61,3 % голосов. Результаты:', ['Пётр Лес – 61,3 %', 'Иван Гром – 30,1 %', 'Олег Сом – 8,6 %'], 'Пётр Лес', 2],
    ['English prose', 'The election took place on 3 May 2015. Anna Berg won with 58.2% of the vote. Results:', ['Anna Berg – 58.2%', 'Olaf Lind – 39.5%'], 'Anna Berg', 1],
    ['the top share beside figures the list does not give', 'Выборы состоялись 20 ноября 2022 года при явке 69,44%. Иван Гром одержал победу, набрав 81,31% голосов; соперники в сумме получили менее 13%, ещё 5,80% проголосовали «против всех».', ['Иван Гром – 81,31 %', 'Пётр Лес – 3,42 %', 'Олег Сом – 2,53 %'], 'Иван Гром', 2],
  ])('should date a list by a lead-in whose share is %s', (_, lead, list, winner, others) => {
    const e = readResultList({ heading: null, lead, lines: list });
    expect([e?.person, e?.others.length]).toEqual([winner, others]);
  });

  it('should not date a list by a lead-in whose share the list lacks', () => {
    const lead = 'Выборы состоялись 3 мая 2015 г. Победил Пётр Лес, набравший 61,3 % голосов. Результаты:';
    expect(readResultList({ heading: null, lead, lines: ['Пётр Лес – 60,3 %', 'Иван Гром – 30,1 %'] })).toBeNull();
  });

  it('should date a round nobody won by the sentence before the one that says so', () => {
    const lead = 'First round: 12 May 2013. No candidate received the majority needed.';
    const e = readResultList({ heading: 'Presidential election 2013', lead, lines: ['Anna Berg – 41.0%', 'Olaf Lind – 39.5%'] });
    expect([e?.date, e?.person]).toEqual(['2013-05-12', null]);
  });

  it.each<[string, string | null, string | null, readonly string[]]>([
    ['no date', 'Итоги выборов', 'Итоги:', lines],
    ['one candidate', 'Выборы 9 июня 2013 года', null, lines.slice(0, 1)],
    ['a tie at the top', 'Выборы 9 июня 2013 года', null, ['Иван Гром – 40%', 'Пётр Лес – 40%']],
    ['a year alone', 'Президентские выборы 2013 г.', null, lines],
    ['a survey of voters', 'Опрос избирателей 2 июня 2013 года', 'Кому вы доверяете?', lines],
    ['a poll before an election', 'Election of 9 June 2013', 'A poll of 1,200 respondents found:', lines],
  ])('should read no election with %s', (_, heading, lead, list) => {
    expect(readResultList({ heading, lead, lines: list })).toBeNull();
  });

  // A list of the rest: the others of the election of its date, no winner of its own (not the list's top share).
  it.each<[string, string | null, string, string]>([
    ['the rest after a winner', 'Выборы 9 июня 2013 года', 'Победил Бахтияр Оразов (90,2%). Результаты остальных кандидатов:', '2013-06-09'],
    ['the rest besides one named', null, 'Выборы прошли 9 июня 2013 года при явке 80%. Кроме Оразова, в бюллетень были включены три кандидата:', '2013-06-09'],
    ['other candidates', null, 'Голосование прошло 9 июня 2013 года. Другие кандидаты получили:', '2013-06-09'],
    ['the other candidates', 'Election of 9 June 2013', 'Anna Berg won with 61%. The other candidates received:', '2013-06-09'],
    ['the rest besides one named in English', null, 'The election was held on 9 June 2013. Besides Anna Berg, the ballot listed:', '2013-06-09'],
    ['the rivals\' results', 'Выборы 9 июня 2013 года', 'Результаты соперников действующего Президента:', '2013-06-09'],
    ['the results of the rivals', 'Election of 9 June 2013', 'The results of his rivals:', '2013-06-09'],
    ['his rivals after the winner', null, 'На выборах 9 июня 2013 г. Бахтияр Оразов получил 90,2% голосов. Его соперники:', '2013-06-09'],
    ['her rivals in English', null, 'In the election of 9 June 2013 Anna Berg won 61%. Her rivals:', '2013-06-09'],
  ])('should read %s as the rest of an election', (_, heading, lead, date) => {
    const e = readResultList({ heading, lead, lines });
    expect([e?.date, e?.person, e?.restOf, e?.others.map((o) => o.name)]).toEqual([date, null, true, ['Оразов Бахтияр Сапарович', 'Н. Чарыева', 'К. Мурадов']]);
  });

  it('should date a list of the rest by the paragraph above its lead-in', () => {
    const e = readResultList({ heading: null, lead: 'Результаты соперников:', above: 'Выборы состоялись 9 июня 2013 года. Явка – 80%.', lines });
    expect([e?.date, e?.restOf]).toEqual(['2013-06-09', true]);
  });

  it.each<[string, string]>([
    ['"Кроме того" is no candidate', 'Выборы прошли 9 июня 2013 года. Кроме того, итоги:'],
  ])('should read the list as a decided election where %s', (_, lead) => {
    expect(readResultList({ heading: null, lead, lines })?.restOf).toBeUndefined();
  });
});

describe('readDatedLine', () => {
  it.each<[string, { date: string; voteShare: number } | null]>([
    ['3 марта 1996 г. – 81,2% голосов (единственный кандидат);', { date: '1996-03-03', voteShare: 81.2 }],
    ['12 ноября 2003 года – 64,05%;', { date: '2003-11-12', voteShare: 64.05 }],
    ['14 April 2002 – 71.3% of the vote', { date: '2002-04-14', voteShare: 71.3 }],
    // Near misses: a year alone, a date that does not open the line, no dash before the share.
    ['1996 г. – 81,2%', null],
    ['выборы 3 марта 1996 г. – 81,2%', null],
    ['3 марта 1996 г. явка 81,2%', null],
  ])('should read %j', (line, expected) => {
    expect(readDatedLine(line)).toEqual(expected);
  });
});

describe('readDatedRow', () => {
  const won = (date: string, person: string, voteShare: number | null, votes: number | null = null) => ({ date, person, voteShare, votes, elected: true });
  it.each<[string, number | null, DatedRow | null]>([
    ['15.10.2003 – Ильхам Алиев – 76,84%', null, won('2003-10-15', 'Ильхам Алиев', 76.84)],
    ['9 октября 2013 г. – Гром Иван Петрович – 84,5 %', null, won('2013-10-09', 'Гром Иван Петрович', 84.5)],
    ['Mira Holm – 52.4% – 6 March 2022', null, won('2022-03-06', 'Mira Holm', 52.4)],
    ['март 2004 — Пётр Лес (Народная партия) — 71%', null, won('2004-03', 'Пётр Лес', 71)],
    // A body's vote: a count in the column the header names, and a result's cell.
    ['16.03.2012 – Тимофти Николае (беспартийный) – 62 – избран', 2, won('2012-03-16', 'Тимофти Николае', null, 62)],
    ['20.05.2009 – Гречаный Зинаида (ПКРМ) – 60 – не избрана', 2, { date: '2009-05-20', person: 'Гречаный Зинаида', voteShare: null, votes: 60, elected: false }],
    ['4 April 2005 – Vlad Moraru – 75 – re-elected', 2, won('2005-04-04', 'Vlad Moraru', null, 75)],
    ['4 April 2005 – Vlad Moraru – 58 – not elected', 2, { date: '2005-04-04', person: 'Vlad Moraru', voteShare: null, votes: 58, elected: false }],
    // Near misses: a year alone, two shares (a turnout beside), a post for a name, no share's sign, a count in no votes' column.
    ['2003 – Ильхам Алиев – 76,84%', null, null],
    ['15.10.2003 – Ильхам Алиев – 76,84% – 75,1%', null, null],
    ['15.10.2003 – Министр финансов – 76,84%', null, null],
    ['15.10.2003 – Ильхам Алиев – 76,84', null, null],
    ['16.03.2012 – Тимофти Николае – 62 – избран', null, null],
  ])('should read %j', (line, countColumn, expected) => {
    expect(readDatedRow(line, countColumn)).toEqual(expected);
  });
});

describe('findResultLists', () => {
  const block = (kind: ListBlock['kind'], text: string): ListBlock => ({ kind, text });

  // One person's elections listed after a lead-in that says so: an election a dated line.
  it.each<[string, string[], Array<[string, string, number]>]>([
    ['Иван Гром избирался на пост Президента дважды:', ['3 марта 1996 г. – 81,2% голосов;', '12 ноября 2003 г. – 64,05%.'], [['1996-03-03', 'Иван Гром', 81.2], ['2003-11-12', 'Иван Гром', 64.05]]],
    ['Айгуль Сейткали Маратовна была избрана главой государства трижды:', ['5 мая 2001 года – 70,1%;', '6 мая 2006 года – 75%;', '7 мая 2011 года – 80,4%.'], [['2001-05-05', 'Айгуль Сейткали Маратовна', 70.1], ['2006-05-06', 'Айгуль Сейткали Маратовна', 75], ['2011-05-07', 'Айгуль Сейткали Маратовна', 80.4]]],
    ['Marek Dvorak was elected President three times:', ['14 April 2002 – 71.3%', '9 May 2007 – 66%'], [['2002-04-14', 'Marek Dvorak', 71.3], ['2007-05-09', 'Marek Dvorak', 66]]],
    // Near misses: no election's verb, no colon, lines that are no dated results.
    ['Иван Гром занимал пост Президента дважды:', ['3 марта 1996 г. – 81,2% голосов;', '12 ноября 2003 г. – 64,05%.'], []],
    ['Иван Гром избирался на пост Президента дважды.', ['3 марта 1996 г. – 81,2% голосов;', '12 ноября 2003 г. – 64,05%.'], []],
    ['Иван Гром избирался на пост Президента дважды:', ['в 1996 году – 81,2%;', 'Министр финансов – Пётр Лес'], []],
  ])('should read the elections after %j', (lead, lines, expected) => {
    const found = findResultLists([block('paragraph', lead), ...lines.map((l) => block('item', l))]);
    expect(found.map(({ election: e }) => [e.date, e.person, e.voteShare])).toEqual(expected);
  });

  // A table of elections, one a row, under a caption (and a header row) that speaks of votes.
  it.each<[string, ListBlock[], Array<[string, string | null, number | null]>]>([
    ['a caption and a header row', [block('paragraph', 'Результаты президентских выборов (по данным ЦИК)'), block('heading', 'Дата – Победитель – Голосов «за»'), block('paragraph', '15.10.2003 – Ильхам Алиев – 76,84%'), block('break', ''), block('paragraph', '09.10.2013 – Ильхам Алиев – 84,54%')], [['2003-10-15', 'Ильхам Алиев', 76.84], ['2013-10-09', 'Ильхам Алиев', 84.54]]],
    ['a heading of elections', [block('heading', 'Presidential elections'), block('paragraph', 'Mira Holm – 52.4% – 6 March 2022'), block('paragraph', 'Jonas Vik – 61% – 2 April 2017')], [['2022-03-06', 'Mira Holm', 52.4], ['2017-04-02', 'Jonas Vik', 61]]],
    ['a header of counts', [block('paragraph', 'Избрание президента в Парламенте'), block('heading', 'Дата – Кандидат – Голосов «за» – Итог'), block('paragraph', '20.05.2009 – Гречаный Зинаида (ПКРМ) – 60 – не избрана'), block('paragraph', '16.03.2012 – Тимофти Николае (беспартийный) – 62 – избран')], [['2009-05-20', null, null], ['2012-03-16', 'Тимофти Николае', null]]],
    // Near misses: a survey's table, a title of no votes, rows after prose.
    ['a survey', [block('heading', 'Рейтинг доверия (опрос, голоса респондентов)'), block('paragraph', '15.10.2003 – Ильхам Алиев – 76,84%')], []],
    ['no votes', [block('heading', 'Назначения'), block('paragraph', '15.10.2003 – Ильхам Алиев – 76,84%')], []],
    ['after prose', [block('paragraph', 'Выборы прошли при явке 70 %, и наблюдатели отметили множество нарушений на участках по всей стране в тот день.'), block('paragraph', '15.10.2003 – Ильхам Алиев – 76,84%')], []],
  ])('should read a dated table under %s', (_, blocks, expected) => {
    const found = findResultLists(blocks);
    expect(found.map(({ election: e }) => [e.date, e.person, e.voteShare])).toEqual(expected);
    expect(found.every(({ election, blocks: from }) => from.length === 1 && from[0]!.text === election.text)).toBe(true);
  });

  // A results table whose header names the share column: its rows are figures too (`shareTable`); a list or a table of counts is not.
  it.each<[string, ListBlock[], Array<boolean>]>([
    ['a table of shares', [block('heading', 'Итоги выборов Президента 15 октября 2017 г. (по данным ЦИК)'), block('paragraph', 'Кандидат – Голосов, %'), block('paragraph', 'Жээнбеков Сооронбай – 54,22'), block('paragraph', 'Бабанов Омурбек – 33,49')], [true]],
    ['a table of shares in English', [block('heading', 'Presidential election of 9 October 2016'), block('paragraph', 'Candidate – %'), block('paragraph', 'Mira Holm – 52.4'), block('paragraph', 'Jonas Vik – 40.1')], [true]],
    ['a list', [block('heading', 'Выборы 3 марта 2024 г.'), block('item', 'А. Б. Саидов – 84,3% голосов;'), block('item', 'В. Каримова – 6,1%;')], [false]],
  ])('should mark %s', (_, blocks, expected) => {
    expect(findResultLists(blocks).map((r) => r.shareTable === true)).toEqual(expected);
  });

  it('should give a body\'s vote its count, and a vote nobody won its candidate as its one', () => {
    const blocks = [block('paragraph', 'Election of the President by Parliament'), block('heading', 'Date – Candidate – Votes – Result'), block('paragraph', '20 May 2009 – Vlad Moraru – 60 – not elected'), block('paragraph', '16 March 2012 – Ana Rusu – 62 – elected')];
    expect(findResultLists(blocks).map(({ election: e }) => [e.person, e.votes, e.others])).toEqual([
      [null, null, [{ name: 'Vlad Moraru', voteShare: null, votes: 60 }]],
      ['Ana Rusu', 62, []],
    ]);
  });

  it('should read a list under a title line and its lead-in, past a line that names no one', () => {
    const blocks = [
      block('paragraph', 'Президент избирается на семь лет.'),
      block('paragraph', 'Выборы 3 марта 2024 г.'),
      block('paragraph', 'Явка составила 88%. Итоги:'),
      block('item', 'А. Б. Саидов – 84,3% голосов;'),
      block('item', 'В. Каримова (Народная партия) – 6,1%;'),
      block('item', 'остальные кандидаты – менее 2% каждый.'),
      block('paragraph', '10 марта 2024 г. Саидов принёс присягу.'),
    ];
    const [found, ...rest] = findResultLists(blocks);
    expect(rest).toEqual([]);
    expect([found?.election.date, found?.election.person, found?.election.others.map((o) => o.name), found?.blocks.length]).toEqual(['2024-03-03', 'А. Б. Саидов', ['В. Каримова'], 4]);
  });

  it('should read a table\'s rows by the share column its header row names', () => {
    const blocks = [
      block('heading', 'Election of 6 March 2022'),
      block('paragraph', 'Turnout was 61%.'),
      block('heading', 'Candidate – Party – % – Votes'),
      block('paragraph', 'Mira Holm – Green List – 52.4 – 1,020,300'),
      block('paragraph', 'Jonas Vik – Centre – 40.1 – 780,112'),
    ];
    const [found] = findResultLists(blocks);
    expect([found?.election.date, found?.election.person, found?.election.voteShare, found?.election.others]).toEqual(['2022-03-06', 'Mira Holm', 52.4, [{ name: 'Jonas Vik', voteShare: 40.1 }]]);
  });

  it.each<[string, ListBlock[], [string, string | null, number | null, Array<[string, number | null | undefined]>]]>([
    [
      'a body\'s vote won by the top count, the votes it needs stated on the page',
      [block('paragraph', 'Избранным считается кандидат, получивший не менее 51 голоса из 100.'), block('heading', 'Выборы президента в Сейме, 29.05.2019'), block('heading', 'Кандидат – Голосов «за»'), block('paragraph', 'Эгил Левит, судья Суда Европейского союза – 61'), block('paragraph', 'Дидзис Шмитс, депутат Сейма (KPV LV) – 24'), block('paragraph', 'Юрис Янсонс, омбудсмен – 8')],
      ['2019-05-29', 'Эгил Левит', 61, [['Дидзис Шмитс', 24], ['Юрис Янсонс', 8]]],
    ],
    [
      'a first round whose top count is short of half the votes cast',
      [block('heading', 'Первый тур голосования в Сейме, 3 июня 2015 года'), block('heading', 'Кандидат – Кем выдвинут – Голосов «за»'), block('paragraph', 'Раймондс Вейонис – Союз зелёных и крестьян – 41'), block('paragraph', 'Эгилс Левитс – Национальное объединение – 24'), block('paragraph', 'Сергей Долгополов – «Согласие» – 17'), block('paragraph', 'Мартиньш Бондарс – Латвийское объединение регионов – 8')],
      ['2015-06-03', null, null, [['Раймондс Вейонис', 41], ['Эгилс Левитс', 24], ['Сергей Долгополов', 17], ['Мартиньш Бондарс', 8]]],
    ],
    [
      'a round of a 100-seat body whose top count falls short of the 51 it needs',
      [block('paragraph', 'Для избрания необходимо не менее 51 голоса из 100.'), block('heading', 'Второй тур голосования в Сейме, 3 июня 2015 года'), block('heading', 'Кандидат – Голосов «за»'), block('paragraph', 'Раймондс Вейонис – 46'), block('paragraph', 'Эгилс Левитс – 27')],
      ['2015-06-03', null, null, [['Раймондс Вейонис', 46], ['Эгилс Левитс', 27]]],
    ],
    [
      'a body of stated seats, a majority of them reached',
      [block('paragraph', 'Скупщина состоит из 120 депутатов.'), block('heading', 'Выборы Председателя Скупщины 12 мая 2016 года'), block('heading', 'Кандидат – Голосов'), block('paragraph', 'Мира Ковач – 64'), block('paragraph', 'Драган Лесич – 40')],
      ['2016-05-12', 'Мира Ковач', 64, [['Драган Лесич', 40]]],
    ],
    [
      'a body of stated seats, a majority of them missed',
      [block('paragraph', 'Скупщина состоит из 120 депутатов.'), block('heading', 'Выборы Председателя Скупщины 12 мая 2016 года'), block('heading', 'Кандидат – Голосов'), block('paragraph', 'Мира Ковач – 58'), block('paragraph', 'Драган Лесич – 40')],
      ['2016-05-12', null, null, [['Мира Ковач', 58], ['Драган Лесич', 40]]],
    ],
    [
      'a two-thirds majority in brackets, missed',
      [block('paragraph', 'Президента избирает Рийгикогу большинством в две трети голосов (68 из 101).'), block('heading', 'Голосование в Рийгикогу 29 августа 2016 года'), block('heading', 'Кандидат – Голосов «за»'), block('paragraph', 'Март Хельме – 60'), block('paragraph', 'Сийм Каллас – 21')],
      ['2016-08-29', null, null, [['Март Хельме', 60], ['Сийм Каллас', 21]]],
    ],
    [
      'no size on the page, the lead-in naming who was elected',
      [block('heading', 'Выборы президента в Сейме, 29.05.2019'), block('paragraph', 'Президентом избран Эгил Левит.'), block('heading', 'Кандидат – Голосов «за»'), block('paragraph', 'Эгил Левит – 61'), block('paragraph', 'Дидзис Шмитс – 24')],
      ['2019-05-29', 'Эгил Левит', 61, [['Дидзис Шмитс', 24]]],
    ],
    [
      'an English ballot of the parliament',
      [block('paragraph', 'The Speaker needs at least 51 of the 101 votes.'), block('heading', 'Election of the Speaker, 4 May 2020'), block('heading', 'Candidate – Votes'), block('paragraph', 'Anna Berg – 70'), block('paragraph', 'Olaf Lind – 31')],
      ['2020-05-04', 'Anna Berg', 70, [['Olaf Lind', 31]]],
    ],
  ])('should read a table counted by heads: %s', (_, blocks, [date, person, votes, others]) => {
    const [found, ...rest] = findResultLists(blocks);
    expect(rest).toEqual([]);
    expect([found?.election.date, found?.election.person, found?.election.votes, found?.election.others.map((o) => [o.name, o.votes])]).toEqual([date, person, votes, others]);
  });

  it.each<[string, ListBlock[]]>([
    ['a tie at the top', [block('heading', 'Выборы Председателя 3 мая 2012 года'), block('heading', 'Кандидат – Голосов'), block('paragraph', 'Анна Ковач – 40'), block('paragraph', 'Пётр Лес – 40')]],
    ['no size on the page and no word of who was elected', [block('heading', 'Выборы президента в Сейме, 29.05.2019'), block('heading', 'Кандидат – Голосов «за»'), block('paragraph', 'Эгил Левит – 61'), block('paragraph', 'Дидзис Шмитс – 24')]],
    ['a count of votes cast, no size ("поддержали 81 депутат из 101")', [block('paragraph', 'Её поддержали 81 депутат из 101.'), block('heading', 'Выборы президента 29 августа 2016 года'), block('heading', 'Кандидат – Голосов «за»'), block('paragraph', 'Анна Ковач – 60'), block('paragraph', 'Пётр Лес – 30')]],
    ['two sizes the page states that differ', [block('paragraph', 'В Рийгикогу нужно не менее 68 голосов из 101, в коллегии выборщиков – не менее 168 из 335.'), block('heading', 'Выборы президента 29 августа 2016 года'), block('heading', 'Кандидат – Голосов «за»'), block('paragraph', 'Анна Ковач – 170'), block('paragraph', 'Пётр Лес – 30')]],
    ['an undated heading', [block('heading', 'Голосование в Сейме'), block('heading', 'Кандидат – Голосов «за»'), block('paragraph', 'Анна Ковач – 60'), block('paragraph', 'Пётр Лес – 30')]],
  ])('should read no winner from a counted table with %s', (_, blocks) => {
    expect(findResultLists(blocks).map((f) => f.election.person).filter(Boolean)).toEqual([]);
  });

  // A column of seats is no count of votes: with the body's size known, reading it as one would name a winner (60 of 100).
  it.each<[string, ListBlock[]]>([
    ['seats, no votes', [block('paragraph', 'Сейм состоит из 100 депутатов.'), block('heading', 'Выборы 3 мая 2012 года'), block('heading', 'Кандидат – Мест'), block('paragraph', 'Анна Ковач – 60'), block('paragraph', 'Пётр Лес – 30')]],
    ['mandates, no votes', [block('paragraph', 'The Saeima consists of 100 deputies.'), block('heading', 'Election of 3 May 2012'), block('heading', 'Candidate – Seats'), block('paragraph', 'Anna Kovach – 60'), block('paragraph', 'Peter Les – 30')]],
  ])('should read no election from a table of %s', (_, blocks) => {
    expect(findResultLists(blocks)).toEqual([]);
  });

  // A table of rounds, a column each dated in the header row: a round under half nobody won, a later round of two won by its top, an annulled round still a vote.
  it.each<[string, ListBlock[], Array<[string, string | null, number | null, string[], string | null]>]>([
    [
      'three rounds, the second annulled and repeated',
      [block('paragraph', 'Кандидат – I тур, 31.10.2004 – II тур, 21.11.2004 – Повторное голосование, 26.12.2004'), block('paragraph', 'Ющенко Виктор Андреевич – 39,90% – 46,61% – 51,99%'), block('paragraph', 'Янукович Виктор Федорович – 39,26% – 49,46% – 44,20%'), block('paragraph', 'Мороз Александр Александрович – 5,82% – – – –')],
      [
        ['2004-10-31', null, null, ['Ющенко Виктор Андреевич', 'Янукович Виктор Федорович', 'Мороз Александр Александрович'], 'I тур'],
        ['2004-11-21', 'Янукович Виктор Федорович', 49.46, ['Ющенко Виктор Андреевич'], 'II тур'],
        ['2004-12-26', 'Ющенко Виктор Андреевич', 51.99, ['Янукович Виктор Федорович'], 'Повторное голосование'],
      ],
    ],
    [
      'two rounds, the dates in words, the names first by family',
      [block('heading', 'Кандидат – Первый тур (3 марта 2019 г.) – Второй тур (17 марта 2019 г.)'), block('paragraph', 'Ковач Анна Петровна – 44,1 % – 58,2 %'), block('paragraph', 'Лес Пётр Иванович – 30,5 % – 41,8 %'), block('paragraph', 'Гром Иван Сергеевич – 20,2 % – –')],
      [
        ['2019-03-03', null, null, ['Ковач Анна Петровна', 'Лес Пётр Иванович', 'Гром Иван Сергеевич'], 'Первый тур'],
        ['2019-03-17', 'Ковач Анна Петровна', 58.2, ['Лес Пётр Иванович'], 'Второй тур'],
      ],
    ],
    [
      'a first round won outright',
      [block('paragraph', 'Candidate – Round 1, 9 June 2019 – Round 2, 23 June 2019'), block('paragraph', 'Mira Holm – 61.2% – –'), block('paragraph', 'Jonas Vik – 30.1% – –')],
      [['2019-06-09', 'Mira Holm', 61.2, ['Jonas Vik'], 'Round 1']],
    ],
  ])('should read a table of rounds: %s', (_, blocks, expected) => {
    expect(findResultLists(blocks).map(({ election: e }) => [e.date, e.person, e.voteShare, e.others.map((o) => o.name), e.title ?? null])).toEqual(expected);
  });

  it.each<[string, ListBlock[]]>([
    // Near misses: a header with a column that dates nothing (a party's), a survey's waves (no day), rows of posts.
    ['a party column', [block('paragraph', 'Кандидат – Партия – I тур, 31.10.2004'), block('paragraph', 'Ющенко Виктор Андреевич – Наша Украина – 39,90%'), block('paragraph', 'Янукович Виктор Федорович – Партия регионов – 39,26%')]],
    ['waves of a survey by month', [block('paragraph', 'Политик – Март 2019 – Май 2019'), block('paragraph', 'Ковач Анна Петровна – 44,1 % – 48,2 %'), block('paragraph', 'Лес Пётр Иванович – 30,5 % – 31,8 %')]],
  ])('should read no table of rounds from %s', (_, blocks) => {
    expect(findResultLists(blocks).filter(({ election: e }) => e.title)).toEqual([]);
  });

  it('should read a definition list after a lead-in ending with a colon as a round nobody won', () => {
    const blocks = [
      block('heading', 'Президент'),
      block('paragraph', 'В первом туре 17 января 2010 года ни один кандидат не получил большинства:'),
      block('paragraph', 'Ганна Шевчук – 35,3% (8 000 101 голос)'),
      block('paragraph', 'Остап Лисенко – 25,1% (6 000 222 голоса)'),
      block('paragraph', 'Во втором туре 7 февраля 2010 года победила Шевчук.'),
    ];
    const [found] = findResultLists(blocks);
    expect([found?.election.date, found?.election.person, found?.election.others.length]).toEqual(['2010-01-17', null, 2]);
  });

  it.each<[string, ListBlock[]]>([
    ['a list of posts', [block('heading', 'Выборы 3 марта 2024 г.'), block('paragraph', 'Министр финансов – Иван Гром'), block('paragraph', 'Министр обороны – Пётр Лес')]],
    ['a survey\'s figures under an undated heading', [block('heading', 'Рейтинг доверия'), block('item', 'Иван Гром – 41%'), block('item', 'Пётр Лес – 12%')]],
    ['a list after a paragraph of prose with no date', [block('paragraph', 'По данным опроса, политикам доверяют:'), block('item', 'Иван Гром – 41%'), block('item', 'Пётр Лес – 12%')]],
  ])('should read no list from %s', (_, blocks) => {
    expect(findResultLists(blocks)).toEqual([]);
  });
});
