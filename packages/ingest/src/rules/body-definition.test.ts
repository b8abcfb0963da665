import { describe, expect, it } from 'vitest';
import { abbreviatedBody, classifyBodyName, definedBody, foundingDate, governmentName, headOfStateName, isHeadOfStateHeading, namesBody, opensWithBodyNoun, predecessorBody, readableHeading, subjectBody, bodyFromGenitive, leadInSubject } from './body-definition.js';

describe('headOfStateName', () => {
  it.each([
    ['The President of the Republic of Kazakhstan is the Head of State.', 'President of the Republic of Kazakhstan'],
    ['The President of the Kyrgyz Republic is the Head of State, the highest official, who represents the unity of the people.', 'President of the Kyrgyz Republic'],
    ['The President of Uzbekistan is head of state and commander-in-chief.', 'President of Uzbekistan'],
    ['The Head of State is the President of the Republic of Armenia, elected for five years.', 'President of the Republic of Armenia'],
    ['The President is the Head of the State.', 'President'],
    ['Under the Constitution of 2010 the President of the Kyrgyz Republic is the Head of State.', 'President of the Kyrgyz Republic'],
    ['According to the Constitution, the President of Armenia is the Head of State.', 'President of Armenia'],
    ['Under the Constitution adopted at the referendum of August 30, 1995 the President of the Republic of Kazakhstan is the Head of State and its highest official.', 'President of the Republic of Kazakhstan'],
    ['The Government is accountable to the President.', null],
    ['Президент Республики Казахстан является главой государства, его высшим должностным лицом.', 'Президент Республики Казахстан'],
    ['Согласно Конституции Президент Кыргызской Республики является главой государства.', 'Президент Кыргызской Республики'],
    ['По Конституции 1994 года Президент Республики Беларусь является Главой государства.', 'Президент Республики Беларусь'],
    ['Президент Армении – глава государства, избираемый на пять лет.', 'Президент Армении'],
    ['Главой государства является Президент Грузии, избираемый сроком на пять лет.', 'Президент Грузии'],
    ['Главой государства является Президент.', 'Президент'],
    ['Глава государства – Президент Республики Армения – следит за соблюдением Конституции.', 'Президент Республики Армения'],
    ['Глава государства — Президент Азербайджанской Республики, избираемый на семь лет.', 'Президент Азербайджанской Республики'],
    ['Глава государства - Президент', 'Президент'],
    ['Глава государства – Премьер-министр назначает министров.', null],
    ['Правительство подотчётно Президенту Республики.', null],
    ['Глава государства назначает Премьер-министра.', null],
    // A pronoun names no office: the paragraph's earlier sentence did.
    ['Он является главой государства, представляет страну внутри нее и в международных отношениях.', null],
    ['Она является главой государства и гарантом Конституции.', null],
    ['He is the Head of State.', null],
    ['Президент Грузии является главой государства и гарантом Конституции.', 'Президент Грузии'],
  ])('should read %j', (sentence, expected) => {
    expect(headOfStateName(sentence)).toBe(expected);
  });
});

describe('governmentName', () => {
  it.each([
    ['In compliance with the Constitution the Government exercises executive power of the Republic of Kazakhstan.', 'Government'],
    ['The Government of the Kyrgyz Republic is the highest body of executive power.', 'Government'],
    ['The Cabinet of Ministers heads the system of executive bodies.', 'Cabinet of Ministers'],
    ['The Council of Ministers is the central organ of executive authority.', 'Council of Ministers'],
    ['The Government exercises the executive power.', 'Government'],
    ['The Government is accountable to the President.', null],
    ['The President heads the executive power.', null],
    ['В соответствии с Конституцией Правительство осуществляет исполнительную власть Республики Казахстан.', 'Правительство'],
    ['Правительство Кыргызской Республики является высшим органом исполнительной власти.', 'Правительство'],
    ['Кабинет Министров возглавляет систему исполнительных органов.', 'Кабинет Министров'],
    ['Совет Министров является высшим исполнительным и распорядительным органом.', 'Совет Министров'],
    ['Согласно Основному закону, исполнительную власть осуществляет Правительство.', null],
    ['Правительство подотчётно Президенту и Парламенту.', null],
    ['Президент возглавляет исполнительную власть.', null],
  ])('should read %j', (sentence, expected) => {
    expect(governmentName(sentence)).toBe(expected);
  });
});

describe('definedBody', () => {
  it.each([
    ['Администрация Президента Республики Беларусь – государственный орган, обеспечивающий деятельность Главы государства.', 'Администрация Президента Республики Беларусь'],
    ['Совет обороны – консультативно-совещательный орган, образованный для выработки решений.', 'Совет обороны'],
    ['Совет национальной безопасности при Президенте Республики Армения – совещательный орган, вырабатывающий решения.', 'Совет национальной безопасности при Президенте Республики Армения'],
    ['Комитет по делам молодёжи — центральный исполнительный орган в сфере молодёжной политики.', 'Комитет по делам молодёжи'],
    ['Агентство по статистике - государственное учреждение, подчинённое Правительству.', 'Агентство по статистике'],
    ['Совет по правам человека – постоянно действующий совещательный форум при Главе государства.', 'Совет по правам человека'],
    ['Администрация Президента Кыргызской Республики была сформирована 12 января 1994 года и обеспечивает деятельность Главы государства.', 'Администрация Президента Кыргызской Республики'],
    ['Администрация Президента Республики Армения создана 10 декабря 1991 года.', 'Администрация Президента Республики Армения'],
    ['Совет создан в 2001 году как площадка для диалога.', 'Совет'],
    ['Национальная комиссия по делам женщин образована Указом Президента от 5 марта 2012 года.', 'Национальная комиссия по делам женщин'],
    ['Центральная избирательная комиссия – постоянно действующий государственный орган.', 'Центральная избирательная комиссия'],
    ['Общественный совет является совещательным органом.', 'Общественный совет'],
    ['Главная задача Совета – координация деятельности органов.', null],
    ['Этот совет создан в 2001 году.', null],
    ['Комиссия по делам женщин учреждена Указом Президента от 5 марта 2012 года.', 'Комиссия по делам женщин'],
    ['Служба государственной охраны является специальным органом, подчинённым Президенту.', 'Служба государственной охраны'],
    ['Совет Безопасности является конституционным органом.', 'Совет Безопасности'],
    ['Национальный совет по туризму является совещательным органом и создан в 2004 году.', 'Национальный совет по туризму'],
    // A body's staff named by another body's name, the sentence no more.
    ['Аппарат Правительства — Государственная канцелярия.', 'Государственная канцелярия'],
    ['Аппарат Президента – Президентская администрация', 'Президентская администрация'],
    ['Аппарат Совета безопасности – Национальный секретариат.', 'Национальный секретариат'],
    ['Аппарат Правительства — Государственная канцелярия, которая готовит заседания.', null],
    ['Аппарат Правительства — Иван Петров.', null],
    // A body only spoken of, a site line, a person line: no definition.
    ['Совет Министров слагает свои полномочия перед вновь избранным Президентом.', null],
    ['Комиссия рассматривает ходатайства осужденных о помиловании.', null],
    ['Министерство обороны – www.mod.gov.by', null],
    ['Министерство обороны –', null],
    ['Председатель Совета – Мацкевич Елена Викторовна, заместитель Руководителя Администрации.', null],
    ['Совет Безопасности – Гринкевич Павел Антонович, Государственный секретарь.', null],
    ['Назира Бакыт кызы – Секретарь Совета обороны', null],
    ['Правительство подотчетно и ответственно перед Парламентом.', null],
    ['The Security Council is a consultative body.', null],
    // A body named after the verb, its founding's participle after a comma agreeing with it.
    ['Проект поправок подготовила Специализированная комиссия по конституционным реформам при Президенте Республики Армения, созданная в сентябре 2013 года.', 'Специализированная комиссия по конституционным реформам при Президенте Республики Армения'],
    ['Работу главы государства обеспечивает Канцелярия Президента Республики, образованная в октябре 1992 года.', 'Канцелярия Президента Республики'],
    ['Законопроект разработал Национальный совет по правовой реформе, учреждённый 5 марта 2011 года указом Президента.', 'Национальный совет по правовой реформе'],
    ['В 2012 году доклад представило Агентство по делам молодёжи, основанное в 2009 году.', 'Агентство по делам молодёжи'],
    // Not a body in another case, not a participle of something else, not a founding with no date after it.
    ['Президент подписал указ о Комиссии по вопросам помилования, созданной в 2009 году.', null],
    ['Проект подготовила Комиссия по реформам, созданная для этого Президентом.', null],
    ['Проект поправок подготовил Иван Петров, избранный в 2013 году.', null],
  ])('should read %j', (sentence, expected) => {
    expect(definedBody(sentence)).toBe(expected);
  });
});

describe('opensWithBodyNoun', () => {
  it.each([
    ['Правительство', true],
    ['Совет Министров Республики Беларусь', true],
    ['Администрация', true],
    ['Council of Ministers', true],
    ['В число задач Совета входят', false],
    ['Члены Совета', false],
    ['National Security Council', false],
  ])('should tell %j: %s', (name, expected) => {
    expect(opensWithBodyNoun(name)).toBe(expected);
  });
});

describe('subjectBody', () => {
  it.each([
    ['The Security Council coordinates the activities of power structures.', 'Security Council'],
    ['The Council selects candidates for the positions of judges.', 'Council'],
    ['The Government of the Republic of Kazakhstan is not an independent actor.', 'Government of the Republic of Kazakhstan'],
    ['The President is a key actor.', null],
    ['According to the poll conducted by the Institute for Public Policy, 45.5% of respondents trust the President.', null],
    ['The Constitutional reform was followed by a redistribution.', null],
  ])('should read %j', (sentence, expected) => {
    expect(subjectBody(sentence)).toBe(expected);
  });
});

describe('leadInSubject', () => {
  it.each([
    // The fixtures' shapes: the lead-in names the subject by its noun, in any case.
    ['Канцелярия Президента обеспечивает деятельность Главы государства.', 'Канцелярия', 'Канцелярия Президента'],
    ['Администрация Президента обеспечивает деятельность главы государства.', 'Администрации', 'Администрация Президента'],
    ['Аппарат Президента Республики Армения обеспечивает деятельность главы государства.', 'Аппарата', 'Аппарат Президента Республики Армения'],
    // Invented: another body and verb, a lead-in with no body, English.
    ['Секретариат Совета Министров готовит заседания правительства.', 'Секретариата', 'Секретариат Совета Министров'],
    ['Служба Президента Молдовы ведёт хозяйство резиденций.', null, 'Служба Президента Молдовы'],
    ['The Executive Office of the President supports the head of state.', 'Office', null],
    ['The Executive Office of the President supports the head of state.', null, 'Executive Office of the President'],
  ])('should read %j before a lead-in of %j as %j', (sentence, body, expected) => {
    expect(leadInSubject(sentence, body)).toBe(expected);
  });

  it.each([
    // Near misses: a one-word subject only points back; a lead-in of another body; no body as the subject.
    ['Совет рассматривает вопросы обороны.', null],
    ['Канцелярия Президента обеспечивает деятельность Главы государства.', 'Правительства'],
    ['Президент Литвы назначает министров.', null],
    ['Иван Петров руководит Канцелярией.', 'Канцелярии'],
  ])('should not read %j before a lead-in of %j', (sentence, body) => {
    expect(leadInSubject(sentence, body)).toBeNull();
  });
});

describe('isHeadOfStateHeading', () => {
  it.each([['President', true], ['The President of the Republic', true], ['Presidency', true], ['Administration of the President', false], ['Government', false],
    ['Президент', true], ['Президент Республики Узбекистан', true], ['Глава государства', true], ['Администрация Президента', false], ['Правительство', false], ['Президентские выборы', false]])('should read %j as %s', (heading, expected) => {
    expect(isHeadOfStateHeading(heading)).toBe(expected);
  });
});

describe('readableHeading', () => {
  it.each([
    ['ADMINISTRATION OF THE PRESIDENT', 'Administration of the President'],
    ['GOVERNMENT', 'Government'],
    ['POLITICAL ELITE', 'Political elite'.replace('elite', 'Elite')],
    ['Security Council', 'Security Council'],
    ['AP', 'AP'],
    ['3. National Security Council', 'National Security Council'],
    ['IV. GOVERNMENT', 'Government'],
    ['2) Cabinet of Ministers', 'Cabinet of Ministers'],
    ['1.2 Ministries', 'Ministries'],
    ['B) Presidential Administration', 'Presidential Administration'],
    ['1995 Constitution', '1995 Constitution'],
    ['I. V. Petrov', 'I. V. Petrov'],
    ['7', '7'],
  ])('should read %j as %j', (heading, expected) => {
    expect(readableHeading(heading)).toBe(expected);
  });
});

describe('namesBody and abbreviatedBody', () => {
  it('should tell a body from a topic', () => {
    expect(namesBody('Legal Policy Council')).toBe(true);
    expect(namesBody('Termination of Authorities')).toBe(false);
    expect(abbreviatedBody('Administration of the President (AP) plays a very significant role.')).toEqual({ name: 'Administration of the President', abbreviation: 'AP' });
    expect(abbreviatedBody('The Kulob group (KG) dominates.')).toBeNull();
  });

  it.each([
    // An acronym after words of a party or a bloc is no body's, wherever a body's word stands before it.
    ['После выборов в Парламент правящую коалицию сформировал Альянс за европейскую интеграцию (АЕИ).', null],
    ['Против Правительства выступил Блок гражданского согласия (БГС), созданный в 2012 году.', null],
    ['Коалиция «Единство» в Сенате (КЕС) распалась.', null],
    ['Национальный совет по устойчивому развитию (НСУР) создан в 2005 году.', { name: 'Национальный совет по устойчивому развитию', abbreviation: 'НСУР' }],
    // The sentence's words before the body's name are none of it, the name back in the nominative.
    ['По данным Центральной комиссии по проведению выборов и референдумов (ЦИК) Туркменистана, явка составила 97,17%.', { name: 'Центральная комиссия по проведению выборов и референдумов', abbreviation: 'ЦИК' }],
    ['Согласно отчёту Национального агентства по статистике (НАС), рост составил 3%.', { name: 'Национальное агентство по статистике', abbreviation: 'НАС' }],
    ['According to the Central Election Commission (CEC), turnout was 64%.', { name: 'Central Election Commission', abbreviation: 'CEC' }],
    ['При премьер-министре действует также Межотраслевой координационный центр (МКЦ).', { name: 'Межотраслевой координационный центр', abbreviation: 'МКЦ' }],
    ['При Президенте работает Постоянный контрольный комитет (ПКК).', { name: 'Постоянный контрольный комитет', abbreviation: 'ПКК' }],
    // A name that opens the paragraph keeps its words, a small word between capitalized ones too.
    ['Президентский совет (ПС) собирается ежемесячно.', { name: 'Президентский совет', abbreviation: 'ПС' }],
    ['The National Security and Defense Council of Ukraine (NSDC) is the coordinating body.', { name: 'National Security and Defense Council of Ukraine', abbreviation: 'NSDC' }],
    ['Государственный комитет национальной безопасности (ГКНБ) подчиняется Президенту.', { name: 'Государственный комитет национальной безопасности', abbreviation: 'ГКНБ' }],
  ])('should read the body and abbreviation of %j', (paragraph, body) => {
    expect(abbreviatedBody(paragraph)).toEqual(body);
  });
});

describe('foundingDate', () => {
  it.each([
    ['AP was created in October 1995.', '1995-10'],
    ['The Council was set up by a decree of the President on November 8, 2005.', '2005-11-08'],
    ['The Agency has been established under the Law of the Republic in March 2001.', '2001-03'],
    ['The Commission was instituted on 5 May 1999 to fight corruption.', '1999-05-05'],
    ['The Public Council was formed by decree of the President of September 2008 as a consultative body.', '2008-09'],
    ['The Commission was formed by the decree of the President of May 14, 2008.', '2008-05-14'],
    ['The Council was formed of representatives of 15 ministries.', null],
    ['The Council meets on 5 May every year.', null],
    ['The Council was set up by the President.', null],
    ['АП была создана в октябре 1995 года на базе бывшего Аппарата Президента.', '1995-10'],
    ['Совет образован Указом Президента от 5 марта 2012 года.', '2012-03-05'],
    ['Агентство основано в 1997 г.', '1997'],
    ['Комиссия учреждена 14 мая 2008 года как консультативный орган.', '2008-05-14'],
    ['Совет был сформирован постановлением Правительства в декабре 2003 года.', '2003-12'],
    ['Палата создано решением Парламента от 2 июля 2001 г.', '2001-07-02'],
    ['Совет Безопасности образован Президентом Республики в целях обеспечения обороноспособности.', null],
    ['Национальный совет создан для содействия дальнейшей демократизации страны.', null],
    ['Совет собирается 5 мая каждого года.', null],
    // A participle's clause, in any gender and case: "созданный в …", "образованная …", "учреждённого …".
    ['Секретариат Совета, созданный в марте 1996 года, готовит заседания.', '1996-03'],
    ['Служба Президента, образованная 4 июня 2003 г. указом главы государства, ведёт его переписку.', '2003-06-04'],
    ['Совещательный орган, учреждённый распоряжением Президента 12 февраля 2004 года.', '2004-02-12'],
    ['Работу Совета обеспечивает Бюро, основанное в 1921 году.', '1921'],
    ['Руководство Инспекции, сформированной в январе 2010 года, назначает Президент.', '2010-01'],
    // Since when it works: "действует с …", "функционирует с …".
    ['Агентство действует с 1999 года.', '1999'],
    ['Совет функционирует с апреля 2011 года как постоянный орган.', '2011-04'],
    ['Фонд, действующий с 2002 года, распределяет гранты.', '2002'],
    // The date before the verb, in the same clause.
    ['В ноябре 1997 года была образована Комиссия по делам молодёжи.', '1997-11'],
    ['15 марта 2006 г. указом Президента создан Национальный совет по науке.', '2006-03-15'],
    ['In March 2004 the Council was established by a decree.', '2004-03'],
    // Near misses: another clause's date, a reorganization, a body that merely acts.
    ['Комиссия, созданная для борьбы с коррупцией, в 2009 году провела 40 проверок.', null],
    ['В 2004 году Совет был преобразован в Агентство.', null],
    ['Совет действует на постоянной основе с участием министров.', null],
    ['В 2001 году Совет провёл первое заседание, а созданная при нём комиссия работает до сих пор.', null],
  ])('should read %j as %j', (sentence, expected) => {
    expect(foundingDate(sentence)).toBe(expected);
  });
});

describe('predecessorBody', () => {
  it.each([
    ['Its predecessor – The Standing Meeting for Democratization – failed to arrange this dialogue.', 'Standing Meeting for Democratization'],
    ["The agency's predecessor was the State Committee for Statistics.", 'State Committee for Statistics'],
    ['Его предшественник – Постоянно действующее совещание по демократизации – не смог наладить диалог.', 'Постоянно действующее совещание по демократизации'],
    ['Её предшественницей была Комиссия по правам человека при Президенте.', 'Комиссия по правам человека при Президенте'],
    ['Предшественником этого органа был Государственный комитет по статистике, упразднённый в 1999 году.', 'Государственный комитет по статистике'],
    ['Its work has no predecessor.', null],
    ['Предшественником Мусина был Кайрат Келимбетов.', null],
  ])('should read %j as %j', (sentence, expected) => {
    expect(predecessorBody(sentence)).toBe(expected);
  });
});

describe('classifyBodyName', () => {
  it.each([
    ['Ministry of Finance', 'ministry'],
    ['Cabinet of Ministers', 'government'],
    ['Administration of the President', 'administration'],
    ['Executive Office of the President', 'administration'],
    ['Office of the Prime Minister', null],
    ['Security Council', null],
    ['Министерство финансов', 'ministry'],
    ['Министерства финансов', 'ministry'],
    ['Правительство Республики Казахстан', 'government'],
    ['Кабинет Министров', 'government'],
    ['Администрация Президента', 'administration'],
    ['Аппарат Правительства', 'administration'],
    ['Секретариат Президента', 'administration'],
    ['Секретариат Парламента', null],
    ['Совет Безопасности', null],
  ])('should class %j as %j', (name, expected) => {
    expect(classifyBodyName(name)).toBe(expected);
  });
});

describe('bodyFromGenitive', () => {
  it.each([
    ['Государственного комитета по делам молодёжи', 'Государственный комитет по делам молодёжи'],
    ['Национальной службы охраны', 'Национальная служба охраны'],
    ['Государственного агентства связи', 'Государственное агентство связи'],
    ['Высшего совета юстиции', 'Высший совет юстиции'],
    ['Аппарата Премьер-министра', 'Аппарат Премьер-министра'],
    ['Главного управления пограничной охраны', 'Главное управление пограничной охраны'],
    ['Центральной избирательной комиссии', 'Центральная избирательная комиссия'],
    // Already in the nominative, English, no body noun: as written.
    ['Государственный комитет по делам молодёжи', 'Государственный комитет по делам молодёжи'],
    ['State Committee for Youth Affairs', 'State Committee for Youth Affairs'],
    ['Лесовии', 'Лесовии'],
  ])('%s', (genitive, nominative) => {
    expect(bodyFromGenitive(genitive)).toBe(nominative);
  });
});
