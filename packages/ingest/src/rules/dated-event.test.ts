import { describe, expect, it } from 'vitest';
import { findDatedEvents } from './dated-event.js';

type Row = [string, Array<[kind: string, date: string, person: string | null]>];

/** Dated events that are no vote (lexicon `datedEvents`): each needs its words, a date of its clause, and whom it is about. */
describe('dated events that are no vote', () => {
  it.each<Row>([
    // An inauguration: the name after the noun (genitive), or the subject before the verb.
    ['12 мая 2011 года в Большом зале состоялась инаугурация П.Р. Ивашова.', [['inauguration', '2011-05-12', 'П.Р. Ивашов']]],
    ['Инаугурация нового Президента состоялась 3 марта 2016 года.', [['inauguration', '2016-03-03', null]]],
    ['9 июня 2003 г. Ольга Мирская принесла присягу и вступила в должность.', [['inauguration', '2003-06-09', 'Ольга Мирская']]],
    ['Марат Ибрагимов вступил в должность Президента 2 ноября 2017 года.', [['inauguration', '2017-11-02', 'Марат Ибрагимов']]],
    // A resignation: the subject, past an aside between commas; a span's "с 1995 г." is no date of it.
    ['Президент Тимур Абасов, занимавший этот пост с 1995 г., 14 октября 2002 г. ушёл в отставку.', [['resignation', '2002-10-14', 'Тимур Абасов']]],
    ['3 мая 2012 года Сильва объявила об отставке.', [['resignation', '2012-05-03', 'Сильва']]],
    ['1 июля 2009 г. Ринат Жаксыбеков подписал в Алматы заявление об отставке.', [['resignation', '2009-07-01', 'Ринат Жаксыбеков']]],
    // A death: the subject after the verb, past its title; the name after "кончины" in the genitive.
    ['5 августа 2013 года скончался первый Президент республики Азат Нурбердиев.', [['death', '2013-08-05', 'Азат Нурбердиев']]],
    ['После кончины Р.К. Сапарова 2 января 2001 года обязанности перешли к спикеру.', [['death', '2001-01-02', 'Р.К. Сапаров']]],
    ['После смерти первого Президента Игоря Левина в марте 2009 г. выборы назначили на май.', [['death', '2009-03', 'Игорь Левин']]],
    // An upheaval and a decision need no person.
    ['18 мая 2006 г. – демонстранты захватили здание Правительства.', [['upheaval', '2006-05-18', null]]],
    // An ouster of its subject; a day with no year takes the one year its sentence names.
    ['В результате апрельских событий 2010 года Президент Курманбек Бакиев 7 апреля был отстранён от власти и покинул страну.', [['upheaval', '2010-04-07', 'Курманбек Бакиев']]],
    ['После мартовских протестов 2005 года 24 марта Президент Аскар Акаев был отстранён от власти.', [['upheaval', '2005-03-24', 'Аскар Акаев']]],
    ['Весной 2014 года Президент Ирина Лисова 12 мая была отстранена от власти военными.', [['upheaval', '2014-05-12', 'Ирина Лисова']]],
    // Near misses: a suspension from office is no ouster; a span's year is no year of the day; two years give none.
    ['Министр Иван Орлов 7 апреля 2011 года был отстранён от должности.', []],
    ['Президент Петр Лис, правивший с 2005 года, 7 апреля был отстранён от власти.', []],
    ['После протестов 2009 года и выборов 2010 года Президент Петр Лис 7 апреля был отстранён от власти.', []],
    ['Указом Президента от 4 апреля 2011 г. № 201 министерства были объединены.', [['decision', '2011-04-04', null]]],
    ['22 октября 2009 года Парламент 120 голосами утвердил поправки к Конституции.', [['decision', '2009-10-22', null]]],
    ['8 июля 2014 года Конституционный суд признал закон недействительным.', [['decision', '2014-07-08', null]]],
    // An amendment made (passive), before or after the Constitution's name; not a bill's proposal.
    ['В декабре 2011 года в статью 90 Конституции была внесена поправка, сократившая срок полномочий Президента с семи до пяти лет; очередные выборы должны пройти в 2015 году.', [['decision', '2011-12', null]]],
    ['В апреле 2016 г. в Конституцию были внесены изменения, продлившие срок полномочий парламента.', [['decision', '2016-04', null]]],
    ['3 мая 2009 года были внесены поправки в Конституцию о статусе столицы.', [['decision', '2009-05-03', null]]],
    ['В июне 2010 г. в Конституцию внесён ряд изменений.', [['decision', '2010-06', null]]],
    ['В марте 2013 года депутаты внесли поправки к Конституции на рассмотрение Парламента.', []],
    ['В мае 2014 года в Парламент был внесён проект новой Конституции.', []],
    // A vote of no confidence: a decision, its count of votes where the clause gives one.
    ['5 марта 2013 г. за вотум недоверия, инициированный оппозицией, проголосовали 54 депутата.', [['decision', '2013-03-05', null]]],
    ['9 ноября 2016 года Рийгикогу выразил премьеру Лесу вотум недоверия.', [['decision', '2016-11-09', null]]],
    ['12 марта 2019 г. Сейм выразил правительству недоверие 56 голосами.', [['decision', '2019-03-12', null]]],
  ])('should read %s', (text, expected) => {
    expect(findDatedEvents(text).map((e) => [e.kind, e.date, e.person])).toEqual(expected);
  });

  it('should give a no-confidence vote its count of votes', () => {
    expect(findDatedEvents('5 марта 2013 г. за вотум недоверия проголосовали 54 депутата.').map((e) => e.votes)).toEqual([54]);
  });

  it.each<[string]>([
    // Denied: "не ушёл в отставку", "не вступил в должность".
    ['Несмотря на протесты, 3 мая 2012 года Сильва не ушла в отставку.'],
    ['14 июня 2004 года Павел Орлов так и не вступил в должность.'],
    // No date in the clause: a rule, not an event.
    ['Президент вступает в должность после принесения присяги.'],
    ['Парламент может выразить Правительству недоверие большинством голосов депутатов.'],
    ['В случае смерти Президента его обязанности исполняет Председатель Сената.'],
    // A minister taking office: a post's start; the term of a person line's post in brackets.
    ['2 февраля 2010 года Анна Лисова вступила в должность министра финансов.'],
    ['Гарабет Илие Павлович – Премьер-министр Республики (вступил в должность 3 мая 2019 года).'],
    // A decree that appoints: a post's start.
    ['Руководителем Канцелярии указом от 12.04.2018 назначена Елена Рошка.'],
    // A resignation or a death of nobody named.
    ['15 марта 2008 года Правительство ушло в отставку.'],
    // Dissolving what is no legislature, approving what is not the government itself.
    ['3 мая 2012 года суд распустил Коммунистическую партию.'],
    ['3 мая 2012 года Сейм распустил Комиссию по этике.'],
    ['3 мая 2012 года Парламент одобрил отчёт правительства.'],
    ['3 мая 2012 года Парламент утвердил план действий правительства.'],
    // A government named by its country, not by its head ("Правительство Дмитрия Медведева"): nobody named, no person «Кыргызстан».
    ['25 марта 2014 года Правительство Кыргызстана ушло в отставку.'],
    ['10 мая 2013 года Правительство Республики Молдова ушло в отставку.'],
    ['2 апреля 2010 г. Правительство Латвии ушло в отставку.'],
    // A decision at a referendum is the referendum's own event.
    ['На референдуме 6 ноября 2005 года были одобрены поправки к Конституции.'],
    // After a death or an inauguration, another event's date.
    ['После смерти Ивана Сомова досрочные выборы состоялись 4 декабря 2016 года.'],
    ['После инаугурации Президента, 23 ноября 2013 г. Премьер-министром назначен Арслан Бекмуратов.'],
    // Still to come.
    ['Инаугурация нового Президента ожидается в феврале 2012 г.'],
    // The date of another clause after a comma.
    ['После инаугурации Петренко Ковальчук объявил об отставке, однако 2 июня 2016 г. Рада не приняла её.'],
    // A date that belongs to a span.
    ['Николай Ганев, занимавший пост с 1998 г., ушёл в отставку.'],
    // A day denied dates nothing.
    ['Вопреки слухам, Анна Ковач не 3 мая 2012 года объявила об отставке.'],
    ['Парламент одобрил поправки к Конституции не в марте 2012 года.'],
  ])('should read no event in %s', (text) => {
    expect(findDatedEvents(text)).toEqual([]);
  });

  it('should keep the clause without its date as the title, and the office of an inauguration', () => {
    const [event] = findDatedEvents('12 мая 2011 года в Большом зале состоялась инаугурация П.Р. Ивашова.');
    expect([event?.title, event?.office]).toEqual(['В Большом зале состоялась инаугурация П.Р. Ивашова', 'President']);
  });

  it("should leave the office open where an oath's clause names none: the ingest keeps it for a head of state's holder only", () => {
    const found = findDatedEvents('8 июля 2015 года Карлис Озолс принёс присягу и вступил в должность.');
    expect(found.map((e) => [e.kind, e.person, e.office])).toEqual([['inauguration', 'Карлис Озолс', null]]);
  });

  it("should count a body's votes for a decision", () => {
    expect(findDatedEvents('22 октября 2009 года Парламент 120 голосами утвердил поправки к Конституции.').map((e) => e.votes)).toEqual([120]);
  });

  it('should read no English event: those pages keep only votes as events', () => {
    expect(findDatedEvents('On 20 July 1994 Ivan Petrov took office; he was sworn in as President.')).toEqual([]);
  });
});

/** Issue 16, events: removals, a government approved, a parliament dissolved, treaties signed, amendments adopted, and the dates of joined clauses. */
describe('more dated events that are no vote', () => {
  it.each<[string, Array<[kind: string, date: string, person: string | null, votes: number | null]>]>([
    // A removal from office, active or passive.
    ['6 апреля 2004 года Сейм отрешил Роландаса Паксаса от должности в порядке импичмента.', [['decision', '2004-04-06', null, null]]],
    ['Так, 20 июля 2020 г. указом Президента был отрешён от должности губернатор края Сергей Фургал.', [['decision', '2020-07-20', null, null]]],
    ['3 марта 2015 года Парламент отрешил Президента Ивана Сомова от должности.', [['decision', '2015-03-03', null, null]]],
    // A government approved, its count of votes.
    ['30.05.2013 Парламент 58 голосами одобрил его программу и состав нового Правительства.', [['decision', '2013-05-30', null, 58]]],
    ['23 января 2019 г. Сейм утвердил его правительство: «за» проголосовали 61 депутат, «против» – 39.', [['decision', '2019-01-23', null, 61]]],
    ['12 мая 2016 г. Скупщина утвердила новый Кабинет министров.', [['decision', '2016-05-12', null, null]]],
    // A parliament dissolved: the subject who announced it.
    ['28 мая 2011 г. президент Валдис Затлерс объявил о начале процедуры роспуска 10-го Сейма.', [['decision', '2011-05-28', 'Валдис Затлерс', null]]],
    ['4 июля 2009 года Президент Ион Лунгу распустил Парламент.', [['decision', '2009-07-04', 'Ион Лунгу', null]]],
    ['8 апреля 2007 г. Президент Виктор Ющенко досрочно распустил Верховную Раду.', [['decision', '2007-04-08', 'Виктор Ющенко', null]]],
    ['12 мая 2020 г. Президент Анна Ковач распустила Милли Меджлис.', [['decision', '2020-05-12', 'Анна Ковач', null]]],
    ['2 июня 2011 года Сейм утвердил новый состав Правительства.', [['decision', '2011-06-02', null, null]]],
    // A treaty signed, initialled or ratified, active or passive.
    ['27 июня 1997 г. в Москве Э. Рахмонов и С. Нури подписали Общее соглашение об установлении мира.', [['decision', '1997-06-27', null, null]]],
    ['29 ноября 2013 г. в Вильнюсе Молдова парафировала Соглашение об ассоциации с ЕС.', [['decision', '2013-11-29', null, null]]],
    ['Протоколы об установлении дипломатических отношений были подписаны в Цюрихе 10 октября 2009 г.', [['decision', '2009-10-10', null, null]]],
    ['В марте 2004 г. Сейм ратифицировал Договор о присоединении к НАТО.', [['decision', '2004-03', null, null]]],
    // Amendments adopted on a day, the day after a comma.
    ['Поправки к Конституции, принятые 5 июля 2000 г., установили, что Президента избирает Парламент.', [['decision', '2000-07-05', null, null]]],
    // A part after a comma and a conjunction, opened by its own day: that day, not the sentence's first.
    ['18 марта 2014 года фракция «Ата-Мекен» вышла из коалиции, и 25 марта 2014 года Президент подписал указ об отставке Правительства.', [['decision', '2014-03-25', null, null]]],
    ['Оппозиция вышла на улицы 2 мая 2012 года, а 5 мая 2012 года Анна Ковач объявила об отставке.', [['resignation', '2012-05-05', 'Анна Ковач', null]]],
    // A day denied gives way to the day affirmed.
    ['Не 3 мая, а 5 мая 2012 года Анна Ковач объявила об отставке.', [['resignation', '2012-05-05', 'Анна Ковач', null]]],
    // The day affirmed after a comma stands in another clause (the rule reads no date past a comma): nothing, not the denied day.
    ['Анна Ковач объявила об отставке не в марте 2012 года, а 5 мая 2012 года.', []],
    // A state of emergency on the day the clause before dated.
    ['Протесты завершились 1 марта 2008 г. столкновениями с полицией; в тот же день президент ввёл в столице чрезвычайное положение.', [['decision', '2008-03-01', null, null]]],
    // Two joined clauses, each with its day: the one right before the words is theirs.
    ['18 марта 2021 года Пашинян объявил о проведении досрочных выборов и 25 апреля 2021 года подал в отставку.', [['resignation', '2021-04-25', 'Пашинян', null], ['decision', '2021-03-18', null, null]]],
    // A government named after its head, in the genitive; an aside in brackets holds no clause's start.
    ['15 января 2020 года Правительство Дмитрия Медведева, работавшее с мая 2012 г. (в мае 2018 г. Медведев был назначен повторно), ушло в отставку.', [['resignation', '2020-01-15', 'Дмитрий Медведев', null]]],
    // A lower-case apposition after the name is no subject.
    ['Эгил Левит, юрист и один из авторов преамбулы к Сатверсме, принёс присягу и вступил в должность 08.07.2019.', [['inauguration', '2019-07-08', 'Эгил Левит', null]]],
    ['Анна Ковач, бывший судья Конституционного суда, 3 мая 2012 года объявила об отставке.', [['resignation', '2012-05-03', 'Анна Ковач', null]]],
    // A part that opens with a conjunction has a subject of its own: no apposition.
    ['3 мая 2012 года Анна Ковач, а вслед за ней министр Пётр Лес подали в отставку.', [['resignation', '2012-05-03', 'Пётр Лес', null]]],
    // Issue 16, wave 4: a court's ruling on a vote, the vote it sets for a day no appointment.
    ['3 декабря 2004 года Верховный Суд Украины признал результаты второго тура недействительными и назначил повторное голосование на 26 декабря 2004 года.', [['decision', '2004-12-03', null, null]]],
    ['9 января 2012 г. Верховный суд аннулировал итоги голосования.', [['decision', '2012-01-09', null, null]]],
    // A conviction and a pardon: the person the object, back in the nominative.
    ['2 августа 2012 года суд признал Энхбаяра виновным и приговорил его к четырём годам лишения свободы.', [['decision', '2012-08-02', 'Энхбаяр', null]]],
    ['11 октября 2011 г. Печерский суд приговорил Юлию Тимошенко к семи годам заключения.', [['decision', '2011-10-11', 'Юлия Тимошенко', null]]],
    ['В августе 2013 года Элбэгдорж помиловал Энхбаяра.', [['decision', '2013-08', 'Энхбаяр', null]]],
    // A decree signed, a constitutional law of a day.
    ['2 апреля 2007 года Президент подписал указ о досрочном прекращении полномочий Верховной Рады V созыва.', [['decision', '2007-04-02', null, null]]],
    ['Указ о роспуске Сейма Президент Петр Лис подписал 5 мая 2011 г.', []],
    ['26 мая 2019 г. Президент Зеленский издал указ о роспуске Рады.', [['decision', '2019-05-26', null, null]]],
    ['Конституционным законом от 25 сентября 2020 года в стране создан двухпалатный парламент – Милли Генгеш.', [['decision', '2020-09-25', null, null]]],
    // Constitutional amendments adopted, whatever their noun: a reform, a new edition.
    ['Конституционная реформа, одобренная Верховной Радой 8 декабря 2004 года и вступившая в силу 1 января 2006 года, превратила Украину в парламентско-президентскую республику.', [['decision', '2004-12-08', null, null]]],
    ['Конституция в новой редакции, принятая 14 сентября 2016 года, продлила срок полномочий Президента.', [['decision', '2016-09-14', null, null]]],
    ['Новая редакция Конституции, утверждённая Меджлисом 26 сентября 2008 г., упразднила Халк Маслахаты.', [['decision', '2008-09-26', null, null]]],
    // A call for an early vote.
    ['11 февраля 2022 года на заседании Халк Маслахаты Бердымухамедов заявил, что пора уступить дорогу молодым, и предложил провести досрочные выборы главы государства.', [['decision', '2022-02-11', null, null]]],
    ['3 марта 2019 г. Президент Ион Лунгу объявил о проведении внеочередных парламентских выборов.', [['decision', '2019-03-03', null, null]]],
  ])('should read %s', (text, expected) => {
    expect(findDatedEvents(text).map((e) => [e.kind, e.date, e.person, e.votes])).toEqual(expected);
  });

  it.each<[string]>([
    // Undated, or a rule: no event.
    ['Президент вправе распустить Парламент, если тот трижды отклонит кандидатуру.'],
    ['Сейм может отрешить Президента от должности в порядке импичмента.'],
    ['Договор о дружбе был подписан позднее.'],
    // A vote set for a day by whom the text names is no appointment, but nothing else decided here: no event without a decision's words.
    ['Парламент назначил повторное голосование на 26 декабря 2004 года.'],
    // A court that found nobody guilty of anything; a plan, a hypothetical or a denied call for early elections.
    ['2 августа 2012 года суд признал закон недействительным.'],
    ['В марте 2014 года оппозиция потребовала провести досрочные выборы.'],
    ['Президент может предложить провести досрочные выборы, если Парламент распущен.'],
    ['3 марта 2019 г. Президент не объявил о проведении досрочных выборов.'],
    ['Новая редакция Конституции будет принята в 2026 году.'],

    // The same day with no day before it.
    ['В тот же день президент ввёл в столице чрезвычайное положение.'],
    // A decree that dismisses is a post's end, no decision.
    ['Указом от 4 марта 2014 г. министр Ковач освобождён от должности.'],
  ])('should read no event in %s', (text) => {
    expect(findDatedEvents(text)).toEqual([]);
  });

  it('should keep the clause as the title, the dates and their prepositions left out', () => {
    const titles = (t: string) => findDatedEvents(t).map((e) => e.title);
    expect(titles('Протоколы были подписаны в Цюрихе 10 октября 2009 г.; с армянской стороны их подписал глава МИД.')).toEqual(['Протоколы были подписаны в Цюрихе']);
    expect(titles('С 2000 года Президента избирает Парламент: поправки к Конституции, принятые 5 июля 2000 г., установили это.')).toEqual(['Поправки к Конституции, принятые, установили это']);
  });
});
