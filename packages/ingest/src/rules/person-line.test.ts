import { describe, expect, it } from 'vitest';
import { laterHolderLines, lineEventClauses, nowPostLines, parsePersonLine, parsePersonLines, readPastPostLine, splitTitles } from './person-line.js';

describe('parsePersonLine', () => {
  it.each([
    // A list item's mark (a dash, a bullet) before the name, and a post that opens with a modifier.
    [
      '– Котов Олег Ильич – советник по вопросам внешней политики;',
      { name: 'Котов Олег Ильич', titles: ['советник по вопросам внешней политики'], leadRole: null, startDate: null, predecessor: null },
    ],
    [
      '• Айгуль Сеитова – главный советник по правовым вопросам',
      { name: 'Айгуль Сеитова', titles: ['главный советник по правовым вопросам'], leadRole: null, startDate: null, predecessor: null },
    ],
    [
      'Aslan Musin - Head of the Presidential Administration (appointed in October, 2008). Musin was preceded at this post by Kairat Kelimbetov.',
      { name: 'Aslan Musin', titles: ['Head of the Presidential Administration'], leadRole: null, startDate: '2008-10', predecessor: 'Kairat Kelimbetov' },
    ],
    [
      'Chair: Nazarbayev Nursultan Abishevitch, President of the Republic of Kazakhstan.',
      { name: 'Nazarbayev Nursultan Abishevitch', titles: ['Chair', 'President of the Republic of Kazakhstan'], leadRole: 'Chair', startDate: null, predecessor: null },
    ],
    [
      'Samakova Aigul Baigazyevna– Chairwoman of the Commission for Family and Women',
      { name: 'Samakova Aigul Baigazyevna', titles: ['Chairwoman of the Commission for Family and Women'], leadRole: null, startDate: null, predecessor: null },
    ],
    [
      'Kim Georgiy Vasilyevitch –Chairman of the Commission for Countering Corruption',
      { name: 'Kim Georgiy Vasilyevitch', titles: ['Chairman of the Commission for Countering Corruption'], leadRole: null, startDate: null, predecessor: null },
    ],
    [
      'Igor Rogov– Head of the Legal Policy Council, Deputy Head of the Administration of the President',
      { name: 'Igor Rogov', titles: ['Head of the Legal Policy Council', 'Deputy Head of the Administration of the President'], leadRole: null, startDate: null, predecessor: null },
    ],
    [
      'Oksikbayev Omarkhan Nurtaevitch — Security Council Secretary',
      { name: 'Oksikbayev Omarkhan Nurtaevitch', titles: ['Security Council Secretary'], leadRole: null, startDate: null, predecessor: null },
    ],
    [
      'Petrov Ivan Sergeyevich - First Vice Prime Minister. He was appointed in May, 2007.',
      { name: 'Petrov Ivan Sergeyevich', titles: ['First Vice Prime Minister'], leadRole: null, startDate: '2007-05', predecessor: null },
    ],
    [
      'Prime Minister – Karim Masimov',
      { name: 'Karim Masimov', titles: ['Prime Minister'], leadRole: null, startDate: null, predecessor: null },
    ],
    [
      'Minister of Finance Bolat Zhamishev',
      { name: 'Bolat Zhamishev', titles: ['Minister of Finance'], leadRole: null, startDate: null, predecessor: null },
    ],
    [
      'Minister of Foreign Affairs Idrissov Erlan Abilfayizovich',
      { name: 'Idrissov Erlan Abilfayizovich', titles: ['Minister of Foreign Affairs'], leadRole: null, startDate: null, predecessor: null },
    ],
    [
      'Bolat Zhamishev, Minister of Finance (appointed in January, 2013)',
      { name: 'Bolat Zhamishev', titles: ['Minister of Finance'], leadRole: null, startDate: '2013-01', predecessor: null },
    ],
    [
      'K. Masimov – Prime Minister',
      { name: 'K. Masimov', titles: ['Prime Minister'], leadRole: null, startDate: null, predecessor: null },
    ],
    [
      'Ramiz Mehdiyev holds the post of Head of the Administration of the President (appointed in April, 1995).',
      { name: 'Ramiz Mehdiyev', titles: ['Head of the Administration of the President'], leadRole: null, startDate: '1995-04', predecessor: null },
    ],
    [
      'Kabul Berdiyev is the Minister of Defence.',
      { name: 'Kabul Berdiyev', titles: ['Minister of Defence'], leadRole: null, startDate: null, predecessor: null },
    ],
    [
      'Head of the Administration of the President: Leonid Sinitsyn (appointed in July, 1994).',
      { name: 'Leonid Sinitsyn', titles: ['Head of the Administration of the President'], leadRole: 'Head of the Administration of the President', startDate: '1994-07', predecessor: null },
    ],
    [
      'Minister of Foreign Affairs: Vladimir Senko',
      { name: 'Vladimir Senko', titles: ['Minister of Foreign Affairs'], leadRole: 'Minister of Foreign Affairs', startDate: null, predecessor: null },
    ],
    [
      'Prime Minister – Yulia Tymoshenko (approved by the Verkhovna Rada on February 4, 2005). She was preceded at this post by Viktor Yanukovych.',
      { name: 'Yulia Tymoshenko', titles: ['Prime Minister'], leadRole: null, startDate: '2005-02-04', predecessor: 'Viktor Yanukovych' },
    ],
    [
      'State Secretary – Oleksandr Zinchenko (since January 2005). The last Head of the Administration was Viktor Medvedchuk.',
      { name: 'Oleksandr Zinchenko', titles: ['State Secretary'], leadRole: null, startDate: '2005-01', predecessor: null },
    ],
    [
      'Chairman – Viktor Yushchenko, President of Ukraine',
      { name: 'Viktor Yushchenko', titles: ['Chairman', 'President of Ukraine'], leadRole: null, startDate: null, predecessor: null },
    ],
    [
      'Head of the Administration: Kalmurzayev Sarybai Sultanovich (since December 1999); before him the post was held by Alikhan Baimenov.',
      { name: 'Kalmurzayev Sarybai Sultanovich', titles: ['Head of the Administration'], leadRole: 'Head of the Administration', startDate: '1999-12', predecessor: 'Alikhan Baimenov' },
    ],
    [
      'Tigran Sargsyan, Prime Minister (appointed on 9 April 2008); he succeeded Serzh Sargsyan, who had been Prime Minister in 2007-2008.',
      { name: 'Tigran Sargsyan', titles: ['Prime Minister'], leadRole: null, startDate: '2008-04-09', predecessor: 'Serzh Sargsyan' },
    ],
    [
      'Vigen Sargsyan, Head of the Staff of the President (since February 2011; previously Deputy Head of the Staff)',
      { name: 'Vigen Sargsyan', titles: ['Head of the Staff of the President'], leadRole: null, startDate: '2011-02', predecessor: null, formerTitles: ['Deputy Head of the Staff'] },
    ],
    [
      'Rashid Meredov has held the post of Foreign Minister since July 2001; he was preceded at this post by Batyr Berdiyev.',
      { name: 'Rashid Meredov', titles: ['Foreign Minister'], leadRole: null, startDate: '2001-07', predecessor: 'Batyr Berdiyev' },
    ],
    [
      'Jargaltulgyn Erdenebat – Prime Minister (since October 4, 2017; preceded by J. Erdenebat)',
      { name: 'Jargaltulgyn Erdenebat', titles: ['Prime Minister'], leadRole: null, startDate: '2017-10-04', predecessor: 'J. Erdenebat' },
    ],
    [
      'Chairman of the Security Council – Nursultan Nazarbayev (for life, in accordance with the Constitutional Law of July 2018)',
      { name: 'Nursultan Nazarbayev', titles: ['Chairman of the Security Council'], leadRole: null, startDate: null, predecessor: null },
    ],
    ['Ivan Petrov – Minister of Energy (Liberal Party)', { name: 'Ivan Petrov', titles: ['Minister of Energy'], leadRole: null, startDate: null, predecessor: null }],
    ['Gulnara Ospanova, Chairwoman of the Supreme Court (until the end of her term)', { name: 'Gulnara Ospanova', titles: ['Chairwoman of the Supreme Court'], leadRole: null, startDate: null, predecessor: null }],
    ['Daniyar Akhmetov – Minister of Defence (MoD)', { name: 'Daniyar Akhmetov', titles: ['Minister of Defence (MoD)'], leadRole: null, startDate: null, predecessor: null }],
    [
      'Aidos Beketov – First Deputy Prime Minister, Minister of Agriculture (Minister of Agriculture since March 2015)',
      { name: 'Aidos Beketov', titles: ['First Deputy Prime Minister', 'Minister of Agriculture'], leadRole: null, startDate: '2015-03', predecessor: null, datedTitle: 1 },
    ],
    [
      'Vera Sokolova - Deputy Prime Minister, Minister of Health (Deputy Prime Minister since 12 May 2010)',
      { name: 'Vera Sokolova', titles: ['Deputy Prime Minister', 'Minister of Health'], leadRole: null, startDate: '2010-05-12', predecessor: null, datedTitle: 0 },
    ],
    ['First Deputy Prime Minister – Minister of Finance – Anton Kudrov', { name: 'Anton Kudrov', titles: ['First Deputy Prime Minister', 'Minister of Finance'], leadRole: null, startDate: null, predecessor: null }],
    [
      'Secretary of the Security Council – Pavel Rudin (since May 12, 2008), who headed the Border Service in 1999–2008.',
      { name: 'Pavel Rudin', titles: ['Secretary of the Security Council'], leadRole: null, startDate: '2008-05-12', predecessor: null },
    ],
    ['Daulet Amanov - Prime Minister (appointed in 2011). He replaced Serik Bekov at this post.', { name: 'Daulet Amanov', titles: ['Prime Minister'], leadRole: null, startDate: '2011', predecessor: 'Serik Bekov' }],
    ['Aigul Amanova - Minister of Labour. She succeeded Gulnar Serikova in this post in 2012.', { name: 'Aigul Amanova', titles: ['Minister of Labour'], leadRole: null, startDate: null, predecessor: 'Gulnar Serikova' }],
    [
      'Secretary of the Security Council – Aram Petrosyan (appointed on May 15, 2014), formerly Chairman of the National Assembly',
      { name: 'Aram Petrosyan', titles: ['Secretary of the Security Council'], leadRole: null, startDate: '2014-05-15', predecessor: null },
    ],
    ['Sadykov Bolat - Minister of Foreign Affairs (since January 2007), formerly Secretary of the Security Council', { name: 'Sadykov Bolat', titles: ['Minister of Foreign Affairs'], leadRole: null, startDate: '2007-01', predecessor: null }],
  ])('should read %j', (text, expected) => {
    expect(parsePersonLine(text)).toEqual({ datedTitle: 0, ...expected });
  });

  it('should read every person of a co-chairs line', () => {
    expect(parsePersonLines('Co-chairs: Rustam Azimov, First Deputy Prime Minister; Elyor Ganiev, Minister of Foreign Economic Relations.')).toEqual([
      { name: 'Rustam Azimov', titles: ['Co-chair', 'First Deputy Prime Minister'], leadRole: 'Co-chair', startDate: null, predecessor: null, datedTitle: 0 },
      { name: 'Elyor Ganiev', titles: ['Co-chair', 'Minister of Foreign Economic Relations'], leadRole: 'Co-chair', startDate: null, predecessor: null, datedTitle: 0 },
    ]);
  });

  it.each([
    ['Members: Miyeegombyn Enkhbold and Ukhnaagiin Khurelsukh.', ['Miyeegombyn Enkhbold', 'Ukhnaagiin Khurelsukh']],
    ['Members: T. Suleimenov, A. Orazov and B. Kasymova', ['T. Suleimenov', 'A. Orazov', 'B. Kasymova']],
  ])('should read each name of %j, joined by "and" too', (text, names) => {
    expect(parsePersonLines(text).map((l) => [l.name, l.titles])).toEqual(names.map((name) => [name, ['Member']]));
  });

  it('should read a list of names each with what the post covers', () => {
    expect(parsePersonLines('State Advisers to the President: Anvar Tursunov (social and political affairs), Rustam Alimov (economy) and Ilkhom Saidov (foreign policy).').map((l) => [l.name, l.titles])).toEqual([
      ['Anvar Tursunov', ['State Adviser to the President (social and political affairs)']],
      ['Rustam Alimov', ['State Adviser to the President (economy)']],
      ['Ilkhom Saidov', ['State Adviser to the President (foreign policy)']],
    ]);
  });

  it.each<[string, string[], string | null]>([
    // A deputy's field in closing brackets is the post's portfolio; a start may follow it after a comma.
    ['Иванов Пётр – заместитель Председателя Совета Министров (водное хозяйство)', ['заместитель Председателя Совета Министров (водное хозяйство)'], null],
    ['Анна Орлова – вице-премьер (социальная политика, здравоохранение), в марте 2015 г.', ['вице-премьер (социальная политика, здравоохранение)'], '2015-03'],
    ['Олег Лис – Первый заместитель Премьер-министра (промышленность и энергетика), с 12 мая 2016 года', ['Первый заместитель Премьер-министра (промышленность и энергетика)'], '2016-05-12'],
    ['Rustam Alimov – Deputy Prime Minister (economy and finance)', ['Deputy Prime Minister (economy and finance)'], null],
    // Not another post's remark, a party, an abbreviation, a remark that is no field.
    ['Иванов Пётр – министр финансов (водное хозяйство)', ['министр финансов'], null],
    ['Иванов Пётр – заместитель Премьер-министра (Демократическая партия)', ['заместитель Премьер-министра'], null],
    ['Иванов Пётр – заместитель Премьер-министра (по должности)', ['заместитель Премьер-министра'], null],
    ['Rustam Alimov – Deputy Prime Minister (acting)', ['Deputy Prime Minister'], null],
  ])('should keep the portfolio of %j', (text, titles, startDate) => {
    expect(parsePersonLines(text).map((l) => [l.titles, l.startDate])).toEqual([[titles, startDate]]);
  });

  it.each([
    // A commander is a post, a rank before the name none of it.
    ['Генерал-майор Андрис Лиепа – командующий Сухопутными войсками', 'Андрис Лиепа', 'командующий Сухопутными войсками'],
    ['Адмирал Иван Сокол – Главнокомандующий Военно-морскими силами', 'Иван Сокол', 'Главнокомандующий Военно-морскими силами'],
  ])('should read the commander of %j', (text, name, title) => {
    expect(parsePersonLines(text).map((l) => [l.name, l.titles])).toEqual([[name, [title]]]);
  });

  it('should read a list of members with no titles', () => {
    expect(parsePersonLines('Members: Ivan Petrov, Sergei Sidorov and Anna Kozlova.').map((l) => [l.name, l.titles])).toEqual([
      ['Ivan Petrov', ['Member']],
      ['Sergei Sidorov', ['Member']],
      ['Anna Kozlova', ['Member']],
    ]);
  });

  it.each([
    'Eurasian Home - analytical resource',
    'President of the Republic of Kazakhstan -',
    'Ministry of Agriculture - www.minagri.kz',
    'Official Sites',
    'The Council consists of representatives of various social and political institutions.',
    'Its predecessor – The Standing Meeting for Democratization – failed to arrange this dialogue.',
    'Minister of Foreign Affairs',
    'Ministry of Foreign Affairs - Security Council',
    'The Prime Minister is nominated by the parliamentary majority coalition and approved by the Jogorku Kenesh.',
    'President of the Kyrgyz Republic -',
    'Chair of the Council of Ministers',
    'The Government is the Minister of nothing.',
    'Ivan Petrov is the author of the Strategy.',
    'Jānis Straume, Chairman of the Saeima, represents the national conservative union, whose leader, former Prime Minister Guntars Krasts, remains influential.',
    'Ivan Sidorov, Minister of Energy, controls the oil sector.',
    'Levon Ter-Petrosyan, the first President of Armenia, was elected on October 16, 1991 with 83% of votes.',
    'Former Prime Minister K. Masimov, who headed the Government in 2007-2012, remains one of the most influential members of the elite.',
    'According to the poll, the President, the Prime Minister and the Speaker are trusted most.',
    // A first word before a comma that is no post: a trade, not "вице-премьер, министр …".
    'Иван Петров – писатель, министр культуры',
  ])('should not read %j as a person line', (text) => {
    expect(parsePersonLine(text)).toBeNull();
  });
});

describe('splitTitles', () => {
  it('should keep a comma inside one title', () => {
    expect(splitTitles('Minister of Labor, Employment and Social Protection')).toEqual(['Minister of Labor, Employment and Social Protection']);
  });
  it('should split a second title after a comma', () => {
    expect(splitTitles('Chair, Human Rights Commissioner of Kazakhstan.')).toEqual(['Chair', 'Human Rights Commissioner of Kazakhstan']);
  });
});

describe('parsePersonLine in Russian', () => {
  it.each([
    // An aside with the appointment: month in the prepositional, day and month in the genitive, "с …", "на посту с …".
    ['Ирина Петрова - Министр юстиции (назначена 5 марта 2012 г.). Ранее эту должность занимала Галина Сидорова.', 'Ирина Петрова', '2012-03-05', 'Галина Сидорова'],
    ['Болат Жамишев – Министр финансов (с октября 2009 года)', 'Болат Жамишев', '2009-10', null],
    ['Серик Ахметов - Аким Карагандинской области (на посту с 2008 г.)', 'Серик Ахметов', '2008', null],
    ['Тимур Кулибаев – Председатель Совета директоров (был назначен в июле 2011 года)', 'Тимур Кулибаев', '2011-07', null],
    ['Жакып Асанов – Генеральный прокурор (утверждён 10 апреля 2015 г.)', 'Жакып Асанов', '2015-04-10', null],
    // The name before a colon, the post after it.
    ['Лисовский Тарас Ильич: Государственный секретарь Совета Безопасности (назначен 3.04.2012).', 'Лисовский Тарас Ильич', '2012-04-03', null],
    ['Mara Lind: Minister of Finance (appointed in May 2010)', 'Mara Lind', '2010-05', null],
    // An adverb before the participle: "вновь", "повторно".
    ['Аршак Варданян – Премьер-министр (вновь назначен 3 мая 2016 г.)', 'Аршак Варданян', '2016-05-03', null],
    ['Ирина Гусева – Министр культуры (была повторно назначена в июне 2014 года)', 'Ирина Гусева', '2014-06', null],
    // The date in a later sentence, and the predecessor's phrasings.
    ['Марат Тажин - Секретарь Совета Безопасности. Занимает пост с января 2010 года. До него этот пост занимал Ержан Утембаев.', 'Марат Тажин', '2010-01', 'Ержан Утембаев'],
    ['Алихан Смаилов – Министр финансов. Назначен в сентябре 2018 года. Его предшественником на этом посту был Бахыт Султанов.', 'Алихан Смаилов', '2018-09', 'Бахыт Султанов'],
    ['Гульшара Абдыкаликова - Государственный секретарь (назначена в январе 2014 года). Её предшественницей была Анна Кузнецова.', 'Гульшара Абдыкаликова', '2014-01', 'Анна Кузнецова'],
    ['Нурлан Ермекбаев – Министр обороны. Перед Ермекбаевым эту должность занимал Сакен Жасузаков.', 'Нурлан Ермекбаев', null, 'Сакен Жасузаков'],
    // The years the predecessor held the post, between the phrase's words; "Предшественник –" with no pronoun.
    ['Каримов Бахтиёр Рустамович – Руководитель Аппарата (назначен в мае 2009 г.). До него эту должность с 2003 по 2009 год занимал Т.А. Расулов.', 'Каримов Бахтиёр Рустамович', '2009-05', 'Т.А. Расулов'],
    ['Ольга Лебедева – Министр культуры. Ранее с 2010 г. этот пост занимала Ирина Соколова.', 'Ольга Лебедева', null, 'Ирина Соколова'],
    ['Петренко Юрий Олегович – Глава Секретариата. Предшественник – Коваль Андрей Степанович, возглавлявший Секретариат с 2007 по 2009 год.', 'Петренко Юрий Олегович', null, 'Коваль Андрей Степанович'],
    ['Анна Орлова – Министр труда. Предшественница – Вера Ильина.', 'Анна Орлова', null, 'Вера Ильина'],
    // After "сменил" the predecessor is in the accusative, after "на смену" in the dative: read back to the nominative.
    ['Нурлан Ермекбаев – Министр обороны. Он сменил на этом посту Сакена Жасузакова.', 'Нурлан Ермекбаев', null, 'Сакен Жасузаков'],
    ['Дарига Назарбаева - Председатель Сената (назначена в мае 2016 года). Она сменила Касым-Жомарта Токаева.', 'Дарига Назарбаева', '2016-05', 'Касым-Жомарт Токаев'],
    ['Асель Омарова – Министр труда. Сменила на этом посту Ирину Петрову.', 'Асель Омарова', null, 'Ирина Петрова'],
    ['Игорь Рогов – Председатель Конституционного совета. Он сменил Юрия Хитрина.', 'Игорь Рогов', null, 'Юрий Хитрин'],
    ['Кайрат Абдрахманов - Министр иностранных дел (утверждён 28 сентября 2016 г.). Пришёл на смену Ерлану Идрисову.', 'Кайрат Абдрахманов', '2016-09-28', 'Ерлан Идрисов'],
    // A start at the title's end.
    ['Ержан Казыханов – Министр иностранных дел с апреля 2012 года', 'Ержан Казыханов', '2012-04', null],
    // Members wave 6: the predecessor's rank before the name, a name right after "Его предшественник", a name before "занимавший этот пост".
    ['Генерал-лейтенант Йонас Витаутас Жукас – Командующий Вооружёнными силами Литвы (с 15 июля 2014 года). Жукас сменил на этом посту генерал-лейтенанта Арвидаса Поцюса.', 'Йонас Витаутас Жукас', '2014-07-15', 'Арвидас Поцюс'],
    ['Олег Ким – Министр обороны. Он сменил бывшего командующего армией Ивана Сокола.', 'Олег Ким', null, 'Иван Сокол'],
    ['Анна Орлова – Министр труда (с мая 2019 года). Она сменила лидера социалистов Веру Ильину.', 'Анна Орлова', '2019-05', 'Вера Ильина'],
    ['Министр энергетики – Рокас Масюлис (с сентября 2014 года). Его предшественник Ярослав Неверович покинул пост после выхода «Избирательной акции поляков Литвы» из правящей коалиции.', 'Рокас Масюлис', '2014-09', 'Ярослав Неверович'],
    ['Министр связи – Айгуль Ким. Её предшественница Ирина Соколова ушла в отставку.', 'Айгуль Ким', null, 'Ирина Соколова'],
    ['Пётр Лис – Министр юстиции. Его предшественник Олег Ким стал послом.', 'Пётр Лис', null, 'Олег Ким'],
    ['Министр здравоохранения – Римантэ Шалашевичюте (с ноября 2014 года); Витянис Повилас Андрюкайтис, занимавший этот пост с 2012 года, стал Еврокомиссаром по вопросам здоровья.', 'Римантэ Шалашевичюте', '2014-11', 'Витянис Повилас Андрюкайтис'],
    ['Министр финансов – Иван Орлов. Анна Петрова, занимавшая эту должность с 2015 года, ушла в отставку.', 'Иван Орлов', null, 'Анна Петрова'],
    ['Олег Ким – Министр культуры (с 2020 года); Пётр Лис, занимавший данный пост до 2020 года, возглавил театр.', 'Олег Ким', '2020', 'Пётр Лис'],
  ])('should read %j', (text, name, startDate, predecessor) => {
    const line = parsePersonLine(text);
    expect([line?.name, line?.startDate, line?.predecessor]).toEqual([name, startDate, predecessor]);
  });

  it.each([
    // "Защитник прав человека" is a post (lexicon roles.nouns), whatever dash, spaced or not, stands before it.
    ['Армен Саакян — Защитник прав человека Республики Армения (с 2006 г.)', 'Армен Саакян', ['Защитник прав человека Республики Армения']],
    ['Давид Татевосян– Защитник прав человека (избран в феврале 2016 года)', 'Давид Татевосян', ['Защитник прав человека']],
    ['Защитник прав ребёнка – Гаяне Оганян', 'Гаяне Оганян', ['Защитник прав ребёнка']],
    // Near miss: a line with no role word is no post.
    ['Гаяне Оганян – правозащитник и публицист', undefined, undefined],
  ])('should read the defender of rights in %j', (text, name, titles) => {
    const line = parsePersonLine(text);
    expect([line?.name, line?.titles]).toEqual([name, titles]);
  });

  it.each([
    // Prose, a dash, a name and its post in the genitive singular (apposition agrees): both back to the nominative.
    ['Наблюдатели отмечают и постепенное продвижение сына главы государства – Сердара Бердымухамедова, депутата Меджлиса с 2016 г.', 'Сердар Бердымухамедов', 'депутат Меджлиса'],
    ['Отмечают усиление влияния зятя Президента – Олега Сидоренко, советника Президента по экономике', 'Олег Сидоренко', 'советник Президента по экономике'],
    ['Растёт вес младшего брата министра — Тимура Алиева, председателя Комитета по туризму', 'Тимур Алиев', 'председатель Комитета по туризму'],
    // Near misses: a plural post in the nominative ends as a genitive does (the name before it stays as written).
    ['Члены Совета – Иван Петров, председатель Комитета', 'Иван Петров', 'председатель Комитета'],
    ['Отмечают рост влияния главы Совета – Валентины Матвиенко, Члены Совета', 'Валентины Матвиенко', 'Члены Совета'],
  ])('should read an appositive post in the genitive in %j', (text, name, own) => {
    const line = parsePersonLine(text);
    expect([line?.name, line?.titles[line.titles.length - 1]]).toEqual([name, own]);
  });

  it.each([
    // Prose before the dash (no post's word first) is no line's post: the prose rules read the people after it.
    ['К «донецким» относят прежде всего премьер-министра Михаила Гордиенко и первого вице-премьера Андрея Клименко, к «газовому» лобби – главу Администрации Президента С.В. Левченко и бывшего министра топлива и энергетики Вадима Литвиненко.', []],
    ['К «силовикам» относят министра обороны Ивана Сокола, к «семье» – главу Аппарата Олега Рябова', []],
    ['Среди «технократов» называют министра финансов Анну Ким – советника Президента Петра Лиса', []],
  ])('should read no line from prose before a dash in %j', (text, expected) => {
    expect(parsePersonLines(text)).toEqual(expected);
  });

  it.each<[string, Array<[string, string[]]>]>([
    // A results table's row: the count after the last dash is no word of the title.
    ['Эгил Левит, судья Суда Европейского союза – 61', [['Эгил Левит', ['судья Суда Европейского союза']]]],
    ['Дидзис Шмитс, депутат Сейма (KPV LV) – 24', [['Дидзис Шмитс', ['депутат Сейма']]]],
    ['  - Язмырадов Аннагельды, заместитель министра нефтегазовой промышленности – 1,07%;', [['Язмырадов Аннагельды', ['заместитель министра нефтегазовой промышленности']]]],
    ['Ирина Котова, министр юстиции — 12 %', [['Ирина Котова', ['министр юстиции']]]],
    // A count of votes with its word and a spaced number, its share in brackets after it.
    ['Левон Тер-Петросян, первый Президент Армении (1991–1998 гг.) – 351 222 голоса (21,50%);', [['Левон Тер-Петросян', ['первый Президент Армении']]]],
    ['Анна Ким, министр юстиции – 1 204 558 голосов', [['Анна Ким', ['министр юстиции']]]],
    ['Ivan Sokol, Minister of Justice – 12,345 votes (3.2%)', [['Ivan Sokol', ['Minister of Justice']]]],
    // A post in the instrumental after a prose clause's comma (its verb before): back in the nominative.
    ['вице-премьер-министром по вопросам европейской интеграции – Олег Рыбачук.', [['Олег Рыбачук', ['Вице-премьер-министр по вопросам европейской интеграции']]]],
    ['министром юстиции – Анна Ким', [['Анна Ким', ['Министр юстиции']]]],
    ['советником по экономике – Иван Сокол', [['Иван Сокол', ['Советник по экономике']]]],
    // Near miss: a post in the nominative stays as written.
    ['Министр юстиции – Анна Ким', [['Анна Ким', ['Министр юстиции']]]],
    // Near miss: a count of something else is no result's count: not cut here (the post check judges the title).
    ['Олег Рябов, депутат Сейма – 12 лет', [['Олег Рябов', ['депутат Сейма – 12 лет']]]],
    // A candidate's post with no body of its own is not the section's: no line.
    ['Юрис Янсонс, омбудсмен – 8', []],
    // Near miss: a range's end after a digit stays the term's.
    ['Иван Петров – Министр финансов (1994 – 1999)', [['Иван Петров', ['Министр финансов']]]],
  ])('should read a results row in %j', (text, expected) => {
    expect(parsePersonLines(text).map((l) => [l.name, l.titles])).toEqual(expected);
  });

  it.each<[string, Array<[string, string[]]>]>([
    // A post in the genitive alone before a colon is the rest of a phrase cut off before it ("И.о." split off), no line's post.
    ['Премьер-министра: Чокой Аурелиу (с 31 декабря 2020 г.)', []],
    ['Министра финансов: Иван Петров', []],
    ['Председателя Сената: Ольга Ким', []],
    // Near misses: a plural post, a feminine post and a post in the nominative before the colon are read.
    ['Члены Совета: Иван Петров, Олег Рябов', [['Иван Петров', ['Члены Совета']], ['Олег Рябов', ['Члены Совета']]]],
    ['Глава государства: Иван Петров', [['Иван Петров', ['Глава государства']]]],
    ['Председатель Совета: Иван Петров', [['Иван Петров', ['Председатель Совета']]]],
  ])('should read no line from a genitive before a colon in %j', (text, expected) => {
    expect(parsePersonLines(text).map((l) => [l.name, l.titles])).toEqual(expected);
  });

  it.each<[string, Array<[string, string[]]>]>([
    // A full stop the splitter kept ("г.") before a post's word starts the line; another post and holder after the comma are not this one's.
    ['Главной политической опорой власти остается партия «Новый Азербайджан» (ПНА), основанная в 1992 г. Председатель партии — Ильхам Алиев, первый заместитель председателя — Мехрибан Алиева.', [['Ильхам Алиев', ['Председатель партии']]]],
    ['Партия создана в 2005 г. Лидер партии – Омурбек Бабанов', [['Омурбек Бабанов', ['Лидер партии']]]],
    ['Совет учреждён в 1991 г. Секретарь Совета – Олег Рябов, заместитель секретаря – Ирина Ким', [['Олег Рябов', ['Секретарь Совета']]]],
    // Near misses: a dotted post's word ends no sentence; a holder's own post after the comma is kept.
    ['И. о. Министра здравоохранения – Ульяна Супрун', [['Ульяна Супрун', ['И. о. Министра здравоохранения']]]],
    ['Председатель Совета – Олег Рябов, министр финансов', [['Олег Рябов', ['Председатель Совета', 'министр финансов']]]],
  ])('should start a line at a kept full stop in %j', (text, expected) => {
    expect(parsePersonLines(text).map((l) => [l.name, l.titles])).toEqual(expected);
  });

  it.each([
    // The line's post, then the holder's own post and name: initials, a hyphenated surname, a patronymic in any place.
    ['Председатель Совета – Президент Республики Молдова И.П. Тер-Петросян.', 'И.П. Тер-Петросян', ['Председатель Совета', 'Президент Республики Молдова']],
    // Initials written apart are one name's.
    ['Председатель Совета – Президент Республики Т. Б. Оразалиев.', 'Т. Б. Оразалиев', ['Председатель Совета', 'Президент Республики']],
    ['Председатель: Президент Азербайджана Ильхам Гейдарович Алиев.', 'Ильхам Гейдарович Алиев', ['Председатель', 'Президент Азербайджана']],
    // Two posts joined by a dash before the colon: one title each.
    ['Вице-премьер – министр энергетики: Сатыбалдиев Нурлан Ерланович', 'Сатыбалдиев Нурлан Ерланович', ['Вице-премьер', 'министр энергетики']],
    ['Deputy Prime Minister – Minister of Energy: Nurlan Satybaldiyev', 'Nurlan Satybaldiyev', ['Deputy Prime Minister', 'Minister of Energy']],
    // A closing remark of the one person after a colon is no part of the name.
    ['Секретарь Совета обороны: Гогичаишвили Леван (2014–2017 гг.).', 'Гогичаишвили Леван', ['Секретарь Совета обороны']],
    ['Secretary of the Defence Council: Levan Gogichaishvili (2014–2017).', 'Levan Gogichaishvili', ['Secretary of the Defence Council']],
    ['Председатель: Премьер-министр Республики Таджикистан Расулов Кохир Абдуллаевич', 'Расулов Кохир Абдуллаевич', ['Председатель', 'Премьер-министр Республики Таджикистан']],
    ['Сопредседатель Комиссии — Министр юстиции Давид Чихладзе', 'Давид Чихладзе', ['Сопредседатель Комиссии', 'Министр юстиции']],
    // A lower-case title that opens with a post's word.
    ['Председатель Совета – Иванова Ольга Петровна, заместитель Премьер-министра.', 'Иванова Ольга Петровна', ['Председатель Совета', 'заместитель Премьер-министра']],
    ['Ирина Котова – ответственный секретарь Комиссии по правам человека', 'Ирина Котова', ['ответственный секретарь Комиссии по правам человека']],
    ['Петр Гринько – первый заместитель Министра финансов', 'Петр Гринько', ['первый заместитель Министра финансов']],
    // The holder's own post in lower case after the line's post; a post opened by "главный", "старший", "личный".
    ['Председатель Комиссии – руководитель Администрации Президента С.Н. Алекперов.', 'С.Н. Алекперов', ['Председатель Комиссии', 'руководитель Администрации Президента']],
    ['Сопредседатель Совета — заместитель Премьер-министра Ольга Ивановна Крылова', 'Ольга Ивановна Крылова', ['Сопредседатель Совета', 'заместитель Премьер-министра']],
    ['Гинтарас Будрис – главный советник по вопросам внешней политики', 'Гинтарас Будрис', ['главный советник по вопросам внешней политики']],
    ['Ирма Вайткене – старший советник Президента по социальной политике', 'Ирма Вайткене', ['старший советник Президента по социальной политике']],
    ['Олег Сорин – личный помощник Президента', 'Олег Сорин', ['личный помощник Президента']],
    // A name, a comma, and one lower-case post: an adviser's line in a list.
    ['Омуров Талант, советник по экономическим вопросам', 'Омуров Талант', ['советник по экономическим вопросам']],
    ['Ирина Лаптева, помощник Президента по делам молодёжи;', 'Ирина Лаптева', ['помощник Президента по делам молодёжи']],
    ['Сапаров Нурлан Бекович, заместитель Руководителя Аппарата', 'Сапаров Нурлан Бекович', ['заместитель Руководителя Аппарата']],
    // Names with no family name, and a rank before the name.
    ['Айгуль Нурлан кызы – Министр труда', 'Айгуль Нурлан кызы', ['Министр труда']],
    ['Министр образования – Бакыт Асан уулу', 'Бакыт Асан уулу', ['Министр образования']],
    ['Генерал-лейтенант А.С. Бекназаров – Председатель Комитета национальной безопасности', 'А.С. Бекназаров', ['Председатель Комитета национальной безопасности']],
    ['Полковник Рустам Эмомали – Министр обороны', 'Рустам Эмомали', ['Министр обороны']],
    // A family name before a given name, the father's name and its particle (оглы, кызы, угли, кизи).
    ['Мамедов Эльчин Рауф оглы – Министр энергетики', 'Мамедов Эльчин Рауф оглы', ['Министр энергетики']],
    // After a post, a family name in -заде opens the name too.
    ['Председатель – Президент Азербайджанской Республики Гасымзаде Ильгар Вагиф оглу.', 'Гасымзаде Ильгар Вагиф оглу', ['Председатель', 'Президент Азербайджанской Республики']],
    ['Председатель Совета: Министр юстиции Мамедзаде Севда Рауф кызы', 'Мамедзаде Севда Рауф кызы', ['Председатель Совета', 'Министр юстиции']],
    ['Алиева Лейла Ариф кызы – помощник Президента по социальным вопросам', 'Алиева Лейла Ариф кызы', ['помощник Президента по социальным вопросам']],
    ['Заместитель Председателя – Исмаилова Гюльнара Тофик кызы.', 'Исмаилова Гюльнара Тофик кызы', ['Заместитель Председателя']],
    ['Председатель Совета – Каримов Ботир Рустам угли, советник Президента по экономике.', 'Каримов Ботир Рустам угли', ['Председатель Совета', 'советник Президента по экономике']],
    ['Секретарь: Юсупова Дилноза Анвар кизи', 'Юсупова Дилноза Анвар кизи', ['Секретарь']],
    // A family name, then initials, the last dot gone with the line's end or not.
    ['Председатель Комитета – Сорокин П.Е., советник Премьер-министра', 'Сорокин П.Е.', ['Председатель Комитета', 'советник Премьер-министра']],
    ['Кравчук И.П. – Министр юстиции', 'Кравчук И.П.', ['Министр юстиции']],
    ['Председатель – Петренко О.В', 'Петренко О.В.', ['Председатель']],
    ['Секретарь Совета: Абдуллаев Т.', 'Абдуллаев Т.', ['Секретарь Совета']],
    // An acting holder: "и.о.", "врио", "исполняющий обязанности", the abbreviation's dot no sentence's end.
    ['Бойко Ирина Степановна – и.о. Министра здравоохранения', 'Бойко Ирина Степановна', ['и.о. Министра здравоохранения']],
    ['Назаров Рустам Ильич – Вр.и.о. Председателя Комитета', 'Назаров Рустам Ильич', ['Вр.и.о. Председателя Комитета']],
    ['Тимур Оразов – исполняющий обязанности министра юстиции', 'Тимур Оразов', ['исполняющий обязанности министра юстиции']],
    ['Светлана Кравец – исполняющая обязанности Руководителя Аппарата', 'Светлана Кравец', ['исполняющая обязанности Руководителя Аппарата']],
    // Two posts joined by a dash or "и"/"and" where a post's word follows; a rank before the name is no name's word.
    ['Марат Жунусов – вице-премьер – министр экономики', 'Марат Жунусов', ['вице-премьер', 'министр экономики']],
    // Two lower-case posts apart by a comma, the first a single word: "– вице-премьер, министр обороны".
    ['Ираклий Аласания – вице-премьер, министр обороны', 'Ираклий Аласания', ['вице-премьер', 'министр обороны']],
    ['Олжас Бектенов – заместитель, министр юстиции', 'Олжас Бектенов', ['заместитель', 'министр юстиции']],
    ['Дана Ержанова – вице-премьер, Министр финансов', 'Дана Ержанова', ['вице-премьер', 'Министр финансов']],
    ['Генерал-полковник Рустам Ибрагимович Назаров – министр обороны – секретарь Совета безопасности', 'Рустам Ибрагимович Назаров', ['министр обороны', 'секретарь Совета безопасности']],
    ['Дана Ержанова – заместитель Премьер-министра и министр финансов', 'Дана Ержанова', ['заместитель Премьер-министра', 'министр финансов']],
    ['Дана Ержанова – министр труда и социальной защиты', 'Дана Ержанова', ['министр труда и социальной защиты']],
    ['Olaf Brenner – Deputy Prime Minister and Minister of Economy', 'Olaf Brenner', ['Deputy Prime Minister', 'Minister of Economy']],
    ['Olaf Brenner – Minister of Labour and Social Protection', 'Olaf Brenner', ['Minister of Labour and Social Protection']],
  ])('should read the name and titles of %j', (text, name, titles) => {
    const line = parsePersonLine(text);
    expect([line?.name, line?.titles]).toEqual([name, titles]);
  });

  it.each([
    // A passive appointment: the post in the instrumental before or after the name, back to the nominative, with its date.
    ['Секретарем Совета в марте 2008 г. назначен Арсен Вазгенович Мирзоян.', 'Арсен Вазгенович Мирзоян', ['Секретарь Совета'], '2008-03', null],
    ['Руководителем Аппарата Правительства 3 мая 2011 года назначена Садыкова Алия Маратовна; ранее этот пост занимал Омар Ержанович Сеитов.', 'Садыкова Алия Маратовна', ['Руководитель Аппарата Правительства'], '2011-05-03', 'Омар Ержанович Сеитов'],
    ['Главой Администрации 2 февраля 2015 года назначена Нино Гиоргиевна Джапаридзе, сменившая на этом посту Тамару Хомерики.', 'Нино Гиоргиевна Джапаридзе', ['Глава Администрации'], '2015-02-02', 'Тамара Хомерики'],
    ['Давид Арменович Саркисян назначен Министром обороны в июне 2012 г., сменив Левона Петросяна.', 'Давид Арменович Саркисян', ['Министр обороны'], '2012-06', 'Левон Петросян'],
    // A predecessor's family name that never declines stays as written (Romanian "-у", Georgian "-ая", Lithuanian "-ите").
    ['Ион Рошка назначен Министром юстиции в мае 2014 г., сменив Марину Лупеску.', 'Ион Рошка', ['Министр юстиции'], '2014-05', 'Марина Лупеску'],
    ['Руководителем Аппарата Президента 3 марта 2016 года назначен Дорин Кику, сменивший на этой должности Брынзану Корину Ивановну.', 'Дорин Кику', ['Руководитель Аппарата Президента'], '2016-03-03', 'Брынзану Корина Ивановна'],
    ['Главой Канцелярии 5 мая 2013 года назначен Гиви Кобалия, сменивший на этом посту Нану Гурцкая.', 'Гиви Кобалия', ['Глава Канцелярии'], '2013-05-05', 'Нана Гурцкая'],
    ['Ержан Болатович Сапаров был назначен Председателем Комитета в 2014 году.', 'Ержан Болатович Сапаров', ['Председатель Комитета'], '2014', null],
    // The predecessor's clause inside the date's brackets: the date stays the start, the brackets no part of the name.
    ['Министр обороны - Кабул Бердиев (с сентября 2008 года, сменил Руслана Мирзаева)', 'Кабул Бердиев', ['Министр обороны'], '2008-09', 'Руслан Мирзаев'],
    ['Олег Лис – Министр юстиции (назначен 3 мая 2012 г., сменил на этом посту Ивана Сидоренко)', 'Олег Лис', ['Министр юстиции'], '2012-05-03', 'Иван Сидоренко'],
    ['Министр финансов – Анна Лис (с 2015 г., сменившая Петра Орлова).', 'Анна Лис', ['Министр финансов'], '2015', 'Петр Орлов'],
    // A bracket closed before the clause: the clause is the line's, the aside a remark.
    ['Министр финансов – Анна Лис (Народная партия), сменившая Петра Орлова.', 'Анна Лис', ['Министр финансов'], null, 'Петр Орлов'],
    // An appointment with its date after the titles and a comma: read, and no part of the last title.
    ['Бекетов Олжас Маратович – министр финансов, назначен 12 марта 2015 года', 'Бекетов Олжас Маратович', ['министр финансов'], '2015-03-12', null],
    ['Айша Нурланова – министр юстиции, член Совета безопасности, назначена в мае 2016 г.', 'Айша Нурланова', ['министр юстиции', 'член Совета безопасности'], '2016-05', null],
    ['Olaf Brenner – Minister of Finance, Member of the Security Council, appointed on 5 May 2016', 'Olaf Brenner', ['Minister of Finance', 'Member of the Security Council'], '2016-05-05', null],
    // "До него … возглавлял", "сменивший", in the line's later sentences.
    ['Министр финансов – Петров Иван Ильич. До него Министерство возглавлял Олег Сидоренко.', 'Петров Иван Ильич', ['Министр финансов'], null, 'Олег Сидоренко'],
    ['Ильяс Омаров – Руководитель Аппарата. До него Аппарат в течение почти пяти лет возглавлял Тимур Исаев.', 'Ильяс Омаров', ['Руководитель Аппарата'], null, 'Тимур Исаев'],
    ['Алия Садыкова – Руководитель Аппарата (назначена в мае 2011 г.). Ранее Аппаратом руководил Омар Сеитов.', 'Алия Садыкова', ['Руководитель Аппарата'], '2011-05', 'Омар Сеитов'],
  ])('should read the appointment %j', (text, name, titles, startDate, predecessor) => {
    const line = parsePersonLine(text);
    expect([line?.name, line?.titles, line?.startDate, line?.predecessor]).toEqual([name, titles, startDate, predecessor]);
  });

  it.each([
    // A post held before, in the appointment's aside: read apart from the line's own post.
    ['Бекетов Олжас Маратович – министр финансов (назначен 12.03.2015, до этого – заместитель министра)', ['министр финансов'], '2015-03-12', ['заместитель министра']],
    ['Министр юстиции – Айша Нурланова (с 5 мая 2016 г.; ранее – первый заместитель министра юстиции)', ['Министр юстиции'], '2016-05-05', ['первый заместитель министра юстиции']],
    ['Olaf Brenner – Minister of Finance (since March 2015; previously Deputy Minister of Economy)', ['Minister of Finance'], '2015-03', ['Deputy Minister of Economy']],
    ['Бекетов Олжас Маратович – министр финансов (с 12.03.2015; до этого – в отставке)', ['министр финансов'], '2015-03-12', undefined],
  ])('should read the former post of %j', (text, titles, startDate, formerTitles) => {
    const line = parsePersonLine(text);
    expect([line?.titles, line?.startDate, line?.formerTitles]).toEqual([titles, startDate, formerTitles]);
  });

  it.each([
    // A post taken after the line's, in its closing aside ("затем назначен" and the post in the instrumental).
    ['Заместитель руководителя – Петренко Олег (до 12 мая 2016 г., затем назначен Генеральным прокурором)', ['Заместитель руководителя'], ['Генеральный прокурор']],
    ['Советник Президента — Анна Лисова (до 2018 г., позднее назначена министром юстиции)', ['Советник Президента'], ['Министр юстиции']],
    ['Deputy Head – Ruslan Petrenko (until August 2019, then appointed Prosecutor General)', ['Deputy Head'], ['Prosecutor General']],
    // Not a post after the verb, or no verb of appointment.
    ['Заместитель руководителя – Петренко Олег (до 12 мая 2016 г., затем назначен в Киев)', ['Заместитель руководителя'], undefined],
    ['Заместитель руководителя – Петренко Олег (до 12 мая 2016 г., затем Генеральный прокурор)', ['Заместитель руководителя'], undefined],
  ])('should read the later post of %j', (text, titles, laterTitles) => {
    const line = parsePersonLine(text);
    expect([line?.titles, line?.laterTitles]).toEqual([titles, laterTitles]);
  });

  it.each([
    // Not a post in the instrumental, a verb of an election, a lower-case remark, a rank alone: no line.
    'Правительство в мае 2004 г. назначено Президентом.',
    'Президентом в 2010 году избран Виктор Петрович Сидоренко.',
    'Вопрос назначен Комиссией на май.',
    'Иван Петров – известный экономист и публицист',
    // A lower-case word after the line's post that opens no post: no holder's title, no line.
    'Председатель Комиссии – известный экономист Ильгар Гасымзаде',
    'Иван Петров – главный редактор газеты «Время»',
    // After the comma a clause of prose, or a word that opens no post.
    'Иван Петров, советник Президента, заявил о своей отставке',
    'Иван Петров, известный экономист',
    'Иван Петров, которого назначили советником',
    'Председатель Совета – Президент Республики.',
    'Генерал-майор – воинское звание',
    // A sentence that opens with a post and ends with a body's capitalized words is prose, not "Post Name".
    'Премьер-министра назначает Президент с учетом расстановки сил в Национальном Собрании',
    'Министр обороны отчитывается перед Жогорку Кенешем',
    // Initials with no family name beside them, an abbreviation with no post after it.
    'Председатель – И.П.',
    'Иван Петров – и.о.',
    // A heading that opens with a body's noun: the body, not a post and a holder.
    'Администрация Президента Российской Федерации',
    'Аппарат Правительства Республики Казахстан',
    'Секретариат Президента Украины',
  ])('should read no person line in %j', (text) => {
    expect(parsePersonLine(text)).toBeNull();
  });

  it('should drop the appointment from the title once read', () => {
    expect(parsePersonLine('Ирина Петрова - Министр юстиции (назначена 5 марта 2012 г.)')?.titles).toEqual(['Министр юстиции']);
    expect(parsePersonLine('Ержан Казыханов – Министр иностранных дел с апреля 2012 года')?.titles).toEqual(['Министр иностранных дел']);
  });

  it.each([
    // "с" before no date, and a body's name inside a title, are no start and no predecessor.
    ['Иван Сергеев – Председатель Комитета по связям с общественностью', null, null],
    ['Анна Котова - Министр культуры. Правительство сменило курс в 2012 году.', null, null],
    ['Олег Ким – Министр связи. Назначения в Правительство в 2012 году производились Президентом.', null, null],
    // Near misses: a post of the person's own before ("ранее занимавшая пост министра"), a course changed, a successor's word after.
    ['Министр культуры – Тея Цулукиани; Нино Гогия, ранее занимавшая пост министра юстиции, стала послом.', null, null],
    ['Анна Котова - Министр культуры. Она сменила курс министерства Ивану Орлову назло.', null, null],
    ['Анна Котова - Министр культуры. Её предшественник на выборах был сильнее.', null, null],
  ])('should read no start or predecessor in %j', (text, startDate, predecessor) => {
    const line = parsePersonLine(text);
    expect([line?.startDate, line?.predecessor]).toEqual([startDate, predecessor]);
  });
});

describe('parsePersonLine: staff lists, particles before the family name, genitives listed before a colon', () => {
  it.each([
    // A definition list's term and description joined by a dash; the description's aside dates the post, its remark after ";" is dropped.
    ['Руководитель Аппарата Президента – Тимур Рашид оглы Гасымов (с 2003 г.; пережил трёх премьеров)', 'Тимур Рашид оглы Гасымов', ['Руководитель Аппарата Президента'], '2003'],
    ['Заведующий отделом по работе с регионами – Вугар Ильгар оглы Самедов', 'Вугар Ильгар оглы Самедов', ['Заведующий отделом по работе с регионами'], null],
    ['Заведующая сектором кадровой политики – Лейла Назимова', 'Лейла Назимова', ['Заведующая сектором кадровой политики'], null],
    ['Заведующий отделом печати – Керимов Эльдар Расим оглы (с мая 2011 г.)', 'Керимов Эльдар Расим оглы', ['Заведующий отделом печати'], '2011-05'],
    // The person first, the post after: the dl reversed.
    ['Айдан Муса кызы Рзаева – заведующая отделом гуманитарной политики', 'Айдан Муса кызы Рзаева', ['заведующая отделом гуманитарной политики'], null],
    // A table's row: a particle between the father's name and the family name.
    ['Вице-премьер – Эмин Фазиль оглы Гулиев', 'Эмин Фазиль оглы Гулиев', ['Вице-премьер'], null],
    // A ministry of several portfolios, listed with commas, before a colon.
    ['Министр транспорта, связи и дорожного хозяйства: Дорин Мунтяну', 'Дорин Мунтяну', ['Министр транспорта, связи и дорожного хозяйства'], null],
    ['Министр культуры, молодёжи и спорта: Ильдар Галиев (с 12.04.2019)', 'Ильдар Галиев', ['Министр культуры, молодёжи и спорта'], '2019-04-12'],
    // Two posts of one person joined by a comma before the colon.
    ['Вице-премьер, Министр регионального развития: Гурген Асатрян', 'Гурген Асатрян', ['Вице-премьер', 'Министр регионального развития'], null],
    ['Первый заместитель Премьер-министра, министр финансов: Азат Бекмуратов (с 2 июня 2016 г.)', 'Азат Бекмуратов', ['Первый заместитель Премьер-министра', 'министр финансов'], '2016-06-02'],
    // A list of advisers under their plural heading: the post in lower case first.
    ['советник по вопросам обороны – Олжас Курманов;', 'Олжас Курманов', ['советник по вопросам обороны'], null],
    ['• помощник по правовым вопросам – Петрашку Ион', 'Петрашку Ион', ['помощник по правовым вопросам'], null],
    // A rank or a trade before the name is no part of it.
    ['Министр внутренних дел – генерал-майор Тимур Алиев', 'Тимур Алиев', ['Министр внутренних дел'], null],
    ['Председатель Совета – академик Руслан Галеев.', 'Руслан Галеев', ['Председатель Совета'], null],
    ['Генеральный прокурор – юрист Олег Марченко (с 3 мая 2018 г.)', 'Олег Марченко', ['Генеральный прокурор'], '2018-05-03'],
    // A list under a plural heading: the name, then the post in parentheses.
    ['Анвар Юсупов (государственный советник Президента по вопросам экономики)', 'Анвар Юсупов', ['государственный советник Президента по вопросам экономики'], null],
    ['Лола Каримова (помощник Президента по делам молодёжи)', 'Лола Каримова', ['помощник Президента по делам молодёжи'], null],
    ['Anvar Yusupov (State Adviser to the President on economic affairs)', 'Anvar Yusupov', ['State Adviser to the President on economic affairs'], null],
  ])('should read %j', (text, name, titles, startDate) => {
    const line = parsePersonLine(text);
    expect([line?.name, line?.titles, line?.startDate]).toEqual([name, titles, startDate]);
  });

  it.each([
    // A lower-case opening that is no post, a vacancy, a clause with a colon.
    'по вопросам юстиции – Олжас Курманов',
    'советник по вопросам юстиции – вакансия (декабрь 2020 г.)',
    'Задачи, функции и полномочия: Совет Министров',
    'заведующий отделом печати',
    // A name before a colon with no post after it.
    'Иванов Иван Петрович: работает в Совете',
    // A post before the name is the holder's own (another shape); a term in the aside is prose's; a party is no post.
    'Иван Грушко (Президент в 2010–2014 гг.)',
    'Иван Грушко (Народная партия)',
  ])('should not read %j', (text) => {
    expect(parsePersonLine(text)).toBeNull();
  });
});

describe('parsePersonLine: a predecessor named with the holder\'s surname', () => {
  it.each([
    ['Секретарь Совета: Ерлан Жумабаев (назначен в мае 2019 г.). Предшественник Жумабаева на этом посту – Сакен Ибраев.', 'Сакен Ибраев'],
    ['Руководитель Канцелярии – Ирина Лозовая. Предшественница Лозовой на этой должности – Анна Гречко.', 'Анна Гречко'],
    // In the line's own remark: a lower-case "предшественник –" after the date, "сменил Y" in the accusative.
    ['Министр юстиции: Ара Мелконян (с 3 мая 2011 г.; предшественник – Гагик Тер-Минасян)', 'Гагик Тер-Минасян'],
    ['Министр энергетики: Рубен Акопян (сменил Левона Гаспаряна, занимавшего пост в 2004–2010 гг.)', 'Левон Гаспарян'],
    ['Рубен Акопян – Министр энергетики (сменил Левона Гаспаряна)', 'Левон Гаспарян'],
  ])('should read the predecessor of %j', (text, predecessor) => {
    expect(parsePersonLine(text)?.predecessor).toBe(predecessor);
  });
});

describe('parsePersonLine: a term in brackets after a post', () => {
  it.each<[string, string[], number, string | null, string | null]>([
    // A range, dated and over: the post it follows, its brackets dropped from the title.
    ['Кравец Олег Петрович – исполняющий обязанности Президента (11.03.2009 – 02.10.2011), Председатель Сейма', ['исполняющий обязанности Президента', 'Председатель Сейма'], 0, '2009-03-11', '2011-10-02'],
    ['Лина Ожогина – Министр культуры (апрель – сентябрь 2016)', ['Министр культуры'], 0, '2016-04', '2016-09'],
    ['Тарас Мельник – Министр юстиции, Председатель Комиссии (1996–1999 гг.)', ['Министр юстиции', 'Председатель Комиссии'], 1, '1996', '1999'],
    ['Ivan Dobrev – Acting President (2 June 2010 - 14 July 2012)', ['Acting President'], 0, '2010-06-02', '2012-07-14'],
    // One date with a remark: the start; an end alone.
    ['Сарыев Нурлан – и.о. Председателя Правительства (7 ноября 2011 г., три дня).', ['и.о. Председателя Правительства'], 0, '2011-11-07', null],
    ['Вера Зайцева – Министр финансов (до марта 2013 г.)', ['Министр финансов'], 0, null, '2013-03'],
    // A second post opened by "одновременно", the first's start at its end.
    ['Осмонов Бакыт Асанович – исполняющий обязанности Президента с 2 мая 2010 г., одновременно и.о. Премьер-министра.', ['исполняющий обязанности Президента', 'и.о. Премьер-министра'], 0, '2010-05-02', null],
  ])('should read %j', (text, titles, datedTitle, startDate, endDate) => {
    const line = parsePersonLine(text);
    expect([line?.titles, line?.datedTitle, line?.startDate, line?.endDate ?? null]).toEqual([titles, datedTitle, startDate, endDate]);
  });
});

describe('readPastPostLine: a line whose post is a past verb phrase', () => {
  it.each([
    // The fixture's shape: a span of two months under one year, the post it was held as dropped.
    ['Паулаускас Артурас – исполнял обязанности Президента с апреля по июль 2004 года как Председатель Сейма', { line: 'Паулаускас Артурас – исполняющий обязанности Президента', startDate: '2004-04', endDate: '2004-07' }],
    ['Пашинский Сергей Владимирович – исполнял обязанности Руководителя Администрации с 24 февраля по июнь 2014 года.', { line: 'Пашинский Сергей Владимирович – исполняющий обязанности Руководителя Администрации', startDate: '2014-02-24', endDate: '2014-06' }],
    // Invented: a woman, "временно", "до", each date with its year; no span at all; English.
    ['Мирзоева Лейла – временно исполняла обязанности Министра финансов с 3 мая 2011 года до 1 февраля 2012 года', { line: 'Мирзоева Лейла – временно исполняющий обязанности Министра финансов', startDate: '2011-05-03', endDate: '2012-02-01' }],
    ['Орлов Пётр – исполнял обязанности Премьер-министра в качестве Первого вице-премьера', { line: 'Орлов Пётр – исполняющий обязанности Премьер-министра', startDate: null, endDate: null }],
    ['John Reed – acted as President from April to July 2004 as Speaker of Parliament', { line: 'John Reed – Acting President', startDate: '2004-04', endDate: '2004-07' }],
  ])('%j', (text, past) => {
    expect(readPastPostLine(text)).toEqual(past);
  });

  it.each([
    // Near misses: a post held now, a span that ends before it starts, a span with no date.
    'Паулаускас Артурас – исполняющий обязанности Президента с апреля 2004 года',
    'Мирзоева Лейла – исполняла обязанности Министра с мая по апрель 2011 года',
    'Орлов Пётр – исполнял обязанности Министра с тех пор по сей день',
  ])('%j → null', (text) => {
    expect(readPastPostLine(text)).toBeNull();
  });
});

describe('lineEventClauses: the dated events a person line tells after its post', () => {
  it.each([
    ['Роландас Паксас – Президент с февраля 2003 года; 6 апреля 2004 года отрешён Сеймом от должности в порядке импичмента', ['Роландас Паксас 6 апреля 2004 года отрешён Сеймом от должности в порядке импичмента.']],
    // Invented: a verb first, two clauses; English.
    ['Иван Лисов – Премьер-министр с 2010 года; ушёл в отставку 3 марта 2012 года; скончался 9 мая 2015 года.', ['Иван Лисов ушёл в отставку 3 марта 2012 года.', 'Иван Лисов скончался 9 мая 2015 года.']],
    ['Anna Berg – Prime Minister since 2010; resigned on 3 March 2012', ['Anna Berg resigned on 3 March 2012.']],
    // Near misses: a clause that names a post, one with no day, a line with no dash.
    ['Иван Лисов – Премьер-министр с 2010 года; с 3 марта 2012 года – Министр финансов', []],
    ['Иван Лисов – Премьер-министр с 2010 года; переизбран в 2012 году', []],
    ['Иван Лисов был Премьер-министром; ушёл в отставку 3 марта 2012 года', []],
  ])('%j', (text, clauses) => {
    expect(lineEventClauses(text, text.split(/\s+[–-]\s+|\s+был\s/u)[0]!)).toEqual(clauses);
  });
});

describe('parsePersonLines: a long dash with no space, a kin beside the name', () => {
  it.each<[string, string, string[]]>([
    // The fixtures' shapes.
    ['Министр финансов—Хачатрян Тигран', 'Хачатрян Тигран', ['Министр финансов']],
    ['Алиев Рахат Мухтарович – зять Президента, заместитель Председателя Комитета национальной безопасности;', 'Алиев Рахат Мухтарович', ['заместитель Председателя Комитета национальной безопасности']],
    ['Виктор Лукашенко, старший сын Президента, – помощник Президента по национальной безопасности (с 2005 года), член Совета Безопасности.', 'Виктор Лукашенко', ['помощник Президента по национальной безопасности', 'член Совета Безопасности']],
    // Invented: an en dash with no space; a daughter, a nephew of two words.
    ['Министр юстиции–Андреасян Карен', 'Андреасян Карен', ['Министр юстиции']],
    ['Нигора Каримова – дочь Президента, посол в Испании', 'Нигора Каримова', ['посол в Испании']],
    ['Жаныш Осмонов, племянник бывшего Президента, – Председатель Службы охраны', 'Жаныш Осмонов', ['Председатель Службы охраны']],
  ])('%j', (text, name, titles) => {
    const [line] = parsePersonLines(text);
    expect([line?.name, line?.titles]).toEqual([name, titles]);
  });

  it.each([
    // Near misses: a hyphen with no space joins words; a kin with no post after it.
    'Вице-премьер-Григорян Мгер',
    'Нигора Каримова – дочь Президента',
  ])('%j → none', (text) => {
    expect(parsePersonLines(text)).toEqual([]);
  });
});

describe('parsePersonLines: a past post said of the holder after a comma', () => {
  it.each<[string, string, string[]]>([
    // The fixture's shape, and invented: another participle with "до этого" after it; the holder first.
    ['Министр культуры, спорта и молодёжи – Т. Цулукиани, ранее возглавлявшая Министерство юстиции.', 'Т. Цулукиани', ['Министр культуры, спорта и молодёжи']],
    ['Министр юстиции – Иван Петров, руководивший до этого Аппаратом Правительства', 'Иван Петров', ['Министр юстиции']],
    ['Иван Петров – Министр юстиции, прежде занимавший пост посла', 'Иван Петров', ['Министр юстиции']],
    // Near miss: the clause inside an aside is the aside's (the predecessor's), the line still read.
    ['Министр иностранных дел: Эдвард Налбандян (сменил Вардана Осканяна, занимавшего пост в 1998–2008 гг.)', 'Эдвард Налбандян', ['Министр иностранных дел']],
  ])('%j', (text, name, titles) => {
    const [line] = parsePersonLines(text);
    expect([line?.name, line?.titles]).toEqual([name, titles]);
  });
});

describe('laterHolderLines: the holders a line names after its own', () => {
  it.each<[string, Array<[string, string, string]>]>([
    // The fixtures' shapes: a start and a dash; a date, the post in the instrumental and "избран".
    ['Государственный секретарь: Вакульчик Валерий Павлович (с сентября 2020-го); с 29.10.2020 – Вольфович Александр Григорьевич.', [['Вольфович Александр Григорьевич', 'Государственный секретарь', '2020-10-29']]],
    ['Председатель Парламента – Каха Кучава (до ноября 2021 года); в декабре 2021 года Председателем Парламента избран Шалва Папуашвили.', [['Шалва Папуашвили', 'Председатель Парламента', '2021-12']]],
    // Invented: "со" and a month; "назначена", the holder first in the line.
    ['Министр финансов – Орлов Пётр (до мая 2019 г.); со 2 июня 2019 г. – Ли Анна', [['Ли Анна', 'Министр финансов', '2019-06-02']]],
    ['Иван Лисов – Генеральный прокурор (до 2018 года); 5 марта 2018 года Генеральным прокурором назначена Мария Крюк', [['Мария Крюк', 'Генеральный прокурор', '2018-03-05']]],
    // An earlier holder of the same post by "this post", over a span of years; invented: "данный пост", "возглавлял".
    ['Секретарь Совета безопасности – Ниязов Мирослав (с мая 2005 г.); в 2002–2005 гг. эту должность занимал Мисир Ашыркулов.', [['Мисир Ашыркулов', 'Секретарь Совета безопасности', '2002']]],
    ['Генеральный прокурор – Ли Анна; в 1999–2003 гг. данный пост возглавлял Орлов Пётр Ильич', [['Орлов Пётр Ильич', 'Генеральный прокурор', '1999']]],
    // Near misses: another post elected; a clause with no date; no later clause; an earlier holder with no span.
    ['Председатель Парламента – Каха Кучава; в декабре 2021 года Председателем Комитета избран Шалва Папуашвили', []],
    ['Секретарь Совета – Ниязов Мирослав; ранее эту должность занимал Мисир Ашыркулов', []],
    ['Министр финансов – Орлов Пётр; затем – Ли Анна', []],
    ['Министр финансов – Орлов Пётр (с мая 2019 г.)', []],
  ])('%j', (text, later) => {
    const [first] = parsePersonLines(text);
    expect(laterHolderLines(text, first!).map((l) => [l.name, l.titles[0], l.startDate])).toEqual(later);
  });
});

describe('nowPostLines: the post a line says its holder holds now', () => {
  it.each<[string, string[]]>([
    // The fixture's shape; invented: "в настоящее время" and two clauses; English.
    ['Балгимбаев Нурлан Утеубович – Премьер-Министр с 10 октября 1997 г. по 1 октября 1999 г., отправлен в отставку; ныне – президент Национальной нефтегазовой компании «Казахойл».', ['президент Национальной нефтегазовой компании «Казахойл»']],
    ['Орлов Пётр – Министр финансов в 2001–2004 гг.; позднее посол; в настоящее время – Председатель Счётной палаты', ['Председатель Счётной палаты']],
    ['Anna Berg – Prime Minister in 2010–2012; now – Chairwoman of the Central Bank', ['Chairwoman of the Central Bank']],
    // Near misses: "now" with no post after it; no clause after the line's own.
    ['Орлов Пётр – Министр финансов в 2001–2004 гг.; ныне – на пенсии', []],
    ['Орлов Пётр – ныне Министр финансов', []],
  ])('%j', (text, posts) => {
    const [first] = parsePersonLines(text);
    expect(nowPostLines(text, first!).map((l) => l.titles[0])).toEqual(posts);
  });
});
