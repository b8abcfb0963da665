import { describe, expect, it } from 'vitest';
import { findFigures, findSurveyFigures, isSurveySentence } from './survey.js';
import { LEXICONS } from '../lexicon/index.js';

type Row = [author: string | null, topic: string, subject: string, value: number];
const rows = (text: string): Row[] => findFigures(text).map((f) => [f.author, f.topic, f.subject, f.value]);

const LOBBY = 'According to the survey conducted by the Central Asian Agency for Political Research, the top three influential lobby groups in Kazakhstan are: the Governmental lobby (66.7%), groups of influence defending interests of foreign companies (61.9%), and clan lobby (38.1%).';
const TRUST = 'According to the poll conducted by the Institute for Public Policy, 45.5% of respondents trust the President, 27.3% trust the Government and 12.8% trust the Jogorku Kenesh.';

describe('findFigures', () => {
  it.each<[string, Row[]]>([
    // The corpus and the seed.
    [
      LOBBY,
      [
        ['Central Asian Agency for Political Research', 'top three influential lobby groups in Kazakhstan', 'Governmental lobby', 66.7],
        ['Central Asian Agency for Political Research', 'top three influential lobby groups in Kazakhstan', 'groups of influence defending interests of foreign companies', 61.9],
        ['Central Asian Agency for Political Research', 'top three influential lobby groups in Kazakhstan', 'clan lobby', 38.1],
      ],
    ],
    [
      TRUST,
      [
        ['Institute for Public Policy', 'trust', 'President', 45.5],
        ['Institute for Public Policy', 'trust', 'Government', 27.3],
        ['Institute for Public Policy', 'trust', 'Jogorku Kenesh', 12.8],
      ],
    ],
    [
      'According to the survey conducted by the Sharq Research Center, 52.1% of respondents name regional ties as the main channel of promotion in the civil service.',
      [['Sharq Research Center', 'main channel of promotion in the civil service', 'regional ties', 52.1]],
    ],
    // Other pollsters, verbs, populations, number forms.
    ['A poll by the Baltic Research Institute found that 61 percent of those polled support early elections.', [['Baltic Research Institute', 'support', 'early elections', 61]]],
    ['A survey conducted by Gallup showed 48 per cent of citizens would vote for the ruling party, while 12 per cent would vote for the Communists.', [['Gallup', 'would vote for', 'ruling party', 48], ['Gallup', 'would vote for', 'Communists', 12]]],
    ['According to a survey carried out by M-Vector in March 2012, 70,2 % of respondents approve of the work of the President.', [['M-Vector', 'approve of', 'work of the President', 70.2]]],
    ['According to the results of a 2011 opinion poll by the Levada Center, 35% of those surveyed do not trust political parties; 20% consider the army as the most reliable institution.', [['Levada Center', 'do not trust', 'political parties', 35], ['Levada Center', 'most reliable institution', 'army', 20]]],
    ['In a survey by the Expert Club, 64% of experts see clan ties as the main obstacle to reform.', [['Expert Club', 'main obstacle to reform', 'clan ties', 64]]],
    ['According to Ipsos, 30.5% of Georgians are satisfied with the Government.', [['Ipsos', 'are satisfied with', 'Government', 30.5]]],
    ['According to the rating published by the Agency for Social Technologies, the most influential politicians are: Prime Minister (71%), Speaker of the Parliament (43,5%) and the Mayor of the capital (30%).', [
      ['Agency for Social Technologies', 'most influential politicians', 'Prime Minister', 71],
      ['Agency for Social Technologies', 'most influential politicians', 'Speaker of the Parliament', 43.5],
      ['Agency for Social Technologies', 'most influential politicians', 'Mayor of the capital', 30],
    ]],
    ['According to the survey by the Institute of Sociology, the main problems were unemployment (44% of respondents), corruption (31%) and poverty (20%).', [
      ['Institute of Sociology', 'main problems', 'unemployment', 44],
      ['Institute of Sociology', 'main problems', 'corruption', 31],
      ['Institute of Sociology', 'main problems', 'poverty', 20],
    ]],
    ['According to the poll conducted by the Open Society Foundation, main sources of information: television (80%), internet (15%).', [
      ['Open Society Foundation', 'main sources of information', 'television', 80],
      ['Open Society Foundation', 'main sources of information', 'internet', 15],
    ]],
    // "survey of X", no comma after the author, "said they", "consider X the Y".
    ['According to the survey of the Baku Sociological Centre, 53% of respondents consider corruption the main problem of the country.', [['Baku Sociological Centre', 'main problem of the country', 'corruption', 53]]],
    ['According to a poll of the Association of Sociologists, 72.4% of respondents associate stability with the President.', [['Association of Sociologists', 'associate', 'stability with the President', 72.4]]],
    ['In a survey of the Armenian Sociological Association respondents named the most trusted politicians: Serzh Sargsyan (41%), Gagik Tsarukyan (17%), Levon Ter-Petrosyan (12%).', [
      ['Armenian Sociological Association', 'most trusted politicians', 'Serzh Sargsyan', 41],
      ['Armenian Sociological Association', 'most trusted politicians', 'Gagik Tsarukyan', 17],
      ['Armenian Sociological Association', 'most trusted politicians', 'Levon Ter-Petrosyan', 12],
    ]],
    ['In the poll of the Levada Center 48% of respondents said they approve of the activity of the Government.', [['Levada Center', 'approve of', 'activity of the Government', 48]]],
    ['A survey of the M-Vector agency found that 41.2% of respondents expect the Government to fight corruption.', [['M-Vector agency', 'expect', 'Government to fight corruption', 41.2]]],
    ['In a survey of the International Republican Institute, 38 percent of those polled named the unemployment as the main problem of the country.', [['International Republican Institute', 'main problem of the country', 'unemployment', 38]]],
    ['According to the Razumkov Centre, 62% of respondents disapprove of the activity of the Cabinet of Ministers.', [['Razumkov Centre', 'disapprove of', 'activity of the Cabinet of Ministers', 62]]],
    // Every joint, list head and population the rule knows.
    ['According to the poll conducted by the Institute, 40% of the respondents trust the army; only 10% trust the police, but just 5% trust the courts, while another 3% trust nobody.', [
      ['Institute', 'trust', 'army', 40], ['Institute', 'trust', 'police', 10], ['Institute', 'trust', 'courts', 5], ['Institute', 'trust', 'nobody', 3],
    ]],
    ['According to the poll conducted by the Institute, 40% of young respondents trust the army.', [['Institute', 'trust', 'army', 40]]],
    ['According to the poll conducted by the Institute, 40% trust the army.', [['Institute', 'trust', 'army', 40]]],
    ['According to the poll conducted by the Institute, 20% consider the army to be the most reliable institution.', [['Institute', 'most reliable institution', 'army', 20]]],
    ['According to the poll conducted by the Institute, 20% do not consider the army as reliable.', [['Institute', 'do not consider', 'army as reliable', 20]]],
    ['According to the poll conducted by the Institute, 20% said that they trust the army.', [['Institute', 'trust', 'army', 20]]],
    ['According to the rating of the Institute, the leaders are as follows: the Mayor (40%), the Akim (30%).', [['Institute', 'leaders', 'Mayor', 40], ['Institute', 'leaders', 'Akim', 30]]],
    ['According to the rating of the Institute, the leaders look as follows: the Mayor (40%).', [['Institute', 'leaders', 'Mayor', 40]]],
    ['According to the rating of the Institute, the most influential lobbies include the trade and industry lobby (20%) or the oil lobby (10%).', [
      ['Institute', 'most influential lobbies', 'trade and industry lobby', 20], ['Institute', 'most influential lobbies', 'oil lobby', 10],
    ]],
    ['According to the survey of the Institute, the respondents named the most trusted politicians: Ivan Petrov (41%), (5%), Oleg Sidorov (17%).', [
      ['Institute', 'most trusted politicians', 'Ivan Petrov', 41], ['Institute', 'most trusted politicians', 'Oleg Sidorov', 17],
    ]],
    ['A survey shows 40% of citizens trust the courts.', [[null, 'trust', 'courts', 40]]],
    ['According to local Gallup data, 40% of respondents trust the courts.', [[null, 'trust', 'courts', 40]]],
    // The author named with who answered; a record of a barometer; "it" for the subject before.
    ['Nearly half of the citizens trust the new President: 48.2% of the respondents of the Independent Institute of Socio-Economic and Political Studies said so.', [['Independent Institute of Socio-Economic and Political Studies', 'trust', 'new President', 48.2]]],
    ['More than two thirds of the respondents of the Ijtimoiy Fikr centre (68.5%) named stability as the main achievement of the years of independence.', [['Ijtimoiy Fikr centre', 'main achievement of the years of independence', 'stability', 68.5]]],
    ['The Barometer of Public Opinion of the Institute for Public Policy recorded 47 percent trust in the President in May 2001.', [['Public Opinion of the Institute for Public Policy', 'trust in', 'President', 47]]],
    ['According to a poll by the Center for Social Research, 61.2 percent of those polled approve of the tandem, while 17.5 percent disapprove of it.', [['Center for Social Research', 'approve of', 'tandem', 61.2], ['Center for Social Research', 'disapprove of', 'tandem', 17.5]]],
    ['A poll by the Azerbaijan Sociological Association showed that 54.6% of those interviewed expect the new President to keep the course of his father.', [['Azerbaijan Sociological Association', 'expect', 'new President to keep the course of his father', 54.6]]],
    ['Under the General Agreement of June 27, 1997 the United Tajik Opposition received 30 per cent of the posts in the Government.', []],
    // No author: the page does not name the pollster.
    ['In 2011, 40% of respondents said that corruption is the main problem.', [[null, 'said', 'corruption is the main problem', 40]]],
    ['According to a recent poll, 55 percent of voters support the reform.', [[null, 'support', 'reform', 55]]],
    ['According to official data, 40% of respondents trust the courts.', [[null, 'trust', 'courts', 40]]],
    ['Some 62% of those polled support a parliamentary republic.', [[null, 'support', 'parliamentary republic', 62]]],
    // Not survey figures.
    ['He won the elections with 63.24% of votes.', []],
    ['The turnout was 75% of voters.', []],
    // Passive: the subject before the figure.
    [
      'According to the poll of the Centre for Social Research (CSR) held in May 2004, the President is trusted by 45.6% of respondents, the Council of Ministers by 26.9%.',
      [
        ['Centre for Social Research', 'trusted', 'President', 45.6],
        ['Centre for Social Research', 'trusted', 'Council of Ministers', 26.9],
      ],
    ],
    [
      'According to the poll of the Baltic research centre (March 2000), the President is trusted by 71.3% of the inhabitants, the Cabinet of Ministers by 28.1% and the Saeima by 16.4%.',
      [
        ['Baltic research centre', 'trusted', 'President', 71.3],
        ['Baltic research centre', 'trusted', 'Cabinet of Ministers', 28.1],
        ['Baltic research centre', 'trusted', 'Saeima', 16.4],
      ],
    ],
    ['In a survey of 2011, the Government was approved by only 31 percent of those polled.', [[null, 'approved', 'Government', 31]]],
    // A passive verb with an adverb after it; active figures, then passive ones.
    [
      'According to a poll of the Gallup Association in December 2008, the activity of President Hovsepyan was assessed positively by 41.5 per cent of respondents and negatively by 37.3 per cent.',
      [
        ['Gallup Association', 'assessed positively', 'activity of President Hovsepyan', 41.5],
        ['Gallup Association', 'assessed negatively', 'activity of President Hovsepyan', 37.3],
      ],
    ],
    [
      'In a survey carried out by the Puls sociological service in 2009, 79 percent of those polled said they fully trusted the President, while the Milli Majlis was trusted by 34% and the courts by only 18%.',
      [
        ['Puls sociological service', 'fully trusted', 'President', 79],
        ['Puls sociological service', 'trusted', 'Milli Majlis', 34],
        ['Puls sociological service', 'trusted', 'courts', 18],
      ],
    ],
    [
      'In the June 2013 poll of the Minsk Institute of Studies (MIS), 35.6% of respondents said they trusted Oleg Belov; the Government was trusted by 28.3% and the opposition by 13.1%.',
      [
        ['Minsk Institute of Studies', 'trusted', 'Oleg Belov', 35.6],
        ['Minsk Institute of Studies', 'trusted', 'Government', 28.3],
        ['Minsk Institute of Studies', 'trusted', 'opposition', 13.1],
      ],
    ],
    [
      'According to the poll of the Caucasus Barometer, only 17% of the population trust the President, the executive government is trusted by 14%, and the National Assembly by 9%.',
      [
        ['Caucasus Barometer', 'trust', 'President', 17],
        ['Caucasus Barometer', 'trusted', 'executive government', 14],
        ['Caucasus Barometer', 'trusted', 'National Assembly', 9],
      ],
    ],
    ['Giorgi Baramidze, the former Minister of Defence, was named the most trusted opposition politician by 21% of respondents.', [[null, 'named the most trusted opposition politician', 'Giorgi Baramidze', 21]]],
    ['Regional affiliation was named as the most important factor of a career by 48.6% of the respondents.', [[null, 'named as the most important factor of a career', 'Regional affiliation', 48.6]]],
    // A pollster that reports.
    [
      'The Volga Center reported in November 2009 that 78% of Russians approved of the Prime Minister and 72% approved of the President.',
      [
        ['Volga Center', 'approved of', 'Prime Minister', 78],
        ['Volga Center', 'approved of', 'President', 72],
      ],
    ],
    ['The Central Election Commission reported that 78% of voters took part.', []],
    // The pollster named before the survey's noun.
    [
      'According to the Gobi Opinion Foundation poll of March 2018, 31% of respondents positively assess the work of the President, and 24% the work of the Government.',
      [
        ['Gobi Opinion Foundation', 'positively assess', 'work of the President', 31],
        ['Gobi Opinion Foundation', 'positively assess', 'work of the Government', 24],
      ],
    ],
    ["According to the Institute's survey, 40% of respondents trust the army.", [['Institute', 'trust', 'army', 40]]],
    ['The state owns 70% of the economy (according to the World Bank).', []],
    ['According to the Constitution, the President is the Head of State.', []],
    ['According to the survey conducted by the Sharq Research Center, regional ties matter.', []],
    ['The party won 45% (60 seats) in the survey period.', []],
    ['According to the poll conducted by the Institute for Public Policy, 45.5% of respondents.', []],
    ['The party polled 45% in 2011 and formed a government.', []],
    ['In the referendum 62% of voters supported the reform.', []],
  ])('should read %j', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each([LOBBY, TRUST, 'A poll by the Baltic Research Institute found that 61 percent of those polled support early elections.', 'In the poll of the Levada Center 48% of respondents said they approve of the activity of the Government.', 'According to the poll conducted by the Institute, 20% consider the army to be the most reliable institution.', 'According to the survey of the Institute, the respondents named the most trusted politicians: Ivan Petrov (41%), and Oleg Sidorov (17%).', 'According to the rating of the Institute, the leaders are as follows: the Mayor (40%), the Akim (30%).', 'According to the poll conducted by the Institute, 40% of the respondents trust the army; only 10% trust the police.'])(
    'should read %j the same with other spaces',
    (sentence) => {
      const spaced = sentence.replace(/ /g, '  \u00a0');
      const tidy = (r: Row[]) => r.map((row) => row.map((v) => (typeof v === 'string' ? v.replace(/\s+/g, ' ') : v)));
      expect(tidy(rows(spaced))).toEqual(rows(sentence));
      expect(rows(spaced).length).toBeGreaterThan(0);
    },
  );

  it('should keep the survey’s date and quote the sentence', () => {
    const [figure] = findFigures('Parties are weak. According to a survey carried out by M-Vector in March 2012, 70,2 % of respondents approve of the President.');
    expect(figure!.date).toBe('2012-03');
    expect(figure!.text).toBe('According to a survey carried out by M-Vector in March 2012, 70,2 % of respondents approve of the President.');
    expect(findFigures(TRUST)[0]!.date).toBeNull();
  });

  it.each([
    ['According to the survey conducted by the Institute of Sociology in March 2012, 20% of respondents trust the police.', 'Institute of Sociology', '2012-03'],
    ['According to the poll conducted by the Center of Public Opinion on 5 May 2012, 20% of respondents trust the police.', 'Center of Public Opinion', '2012-05-05'],
    ['According to the poll conducted by the Center for Studies (Bishkek), 20% of respondents trust the police.', 'Center for Studies', null],
    ['According to the poll conducted by Gallup in 2011, 20% of respondents trust the police.', 'Gallup', '2011'],
    ['According to the poll conducted by the Centre for Research in Social Policy, 20% of respondents trust the police.', 'Centre for Research in Social Policy', null],
    ['According to the poll conducted by the Institute in Bishkek in 2011, 20% of respondents trust the police.', 'Institute in Bishkek', '2011'],
    // The pollster after the figures or in the next sentence, with its date.
    ['20% of respondents trust the police (poll by the Sfera Center, May 2012).', 'Sfera Center', '2012-05'],
    ['20% of respondents trust the police, according to a recent poll by the Sfera Center.', 'Sfera Center', null],
    ['40% of respondents trust the police. The survey was carried out by the Orion Institute in March 2013.', 'Orion Institute', '2013-03'],
  ])('should split %j into its author and date', (sentence, author, date) => {
    const [figure] = findFigures(sentence);
    expect([figure!.author, figure!.date]).toEqual([author, date]);
  });

  it('should keep the author whole when it says "in" without a date', () => {
    expect(findFigures('According to the poll conducted by the Centre for Research in Social Policy, 20% of respondents trust the police.')[0]!.author).toBe('Centre for Research in Social Policy');
  });

  it('should read a 50 KB paragraph in bounded time (the timeout is the hang guard; speed is for npm run bench)', () => {
    findFigures(`According to the survey conducted by X, ${'groups of influence, '.repeat(2500)}the lobby (5%).`);
    findFigures(`${'45% of respondents trust a '.repeat(2000)}President.`);
    findFigures(`According to the survey conducted by ${'A'.repeat(50_000)}, 5% of respondents trust the President.`);
    findFigures(`По данным опроса, ${'на вопрос '.repeat(5000)}называли И. Орлова – 5 % опрошенных.`);
    findFigures(`${'ВЦИОМ в 2019 г. '.repeat(3000)}сообщил, что Сенату доверяют 5 % опрошенных.`);
    findFigures(`По данным опроса, ${'в случае референдума '.repeat(2500)}за вступление проголосовали бы 5 % граждан.`);
  }, 20_000);
});

describe('findFigures: a figure named by its measure, a pronoun subject', () => {
  it.each<[string, Row[]]>([
    // A pronoun subject stands for the one the clause before the colon names; "against N for X" keeps the verb.
    [
      'According to the poll of the Orion Institute, the Prime Minister is the most popular politician: 44 percent of those polled trust her, against 20 percent for the Speaker.',
      [['Orion Institute', 'trust', 'Prime Minister', 44], ['Orion Institute', 'trust', 'Speaker', 20]],
    ],
    [
      'Согласно опросу, проведённому центром «Пульс», Премьер-министр остаётся самым популярным политиком: ей доверяют 41 % опрошенных, Сенату – 12 %.',
      [['центром «Пульс»', 'доверяют', 'Премьер-министр', 41], ['центром «Пульс»', 'доверяют', 'Сенату', 12]],
    ],
    // Near miss: no colon, no one the pronoun stands for.
    ['According to the poll of the Orion Institute, 44 percent of those polled trust her.', [['Orion Institute', 'trust', 'her', 44]]],
    [
      'Trust in the President stood at 41%, trust in the Government at 23% and in the Parliament at only 9%, according to a poll by the Vector Institute.',
      [['Vector Institute', 'trust', 'President', 41], ['Vector Institute', 'trust', 'Government', 23], ['Vector Institute', 'trust', 'Parliament', 9]],
    ],
    ['The level of approval of the Prime Minister was 35.5% (survey of the Orion Institute).', [['Orion Institute', 'approval', 'Prime Minister', 35.5]]],
    // A list after who named it, its topic after the list; a question as what a naming verb answered.
    [
      'According to a survey by the Delta Institute, experts named the presidential administration (58%) and the oil lobby (33.3%) as the key centres of power.',
      [['Delta Institute', 'key centres of power', 'presidential administration', 58], ['Delta Institute', 'key centres of power', 'oil lobby', 33.3]],
    ],
    ['In a poll of the Nova Center, respondents most often named Anna Lis (41%) and Pavel Orlov (22%).', [['Nova Center', 'respondents most often named', 'Anna Lis', 41], ['Nova Center', 'respondents most often named', 'Pavel Orlov', 22]]],
    ['Asked "Who should lead the country?", 36% of respondents named Ivan Orlov, 20% named Anna Lis.', [[null, 'Who should lead the country?', 'Ivan Orlov', 36], [null, 'Who should lead the country?', 'Anna Lis', 20]]],
    ['In answer to an open question, 18.5% of those polled named the mayor.', [[null, 'named', 'mayor', 18.5]]],
    // The pollster in a relative clause after the survey's name.
    [
      'According to the Public Trust Barometer, which the Orion Institute conducted in May 2014, 44% of respondents would vote for joining the Union, 40% for the Customs Union.',
      [['Orion Institute', 'would vote for', 'joining the Union', 44], ['Orion Institute', 'would vote for', 'Customs Union', 40]],
    ],
    ['According to the Civic Monitor, which was carried out by the Vector Institute in March 2012, 38% of respondents trust the army.', [['Vector Institute', 'trust', 'army', 38]]],
    // The same subject's level at another time after a ";".
    ['According to the Levada Center, 62% of Russians trusted the army; a record 79% trust was recorded in May 2015.', [['Levada Center', 'trusted', 'army', 62], ['Levada Center', 'trust', 'army (2015-05)', 79]]],
    // Near misses: a measure with no survey; a share of votes.
    ['Trust in the President stood at 41%.', []],
    ['The turnout stood at 61%, according to the Central Election Commission.', []],
  ])('should read %j', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('findSurveyFigures', () => {
  it('should keep only the figures whose author the page names', () => {
    const figures = findSurveyFigures(`${TRUST} Another 40% of respondents trust the courts.`);
    expect(figures.map((f) => [f.author, f.subject])).toEqual([
      ['Institute for Public Policy', 'President'],
      ['Institute for Public Policy', 'Government'],
      ['Institute for Public Policy', 'Jogorku Kenesh'],
    ]);
  });
});

describe('isSurveySentence', () => {
  it.each([
    [LOBBY, true],
    [TRUST, true],
    ['According to the survey conducted by the Sharq Research Center, regional ties matter.', true],
    ['According to a recent opinion poll, the President is popular.', true],
    ['A poll by the Baltic Research Institute found that the Government is unpopular.', true],
    ['The survey carried out by IRI shows a decline.', true],
    ['Some 62% of those polled support a parliamentary republic.', true],
    ['40% of respondents trust the courts', true],
    ['According to the Constitution, the President is the Head of State.', false],
    ['The Institute for Public Policy is a think tank.', false],
    ['He won the elections with 63.24% of votes.', false],
    ['Polls are held every year.', false],
    ['The figures in the survey are old.', false],
    ['In the sphere of scientific research the Academy coordinates the institutes.', false],
    ['According to the study of the Institute, the elite is closed.', true],
    ['In a 2012 questionnaire, the elite was rated closed.', true],
    ['He cited a poll by Gallup.', false],
  ])('should tell %j: %s', (text, expected) => {
    expect(isSurveySentence(text)).toBe(expected);
  });
});

describe('findFigures in Russian', () => {
  it.each<[string, Row[]]>([
    [
      'По данным опроса Фонда общественного мнения, самыми популярными политиками являются: премьер-министр (42,5 %), мэр столицы (27 %) и спикер парламента (12,1%).',
      [['Фонда общественного мнения', 'самыми популярными политиками', 'премьер-министр', 42.5], ['Фонда общественного мнения', 'самыми популярными политиками', 'мэр столицы', 27], ['Фонда общественного мнения', 'самыми популярными политиками', 'спикер парламента', 12.1]],
    ],
    [
      'Согласно исследованию, проведённому Институтом стратегических оценок, главными каналами продвижения являются: родственные связи (48,3%), землячество (30,2%) и партийная принадлежность (9%).',
      [['Институтом стратегических оценок', 'главными каналами продвижения', 'родственные связи', 48.3], ['Институтом стратегических оценок', 'главными каналами продвижения', 'землячество', 30.2], ['Институтом стратегических оценок', 'главными каналами продвижения', 'партийная принадлежность', 9]],
    ],
    [
      'Опрос агентства «Демоскоп» показал, что главными проблемами граждане считают: коррупцию (58%), безработицу (44,6%) и инфляцию (31%).',
      [['агентства «Демоскоп»', 'главными проблемами граждане считают', 'коррупцию', 58], ['агентства «Демоскоп»', 'главными проблемами граждане считают', 'безработицу', 44.6], ['агентства «Демоскоп»', 'главными проблемами граждане считают', 'инфляцию', 31]],
    ],
    ['По результатам опроса, наиболее влиятельными группами являются: нефтяное лобби (51%) и аграрное лобби (22,5%).', [[null, 'наиболее влиятельными группами', 'нефтяное лобби', 51], [null, 'наиболее влиятельными группами', 'аграрное лобби', 22.5]]],
    // Clauses: who answered, the verb, what it is about; a dash for the verb before; the pollster in any case, lower-case words before its quoted name.
    [
      'Согласно опросу, проведённому Институтом социальных технологий «Вектор» в апреле 2015 года, 52,4 % опрошенных доверяют Правительству, 31 % – Парламенту, а лишь 9,5 % – судам.',
      [['Институтом социальных технологий «Вектор»', 'доверяют', 'Правительству', 52.4], ['Институтом социальных технологий «Вектор»', 'доверяют', 'Парламенту', 31], ['Институтом социальных технологий «Вектор»', 'доверяют', 'судам', 9.5]],
    ],
    [
      'По данным опроса, проведенного аналитическим агентством «Пульс» в мае 2011 г., 61 % респондентов не доверяют местным властям, 22,3 % поддерживают оппозицию.',
      [['аналитическим агентством «Пульс»', 'не доверяют', 'местным властям', 61], ['аналитическим агентством «Пульс»', 'поддерживают', 'оппозицию', 22.3]],
    ],
    // "считают, что …"; who answered kept when it says more; a figure after its clause.
    [
      'Как показало исследование, выполненное Фондом «Общественная мысль» в 2012 г., 40,2 % граждан страны считают, что парламент ничего не решает; в столице так думают 55 % опрошенных.',
      [['Фондом «Общественная мысль»', 'граждан страны считают, что', 'парламент ничего не решает', 40.2], ['Фондом «Общественная мысль»', 'в столице так думают', 'опрошенных', 55]],
    ],
    [
      'Согласно опросу, проведённому Центром «Барометр», 47 % жителей северных районов считают, что решения принимаются в столице, и только 12 % – что в регионах.',
      [['Центром «Барометр»', 'жителей северных районов считают, что', 'решения принимаются в столице', 47], ['Центром «Барометр»', 'жителей северных районов считают, что', 'что в регионах', 12]],
    ],
    // When before the pollster, an aside after it, who was asked after the survey's noun.
    [
      'Согласно опросу, проведённому в мае 2016 г. исследовательским центром «Меридиан» (директор – Ольга Петренко), 54,2 % опрошенных доверяют армии.',
      [['исследовательским центром «Меридиан»', 'доверяют', 'армии', 54.2]],
    ],
    // The pollster's abbreviation in brackets, then when: the date is the survey's, the brackets no part of the name.
    [
      'Согласно опросу, проведённому Балтийским институтом социальных наук (БИСН) в марте 2017 г., деятельность Сейма положительно оценивают 18,4 % граждан, работу Кабинета – 27 %.',
      [['Балтийским институтом социальных наук', 'положительно оценивают', 'деятельность Сейма', 18.4], ['Балтийским институтом социальных наук', 'положительно оценивают', 'работу Кабинета', 27]],
    ],
    [
      'По данным общенационального опроса, проведённого Центром изучения общественного мнения (CIOM) во втором квартале 2014 г., Президенту доверяют 52 % опрошенных.',
      [['Центром изучения общественного мнения', 'доверяют', 'Президенту', 52]],
    ],
    // Who ordered the survey after the pollster's brackets, kept with the pollster; then when.
    [
      'Согласно опросу, проведённому Кавказским ресурсно-исследовательским центром (CRRC) по заказу Национального демократического института (NDI) в ноябре 2012 года, деятельность Премьер-министра Б. Иванишвили положительно оценивают 72% респондентов, Президента М. Саакашвили – 35%.',
      [['Кавказским ресурсно-исследовательским центром (CRRC) по заказу Национального демократического института', 'положительно оценивают', 'деятельность Премьер-министра Б. Иванишвили', 72], ['Кавказским ресурсно-исследовательским центром (CRRC) по заказу Национального демократического института', 'положительно оценивают', 'Президента М. Саакашвили', 35]],
    ],
    [
      'По данным опроса, проведённого Институтом социологии (ИС) по заказу фонда «Открытое общество» весной 2015 г., армии доверяют 58 % опрошенных.',
      [['Институтом социологии (ИС) по заказу фонда «Открытое общество»', 'доверяют', 'армии', 58]],
    ],
    [
      'Согласно опросу, проведённому центром «Вектор» (ЦВ) по заказу ООН, судам доверяют 12 % граждан.',
      [['центром «Вектор» (ЦВ) по заказу ООН', 'доверяют', 'судам', 12]],
    ],
    // Near miss: an order of no survey ("по заказу" after a body's decision) is no pollster.
    ['Согласно решению, принятому Парламентом (ПР) по заказу Правительства, налоги снижены на 12 %.', []],
    // The survey's quoted name after its noun; a season and its year after the pollster's brackets, or after its name.
    [
      'Согласно общенациональному опросу «Кавказский барометр», проведённому Кавказским исследовательским ресурсным центром (CRRC) осенью 2009 года, Президенту доверяют 41,2% опрошенных, Правительству – 33,5%.',
      [['Кавказским исследовательским ресурсным центром', 'доверяют', 'Президенту', 41.2], ['Кавказским исследовательским ресурсным центром', 'доверяют', 'Правительству', 33.5]],
    ],
    [
      'По данным опроса «Индекс доверия», проведённого фондом «Вектор» весной 2018 г., армии доверяют 61 % опрошенных.',
      [['фондом «Вектор»', 'доверяют', 'армии', 61]],
    ],
    ['Согласно опросу, проведённому Балтийским социологическим центром летом 2016 года, Сейму доверяют 14 % опрошенных.', [['Балтийским социологическим центром', 'доверяют', 'Сейму', 14]]],
    // "намеревались проголосовать", "собираются проголосовать": a vote intention, the next candidate after a dash.
    [
      'Согласно опросу, проведённому агентством «Сфера» (NSG) в мае 2013 г., за Павла Орлова намеревались проголосовать 41,5 % опрошенных, за Инну Вовк – 19 %.',
      [['агентством «Сфера»', 'намеревались проголосовать', 'за Павла Орлова', 41.5], ['агентством «Сфера»', 'намеревались проголосовать', 'за Инну Вовк', 19]],
    ],
    ['По данным опроса, проведённого фондом «Вектор», за партию «Заря» собираются проголосовать 12 % избирателей.', [['фондом «Вектор»', 'собираются проголосовать', 'за партию «Заря»', 12]]],
    // The pollster right after the survey's noun, then when it was made, between commas.
    [
      'Согласно опросу IRI, проведённому в апреле 2017 г., работу Кабинета положительно оценивают 28,4 % граждан.',
      [['IRI', 'положительно оценивают', 'работу Кабинета', 28.4]],
    ],
    [
      'По данным опроса Центра социальных исследований (ЦСИ), проведенного в 2013 году, Премьер-министру доверяют 33 % опрошенных.',
      [['Центра социальных исследований', 'доверяют', 'Премьер-министру', 33]],
    ],
    [
      'Согласно опросу экспертов, проведённому в 2011 году Институтом политического анализа, 38 % опрошенных считают, что реформы остановились.',
      [['Институтом политического анализа', 'считают, что', 'реформы остановились', 38]],
    ],
    [
      'Как показал опрос предпринимателей, проведённый Ассоциацией «Деловой диалог» (Бишкек), 61 % респондентов не доверяют судам.',
      [['Ассоциацией «Деловой диалог»', 'не доверяют', 'судам', 61]],
    ],
    // The subject before the verb, the next subjects by a dash; adverbs before the verb; a people's name for who answered.
    [
      'По данным опроса, проведённого Центром «Сфера» в марте 2019 г., Правительству доверяют 38,5 % опрошенных, Парламенту – 17 %, судам – лишь 9,2 %.',
      [['Центром «Сфера»', 'доверяют', 'Правительству', 38.5], ['Центром «Сфера»', 'доверяют', 'Парламенту', 17], ['Центром «Сфера»', 'доверяют', 'судам', 9.2]],
    ],
    [
      'Согласно исследованию, проведённому Фондом «Перспектива» в 2015 году, работу Премьер-министра скорее положительно оценивают 44 % граждан, работу Сената – 21,5 %, а 30 % респондентов считают, что реформы идут медленно.',
      [
        ['Фондом «Перспектива»', 'скорее положительно оценивают', 'работу Премьер-министра', 44],
        ['Фондом «Перспектива»', 'скорее положительно оценивают', 'работу Сената', 21.5],
        ['Фондом «Перспектива»', 'считают, что', 'реформы идут медленно', 30],
      ],
    ],
    // A pollster's noun before an acronym; who answered by their country, the list going on after it.
    [
      'Согласно опросу, проведённому социологическим агентством BISS в мае 2016 года, деятельность Президента одобряют 39,4 % жителей Беларуси, работу Совета Министров – 21 %, Палаты – 8,3 %.',
      [['социологическим агентством BISS', 'жителей Беларуси одобряют', 'деятельность Президента', 39.4], ['социологическим агентством BISS', 'жителей Беларуси одобряют', 'работу Совета Министров', 21], ['социологическим агентством BISS', 'жителей Беларуси одобряют', 'Палаты', 8.3]],
    ],
    ['По данным опроса, проведённого центром ЦИОМ, Правительству доверяют 31 % граждан Эстонии; Рийгикогу – 19 %.', [['центром ЦИОМ', 'граждан Эстонии доверяют', 'Правительству', 31], ['центром ЦИОМ', 'граждан Эстонии доверяют', 'Рийгикогу', 19]]],
    // More lead-ins: the participle's clause between commas, "В ходе опроса", "По данным <pollster's noun> «…»" with no survey's noun.
    [
      'Опрос, проведённый фондом «Мнение» в апреле 2016 года, показал, что 44 % жителей страны одобряют работу Президента, а 27 % – работу Правительства.',
      [['фондом «Мнение»', 'жителей страны одобряют', 'работу Президента', 44], ['фондом «Мнение»', 'жителей страны одобряют', 'работу Правительства', 27]],
    ],
    ['В ходе опроса, проведённого агентством «Вектор» в марте 2014 года, 38 % респондентов заявили о доверии Президенту.', [['агентством «Вектор»', 'заявили', 'о доверии Президенту', 38]]],
    ['Согласно данным центра «Барометр», Президенту доверяют 46 % опрошенных, Правительству – 30 %.', [['центра «Барометр»', 'доверяют', 'Президенту', 46], ['центра «Барометр»', 'доверяют', 'Правительству', 30]]],
    ['По данным агентства SIAR, Сенату доверяют 21 % опрошенных.', [['агентства SIAR', 'доверяют', 'Сенату', 21]]],
    // Near miss: a body's figures with no survey's clause.
    ['По данным Министерства финансов, безработица составила 5 %.', []],
    // Near misses: a lower-case pollster before a capitalized word is no name ("социологами Минска"); a place that goes on into the clause.
    ['По данным опроса, проведённого социологами Минска, Президенту доверяют 40 % граждан, Правительству – 20 %.', [[null, 'доверяют', 'Президенту', 40], [null, 'доверяют', 'Правительству', 20]]],
    ['Согласно опросу, проведённому агентством «Вектор» в мае 2014 г., Президенту не доверяют 27 % казахстанцев, Мажилису – 41 %.', [['агентством «Вектор»', 'не доверяют', 'Президенту', 27], ['агентством «Вектор»', 'не доверяют', 'Мажилису', 41]]],
    // Three words of the pollster's noun before its quoted name; the last subject after "а".
    [
      'Согласно опросу, проведённому лабораторией прикладных политических исследований «Горизонт» в мае 2021 года, работу Кабинета одобряют 51,3 % горожан, работу Сената – 30 %, а Конституционного суда – лишь 12,1 %.',
      [
        ['лабораторией прикладных политических исследований «Горизонт»', 'одобряют', 'работу Кабинета', 51.3],
        ['лабораторией прикладных политических исследований «Горизонт»', 'одобряют', 'работу Сената', 30],
        ['лабораторией прикладных политических исследований «Горизонт»', 'одобряют', 'Конституционного суда', 12.1],
      ],
    ],
    // The pollster after the figures: in a closing aside, after a comma, between commas, or in the next sentence (its date kept).
    [
      'Правительству доверяют 38,2 % опрошенных, Сенату – 14 % (опрос агентства «Барометр», апрель 2016 г.).',
      [['агентства «Барометр»', 'доверяют', 'Правительству', 38.2], ['агентства «Барометр»', 'доверяют', 'Сенату', 14]],
    ],
    ['Деятельность мэра одобряют 61 % горожан, по данным опроса Центра «Форум».', [['Центра «Форум»', 'одобряют', 'Деятельность мэра', 61]]],
    ['По данным опроса, 44 % респондентов доверяют армии. Опрос провёл исследовательский центр «Меридиан» в мае 2017 года.', [['исследовательский центр «Меридиан»', 'доверяют', 'армии', 44]]],
    ['Согласно опросу, 44 % респондентов доверяют армии. Исследование было проведено Институтом «Квант».', [['Институтом «Квант»', 'доверяют', 'армии', 44]]],
    // A figure named by its measure: "Доверие к X составляет N %", the next ones after a dash; the pollster between commas.
    [
      'Доверие к Президенту составляет 47,3 %, к Кабинету министров – 21 %, а к Сейму – лишь 8,5 % (данные центра «Вектор»).',
      [['центра «Вектор»', 'доверие', 'Президенту', 47.3], ['центра «Вектор»', 'доверие', 'Кабинету министров', 21], ['центра «Вектор»', 'доверие', 'Сейму', 8.5]],
    ],
    ['Уровень одобрения Правительства, по данным опроса Фонда «Мнение», составил 33 %.', [['Фонда «Мнение»', 'одобрения', 'Правительства', 33]]],
    // A party's rating, support or popularity as the measure, the next subjects after a dash.
    [
      'По данным опроса, проведённого агентством «Север» в мае 2018 года, рейтинг Народной партии составил 31,5%, Зелёной партии – 12%.',
      [['агентством «Север»', 'рейтинг', 'Народной партии', 31.5], ['агентством «Север»', 'рейтинг', 'Зелёной партии', 12]],
    ],
    ['Согласно опросу Центра «Пульс», поддержка Премьер-министра составляет 40,2 %.', [['Центра «Пульс»', 'поддержка', 'Премьер-министра', 40.2]]],
    ['According to a poll by the Baltic Institute, support for the Reform Party stood at 23.1%, for the Centre Party at 20%.', [['Baltic Institute', 'support', 'Reform Party', 23.1], ['Baltic Institute', 'support', 'Centre Party', 20]]],
    ['Рейтинг партии составил 31,5%.', []],
    // Near misses: a pollster's sentence with no figures before it; a measure with no survey in the sentence; an aside that is no survey.
    ['Опрос провёл Центр «Сфера» в марте 2013 года.', []],
    ['Доверие к Президенту составляет 47,3 %.', []],
    ['Правительству доверяют 38,2 % опрошенных (см. таблицу 2).', [[null, 'доверяют', 'Правительству', 38.2]]],
    ['По данным опроса, 44 % респондентов доверяют армии. Армия провела учения «Щит» в мае.', [[null, 'доверяют', 'армии', 44]]],
    // Near misses: a vote share, a figure with no one who answered, a turnout; no verb between the subject and the figure.
    ['Согласно опросу, проведённому Центром «Барометр», в голосовании приняли участие 47 % избирателей.', []],
    ['Иван Петров победил на выборах, набрав 63,6% голосов.', []],
    ['Согласно опросу, проведённому Центром «Барометр», 47 % бюджета уходит на оборону.', []],
    ['Явка составила 61 % избирателей.', []],
    // Round 12: a Latin pollster's name after its noun; a survey's quoted name and its pollster; a vote intention after the list.
    ['По данным опроса центра Baltic Pulse (март 2016 г.), Сейму доверяют 14,1 % опрошенных.', [['центра Baltic Pulse', 'доверяют', 'Сейму', 14.1]]],
    ['Согласно данным компании GfK, работу мэра одобряют 52 % жителей столицы.', [['компании GfK', 'жителей столицы одобряют', 'работу мэра', 52]]],
    ['Согласно «Индексу доверия» Фонда гражданских исследований (май 2019 г.), Анне Ковач доверяют 41 % опрошенных, Петру Лису – 22 %.', [['«Индексу доверия» Фонда гражданских исследований', 'доверяют', 'Анне Ковач', 41], ['«Индексу доверия» Фонда гражданских исследований', 'доверяют', 'Петру Лису', 22]]],
    ['По данным «Барометра общественного мнения», Президенту доверяют 44 % респондентов.', [['«Барометра общественного мнения»', 'доверяют', 'Президенту', 44]]],
    ['Согласно опросу центра «Вектор», Премьер-министру доверяют 30 % респондентов; за Народную партию готовы проголосовать 27,5 % опрошенных.', [['центра «Вектор»', 'доверяют', 'Премьер-министру', 30], ['центра «Вектор»', 'готовы проголосовать', 'за Народную партию', 27.5]]],
    ['Согласно опросу центра «Вектор», за блок «Единство» намерены голосовать 18 % избирателей.', [['центра «Вектор»', 'намерены голосовать', 'за блок «Единство»', 18]]],
    ['По данным опроса, проведённого в мае 2011 г., Анне Ковач доверяют 52,5 % жителей Риги.', [[null, 'жителей Риги доверяют', 'Анне Ковач', 52.5]]],
    ['Согласно опросу центра «Вектор», за Ивана Орлова были готовы проголосовать 61 % опрошенных, за Петра Лиса – 12 %.', [['центра «Вектор»', 'были готовы проголосовать', 'за Ивана Орлова', 61], ['центра «Вектор»', 'были готовы проголосовать', 'за Петра Лиса', 12]]],
    // Near miss: a quoted name that is no survey's, with no pollster after it.
    ['Согласно «Закону о выборах», 50 % избирателей должны прийти на участки.', []],
    // Round 19: a list after who named it, its topic the words before them; or a question.
    [
      'Согласно опросу экспертов, проведённому центром «Аналитика» в мае 2019 г., самыми влиятельными группами эксперты назвали окружение Премьер-министра (64,2%), южный клан (38%) и силовиков (21,5%).',
      [
        ['центром «Аналитика»', 'самыми влиятельными группами', 'окружение Премьер-министра', 64.2],
        ['центром «Аналитика»', 'самыми влиятельными группами', 'южный клан', 38],
        ['центром «Аналитика»', 'самыми влиятельными группами', 'силовиков', 21.5],
      ],
    ],
    [
      'По данным опроса агентства «Пульс», на вопрос «Кто определяет политику страны?» респонденты чаще всего называли Президента (52 %), Парламент (17 %) и олигархов (9,5 %).',
      [['агентства «Пульс»', 'Кто определяет политику страны?', 'Президента', 52], ['агентства «Пульс»', 'Кто определяет политику страны?', 'Парламент', 17], ['агентства «Пульс»', 'Кто определяет политику страны?', 'олигархов', 9.5]],
    ],
    // One named by a naming verb: after it, a dash and who answered (the question the topic), or before it, as what.
    [
      'Согласно опросу, проведённому центром «Сфера» в марте 2018 г., на вопрос «Кому из политиков вы доверяете?» чаще других называли И. Петренко – 27 % опрошенных, А. Ковач – 14 %.',
      [['центром «Сфера»', 'Кому из политиков вы доверяете?', 'И. Петренко', 27], ['центром «Сфера»', 'Кому из политиков вы доверяете?', 'А. Ковач', 14]],
    ],
    ['По данным опроса фонда «Вектор», прежде всего называли Марию Лупу — 35 % респондентов.', [['фонда «Вектор»', 'прежде всего называли', 'Марию Лупу', 35]]],
    ['Согласно опросу центра «Пульс», в ответ на открытый вопрос Ивана Орлова назвали лучшим мэром 28 % горожан.', [['центра «Пульс»', 'назвали лучшим мэром', 'Ивана Орлова', 28]]],
    // A pollster that reports, where the report names a survey's word; also after a year's "г." the splitter keeps.
    [
      'Центр «Меридиан» в мае 2021 г. сообщил, что Анну Ковач назвали политиком, которому можно доверять, около 19 % опрошенных.',
      [['Центр «Меридиан»', 'назвали политиком, которому можно доверять', 'Анну Ковач', 19]],
    ],
    ['Опрос повторили в мае 2016 г. Фонд «Мнение» сообщил, что Сенату доверяют 24 % опрошенных.', [['Фонд «Мнение»', 'доверяют', 'Сенату', 24]]],
    ['Левада-Центр в марте 2014 г. установил, что деятельность Президента одобряют 80 % опрошенных россиян.', [['Левада-Центр', 'одобряют', 'деятельность Президента', 80]]],
    // Near misses: a report with no survey's word (an election's count); a speaker who is no pollster.
    ['ЦИК сообщил, что за Ивана Орлова проголосовали 52 % избирателей.', []],
    ['Министр отметил, что армии доверяют 40 % опрошенных.', [[null, 'доверяют', 'армии', 40]]],
    // The pollster in a relative clause after the survey's name, before or after its verb.
    ['Согласно «Индексу доверия», который агентство «Север» провело в апреле 2017 г., Правительству доверяют 33 % опрошенных.', [['агентство «Север»', 'доверяют', 'Правительству', 33]]],
    ['По данным исследования, которое провёл Фонд «Открытое общество» в 2016 году, 45 % граждан не доверяют судам.', [['Фонд «Открытое общество»', 'не доверяют', 'судам', 45]]],
    ['Согласно Закону, который Парламент принял в 2010 г., 50 % мест распределяются по спискам.', []],
    // A pollster's noun opening its name after "По данным", quoted or not; never an election commission.
    ['По данным «Социс-центра», Верховной Раде доверяют 12 % граждан.', [['«Социс-центра»', 'доверяют', 'Верховной Раде', 12]]],
    ['По данным Центра Разумкова, Правительству доверяют 21 % граждан, Президенту – 35 %.', [['Центра Разумкова', 'доверяют', 'Правительству', 21], ['Центра Разумкова', 'доверяют', 'Президенту', 35]]],
    ['По данным Центральной избирательной комиссии, за Ивана Орлова проголосовали 52 % избирателей.', []],
    // A span of days after the pollster's abbreviation is the survey's when, no part of its name.
    ['Согласно опросу, проведённому Институтом социологии (ИС) с 1 по 15 марта 2018 г., Парламенту доверяют 15 % опрошенных.', [['Институтом социологии', 'доверяют', 'Парламенту', 15]]],
    // A later clause of the same shape that no more says who answered.
    ['Согласно опросу центра «Вектор» (май 2014 г.), работу мэра одобряли 55 % горожан, Городскому совету доверяли 19 %.', [['центра «Вектор»', 'одобряли', 'работу мэра', 55], ['центра «Вектор»', 'доверяли', 'Городскому совету', 19]]],
    // A hypothetical vote after a circumstance: what it is for is the subject, the circumstance kept in the topic.
    [
      'По данным опроса, проведённого фондом «Мнение» в мае 2012 г., на досрочных выборах за Народную партию проголосовали бы 35 % избирателей, за партию «Заря» — 12 %.',
      [['фондом «Мнение»', 'на досрочных выборах проголосовали бы', 'за Народную партию', 35], ['фондом «Мнение»', 'на досрочных выборах проголосовали бы', 'за партию «Заря»', 12]],
    ],
    ['Согласно опросу центра «Пульс», в случае референдума за вступление страны в НАТО высказались бы 38 % граждан.', [['центра «Пульс»', 'в случае референдума высказались бы', 'за вступление страны в НАТО', 38]]],
    // Near miss: "за" inside a subject that opens with no preposition stays in it.
    ['Согласно опросу центра «Пульс», работу мэра за последний год одобряют 40 % горожан.', [['центра «Пульс»', 'одобряют', 'работу мэра за последний год', 40]]],
    // A clause's own date before its subject, and the same subject's level at another time after a ";": each dated in the subject.
    [
      'По данным центра «Барометр», в марте 2019 г. работу Правительства одобряли 41 % граждан; рекордные 63 % одобрения были отмечены в мае 2012 г.',
      [['центра «Барометр»', 'одобряли', 'работу Правительства (2019-03)', 41], ['центра «Барометр»', 'одобрения', 'работу Правительства (2012-05)', 63]],
    ],
    [
      'Согласно опросу Института «Квант», в 2018 году Президенту доверяли 52 % опрошенных; максимальные 70 % доверия были зафиксированы в 2014 году.',
      [['Института «Квант»', 'доверяли', 'Президенту (2018)', 52], ['Института «Квант»', 'доверия', 'Президенту (2014)', 70]],
    ],
    ['По данным опроса, рекордные 89 % одобрения были зафиксированы в июне 2015 г.', []],
  ])('should read %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  // Every season the lexicon lists may follow a pollster's brackets, not only the ones a pattern once spelled out.
  it.each(LEXICONS.find((l) => l.surveys.seasons.includes('осенью'))!.surveys.seasons)('should read a pollster whose brackets %s and a year follow', (season) => {
    expect(rows(`Согласно опросу Центра социальных исследований (ЦСИ) ${season} 2019 г., Президенту доверяют 47 % опрошенных.`)).toEqual([['Центра социальных исследований', 'доверяют', 'Президенту', 47]]);
  });

  it('should know a Russian survey sentence', () => {
    expect(isSurveySentence('Согласно опросу, 40% опрошенных доверяют армии.')).toBe(true);
    expect(isSurveySentence('Совет состоит из 12 членов.')).toBe(false);
  });
});
