import { describe, expect, it } from 'vitest';
import { findElections, findReferendums, parseCount, parseDecimal } from './election.js';

type Other = { name: string; voteShare: number | null; votes?: number | null };
type Row = { date: string; person: string | null; office: string | null; voteShare: number | null; termYears: number | null; others: Other[]; title?: string };
const e = (date: string, person: string | null, office: string | null, voteShare: number | null, termYears: number | null, others: Other[] = [], title?: string): Row => ({ date, person, office, voteShare, termYears, others, ...(title ? { title } : {}) });
/** "Ivan Petrov 21.5" → an other candidate; a name alone has no share. */
const o = (name: string, voteShare: number | null = null): Other => ({ name, voteShare });

describe('findElections', () => {
  it.each<[string, Row[]]>([
    // The corpus and the seed.
    [
      'On October 30, 2011 Almazbek Atambayev was elected President of the Kyrgyz Republic (he won the elections with 63.24% of votes). On December 1, 2011 Atambayev took office.',
      [e('2011-10-30', 'Almazbek Atambayev', 'President', 63.24, null)],
    ],
    [
      'On November 6, 2006 President Emomali Rahmon was reelected for a seven-year term; he won the elections with 79,3% of votes.',
      [e('2006-11-06', 'Emomali Rahmon', 'President', 79.3, 7)],
    ],
    [
      'On January 10, 1999 President Nursultan Nazarbayev was officially reelected for his first 7-year-term (he won the elections with 79.78% of votes). The Constitutional reform followed.',
      [e('1999-01-10', 'Nursultan Nazarbayev', 'President', 79.78, 7)],
    ],
    [
      'On December 2005, Nursultan Nazarbayev was reelected for the second 7-year-term. He won the elections with 91,1 % of votes.',
      [e('2005-12', 'Nursultan Nazarbayev', null, 91.1, 7)],
    ],
    // Other countries, names, verbs.
    ['Vladimir Putin won the presidential election of 5 March 2012 with 63.6%.', [e('2012-03-05', 'Vladimir Putin', 'President', 63.6, null)]],
    ['In 2008 Medvedev won 70.3 per cent of the vote.', [e('2008', 'Medvedev', null, 70.3, null)]],
    ['On 15 January 2007 Gurbanguly Berdimuhamedow was re-elected with 89.2 percent of the votes.', [e('2007-01-15', 'Gurbanguly Berdimuhamedow', null, 89.2, null)]],
    ['On 9 January 2000 Islam Karimov was re-elected President for a term of five years, receiving 91.9 % of the ballots.', [e('2000-01-09', 'Islam Karimov', 'President', 91.9, 5)]],
    ['On March 19, 2006 Alexander Lukashenko has been reelected for a five-year term. He gained 82.6 per cent of the votes.', [e('2006-03-19', 'Alexander Lukashenko', null, 82.6, 5)]],
    ['Ilham Aliyev won the presidential elections on October 15, 2003 with 76.8 percent of the vote.', [e('2003-10-15', 'Ilham Aliyev', 'President', 76.8, null)]],
    ['On 11 February 2010 Acting President Viktor Yanukovych was elected President for a five-year term with 48.95% of votes.', [e('2010-02-11', 'Viktor Yanukovych', 'President', 48.95, 5)]],
    ['On 10 November 2010 Akhmatbek Keldibekov was elected Speaker of the Jogorku Kenesh.', [e('2010-11-10', 'Akhmatbek Keldibekov', 'Speaker', null, null)]],
    ['On 7 March 1999 Ramaz Kelidze was elected as the new Prime Minister.', [e('1999-03-07', 'Ramaz Kelidze', 'Prime Minister', null, null)]],
    ['In the early presidential election of January 5, 2008 Mikheil Saakashvili won 53.47 per cent of the vote and was reelected President of Georgia.', [e('2008-01-05', 'Mikheil Saakashvili', 'President', 53.47, null)]],
    ['On February 7, 2010 Viktor Yanukovych won the second round of the presidential election with 48.95 per cent of the vote; he took office on February 25, 2010.', [e('2010-02-07', 'Viktor Yanukovych', 'President', 48.95, null)]],
    ['The presidential election of November 6, 2013, which Rahmon won with 83.6 % of votes, confirmed his dominance.', [e('2013-11-06', 'Rahmon', 'President', 83.6, null)]],
    ['After the presidential election of 19.12.2010, in which A. Lukashenko won 79.65 per cent of the vote, the opposition protested.', [e('2010-12-19', 'Lukashenko', 'President', 79.65, null)]],
    ['On March 16, 2012 Nicolae Timofti was elected President by the Parliament (62 of the 101 deputies voted for him).', [e('2012-03-16', 'Nicolae Timofti', 'President', null, null)]],
    // Titles before the name: the office, or nothing.
    ['The President Ivan Petrov was re-elected on 5 May 2012.', [e('2012-05-05', 'Ivan Petrov', 'President', null, null)]],
    ['On 3 May 2012 Mr Ivan Petrov was elected President.', [e('2012-05-03', 'Ivan Petrov', 'President', null, null)]],
    ['On 3 May 2012 Dr Ivan Petrov was elected Speaker.', [e('2012-05-03', 'Ivan Petrov', 'Speaker', null, null)]],
    ['On 3 May 2012 Interim President Ivan Petrov was re-elected with 51% of votes.', [e('2012-05-03', 'Ivan Petrov', 'President', 51, null)]],
    ['On 3 May 2012 Incumbent Ivan Petrov was re-elected.', [e('2012-05-03', 'Ivan Petrov', null, null, null)]],
    ['On 3 May 2012 Former Prime Minister Ivan Petrov was elected.', [e('2012-05-03', 'Ivan Petrov', null, null, null)]],
    ['On 3 May 2012 Prime Minister Ivan Petrov was re-elected.', [e('2012-05-03', 'Ivan Petrov', 'Prime Minister', null, null)]],
    ['On 3 May 2012 Vice President Ivan Petrov was elected.', [e('2012-05-03', 'Ivan Petrov', 'Vice President', null, null)]],
    ['On 3 May 2012 Chairman Ivan Petrov was re-elected.', [e('2012-05-03', 'Ivan Petrov', 'Chairman', null, null)]],
    ['On 3 May 2012 Speaker Ivan Petrov was re-elected.', [e('2012-05-03', 'Ivan Petrov', 'Speaker', null, null)]],
    ['In May 2012 Acting President Ivan Petrov was elected.', [e('2012-05', 'Ivan Petrov', 'President', null, null)]],
    ['The Kurultai of 2 May 2012 saw how Petrov was elected.', [e('2012-05-02', 'Petrov', null, null, null)]],
    // Other verbs: received, garnered, the support of; the Parliament elected X; a party's share.
    ['In the presidential election of Oct. 15, 2003 Ilham Aliyev, the son of Heydar Aliyev, received 76.84% of the votes. Ilham Aliyev was sworn in as President on Oct. 31, 2003.', [e('2003-10-15', 'Ilham Aliyev', 'President', 76.84, null)]],
    ['In the early presidential election held on the 10th of July, 2005 Kurmanbek Bakiyev garnered 88.64% of the votes. He was sworn in as President on the 14th of August, 2005.', [e('2005-07-10', 'Kurmanbek Bakiyev', 'President', 88.64, null)]],
    ['In the early presidential election of Jan. 4, 2004 Mikheil Saakashvili received the support of 96.27 per cent of the voters.', [e('2004-01-04', 'Mikheil Saakashvili', 'President', 96.27, null)]],
    ['In the early presidential election of Jun. 9, 2019 Tokayev received 70.96% of the votes; he took the oath of office on June 12, 2019.', [e('2019-06-09', 'Tokayev', 'President', 70.96, null)]],
    ['On April 4, 2001 the Parliament elected Vladimir Voronin, the leader of the Party of Communists, President of the Republic of Moldova; 71 deputies voted for him.', [e('2001-04-04', 'Vladimir Voronin', 'President', null, null)]],
    ['On 10 May 2010 the deputies re-elected Ivan Petrov as Speaker.', [e('2010-05-10', 'Ivan Petrov', 'Speaker', null, null)]],
    ['The deputies elected Ivan Petrov.', []],
    ['On 10 May 2010 the deputies elected President Ivan Petrov.', []],
    ['In the early parliamentary election of February 25, 2001 the Party of Communists of the Republic of Moldova received 50.07% of the votes and 71 seats out of 101.', [e('2001-02-25', null, 'Parliament', 50.07, null, [], 'parliamentary election')]],
    ['In the first round of the presidential election on June 23, 1994 Alexander Lukashenko obtained 44.82% of the votes, and Vyacheslav Kebich 17.33%. In the second round, on the 10th of July, 1994, Lukashenko was elected President of the Republic of Belarus by a majority of 80.34% of votes. He took office on 20 July 1994.', [e('1994-06-23', null, 'President', null, null, [o('Alexander Lukashenko', 44.82), o('Vyacheslav Kebich', 17.33)]), e('1994-07-10', 'Alexander Lukashenko', 'President', 80.34, null)]],
    ['On 5 May 2012 Ivan Petrov won the first round with 45% of the vote.', []],
    ['Under the General Agreement of June 27, 1997 the United Tajik Opposition received 30 per cent of the posts in the Government.', []],
    ['Elections to the Majilis of 5 May 2012 were held.', [e('2012-05-05', null, 'Majilis', null, null, [], 'Elections to the Majilis')]],
    ['The elections of May 2012 were held.', []],
    // Asides, empty subjects, bodies.
    ['On 5 May 2012, Ivan Petrov, a lawyer, was elected President.', [e('2012-05-05', 'Ivan Petrov', 'President', null, null)]],
    ['Askar Akayev, in office since Soviet times, was re-elected in 1995.', [e('1995', 'Askar Akayev', null, null, null)]],
    ['On 5 May 2012 the candidate of the opposition won the presidential election with 55% of votes.', [e('2012-05-05', null, 'President', 55, null)]],
    ['In 1991 Askar Akayev was elected President. On 5 May 1995 the candidate of the opposition won the presidential election with 55% of votes.', [e('1991', 'Askar Akayev', 'President', null, null), e('1995-05-05', null, 'President', 55, null)]],
    ['In 1991 Askar Akayev was elected President. On 5 May 1995 the Zhana Kenesh was elected.', [e('1991', 'Askar Akayev', 'President', null, null), e('1995-05-05', null, 'Zhana Kenesh', null, null)]],
    ['In 1991 Askar Akayev was elected President. On 5 May 1995 the President was re-elected: he won 60% of the vote.', [e('1991', 'Askar Akayev', 'President', null, null), e('1995-05-05', 'Askar Akayev', null, 60, null)]],
    ['On 5 May 2012 Ivan Petrov won the vote as Speaker.', [e('2012-05-05', 'Ivan Petrov', 'Speaker', null, null)]],
    ['On 5 May 2012 Ivan Petrov was elected with 100% of votes.', [e('2012-05-05', 'Ivan Petrov', null, 100, null)]],
    ['On 5 May 2012 Ivan Petrov was elected with 150% of votes for a 0-year term.', [e('2012-05-05', 'Ivan Petrov', null, null, null)]],
    ['On 4 March 2012 the President was elected. On 4 March 2012 Ivan Petrov was elected with 60% of votes.', [e('2012-03-04', 'Ivan Petrov', 'President', 60, null)]],
    // What completes an election, and what does not.
    ['On 5 May 2012 Ivan Petrov was elected President. The previous President was elected with 60% of votes.', [e('2012-05-05', 'Ivan Petrov', 'President', null, null)]],
    ['On 5 May 2012 Ivan Petrov was elected. The vote was held on 5 May 2012 with 60% of votes.', [e('2012-05-05', 'Ivan Petrov', null, null, null)]],
    ['On 5 May 2012 Ivan Petrov was elected. The referendum held on 5 May 2012 gave him 60% of votes.', [e('2012-05-05', 'Ivan Petrov', null, null, null)]],
    ['On 5 May 2012 Ivan Petrov was elected with 60% of votes. He was elected for a five-year term.', [e('2012-05-05', 'Ivan Petrov', null, 60, 5)]],
    ['Until 5 May 2012 Ivan Petrov was elected in 1990.', [e('1990', 'Ivan Petrov', null, null, null)]],
    // The share only in the next sentence, after a date-first sentence with "he".
    ['On 4 December 2011 Kurmanbek Sadyrov was elected for a six-year term. He collected 62% of votes. Sadyrov then formed a cabinet with 40% of ministers new.', [e('2011-12-04', 'Kurmanbek Sadyrov', null, 62, 6)]],
    // Two elections of one person; "he" with a new date is the same winner again.
    [
      'On 6 November 2006, Davlat Sharipov was re-elected for a 7-year term with 88,4 % of votes. On November 6, 1999 President Davlat Sharipov was elected (76.2% of votes).',
      [e('2006-11-06', 'Davlat Sharipov', null, 88.4, 7), e('1999-11-06', 'Davlat Sharipov', 'President', 76.2, null)],
    ],
    ['In 1991 Askar Akayev was elected President. In 1995 he was re-elected with 71.6% of votes.', [e('1991', 'Askar Akayev', 'President', null, null), e('1995', 'Askar Akayev', null, 71.6, null)]],
    // One election per date: a recalled result adds what was missing.
    ['On 3 April 2011 Zoran Petrovic was elected President. On 3 April 2011 Zoran Petrovic was elected with 55% of votes for a four-year term.', [e('2011-04-03', 'Zoran Petrovic', 'President', 55, 4)]],
    // A parliament's election: no winner, only with a date.
    ['Elections to the Jogorku Kenesh were held on October 10, 2010.', [e('2010-10-10', null, 'Jogorku Kenesh', null, null, [], 'Elections to the Jogorku Kenesh')]],
    ['On 27 February 2005 parliamentary elections took place.', [e('2005-02-27', null, 'Parliament', null, null, [], 'parliamentary elections')]],
    ['In December 2007 the new Majilis was elected.', [e('2007-12', null, 'Majilis', null, null)]],
    // A pronoun with no one before it: the election, without a winner.
    ['On March 4, 2012 he was elected President.', [e('2012-03-04', null, 'President', null, null)]],
    ['On 4 March 2012 the President was elected.', [e('2012-03-04', null, 'President', null, null)]],
    // A turnout is not the winner's share.
    ['On 20 May 2012 Tomas Vilkas was elected with a turnout of 60%.', [e('2012-05-20', 'Tomas Vilkas', null, null, null)]],
    ['On 20 May 2012 Tomas Vilkas won the elections with 60% turnout.', [e('2012-05-20', 'Tomas Vilkas', null, null, null)]],
    // The winner after "was won … by".
    ['The presidential election of 12 March 2009 was won in the first round by Aram Vardanyan, the candidate of the Unity Party, with 58.3% of votes.', [e('2009-03-12', 'Aram Vardanyan', 'President', 58.3, null)]],
    ['The presidential election of April 2, 2017 was won in the first round by Pavel Orlov, who gained 61.4% of votes.', [e('2017-04-02', 'Pavel Orlov', 'President', 61.4, null)]],
    ['On 4 April 2010 the presidential vote was won by Tigran Hakobyan with 61 per cent; Artur Manukyan, the runner-up, polled 30 per cent.', [e('2010-04-04', 'Tigran Hakobyan', 'President', 61, null, [o('Artur Manukyan', 30)])]],
    ['The parliamentary election of 5 March 2000 was won by Nur Zhol with 45% of votes.', [e('2000-03-05', null, 'Parliament', 45, null, [], 'parliamentary election')]],
    // The date in the sentence before, which announced the election: "won it", "won with".
    [
      'The presidential election of 03.05.2015 was the first with four candidates. Dovlet Orazov won it with 77.4% of the votes; his nearest rival Merdan Allaberdiyev got 6.9%. Orazov was sworn in on 9 May 2015.',
      [e('2015-05-03', 'Dovlet Orazov', 'President', 77.4, null, [o('Merdan Allaberdiyev', 6.9)])],
    ],
    [
      'Snap presidential elections took place on 20 March 2022. Ruslan Karimov, the candidate of the Renewal party, won with 64.2% of the vote, ahead of Bekzod Tashkentov (21.05%) and Olim Rahimov (9.3%).',
      [e('2022-03-20', 'Ruslan Karimov', 'President', 64.2, null, [o('Bekzod Tashkentov', 21.05), o('Olim Rahimov', 9.3)])],
    ],
    [
      'Presidential elections took place on 18 February 2018. The incumbent President, Armen Sarkisov, was reelected for a second five-year term, gaining 61.2% of the votes; Hrant Bagratyan, leader of the Freedom party, came second with 30.5%.',
      [e('2018-02-18', 'Armen Sarkisov', 'President', 61.2, 5, [o('Hrant Bagratyan', 30.5)])],
    ],
    ['Presidential elections will be held on 5 March 2013. Ivan Petrov won it with 60% of the vote.', []],
    ['The presidential election of 5 March 2013 was calm. The Government resigned. Ivan Petrov won it with 60% of the vote.', []],
    // Rounds: the result is the round the winner won.
    [
      'The presidential election was held in two rounds on 2 May 2004 and 16 May 2004. In the second round Pavel Dubrov won 71.5% of the votes; his rival, the then Prime Minister Oleg Savchuk, got 24.8%.',
      [e('2004-05-16', 'Pavel Dubrov', 'President', 71.5, null, [o('Oleg Savchuk', 24.8)])],
    ],
    [
      'After the court annulled the run-off of 21 November 2004, the repeat second round took place on 26 December 2004: Pavlo Melnyk won it with 52.3% of votes against 43.9% for Taras Bondar.',
      [e('2004-12-26', 'Pavlo Melnyk', null, 52.3, null, [o('Taras Bondar', 43.9)])],
    ],
    [
      'In the run-off held on 14 June 2009, Batbayar Gantulga (Civic Will Party) defeated Dorjiin Sukhbaatar (Green Party), winning 53.2% of the valid votes against 44.9%.',
      [e('2009-06-14', 'Batbayar Gantulga', null, 53.2, null, [o('Dorjiin Sukhbaatar', 44.9)])],
    ],
    ['In the run-off of 14 June 2009 Batbayar Gantulga, the candidate of the Civic Will Party, defeated Dorjiin Sukhbaatar with 53.2% of the valid votes.', [e('2009-06-14', 'Batbayar Gantulga', null, 53.2, null, [o('Dorjiin Sukhbaatar')])]],
    // A round the page says nobody won: an election of its own, every candidate, no winner.
    [
      'In the first round of the presidential election on 30 May 2009 no candidate won a majority: Batbayar Gantulga got 41.3%, Dorjiin Sukhbaatar 35.2% and Tserendorj Ganbold 20.1% of the votes.',
      [e('2009-05-30', null, 'President', null, null, [o('Batbayar Gantulga', 41.3), o('Dorjiin Sukhbaatar', 35.2), o('Tserendorj Ganbold', 20.1)])],
    ],
    [
      'None of the candidates obtained a majority in the first round of the presidential election on 1 March 2015: Anna Volkova received 9.8%, Ivan Petrov 45.5% and Boris Sidorov 38%. In the second round on 15 March 2015 Ivan Petrov won with 52.1% of the vote against 46% for Boris Sidorov.',
      [
        e('2015-03-01', null, 'President', null, null, [o('Ivan Petrov', 45.5), o('Boris Sidorov', 38), o('Anna Volkova', 9.8)]),
        e('2015-03-15', 'Ivan Petrov', null, 52.1, null, [o('Boris Sidorov', 46)]),
      ],
    ],
    // A first round's leader ahead of the second; the run-off's winner "again", the rival "for Y".
    [
      'In the first round on 9 March 2008 Galina Orlik led with 38.6%, ahead of Stepan Haida (30.1%). In the second round on 23 March 2008 Orlik again won with 51.2% of the vote against 46.1% for Haida.',
      [e('2008-03-09', null, null, null, null, [o('Galina Orlik', 38.6), o('Stepan Haida', 30.1)]), e('2008-03-23', 'Galina Orlik', null, 51.2, null, [o('Haida', 46.1)])],
    ],
    // A run-off's rival named only as "his rival": the other of the first round's two.
    [
      'In the first round on 3 April 2011 no candidate won a majority: Vera Lind got 48.1% and Otto Kask 39.5%. In the second round on 17 April 2011 Vera Lind won with 55.2% of the vote; her rival got 44.8%.',
      [e('2011-04-03', null, null, null, null, [o('Vera Lind', 48.1), o('Otto Kask', 39.5)]), e('2011-04-17', 'Vera Lind', null, 55.2, null, [o('Otto Kask', 44.8)])],
    ],
    // "none of the N candidates"; the rival "was backed by".
    [
      'In the first round on 2 June 2013 none of the six candidates won a majority: Mart Laar got 41.2% and Kadri Simson 33.9%. In the second round on 16 June 2013 Laar won with 57.4% of the vote; her rival was backed by 42.6%.',
      [e('2013-06-02', null, null, null, null, [o('Mart Laar', 41.2), o('Kadri Simson', 33.9)]), e('2013-06-16', 'Mart Laar', null, 57.4, null, [o('Kadri Simson', 42.6)])],
    ],
    // The winner with an appositive; runner-ups in the same sentence and in the next.
    [
      'Nika Beridze, the leader of the Civic Union, won the extraordinary presidential election of 9 October 2011 with 88.4% of the vote; his closest rival, Levan Kapanadze, received only 6.1%.',
      [e('2011-10-09', 'Nika Beridze', 'President', 88.4, null, [o('Levan Kapanadze', 6.1)])],
    ],
    ['On 9 January 2005 Rustam Nazarov was re-elected, having received 90.1% of the votes; his only rival, Bakhtiyor Umarov, won 5.2%.', [e('2005-01-09', 'Rustam Nazarov', null, 90.1, null, [o('Bakhtiyor Umarov', 5.2)])]],
    ['On 7 March 2004 Gor Simonyan was re-elected with 63.8% of votes. The runner-up, the former Prime Minister of the republic Vazgen Arakelyan, received 27.1% of votes.', [e('2004-03-07', 'Gor Simonyan', null, 63.8, null, [o('Vazgen Arakelyan', 27.1)])]],
    [
      'On 19 March 2006 Viktor Orlov was re-elected for a second five-year term, receiving 82.6% of the votes. Sergei Kozlov, the single candidate of the united opposition and former rector of the State University, gained 6.0%.',
      [e('2006-03-19', 'Viktor Orlov', null, 82.6, 5, [o('Sergei Kozlov', 6)])],
    ],
    [
      'At the presidential election of December 18, 2011 Rustam Nazarov was elected for a new term with 86.9 percent of the vote. Jamshid Saidov of the Liberal Democratic Party came second with 4.4%.',
      [e('2011-12-18', 'Rustam Nazarov', 'President', 86.9, null, [o('Jamshid Saidov', 4.4)])],
    ],
    ['On 3 June 2012 Ivan Petrov was elected with 55% of votes; the Chairman of the Council of Ministers Boris Sidorov got 30% and Anna Volkova 10%.', [e('2012-06-03', 'Ivan Petrov', null, 55, null, [o('Boris Sidorov', 30), o('Anna Volkova', 10)])]],
    // "he" whose name the sentence before gives; two dated elections in one sentence.
    [
      'After the death of the first President Ata Orazov on 5 May 2006, Merdan Gulov became acting Head of State. On 11 February 2007 he was elected President with 85.3% of votes, and on 12 February 2012 he was reelected with 96.1%.',
      [e('2007-02-11', 'Merdan Gulov', 'President', 85.3, null), e('2012-02-12', 'Merdan Gulov', null, 96.1, null)],
    ],
    ['On 12 February 2017 Merdan Gulov won the presidential elections for the third time; according to the election commission, 97.1% of the voters supported him.', [e('2017-02-12', 'Merdan Gulov', 'President', 97.1, null)]],
    // More phrasings: "he" after the winner's name in the same sentence, "declared the winner", a list of results, "A% to B%".
    [
      'Pavel Dubrov has been President since May 2004: in the second round on 16 May 2004 he defeated Prime Minister Oleg Savchuk with 71.5% of the votes against 24.8%.',
      [e('2004-05-16', 'Pavel Dubrov', null, 71.5, null, [o('Oleg Savchuk', 24.8)])],
    ],
    [
      'At the presidential election of 7 March 2010 Dubrov was declared the winner with 81.2% of votes and began his third term. Opposition candidate Ivan Sokolov, who came second with 3.1%, was arrested on election night together with Petr Volkov (1.9%).',
      [e('2010-03-07', 'Dubrov', 'President', 81.2, null, [o('Ivan Sokolov', 3.1), o('Petr Volkov', 1.9)])],
    ],
    [
      'Early presidential elections took place on 11 April 2010. Almaz Sadykov won 76.4% of the vote; Nurlan Bakir uulu finished a distant second with 5.2%.',
      [e('2010-04-11', 'Almaz Sadykov', 'President', 76.4, null, [o('Nurlan Bakir uulu', 5.2)])],
    ],
    [
      'Oleg Petrov, nominated by the ruling party, won the presidential election of 4 March 2012 in the first round, gaining 63.6% of the vote. Ivan Ivanov (Communist Party) received 17.2%, Pavel Sidorov (Liberal Party) 6.2% and Anna Kuznetsova 3.9%.',
      [e('2012-03-04', 'Oleg Petrov', 'President', 63.6, null, [o('Ivan Ivanov', 17.2), o('Pavel Sidorov', 6.2), o('Anna Kuznetsova', 3.9)])],
    ],
    [
      'The presidential election of 2 March 2008 was won by Prime Minister Tigran Avetisyan, who polled 55.1% of the votes. Former President Aram Grigoryan came second with 20.40%, and Hayk Melikyan, the leader of the Justice party, third with 15.2%.',
      [e('2008-03-02', 'Tigran Avetisyan', 'President', 55.1, null, [o('Aram Grigoryan', 20.4), o('Hayk Melikyan', 15.2)])],
    ],
    ['In the run-off held on 8 February 2015 Petrenko defeated Kovalenko, 51.3% to 44.6%, and was inaugurated on 25 February 2015.', [e('2015-02-08', 'Petrenko', null, 51.3, null, [o('Kovalenko', 44.6)])]],
    [
      'In the run-off held on 8 February 2015 Ivan Petrenko defeated Oleg Kovalenko, 51.3% to 44.6%. The outgoing President Viktor Bondar received only 5.5% in the first round.',
      [e('2015-02-08', 'Ivan Petrenko', null, 51.3, null, [o('Oleg Kovalenko', 44.6)])],
    ],
    ['On 5 May 2012 Ivan Petrov was elected with 51% of votes. In a later poll Boris Sidorov got 20% and Anna Volkova 10%.', [e('2012-05-05', 'Ivan Petrov', null, 51, null)]],
    // A second election of the subject after "and" ("… and was reelected on …"); the shares "voted for him", "N% for the leader of … X".
    [
      'Tomas Vilkas, the former Rector of the University, won the presidential elections of 4 June 2000 with 61.2% of votes and was reelected on 9 June 2005 with 70.4% of votes.',
      [e('2000-06-04', 'Tomas Vilkas', 'President', 61.2, null), e('2005-06-09', 'Tomas Vilkas', null, 70.4, null)],
    ],
    [
      'Ivan Sokol, the first President of the Republic, was elected on 3 May 1992 with 71% of votes and was reelected in 1997; he resigned in March 2000.',
      [e('1992-05-03', 'Ivan Sokol', null, 71, null), e('1997', 'Ivan Sokol', null, null, null)],
    ],
    ['On 4 March 2018 Petrenko was reelected: 61.3% voted for him, 30.2% for the leader of the Unity party Oleg Kovalenko.', [e('2018-03-04', 'Petrenko', null, 61.3, null, [o('Oleg Kovalenko', 30.2)])]],
    ['On 4 March 2018 Anna Volkova was elected: 55% of the voters voted for her, 40% for the former Mayor Boris Sidorov.', [e('2018-03-04', 'Anna Volkova', null, 55, null, [o('Boris Sidorov', 40)])]],
    // The date of the verb's clause, of the round, or after the verb when a dated election before it is another one.
    [
      'After the crisis of May 2011 he called early elections: on 8 July 2011 he was reelected with 61.5% of votes; the candidate of the opposition Ivan Sokol came second with 30.1%, and the banker Petr Volkov received 4.2%.',
      [e('2011-07-08', null, null, 61.5, null, [o('Ivan Sokol', 30.1), o('Petr Volkov', 4.2)])],
    ],
    ['In the presidential elections of 2004 Oleg Kovalenko, the Speaker of the Parliament, defeated Ivanov in the second round of 21 November 2004, winning 52.1% of votes against 46.3%.', [e('2004-11-21', 'Oleg Kovalenko', 'President', 52.1, null, [o('Ivanov', 46.3)])]],
    ['After the parliamentary elections of 2 February 2009 Ivan Sokol was reelected for a second term on 5 March 2009: 60 deputies voted for him.', [e('2009-03-05', 'Ivan Sokol', null, null, null)]],
    ['After the presidential election of 5 May 2012 Ivan Sokol was elected with 55% of votes.', [e('2012-05-05', 'Ivan Sokol', 'President', 55, null)]],
    // A referendum's clause before a dated election.
    ['On 6 May 2001 a referendum extended the presidential term, and on 4 June 2001 Ivan Sokol was reelected with 88.2% of votes.', [e('2001-06-04', 'Ivan Sokol', null, 88.2, null)]],
    // The winner after "was won by the incumbent …"; rivals after an aside, "followed by X of the Y party (N%)", "the poet X of the Y party".
    [
      'The presidential elections of 7 December 2014 were won by the incumbent President Davlat Sharipov, who received 81.3% of the votes. Rustam Nazarov, the candidate of the Liberal Party, came second with 7.2%, followed by Jamshid Saidov of the Green Party (3.9%).',
      [e('2014-12-07', 'Davlat Sharipov', 'President', 81.3, null, [o('Rustam Nazarov', 7.2), o('Jamshid Saidov', 3.9)])],
    ],
    [
      'The elections of 6 March 2011 were won by Aram Vardanyan with 77.1% of votes, ahead of Hayk Melikyan, the former Speaker of the Parliament and candidate of the "Justice" bloc (12.4%), and Gor Simonyan (3.2%).',
      [e('2011-03-06', 'Aram Vardanyan', null, 77.1, null, [o('Hayk Melikyan', 12.4), o('Gor Simonyan', 3.2)])],
    ],
    ['In the presidential elections of 2 April 1992 he received 84% of votes; his only rival, the writer Bakhtiyor Umarov of the Birlik party, received 11.2%.', [e('1992-04-02', null, 'President', 84, null, [o('Bakhtiyor Umarov', 11.2)])]],
    // Not runner-ups: a rival is no winner, a larger share is nobody's second place, a poll is no vote.
    ['In the election of 5 May 2012 his rival Ivan Petrov received 21.5% of votes.', []],
    ['On 5 May 2012 Ivan Petrov was elected with 51% of votes. His rival Boris Sidorov got 60%.', [e('2012-05-05', 'Ivan Petrov', null, 51, null)]],
    ['On 5 May 2012 Ivan Petrov was elected with 51% of votes. According to a poll, 40% of respondents trust Boris Sidorov.', [e('2012-05-05', 'Ivan Petrov', null, 51, null)]],
    ['On 5 May 2012 Ivan Petrov was elected President. His rival Boris Sidorov later became Prime Minister.', [e('2012-05-05', 'Ivan Petrov', 'President', null, null)]],
    ['In the parliamentary election of 5 March 2000 the Unity Party received 45% of the votes, ahead of the Labour Party (20%).', [e('2000-03-05', null, 'Parliament', 45, null, [], 'parliamentary election')]],
    ['On 5 May 2012 Ivan Petrov won the presidential election with 55% of votes, ahead of the Communists (20%); the turnout was 60%.', [e('2012-05-05', 'Ivan Petrov', 'President', 55, null, [o('Communists', 20)])]],
    // Not elections.
    ['On June 27, 2010 the nation-wide referendum adopted the new Constitution and confirmed Roza Otunbayeva as President for the transitional period until December 31, 2011.', []],
    ['The President is elected for a single six-year term.', []],
    ['The President was elected for a five-year term by a direct vote.', []],
    ['The Government abdicates from its powers before the newly elected President of the Republic.', []],
    // A win's verb with no vote's word, right after the election's sentence; a round that "produced no winner".
    ['Presidential elections were held on 10 October 2010. Arman Kasymov won, receiving 64.2%; Olga Petrenko came second with 21.3%.', [e('2010-10-10', 'Arman Kasymov', 'President', 64.2, null, [o('Olga Petrenko', 21.3)])]],
    ['The first round on 3 May 2015 produced no winner: Lena Ruud got 41.5% and Tarmo Kask 36.2%.', [e('2015-05-03', null, null, null, null, [o('Lena Ruud', 41.5), o('Tarmo Kask', 36.2)])]],
    ['The vote of 3 May 2015 failed to produce a winner: Lena Ruud (41.5%), Tarmo Kask (36.2%).', [e('2015-05-03', null, null, null, null, [o('Lena Ruud', 41.5), o('Tarmo Kask', 36.2)])]],
    // Near miss: a win's verb with no election before it and no vote's word is no election.
    ['On 10 October 2010 Arman Kasymov won, receiving 64.2% of the shares.', []],
    // The winner before "was backed by" and the share.
    ['The presidential election took place on 3 March 2024. John Carter was backed by 64.3% of voters.', [e('2024-03-03', 'John Carter', 'President', 64.3, null)]],
    ['Presidential elections will be held on 5 March 2013.', []],
    ['The President appoints the Government.', []],
    ['Elections were held on 4 March 2012.', []],
    ['He won the elections with 91,1 % of votes.', []],
    ['On June 22, 2003 the referendum was held; the President was elected for a seven-year term.', []],
  ])('should read %j', (text, expected) => {
    expect(findElections(text).map(({ text: _t, votes: _v, turnout: _u, ...rest }) => rest)).toEqual(expected);
  });

  it('should quote every sentence the facts came from', () => {
    expect(findElections('On December 2005, Nursultan Nazarbayev was reelected for the second 7-year-term. He won the elections with 91,1 % of votes. He thanked the voters.').map((x) => x.text)).toEqual([
      'On December 2005, Nursultan Nazarbayev was reelected for the second 7-year-term. He won the elections with 91,1 % of votes.',
    ]);
  });

  it.each([
    ['On 5 May 2012 Ivan Petrov was elected with 60% of votes. He won 70% of the vote.', 'On 5 May 2012 Ivan Petrov was elected with 60% of votes.'],
    ['On 5 May 2012 Ivan Petrov was elected for a five-year term. He began a 6-year term.', 'On 5 May 2012 Ivan Petrov was elected for a five-year term.'],
    ['On 5 May 2012 Ivan Petrov was elected. He won 70% of the vote.', 'On 5 May 2012 Ivan Petrov was elected. He won 70% of the vote.'],
  ])('should add to %j only a sentence that completes it', (paragraph, text) => {
    expect(findElections(paragraph).map((x) => x.text)).toEqual([text]);
  });

  it.each([
    'On 11 February 2010 Acting President Viktor Yanukovych was elected Prime Minister for a five-year term with 48.95% of votes.',
    'On December 2005, Nursultan Nazarbayev was reelected for the second 7-year-term. He won the elections with 91,1 % of votes.',
    'Askar Akayev, in office since 1990, was re-elected in 1995.',
    'Elections to the Jogorku Kenesh were held on October 10, 2010.',
    'The presidential election of 03.05.2015 was the first with four candidates. Dovlet Orazov won it with 77.4% of the votes; his nearest rival Merdan Allaberdiyev got 6.9%.',
    'In the run-off held on 14 June 2009, Batbayar Gantulga (Civic Will Party) defeated Dorjiin Sukhbaatar (Green Party), winning 53.2% of the valid votes against 44.9%.',
    'In the first round of the presidential election on 30 May 2009 no candidate won a majority: Batbayar Gantulga got 41.3%, Dorjiin Sukhbaatar 35.2% and Tserendorj Ganbold 20.1% of the votes.',
  ])('should read %j the same with other spaces', (paragraph) => {
    const tidy = (list: ReturnType<typeof findElections>) => list.map(({ text: _t, ...r }) => JSON.parse(JSON.stringify(r).replace(/\s+/g, ' ')));
    const spaced = findElections(paragraph.replace(/ /g, '  '));
    expect(tidy(spaced)).toEqual(tidy(findElections(paragraph)));
    expect(spaced.length).toBe(1);
  });

  it('should stop completing an election at a sentence that says nothing of it', () => {
    expect(findElections('On 4 December 2011 Bolot Osmonov was elected President. The Government resigned. He later won 90% of the vote.')[0]!.voteShare).toBeNull();
  });

  it('should take the date that opens the sentence, else the first after the verb', () => {
    const [first] = findElections('Since December 2010 Prime Minister Almazbek Atambayev was elected President on October 30, 2011.');
    expect(first!.date).toBe('2011-10-30');
    expect(findElections('Askar Akayev, in office since 1990, was re-elected in 1995.').map(({ text: _t, votes: _v, turnout: _u, ...r }) => r)).toEqual([e('1995', 'Askar Akayev', null, null, null)]);
  });

  it('should read long lists of shares and of dated clauses in bounded time (the timeout is the hang guard; speed is for npm run bench)', () => {
    findElections('On 4 May 2011 Ivan Petrov was elected with 50% of votes; ' + 'his rival Boris Sidorov got 1%, '.repeat(3000));
    findElections('On 4 May 2011 Ivan Petrov was elected with 50% of votes, and on 5 May 2011 '.repeat(500));
    findElections('In the first round no candidate received a majority: ' + 'Ivan Petrov 1%, '.repeat(3000));
  }, 20_000);

  it('should keep the winner out of the others, and the others in order of their shares', () => {
    const [election] = findElections('On 3 June 2012 Ivan Petrov was elected with 55% of votes; Anna Volkova got 10%, Petrov 55% and Boris Sidorov 30%.');
    expect(election!.others).toEqual([{ name: 'Boris Sidorov', voteShare: 30 }, { name: 'Anna Volkova', voteShare: 10 }]);
  });

  it('should read a 50 KB paragraph in bounded time (the timeout is the hang guard; speed is for npm run bench)', () => {
    const long = 'On 4 December 2011 Bolot Osmonov was elected President '.repeat(1000) + 'A'.repeat(50_000);
    findElections(long);
    findElections('elections '.repeat(5000) + ' were held on 4 May 2011');
  }, 20_000);
});

describe('parseDecimal and parseCount', () => {
  it.each([
    ['91,1', 91.1],
    ['79.78', 79.78],
    ['63', 63],
  ])('should read %j as %d', (text, value) => expect(parseDecimal(text)).toBe(value));
  it.each([
    ['one', 1],
    ['two', 2],
    ['three', 3],
    ['four', 4],
    ['Five', 5],
    ['six', 6],
    ['seven', 7],
    ['eight', 8],
    ['nine', 9],
    ['ten', 10],
    ['12', 12],
  ])('should count %j as %d', (text, value) => expect(parseCount(text)).toBe(value));
});

describe('findReferendums', () => {
  it.each<[string, Array<{ date: string; outcome: string | null }>]>([
    [
      'On April 29, 1995 the nation-wide referendum extended presidential term of office until 2000. On January 10, 1999 he won.',
      [{ date: '1995-04-29', outcome: 'extended presidential term of office until 2000' }],
    ],
    [
      'On June 27, 2010 the nation-wide referendum adopted the new Constitution and confirmed Roza Otunbayeva as President for the transitional period until December 31, 2011.',
      [{ date: '2010-06-27', outcome: 'adopted the new Constitution and confirmed Roza Otunbayeva as President for the transitional period until December 31, 2011' }],
    ],
    ['According to the Constitution adopted at the referendum of June 27, 2010 the Kyrgyz Republic is a parliamentary republic.', [{ date: '2010-06-27', outcome: 'adopted the Constitution' }]],
    ['A referendum held on 22 June 2003 approved amendments to the Constitution.', [{ date: '2003-06-22', outcome: 'approved amendments to the Constitution' }]],
    ['On June 22, 2003 the nation-wide referendum approved amendments to the Constitution which allowed the President to run for two more seven-year terms.', [{ date: '2003-06-22', outcome: 'approved amendments to the Constitution which allowed the President to run for two more seven-year terms' }]],
    ['The new constitution approved by the referendum of 21 October 2007 reduced the powers of the President.', [{ date: '2007-10-21', outcome: 'approved the new constitution' }]],
    ['In a referendum on 6 November 1994, voters gave the President wide powers.', [{ date: '1994-11-06', outcome: null }]],
    ['The referendum (March 2, 2003) has extended the term of the Parliament.', [{ date: '2003-03-02', outcome: 'extended the term of the Parliament' }]],
    ['The referendum of 1995 made the Parliament bicameral.', [{ date: '1995', outcome: 'made the Parliament bicameral' }]],
    ['Since 1991 the referendum that took place on 17 March 1991 gave the republics a choice.', [{ date: '1991-03-17', outcome: 'gave the republics a choice' }]],
    // One referendum per date in a paragraph; a later mention adds its outcome.
    [
      'The Constitution was changed at the referendum of June 27, 2010. On June 27, 2010 the referendum abolished the post of Prime Minister. The referendum of June 27, 2010 approved amendments.',
      [{ date: '2010-06-27', outcome: 'abolished the post of Prime Minister' }],
    ],
    ['In the election of January 5, 2008 Mikheil Saakashvili won. On the same day the plebiscite held together with the election supported the accession to NATO.', [{ date: '2008-01-05', outcome: null }]],
    ['On 5 May 1996 a plebiscite approved the new flag.', [{ date: '1996-05-05', outcome: 'approved the new flag' }]],
    ['On 27 June 2010 the referendum adopted the new Constitution. Roza Otunbayeva, confirmed by the referendum as President for the transitional period, holds the post until 31 December 2011.', [{ date: '2010-06-27', outcome: 'adopted the new Constitution' }]],
    ['In 1995 two referendums extended the term.', [{ date: '1995', outcome: null }]],
    // Two dated referendums in one sentence: one each.
    [
      'The referendum of 3 March 1996 extended the term of the President until 2001, and the referendum of 9 September 1996 adopted the new Constitution.',
      [{ date: '1996-03-03', outcome: 'extended the term of the President until 2001' }, { date: '1996-09-09', outcome: 'adopted the new Constitution' }],
    ],
    ['The referendum of 5 May 2001 abolished the Senate; a second referendum on 9 June 2003 restored it.', [{ date: '2001-05-05', outcome: 'abolished the Senate' }, { date: '2003-06-09', outcome: 'restored it' }]],
    ['On 2 March 2004 a plebiscite approved the flag, while on 3 April 2005 the referendum rejected the anthem.', [{ date: '2004-03-02', outcome: 'approved the flag' }, { date: '2005-04-03', outcome: 'rejected the anthem' }]],
    ['The referendum of 3 March 1996 extended the term, and the referendum was a success.', [{ date: '1996-03-03', outcome: 'extended the term, and the referendum was a success' }]],
    ['The referendum of June 27, 2010 adopted the Constitution. The referendum of October 21, 2007 reduced the powers of the President.', [{ date: '2010-06-27', outcome: 'adopted the Constitution' }, { date: '2007-10-21', outcome: 'reduced the powers of the President' }]],
    ['Until 5 May 2012 the referendum results were disputed.', []],
    [
      'On March 2, 2004 a referendum approved amendments to the Constitution and confirmed that Ivan Sokol would remain President until 2006.',
      [{ date: '2004-03-02', outcome: 'approved amendments to the Constitution and confirmed that Ivan Sokol would remain President until 2006' }],
    ],
    // Not referendums.
    ['On the same day the plebiscite supported the accession to NATO.', []],
    ['Roza Otunbayeva, confirmed by the referendum as President, holds the post until 31 December 2011.', []],
    ['A referendum on the new Constitution will be held in 2013.', []],
    ['The opposition would call a referendum on 5 May 2014.', []],
    ['A referendum is scheduled for 5 May 2014.', []],
    ['The President may call a referendum.', []],
    ['On January 10, 1999 President Nursultan Nazarbayev was reelected.', []],
  ])('should read %j', (text, expected) => {
    expect(findReferendums(text).map(({ text: _t, turnout: _u, title: _n, voteShare: _s, ...r }) => r)).toEqual(expected);
  });

  it.each([
    ['Парламент был распущен 5 мая 1995 г., накануне референдума 30 августа 1995 г.', ['1995-08-30']],
    ['Совет распущен 12 марта 2001 г., за неделю до референдума от 19 марта 2001 г.', ['2001-03-19']],
    ['The Parliament was dissolved on 5 May 1995, ahead of the referendum of 30 August 1995.', ['1995-08-30']],
    // The day right before the referendum's word is still its own when none follows it.
    ['Ещё раньше, 29 апреля 1995 года, на референдуме были продлены полномочия Президента.', ['1995-04-29']],
    // A referendum fixed for a day: that day; the one proposed the sentence before is it, not a vote of the decision's date.
    ['В декабре 2008 г. Милли Меджлис одобрил предложение о проведении всенародного референдума по поправкам к Конституции. Референдум назначен на 18 марта 2009 года.', ['2009-03-18']],
    ['Плебисцит был назначен на 5 мая 2013 года.', ['2013-05-05']],
    ['14 января 2016 года Сейм принял решение о проведении референдума о языке. Референдум назначен на 20 марта 2016 года; оппозиция призвала к бойкоту.', ['2016-03-20']],
    // Near misses: a referendum merely to come, and one scheduled with no day, give none.
    ['Референдум будет проведён 18 марта 2019 года.', []],
    ['Референдум назначен на весну.', []],
  ])('should date %j by the day right after the referendum word over a day before it', (text, dates) => {
    expect(findReferendums(text).map((r) => r.date)).toEqual(dates);
  });

  /** The referendum's own word, its adjectives and topic as the page writes them: a Russian row says «референдум». */
  it.each<[string, string]>([
    ['3 мая 2015 года одновременно с местными выборами прошёл консультативный референдум (о статусе языка и о флаге).', 'консультативный референдум (о статусе языка и о флаге)'],
    ['12 апреля 2009 года вместе с первым туром состоялся референдумом о членстве в Евросоюзе (он не состоялся из-за явки).', 'референдум о членстве в Евросоюзе'],
    ['На всенародном референдуме 7 июня 2015 года была снята граница возраста.', 'всенародный референдум'],
    ['Плебисцит о новом гимне прошёл 9 октября 2011 года.', 'Плебисцит о новом гимне'],
    ['On 5 May 2001 the nation-wide referendum on the Senate abolished it.', 'nation-wide referendum on the Senate'],
    ['On 4 July 2010 an advisory plebiscite was held.', 'advisory plebiscite'],
  ])('should name %j as %j', (text, title) => {
    expect(findReferendums(text).map((r) => r.title)).toEqual([title]);
  });

  it('should keep the first sentence where no later one adds an outcome', () => {
    expect(findReferendums('The referendum of June 27, 2010 was a success. The referendum of June 27, 2010 was long.').map((r) => r.text)).toEqual(['The referendum of June 27, 2010 was a success.']);
  });

  it('should quote the sentence whose outcome it keeps', () => {
    const [r] = findReferendums('The referendum of June 27, 2010 was a success. On June 27, 2010 the referendum abolished the post of Prime Minister.');
    expect(r!.text).toBe('On June 27, 2010 the referendum abolished the post of Prime Minister.');
  });
});

describe('findElections in Russian', () => {
  it.each<[string, Row[]]>([
    // A tenure in parentheses between a title and the winner's name is no date of the election.
    [
      'Выборы 3 марта 2019 года прошли в один тур. Победу одержал бывший министр финансов (май 2014 – июнь 2018) Арсен Маратович Ибраев с 61,2 % голосов.',
      [e('2019-03-03', 'Арсен Маратович Ибраев', null, 61.2, null)],
    ],
    [
      'На выборах 9 мая 2021 года победил экс-мэр столицы (2012–2020) Ирина Белова, набравшая 48,5 % голосов.',
      [e('2021-05-09', 'Ирина Белова', null, 48.5, null)],
    ],
    [
      'On 4 June 2023 the former finance minister (March 2015 - April 2019) Tomas Rebane won the presidential election with 57.1% of votes.',
      [e('2023-06-04', 'Tomas Rebane', 'President', 57.1, null)],
    ],
    // Aspect and gender of the verb, decimal commas, "процента", dates in words and figures.
    ['4.12.2011 Светлана Орлова была переизбрана на пятилетний срок; за неё проголосовали 71,4% избирателей.', [e('2011-12-04', 'Светлана Орлова', null, 71.4, 5)]],
    ['Айдар Сейткалиев победил во втором туре 14 октября 2007 года, набрав 58,2 процента голосов.', [e('2007-10-14', 'Айдар Сейткалиев', null, 58.2, null)]],
    ['В марте 2009 года Тимур Жаксылыков избран депутатом.', [e('2009-03', 'Тимур Жаксылыков', null, null, null)]],
    ['16 июня 2013 года Президент Рустам Алиев был вновь избран сроком на 7 лет.', [e('2013-06-16', 'Рустам Алиев', 'Президент', null, 7)]],
    // The share in the next sentence, "он"; a sentence that opens with a date's digits.
    ['В ноябре 2004 года Марат Есенов был переизбран на четырёхлетний срок. Он победил на выборах, получив 66,6 % голосов.', [e('2004-11', 'Марат Есенов', null, 66.6, 4)]],
    // A date between the subject and its verb.
    ['Марат Есенов в ноябре 2004 г. был переизбран на второй срок, получив 66,6 % голосов.', [e('2004-11', 'Марат Есенов', null, 66.6, null)]],
    ['Светлана Орлова 4 декабря 2011 года была избрана Президентом, набрав 71,4 % голосов.', [e('2011-12-04', 'Светлана Орлова', null, 71.4, null)]],
    ['Ivan Petrov in March 2012 was re-elected with 63.6% of the votes.', [e('2012-03', 'Ivan Petrov', null, 63.6, null)]],
    ['Ivan Petrov on 4 March 2012 won the presidential election with 63.6%.', [e('2012-03-04', 'Ivan Petrov', 'President', 63.6, null)]],
    ['Срок полномочий продлён до 2010 года. 2 февраля 2010 года Олжас Бекмуратов был избран, набрав 87 процентов голосов.', [e('2010-02-02', 'Олжас Бекмуратов', null, 87, null)]],
    // A win over a rival, the runner-up in parentheses or in a sentence of its own.
    ['На выборах 8 ноября 2015 года Павел Гринько одержал победу с результатом 54,3%, опередив Андрея Лисицына (39,1%).', [e('2015-11-08', 'Павел Гринько', null, 54.3, null, [o('Андрея Лисицына', 39.1)])]],
    ['5 марта 2012 года Иван Петров победил на президентских выборах, получив 63,6 процента голосов. Второе место занял Олег Сидоров (17,2%).', [e('2012-03-05', 'Иван Петров', 'Президент', 63.6, null, [o('Олег Сидоров', 17.2)])]],
    // An election the sentence before dated: the winner after it.
    ['Выборы Президента состоялись 20 мая 2018 года. Ержан Кудайбергенов победил, получив 82,9% голосов.', [e('2018-05-20', 'Ержан Кудайбергенов', 'Президент', 82.9, null)]],
    // The winner after the verb: "избран X", "Президентом стал X", "победу одержал … X"; "за которого проголосовали"; the runner-up in the next clause or sentence.
    ['3 марта 2008 года Председателем Парламента вновь избрана Ольга Мирошниченко, получившая 71,2 % голосов. Ближайший её соперник, Пётр Гуляев, набрал лишь 12,5 %.', [e('2008-03-03', 'Ольга Мирошниченко', null, 71.2, null, [o('Пётр Гуляев', 12.5)])]],
    ['По итогам выборов 9 апреля 2017 года Президентом Молдовы стал Игорь Лунгу, за которого проголосовали 55,4 % избирателей.', [e('2017-04-09', 'Игорь Лунгу', null, 55.4, null)]],
    ['На президентских выборах 14.05.2006 уверенную победу одержал бывший премьер-министр А.Б. Сагынбаев – 64,2 % голосов; второе место занял лидер аграриев Марат Ибраев, за которого проголосовали 17,9 % избирателей.', [e('2006-05-14', 'А.Б. Сагынбаев', 'Президент', 64.2, null, [o('Марат Ибраев', 17.9)])]],
    // A first round nobody won: every candidate, the second by a dash for the verb.
    [
      'В первом туре 2 апреля 2004 года ни один из кандидатов не набрал более половины голосов: Нина Лисовская получила 41,1 %, бывший мэр столицы Олег Дунаев – 37,6 %.',
      [e('2004-04-02', null, null, null, null, [o('Нина Лисовская', 41.1), o('Олег Дунаев', 37.6)])],
    ],
    // A run-off's rival named only as "his rival": the other of the two the first round named.
    [
      'В первом туре 7 мая 2006 года ни один из кандидатов не набрал более половины голосов: Ирина Козлова получила 46,2 %, Олег Дунаев – 40,1 %. Во втором туре, 21 мая 2006 года, Козлова одержала победу, набрав 58,3 % голосов; за её соперника проголосовали 41,7 % избирателей.',
      [e('2006-05-07', null, null, null, null, [o('Ирина Козлова', 46.2), o('Олег Дунаев', 40.1)]), e('2006-05-21', 'Ирина Козлова', null, 58.3, null, [o('Олег Дунаев', 41.7)])],
    ],
    // Three in the first round: a run-off is between its two leaders, so "her rival" is the second.
    [
      'В первом туре 7 мая 2006 года ни один из кандидатов не набрал более половины голосов: Ирина Козлова получила 46,2 %, Олег Дунаев – 30,1 %, Пётр Сомов – 20 %. Во втором туре, 21 мая 2006 года, Козлова одержала победу, набрав 58,3 % голосов; за её соперника проголосовали 41,7 % избирателей.',
      [e('2006-05-07', null, null, null, null, [o('Ирина Козлова', 46.2), o('Олег Дунаев', 30.1), o('Пётр Сомов', 20)]), e('2006-05-21', 'Ирина Козлова', null, 58.3, null, [o('Олег Дунаев', 41.7)])],
    ],
    // A winner's initials and an adverb between the subject and the verb; the runner-up's share before its verb.
    [
      '14 апреля 2019 года Т.К. Оразбеков в четвёртый раз победил на президентских выборах – за него проголосовали 79,2 % избирателей. Его главный соперник, выдвинутый блоком «Ак жол» юрист Серик Байжанов, набрал 11,6 %.',
      [e('2019-04-14', 'Т.К. Оразбеков', 'Президент', 79.2, null, [o('Серик Байжанов', 11.6)])],
    ],
    [
      'На выборах, состоявшихся 2 марта 2014 г., А.Н. Жумагулов снова одержал победу, набрав 81,3 % голосов. Второе место с 7,05 % занял кандидат от Аграрной партии Рустам Юсупов; остальные претенденты получили менее чем по 5 %.',
      [e('2014-03-02', 'А.Н. Жумагулов', null, 81.3, null, [o('Рустам Юсупов', 7.05)])],
    ],
    [
      'На выборах 10 марта 2019 г. Президентом избрана Е.П. Лаптева: за неё проголосовали 58,4 % избирателей. Второй результат – 22,7 % – показал лидер ЛДПР Олег Садовничий.',
      [e('2019-03-10', 'Е.П. Лаптева', null, 58.4, null, [o('Олег Садовничий', 22.7)])],
    ],
    // A first round's leader and the second in parentheses: a round of its own; the run-off's rival "у X".
    [
      'Выборы прошли в два тура. В первом туре 9 марта 2008 г. лидировала лидер партии «Рух» Галина Орлик (38,6 %), на втором месте оказался бывший премьер Степан Гайда (30,1 %). Во втором туре, состоявшемся 23.03.2008, Орлик победила, набрав 51,2 % голосов против 46,1 % у Гайды.',
      [e('2008-03-09', null, null, null, null, [o('Галина Орлик', 38.6), o('Степан Гайда', 30.1)]), e('2008-03-23', 'Галина Орлик', null, 51.2, null, [o('Гайда', 46.1)])],
    ],
    // A round nobody won dated by the sentence before; the run-off's rival in the accusative, as first named.
    [
      'Первый тур президентских выборов прошёл 4 апреля 2021 года. Ни один из кандидатов не набрал более половины голосов: лидер аграриев Пётр Мирча получил 44,1 % голосов, бывший мэр Илона Дарие – 35,5 %. Во втором туре, 18 апреля 2021 г., победу одержал П.И. Мирча, за которого проголосовали 53,4 % избирателей; за Илону Дарие было подано 46,6 % голосов.',
      // The winner by initials keeps the whole name the round gave.
      [e('2021-04-04', null, 'Президент', null, null, [o('Пётр Мирча', 44.1), o('Илона Дарие', 35.5)]), e('2021-04-18', 'Пётр Мирча', null, 53.4, null, [o('Илона Дарие', 46.6)])],
    ],
    // A count of the candidates in "ни один из … не"; the run-off's rival "поддержали"; the winner by one initial.
    [
      'В первом туре, 3 марта 2019 года, ни один из пяти кандидатов не получил большинства голосов: независимая Ирма Каралюте набрала 44,2 %, выдвинутый либералами Йонас Венцлова – 27,3 %. Во втором туре, состоявшемся 17.03.2019, победу одержала И. Каралюте, за которую проголосовали 58,8 % избирателей; её соперника поддержали 40,5 %.',
      [e('2019-03-03', null, null, null, null, [o('Ирма Каралюте', 44.2), o('Йонас Венцлова', 27.3)]), e('2019-03-17', 'Ирма Каралюте', null, 58.8, null, [o('Йонас Венцлова', 40.5)])],
    ],
    [
      'Первый тур прошёл 6 октября 2024 г. Ни одному из 12 претендентов не удалось набрать половину голосов: Арсен Тагиев получил 39,5 %, Рашид Мамед оглы – 31 %.',
      [e('2024-10-06', null, null, null, null, [o('Арсен Тагиев', 39.5), o('Рашид Мамед оглы', 31)])],
    ],
    // Near miss: initials that are not the round's leader's keep their own form, and "her rival" is then no one.
    [
      'В первом туре, 3 марта 2019 года, ни один из пяти кандидатов не получил большинства голосов: Ирма Каралюте набрала 44,2 %, Йонас Венцлова – 27,3 %. Во втором туре, 17.03.2019, победу одержала Р. Каралюте, набрав 58,8 % голосов; её соперника поддержали 40,5 %.',
      [e('2019-03-03', null, null, null, null, [o('Ирма Каралюте', 44.2), o('Йонас Венцлова', 27.3)]), e('2019-03-17', 'Р. Каралюте', null, 58.8, null)],
    ],
    // The other candidates in the next sentence: a participle's aside, a Turkic particle ending a name, "а … –".
    [
      'Выборы Президента прошли 16 октября 2016 года. Уже в первом туре победу одержал Алмаз Сариев, набравший 58,3 % голосов. Эмиль Токтобаев, выдвинутый северными партиями, получил 19,4 %, а Канат Жээнбек уулу – 11,2 %.',
      [e('2016-10-16', 'Алмаз Сариев', 'Президент', 58.3, null, [o('Эмиль Токтобаев', 19.4), o('Канат Жээнбек уулу', 11.2)])],
    ],
    // The winner after a capitalized "Победу одержал" or "победил"; others in parentheses, after a dash, after "с (результатом)"; the winner's share in parentheses.
    [
      'Президентские выборы состоялись 12 марта 2017 года. Победу одержал Асан Касымов, набравший 64,2 % голосов; второе место занял Бакыт Исаев (18,4 %), третье – Нурлан Омуров (9,1 %).',
      [e('2017-03-12', 'Асан Касымов', 'Президент', 64.2, null, [o('Бакыт Исаев', 18.4), o('Нурлан Омуров', 9.1)])],
    ],
    [
      'На выборах 5 апреля 2015 года Ирина Лисовская получила 57,3 % голосов. Её главный соперник Олег Гуляев набрал 31,2 %, а на третьем месте оказался Пётр Сомов с 6,4 %.',
      [e('2015-04-05', 'Ирина Лисовская', null, 57.3, null, [o('Олег Гуляев', 31.2), o('Пётр Сомов', 6.4)])],
    ],
    [
      'Выборы прошли 14 октября 2018 года. Президентом избрана Динара Усенова (58,2 %); второе место заняла Айгуль Садыкова с результатом 30,1 %.',
      [e('2018-10-14', 'Динара Усенова', null, 58.2, null, [o('Айгуль Садыкова', 30.1)])],
    ],
    [
      'В первом туре выборов 7 мая 2006 года ни один из претендентов не получил более 50 % голосов: Алихан Нуров – 39,2 %, Бакыт Омаров – 31,4 %. Во втором туре 21 мая 2006 года победил Алихан Нуров, набравший 56,8 % голосов, против 41,9 % у Бакыта Омарова.',
      [e('2006-05-07', null, null, null, null, [o('Алихан Нуров', 39.2), o('Бакыт Омаров', 31.4)]), e('2006-05-21', 'Алихан Нуров', null, 56.8, null, [o('Бакыт Омаров', 41.9)])],
    ],
    // A winner after an earlier verb outranks a later verb's subject, whose share is a rival's.
    [
      'Выборы прошли 3 марта 2019 года. Из пяти кандидатов победу одержала Г.Т. Орлова, набравшая 71,2 % голосов; кандидат от аграриев Пётр Сомов получил 9,5 %, Ильдар Хакимов – 4,1 %.',
      [e('2019-03-03', 'Г.Т. Орлова', null, 71.2, null, [o('Пётр Сомов', 9.5), o('Ильдар Хакимов', 4.1)])],
    ],
    ['14 мая 2023 года убедительную победу вновь одержал Бекзод Каримов – 80,1 % голосов, а Асель Нурланова получила 12,6 %.', [e('2023-05-14', 'Бекзод Каримов', null, 80.1, null, [o('Асель Нурланова', 12.6)])]],
    // A run-off's unnamed rival is the other of the first round's two leaders, whatever their order in the list.
    [
      'В первом туре 2 марта 2014 года ни один из пяти претендентов не получил большинства: Олжас Бекмуратов – 22,4 %, Виктор Лисицын набрал 41,3 %, Марат Жунусов – 19,9 %. Во втором туре 16 марта 2014 года победил Виктор Лисицын, набравший 55,1 % голосов; его соперник получил 42,7 %.',
      [e('2014-03-02', null, null, null, null, [o('Виктор Лисицын', 41.3), o('Олжас Бекмуратов', 22.4), o('Марат Жунусов', 19.9)]), e('2014-03-16', 'Виктор Лисицын', null, 55.1, null, [o('Олжас Бекмуратов', 42.7)])],
    ],
    // Near miss: a run-off winner who was no leader of the round names no rival; nor a tie for second place.
    [
      'В первом туре 2 марта 2014 года ни один из пяти претендентов не получил большинства: Олжас Бекмуратов – 22,4 %, Виктор Лисицын – 41,3 %, Марат Жунусов – 22,4 %. Во втором туре 16 марта 2014 года победил Виктор Лисицын, набравший 55,1 % голосов; его соперник получил 42,7 %.',
      [e('2014-03-02', null, null, null, null, [o('Виктор Лисицын', 41.3), o('Олжас Бекмуратов', 22.4), o('Марат Жунусов', 22.4)]), e('2014-03-16', 'Виктор Лисицын', null, 55.1, null)],
    ],
    // A win's verb with no vote's word right after the election's sentence; a share of something else completes nothing.
    ['10 октября 2010 года состоялись выборы Президента. Арман Касымов победил, набрав 64,2 %; второе место заняла Ольга Петренко с 21,3 %.', [e('2010-10-10', 'Арман Касымов', 'Президент', 64.2, null, [o('Ольга Петренко', 21.3)])]],
    ['Выборы главы государства прошли 4 апреля 2021 года. Победу уверенно одержала Лейла Алиева, получив 70,3 %.', [e('2021-04-04', 'Лейла Алиева', 'Президент', 70.3, null)]],
    ['10 октября 2010 года состоялись выборы Президента. Затем Арман Касымов получил 30 % акций банка.', [e('2010-10-10', null, 'Президент', null, null)]],
    // A first round that "не выявил победителя", whose winner "не был определён".
    ['Первый тур голосования 10 октября 2010 года не выявил победителя: Арман Касымов – 44,2 %, Ольга Петренко – 31,3 %.', [e('2010-10-10', null, null, null, null, [o('Арман Касымов', 44.2), o('Ольга Петренко', 31.3)])]],
    ['В первом туре 7 марта 2004 года победитель так и не был определён: Гульнара Исаева набрала 38 %, Нурлан Омаров – 36,5 %.', [e('2004-03-07', null, null, null, null, [o('Гульнара Исаева', 38), o('Нурлан Омаров', 36.5)])]],
    // Results that name no winner after a held election: a round nobody won; not a survey's figures.
    ['Выборы Президента прошли 9 мая 2010 года. По числу голосов: Асель Нурланова (12,6 %), Бекзод Каримов (40,1 %).', [e('2010-05-09', null, 'Президент', null, null, [o('Бекзод Каримов', 40.1), o('Асель Нурланова', 12.6)])]],
    ['Выборы Президента прошли 9 мая 2010 года. По данным опроса, Асель Нурланова (12,6 %), Бекзод Каримов (40,1 %).', [e('2010-05-09', null, 'Президент', null, null)]],
    // Shares after the names in the genitive ("у X"): read back to the nominative; the winner's own share by their name in that case.
    ['Президентские выборы состоялись 10 октября 2010 года. Победил Арман Касымов: 64,2 % у Касымова, 21,3 % у Анны Козловой, 5 % у Савчук.', [e('2010-10-10', 'Арман Касымов', 'Президент', 64.2, null, [o('Анна Козлова', 21.3), o('Савчук', 5)])]],
    ['10 октября 2010 года Президентом избран Арман Касымов: 64,2 % голосов против 21,3 % у Никиты Петрова.', [e('2010-10-10', 'Арман Касымов', null, 64.2, null, [o('Никита Петров', 21.3)])]],
    // An adverb that opens the sentence is no part of the winner's name.
    ['Впервые Анаит Саргсян была избрана главой государства 2 марта 2008 года, получив 52,8 % голосов.', [e('2008-03-02', 'Анаит Саргсян', null, 52.8, null)]],
    ['Затем Ольга Ким была избрана 3 мая 2009 года.', [e('2009-05-03', 'Ольга Ким', null, null, null)]],
    // Near miss: a party that "победила" is no winner after the verb.
    ['9 мая 2010 года на выборах в парламент победила партия «Единство», набравшая 45 % голосов.', []],
    // Near miss: the leader of a round that decided it ("лидировал" with no first round) is no open round.
    ['На выборах 9 марта 2008 г. лидировала Галина Орлик, набравшая 61,2 % голосов.', []],
    // Not a winner after the verb: one named before it, a post after "избран", a referendum's sentence.
    ['12 мая 2019 года Динара Усенова была избрана Президентом Республики.', [e('2019-05-12', 'Динара Усенова', null, null, null)]],
    ['9 июня 2001 года на референдуме избран порядок формирования Сената.', []],
    // The winner first as the object of a backing verb, in the accusative: back to the nominative; not the turnout before it.
    ['Президентские выборы состоялись 3 марта 2024 года. По данным комиссии, при явке 71 % Ивана Орлова поддержали 64,3 % избирателей.', [e('2024-03-03', 'Иван Орлов', 'Президент', 64.3, null)]],
    ['Выборы главы государства прошли 9 мая 2010 года. Анну Ковальчук поддержали почти 58 % проголосовавших, Петра Лиса – 30,1 %.', [e('2010-05-09', 'Анна Ковальчук', 'Президент', 58, null, [o('Петр Лис', 30.1)])]],
    ['12 мая 2019 года Н.К. Сатпаева поддержали 88,1 % избирателей.', [e('2019-05-12', 'Н.К. Сатпаев', null, 88.1, null)]],
    // The day right after the election's word is its own, not a later day of the sentence (the oath's).
    ['На выборах 30 октября 2011 г. победил Иван Гром, получивший 63,24 % голосов; в должность он вступил 1 декабря 2011 года.', [e('2011-10-30', 'Иван Гром', null, 63.24, null)]],
    ['Во втором туре 7 февраля 2010 года победила Анна Ковач, набрав 48,9 %; присягу она принесла 25 февраля 2010 года.', [e('2010-02-07', 'Анна Ковач', null, 48.9, null)]],
    // A turnout's sentence between a held election and its winner keeps it open; any other figure closes it.
    ['Очередные президентские выборы состоялись 29 марта 2015 года. Явка составила 91,08%. Иван Гром вновь одержал победу, получив 90,39% голосов.', [e('2015-03-29', 'Иван Гром', 'Президент', 90.39, null)]],
    ['Early presidential elections took place on 9 June 2019. Turnout was 77.5%. Mira Holm won with 70.96%.', [e('2019-06-09', 'Mira Holm', 'President', 70.96, null)]],
    ['Очередные президентские выборы состоялись 29 марта 2015 года. Инфляция составила 12%. Иван Гром вновь одержал победу, получив 90,39% голосов.', [e('2015-03-29', null, 'Президент', null, null)]],
    // A predecessor's election by a participle after their name, in its case; dated and shared after it.
    ['12 мая 2016 г. Анна Ковач вступила в должность, сменив на посту Петра Лиса, избранного 3 мая 2009 г. с результатом 61,2 %.', [e('2009-05-03', 'Петр Лис', null, 61.2, null)]],
    ['Марко Ковач принёс присягу, сменив Марину Ковальчук, избранную в 2011 году.', [e('2011', 'Марина Ковальчук', null, null, null)]],
    // The participle after a subject's name: the name as written (nominative), in Russian and English.
    ['В 2008–2012 гг. пост президента занимал Дмитрий Лесной, избранный 2 марта 2008 г. с результатом 70,28%, а Гром возглавлял Правительство.', [e('2008-03-02', 'Дмитрий Лесной', null, 70.28, null)]],
    ['Анна Ковач, переизбранная 9 мая 2014 г. (58,1 % голосов), осталась у власти.', [e('2014-05-09', 'Анна Ковач', null, 58.1, null)]],
    ['Dmitry Lesnoy, elected on 2 March 2008 with 70.28%, served a single term.', [e('2008-03-02', 'Dmitry Lesnoy', null, 70.28, null)]],
    // Near miss: a participle with no date after it.
    ['12 мая 2016 г. Анна Ковач вступила в должность, сменив Петра Лиса, избранного депутатами.', []],
    // A gerund's share after a clause: its subject won with a majority; never a party, nor a share short of half.
    ['На выборах 4 марта 2012 г. Гром вернулся в Кремль, получив 63,60% голосов.', [e('2012-03-04', 'Гром', null, 63.6, null)]],
    ['В марте 2012 г. Иван Гром вернулся в Кремль, набрав почти 64% голосов.', [e('2012-03', 'Иван Гром', null, 64, null)]],
    ['In the election of 4 March 2012 Mira Holm returned to power, receiving 63.6% of the vote.', [e('2012-03-04', 'Mira Holm', null, 63.6, null)]],
    ['На выборах 4 марта 2012 г. Партия Роста вернулась в парламент, получив 53,6% голосов.', []],
    ['На выборах 4 марта 2012 г. Анна Ким заняла второе место, получив 17,2% голосов.', []],
    ['4 марта 2012 г. Иван Гром возглавил рейтинг, получив 63,6% поддержки.', []],
    // Near misses: a body or a plural after the comma, no person.
    ['Парламент, избранный 5 мая 2010 года, собрался в июне.', []],
    ['Депутаты, избранные 5 мая 2010 года, собрались в июне.', []],
    // A winner by a count of votes alone; not in a first round.
    ['Во втором туре 12 мая 2014 года Иван Петров получил 53 голоса, Анна Ким – 41.', [e('2014-05-12', 'Иван Петров', null, null, null, [{ name: 'Анна Ким', voteShare: null, votes: 41 }])]],
    ['В первом туре 12 мая 2014 года Иван Петров получил 53 голоса.', []],
    // A negated election elects nobody (not the body after it); an adverb that opens the sentence is no name's word.
    ['Ольга Ким не была избрана в Сейм 4 октября 2014 года.', []],
    ['Марко Ковач не был переизбран в Скупщину на выборах 7 мая 2017 г.', []],
    ['Ранее Ольга Ким была избрана 3 мая 2009 года.', [e('2009-05-03', 'Ольга Ким', null, null, null)]],
    // Near misses: a rival by a pronoun, a body's one word are no winner.
    ['Выборы Президента прошли 9 мая 2010 года. Её соперника поддержали 35,9 %.', [e('2010-05-09', null, 'Президент', null, null)]],
    ['Выборы Президента прошли 9 мая 2010 года. Правительство поддержали 40 % избирателей.', [e('2010-05-09', null, 'Президент', null, null)]],
    // Not an election: a rule of the constitution, one yet to come; a turnout is no share.
    ['Президент избирается сроком на пять лет.', []],
    ['Следующие выборы Президента состоятся 3 апреля 2026 года.', []],
    // A winner a count declared, named after the verb in the accusative (a round the page goes on to annul is still a vote).
    ['По итогам второго тура 21 ноября 2004 года Центральная избирательная комиссия объявила победителем действующего Премьер-министра Виктора Януковича.', [e('2004-11-21', 'Виктор Янукович', null, null, null)]],
    ['По итогам второго тура, состоявшегося 21.11.2004, ЦИК объявила победителем В.Ф. Януковича (49,46 %).', [e('2004-11-21', 'В.Ф. Янукович', null, 49.46, null)]],
    ['5 апреля 2009 г. избирательная комиссия признала победительницей Марию Лупашку, набравшую 51,3 % голосов.', [e('2009-04-05', 'Мария Лупашку', null, 51.3, null)]],
    // Near misses: a winner still to be declared, a declaration the commission refused.
    ['Центральная избирательная комиссия объявит победителя 3 апреля 2026 года.', []],
    ['21 ноября 2004 года ЦИК отказалась объявить победителем Виктора Януковича.', []],
    ['12 мая 2019 года Динара Усенова была избрана; явка составила 61,2%.', [e('2019-05-12', 'Динара Усенова', null, null, null)]],
    // A second dated clause whose dash stands for its subject: the first clause's winner, again.
    ['12 февраля 2012 года Иван Гром был переизбран, получив 97,14% голосов, а 12 февраля 2017 года – избран на семилетний срок с результатом 97,69%.', [e('2012-02-12', 'Иван Гром', null, 97.14, null), e('2017-02-12', 'Иван Гром', null, 97.69, 7)]],
    ['9 мая 2010 г. Анна Ковач была избрана, получив 61,2 % голосов, и 3 мая 2015 г. – переизбрана с результатом 70,4 %.', [e('2010-05-09', 'Анна Ковач', null, 61.2, null), e('2015-05-03', 'Анна Ковач', null, 70.4, null)]],
    // Near miss: a dash before a capital is a heading's, no subject's place: the clause names no election of its own.
    ['12 февраля 2012 года Иван Гром был переизбран, получив 97,14% голосов, а 12 февраля 2017 года – Конституция продлила срок полномочий.', [e('2012-02-12', 'Иван Гром', null, 97.14, null)]],
    // A semicolon alone before the next clause's day: two elections, a body's and a re-election by a pronoun.
    ['17 июня 1999 года Сейм избрал Президентом Вайру Вике-Фрейбергу; 20 июня 2003 года она была переизбрана на второй срок.', [e('1999-06-17', 'Вайра Вике-Фрейберга', 'Президент', null, null), e('2003-06-20', 'Вайра Вике-Фрейберга', null, null, null)]],
    ['Иван Орлов был избран Президентом 3 мая 2001 года; 5 мая 2006 года он был переизбран.', [e('2001-05-03', 'Иван Орлов', null, null, null), e('2006-05-05', 'Иван Орлов', null, null, null)]],
    ['2 марта 2010 года Собрание избрало Председателем Анну Ковач; 4 марта 2014 года она была переизбрана, получив 61,2 % голосов.', [e('2010-03-02', 'Анна Ковач', 'Председатель', null, null), e('2014-03-04', 'Анна Ковач', null, 61.2, null)]],
    // Near miss: the clause after the semicolon names no election of its own.
    ['Иван Орлов был избран Президентом 3 мая 2001 года; 5 мая 2006 года он подписал указ о реформе.', [e('2001-05-03', 'Иван Орлов', null, null, null)]],
    // The one who conceded is a rival: their share after the winner's sentence.
    [
      '24 мая 2009 года на президентских выборах победу одержал кандидат Демократической партии Цахиагийн Элбэгдорж, набравший 51,21% голосов. Действующий президент Намбарын Энхбаяр (Монгольская народно-революционная партия) получил 47,41% голосов и признал своё поражение.',
      [e('2009-05-24', 'Цахиагийн Элбэгдорж', 'Президент', 51.21, null, [o('Намбарын Энхбаяр', 47.41)])],
    ],
    ['3 мая 2015 года победу одержала Анна Ковач, набравшая 58,2 % голосов. Пётр Лес получил 40,1 % и проиграл.', [e('2015-05-03', 'Анна Ковач', null, 58.2, null, [o('Пётр Лес', 40.1)])]],
    // Near miss: one more share with no rival's word is no rival (a party's, a survey's).
    ['3 мая 2015 года победу одержала Анна Ковач, набравшая 58,2 % голосов. Пётр Лес получил 40,1 % акций банка.', [e('2015-05-03', 'Анна Ковач', null, 58.2, null)]],
  ])('should read %s', (text, expected) => {
    expect(findElections(text).map(({ date, person, office, voteShare, termYears, others }) => ({ date, person, office, voteShare, termYears, others }))).toEqual(expected);
  });
});

describe('findReferendums in Russian', () => {
  it.each<[string, Array<[string, string | null]>]>([
    // A topic alone, with the referendum's word, where no result follows; a decision adopted at a vote with the referendum in parentheses.
    ['5 мая 2019 года вместе с выборами депутатов прошёл референдум о статусе столицы.', [['2019-05-05', 'референдум о статусе столицы']]],
    ['Новая Конституция одобрена на всенародном голосовании (референдуме) 7 ноября 2004 г.', [['2004-11-07', 'Новая Конституция одобрена на всенародном голосовании (референдуме)']]],
    ['3 июля 1996 года всенародный референдум продлил полномочия парламента до 2001 года.', [['1996-07-03', 'всенародный референдум продлил полномочия парламента до 2001 года']]],
    ['Плебисцит, состоявшийся 2 октября 1998 года, утвердил переход к парламентской республике.', [['1998-10-02', 'Плебисцит утвердил переход к парламентской республике']]],
    // The phrase the decision was made at heads the outcome: the decision alone names no referendum.
    ['17 марта 2002 года на референдуме граждане поддержали новую редакцию Конституции.', [['2002-03-17', 'на референдуме граждане поддержали новую редакцию Конституции']]],
    ['По итогам референдума 11 сентября 2004 года была принята поправка о двухпалатном парламенте.', [['2004-09-11', 'По итогам референдума была принята поправка о двухпалатном парламенте']]],
    ['На республиканском референдуме, состоявшемся 14 мая 1995 года, русскому языку был придан статус государственного.', [['1995-05-14', 'На республиканском референдуме русскому языку был придан статус государственного']]],
    ['В ходе всенародного референдума 6 декабря 2009 г. права местных советов были заметно расширены.', [['2009-12-06', 'В ходе всенародного референдума права местных советов были заметно расширены']]],
    // A decision adopted at the referendum, in the page's words.
    ['Новая Конституция, одобренная на всенародном референдуме 6 ноября 1994 года, установила президентскую форму правления.', [['1994-11-06', 'Новая Конституция, одобренная на всенародном референдуме']]],
    ['Согласно Конституции в редакции, принятой на референдуме 2 июня 2016 года, Президент избирается на шесть лет.', [['2016-06-02', 'Конституции в редакции, принятой на референдуме']]],
    ['Поправки, утверждённые в ходе референдума 21 февраля 2016 г., сократили срок полномочий.', [['2016-02-21', 'Поправки, утверждённые в ходе референдума']]],
    // A share of those who voted opens the decision, its verb reflexive; a year with no day, after or before the referendum.
    ['На общенациональном референдуме 2 марта 1997 года 98,6 % участников голосования высказались за сохранение поста вице-президента.', [['1997-03-02', 'На общенациональном референдуме 98,6 % участников голосования высказались за сохранение поста вице-президента']]],
    ['На всенародном референдуме 1996 года 95,2 % избирателей высказались за продление полномочий Президента.', [['1996', 'На всенародном референдуме 95,2 % избирателей высказались за продление полномочий Президента']]],
    ['Референдум 1999 г. продлил полномочия Президента до 2004 года.', [['1999', 'Референдум продлил полномочия Президента до 2004 года']]],
    ['The 2003 referendum approved the amendments.', [['2003', 'approved the amendments']]],
    // Two referendums the splitter kept in one sentence after a year's "г.": each its own.
    ['Конституция принята на референдуме 5 июля 1995 г. Поправки, ограничившие полномочия президента, одобрены на референдуме 27.11.2005.', [['1995-07-05', 'Конституция принята на референдуме'], ['2005-11-27', null]]],
    ['Конституция одобрена на референдуме 3 мая 2001 г. Новая редакция Конституции одобрена на референдуме 9 июня 2004 г.', [['2001-05-03', 'Конституция одобрена на референдуме'], ['2004-06-09', 'Новая редакция Конституции одобрена на референдуме']]],
    // The day right before the referendum's words, not a year of an aside after them; not a day that ends something.
    ['Ещё раньше, 29 апреля 1995 года, на референдуме были продлены до 2000 г. полномочия Нурсултана Назарбаева, избранного главой республики в 1991 г.', [['1995-04-29', 'на референдуме были продлены до 2000 г. полномочия Нурсултана Назарбаева, избранного главой республики в 1991 г']]],
    ['Тогда, 12 марта 2006 года, на референдуме граждане поддержали поправки, принятые Парламентом в 2004 году.', [['2006-03-12', 'на референдуме граждане поддержали поправки, принятые Парламентом в 2004 году']]],
    // Near misses: a year that counts no referendum; one yet to come; a referendum with no decision after it.
    ['Число референдумов 2000 раз превысило норму.', []],
    ['На референдуме, который пройдёт 3 марта 2030 года, граждане решат вопрос о языке.', []],
    ['Референдум 12 апреля 2001 года.', [['2001-04-12', null]]],
    ['Референдум по проекту Конституции будет проведён 6 июня 2027 года.', []],
    // What it was on, then its figures after a colon.
    ['Референдум 3 марта 1991 года о независимости: 90,5 % проголосовали «за».', [['1991-03-03', 'о независимости: 90,5 % проголосовали «за»']]],
    ['24 мая 2015 года прошёл плебисцит об отмене смертной казни: против высказались 61 % избирателей.', [['2015-05-24', 'об отмене смертной казни: против высказались 61 % избирателей']]],
    // Near miss: a topic with no figures after the colon.
    ['Референдум 3 марта 1991 года о независимости: итоги оспорены.', [['1991-03-03', null]]],
    // A nation's vote on a question, by name no referendum.
    ['Действующая Конституция была принята на всенародном голосовании 12 декабря 1993 г.', [['1993-12-12', 'Действующая Конституция была принята на всенародном голосовании']]],
    ['Общенациональное голосование о поправках состоялось 1 июля 2020 года.', [['2020-07-01', null]]],
    ['The nationwide vote on the amendments took place on 1 July 2020.', [['2020-07-01', null]]],
    // A second referendum of the sentence after ", а" / ", и": its own date and outcome.
    ['Референдум 10 февраля 1996 года расширил полномочия главы государства, а референдум 17 октября 1998 года изменил структуру парламента.', [['1996-02-10', 'Референдум расширил полномочия главы государства'], ['1998-10-17', 'референдум изменил структуру парламента']]],
    ['Референдум 5 мая 2003 года продлил срок полномочий Президента, и новый референдум 7 июня 2009 года упразднил Сенат.', [['2003-05-05', 'Референдум продлил срок полномочий Президента'], ['2009-06-07', 'новый референдум упразднил Сенат']]],
    // Near miss: a referendum's word with no date of its own after ", а" keeps the sentence one referendum.
    ['Референдум 10 февраля 1996 года расширил полномочия главы государства, а референдум о земле так и не провели.', [['1996-02-10', 'Референдум расширил полномочия главы государства, а референдум о земле так и не провели']]],
  ])('should read %s', (text, expected) => {
    expect(findReferendums(text).map((r) => [r.date, r.outcome])).toEqual(expected);
  });

  // A vote's name with the referendum's after it in parentheses: both are its title.
  it.each<[string, string]>([
    ['Конституция принята всенародным голосованием (референдумом) 12 декабря 1993 г.', 'всенародное голосование (референдум)'],
    ['The Constitution was adopted by a nationwide vote (referendum) on 12 December 1993.', 'nationwide vote (referendum)'],
    // The title is the event's name in the nominative, its topic as written (events wave 6): never one oblique word.
    ['Конституция принята на референдуме 12 декабря 1993 г.', 'референдум'],
    ['На консультативном референдуме 14 октября 2012 года 62,68% участников голосования высказались против строительства новой атомной электростанции.', 'консультативный референдум'],
    ['Во всеукраинском референдуме о доверии 16 апреля 2000 года приняли участие 81 %.', 'всеукраинский референдум о доверии'],
    ['На втором общенациональном плебисците 5 мая 2005 года граждане одобрили поправки.', 'второй общенациональный плебисцит'],
    ['По итогам всенародного голосования 3 марта 2019 года был изменён флаг.', 'всенародное голосование'],
    ['Согласно Конституции, принятой всенародным голосованием 12 декабря 1993 года, страна – федерация.', 'всенародное голосование'],
    ['По Конституции, принятой на этом референдуме 25 октября 1992 года, страна – республика.', 'референдум'],
    // Near miss: a name already in the nominative stays as written.
    ['Республиканский референдум о статусе языка прошёл 9 октября 2011 года.', 'Республиканский референдум о статусе языка'],
  ])('should title %j', (text, title) => {
    expect(findReferendums(text).map((r) => r.title)).toEqual([title]);
  });

  it.each<[string, Array<[string, string | null]>]>([
    // A vote named without its day, then held in the next sentence: "Оно прошло …", "It was held …".
    ['Общероссийское голосование назначили на 22 апреля, но отложили. Оно прошло с 25 июня по 1 июля 2020 года.', [['2020-06-25', null]]],
    ['Всеукраинское голосование о статусе откладывалось. В итоге оно состоялось 5 мая 2019 г.', [['2019-05-05', null]]],
    ['The plebiscite on the flag was postponed twice. It was finally held on 6 June 2021.', [['2021-06-06', null]]],
    // Near misses: a pronoun with no vote named before; an election's day; a day held with no vote before it.
    ['Совещание перенесли. Оно прошло 5 мая 2019 г.', []],
    ['Правительство ушло в отставку. Оно было проведено 5 мая 2019 г.', []],
    // A survey's hypothetical referendum is no vote held.
    ['Согласно опросу, проведённому в ноябре 2013 г., при гипотетическом референдуме за вступление в союз проголосовали бы 44 % опрошенных.', []],
    ['In a poll of November 2013, 44% of respondents would vote for membership in a referendum.', []],
  ])('should read %s', (text, expected) => {
    expect(findReferendums(text).map((r) => [r.date, r.outcome])).toEqual(expected);
  });
});

/** The share that voted for the question, in the referendum's sentence or the next; never the side against. */
describe('a referendum\'s share for', () => {
  it.each<[string, Array<number | null>]>([
    ['На республиканском референдуме 5 июня 2022 года поправки в Конституцию поддержали 77,18% участников голосования при явке 68,05%.', [77.18]],
    ['27 июня 2010 года на всенародном референдуме была принята новая Конституция. За Конституцию проголосовали 90,55% участников референдума, явка составила 72,24%.', [90.55]],
    ['Референдум прошёл 12 мая 2019 года: 64,3 % избирателей высказались за сокращение числа депутатов.', [64.3]],
    ['Референдум прошёл 12 мая 2019 года. Против поправок проголосовали 12,4 % избирателей.', [null]],
    ['On 27 June 2010 the new Constitution was approved by 90.55% of voters at a referendum.', [90.55]],
    ['A referendum was held on 5 June 2022; 77.18% of the voters voted in favour, with a turnout of 68.05%.', [77.18]],
    ['The referendum of 5 June 2022 passed with 77.18% in favour.', [77.18]],
    // A turnout is no share for.
    ['Референдум прошёл 12 мая 2019 года при явке 64,3 %.', [null]],
    // A results list's side for: "«за» – 77,92 %", '"Yes" – 64%'; never the side against.
    ['Референдум прошёл 1 июля 2020 года. Итоги голосования: «за» – 77,92%; «против» – 21,27%; явка – 67,97%.', [77.92]],
    ['Референдум прошёл 1 июля 2020 года. Итоги: «против» – 21,27%, «за» – 77,92%.', [77.92]],
    ['The referendum was held on 1 July 2020. Results: "Yes" – 64.1%, "No" – 35.9%.', [64.1]],
    ['Референдум прошёл 1 июля 2020 года. Итоги: «против» – 21,27%.', [null]],
    // A side for in brackets; a majority against what was asked, the outcome's own words (events wave 6).
    ['На референдуме 10–11 мая 2003 года граждане одобрили вступление Литвы в Европейский союз (за – 91,07% проголосовавших).', [91.07]],
    ['Референдум о новой Конституции прошёл 4 марта 2007 года (за – 68,4 %, против – 29,9 %).', [68.4]],
    ['The referendum of 4 March 2007 approved the new Constitution (yes – 68.4%).', [68.4]],
    ['На консультативном референдуме 14 октября 2012 года 62,68% участников голосования высказались против строительства новой атомной электростанции.', [62.68]],
    ['Референдум о продаже земли прошёл 3 мая 2015 года: 71,2 % избирателей проголосовали против отмены моратория.', [71.2]],
    ['At the referendum of 3 May 2015, 71.2% of the voters voted against lifting the moratorium.', [71.2]],
    // Near misses: a minority against is no share for; a bracketed side against alone neither.
    ['Референдум о продаже земли прошёл 3 мая 2015 года: 28,8 % избирателей проголосовали против отмены моратория.', [null]],
    // The share first in brackets, the side for after it (events wave 8).
    ['27 января 2002 года на референдуме были одобрены увеличение срока полномочий Президента с пяти до семи лет (91,78% голосов «за») и переход к двухпалатному парламенту (93,65%).', [91.78]],
    ['Референдум о новой Конституции прошёл 4 марта 2007 года (68,4 % «за»).', [68.4]],
    ['Референдум 10 февраля 1996 года (94,5% голосов за) расширил полномочия Президента.', [94.5]],
    // Near miss: a bracketed share with the side against after it.
    ['Референдум о новой Конституции прошёл 4 марта 2007 года (29,9 % голосов «против»).', [null]],
    ['Референдум о новой Конституции прошёл 4 марта 2007 года (против – 29,9 %).', [null]],
  ])('should read %j', (text, expected) => {
    expect(findReferendums(text).map((r) => r.voteShare)).toEqual(expected);
  });
});

describe('findElections and findReferendums across paragraphs', () => {
  it.each<[string, string, string | null]>([
    // The paragraph before set the election's date; the round nobody won is reported undated.
    ['Досрочные президентские выборы были назначены на 12 марта 2017 года.', 'В первом туре ни один из кандидатов не набрал половины голосов: Ирина Котова получила 38,5 %, Арман Сеитов – 30,2 %.', '2017-03-12'],
    ['Early presidential elections were called for 9 June 2019.', 'In the first round no candidate received a majority: Anna Reed got 38.1%, Piotr Lis 30.3% and Omar Said 20.2%.', '2019-06-09'],
    ['Голосование перенесено на 4 апреля 2021 года.', 'В первом туре ни один из претендентов не получил большинства: Сергей Ким – 44,1 %, Лейла Алиева – 35 %.', '2021-04-04'],
    // Near misses: the paragraph before dates no election; it dates one but sets no date.
    ['Парламент был распущен 12 марта 2017 года.', 'В первом туре ни один из кандидатов не набрал половины голосов: Ирина Котова получила 38,5 %, Арман Сеитов – 30,2 %.', null],
    ['Выборы 12 марта 2017 года проходили в холодную погоду.', 'В первом туре ни один из кандидатов не набрал половины голосов: Ирина Котова получила 38,5 %, Арман Сеитов – 30,2 %.', null],
  ])('should date the round after %s', (before, paragraph, date) => {
    expect(findElections(paragraph, before).map((e) => e.date)).toEqual(date ? [date] : []);
  });

  it('should date nothing from the paragraph before when the paragraph found an election of its own first', () => {
    const paragraph = 'Выборы прошли 5 мая 2012 года. В первом туре ни один из кандидатов не набрал половины голосов: Ирина Котова получила 38,5 %, Арман Сеитов – 30,2 %.';
    expect(findElections(paragraph, 'Выборы были назначены на 12 марта 2017 года.').map((e) => e.date)).toEqual(['2012-05-05']);
  });

  const round = { date: '2017-03-12', person: null, office: null, voteShare: null, termYears: null, others: [o('Ирина Котова', 38.5), o('Арман Сеитов', 30.2)], text: '' };
  const runOff = { ...round, date: '2017-03-26', person: 'Ирина Котова', others: [] };
  it.each<[string, string | null]>([
    ['Одновременно с первым туром выборов прошёл референдум о статусе языка: «за» высказались 64,2 % участников голосования.', '2017-03-12'],
    ['Вместе со вторым туром состоялся плебисцит о земле: за продажу проголосовали 41 %.', '2017-03-26'],
    ['В день первого тура состоялся плебисцит о флаге: «за» – 51,3 %.', '2017-03-12'],
    ['A referendum on the monarchy was held together with the second round: 61% voted for a republic.', '2017-03-26'],
    // Near miss: no round named.
    ['Тогда же состоялся плебисцит о земле: «за» – 41 %.', null],
  ])('should date %s by the round it was held with', (text, date) => {
    expect(findReferendums(text, [round, runOff]).map((r) => r.date)).toEqual(date ? [date] : []);
  });

  it('should date no referendum by a round the page never reported', () => {
    expect(findReferendums('Одновременно с первым туром выборов прошёл референдум о языке: «за» – 64,2 %.', [runOff])).toEqual([]);
  });
});

/** Rivals after a remark with no figure: one such sentence between the result and its rivals keeps the election open. */
/** A first round that decided it, the winner's voters counted before the share, the rest as a list of counted lines. */
describe('a winner of the first round and the rest counted', () => {
  it.each<[string, [string, string, number, number | null, Array<[string, number]>]]>([
    [
      'Выборы Президента состоялись 12 марта 2017 г. Победу в первом туре одержал мэр столицы Гурген Айвазян, за которого проголосовали 701 220 избирателей (58,4%). Результаты остальных кандидатов: Ашот Гаспарян, бывший Премьер-министр (2001–2004 гг.) – 301 202 голоса (25,1%); Нуне Петросян, партия «Свет» – 98 044 (8,2%); Карен Мхитарян – 12 075 (1,01%).',
      ['2017-03-12', 'Гурген Айвазян', 58.4, 701220, [['Ашот Гаспарян', 25.1], ['Нуне Петросян', 8.2], ['Карен Мхитарян', 1.01]]],
    ],
    [
      'На выборах 4 мая 2014 года победу во втором туре одержала Ирма Квициани, за которую проголосовали 1 102 300 избирателей (61,5%).',
      ['2014-05-04', 'Ирма Квициани', 61.5, 1102300, []],
    ],
  ])('should read %j', (text, [date, person, voteShare, votes, others]) => {
    const found = findElections(text).filter((e) => e.person !== null);
    expect(found.map((e) => [e.date, e.person, e.voteShare, e.votes, e.others.map((o) => [o.name, o.voteShare])])).toEqual([[date, person, voteShare, votes, others]]);
  });

  it('should read no rival from a counted line whose count is of something else', () => {
    const [e] = findElections('Выборы Президента состоялись 12 марта 2017 г. Победу одержал Гурген Айвазян, набрав 58,4% голосов. Результаты остальных кандидатов: Ашот Гаспарян – 12 районов (25,1%).');
    expect(e?.others).toEqual([]);
  });
});

/** A first round whose candidates all stayed under half, then a run-off won over a rival named by family name in another case. */
describe('a first round under half and a run-off over a rival', () => {
  it.each<[string, Array<[string, string | null, number | null, Array<[string, number | null]>]>]>([
    [
      'В первом туре выборов 4 апреля 1999 года Тимур Алиев получил 41,2% голосов, Олжас Беков – 30,5%, Руслан Ким – 11,8%. Во втором туре 18 апреля 1999 г. Алиев победил Бекова, набрав 62,4% против 35,1%.',
      [['1999-04-04', null, null, [['Тимур Алиев', 41.2], ['Олжас Беков', 30.5], ['Руслан Ким', 11.8]]], ['1999-04-18', 'Тимур Алиев', 62.4, [['Олжас Беков', 35.1]]]],
    ],
    [
      'В первом туре 2 мая 2004 г. Мирослава Лех получила 38,9%, Анна Гура – 36,1%. Во втором туре 16 мая 2004 г. Лех победила Гуру, набрав 51,3% против 46,2%.',
      [['2004-05-02', null, null, [['Мирослава Лех', 38.9], ['Анна Гура', 36.1]]], ['2004-05-16', 'Мирослава Лех', 51.3, [['Анна Гура', 46.2]]]],
    ],
  ])('should read %j', (text, expected) => {
    const found = findElections(text);
    expect(found.map((e) => [e.date, e.person, e.voteShare, e.others.map((o) => [o.name, o.voteShare])])).toEqual(expected);
  });

  it.each<[string]>([
    // A first round a candidate won with more than half decides it: not a round nobody won.
    ['В первом туре выборов 4 апреля 1999 года Тимур Алиев получил 61,2% голосов, Олжас Беков – 30,5%.'],
    ['In the first round on 4 April 1999 Timur Aliev received 61.2% of the vote.'],
  ])('should read no round nobody won from %j', (text) => {
    expect(findElections(text).filter((e) => e.person === null && e.others.length > 0)).toEqual([]);
  });
});

/**
 * One candidate's first round under half, and a later round in the same sentence or the next: the
 * round as one of its own with that candidate alone (no place), the later round won by the one the
 * first clause named, "он" standing for the one the sentence before named, a day with no year of
 * the first round's year.
 */
describe('a first round of one candidate and its run-off', () => {
  type Round = [string, string | null, number | null, Array<[string, number | null]>];
  it.each<[string, Round[]]>([
    ['В первом туре выборов 4 апреля 1999 года Тимур Алиев получил 41,2% голосов.', [['1999-04-04', null, null, [['Тимур Алиев', 41.2]]]]],
    ['In the first round on 26 June 1994 Leonid Kuchma polled 31.17% of the vote.', [['1994-06-26', null, null, [['Leonid Kuchma', 31.17]]]]],
    [
      'Впервые Леонид Кучма был избран Президентом в 1994 году. В первом туре 26 июня 1994 года он получил 31,17% голосов, уступив действующему главе государства, однако во втором туре 10 июля 1994 года победил с результатом 52,14%.',
      [['1994', 'Леонид Кучма', null, []], ['1994-06-26', null, null, [['Леонид Кучма', 31.17]]], ['1994-07-10', 'Леонид Кучма', 52.14, []]],
    ],
    [
      'В первом туре 26 июня 1994 года Анна Ковальчук набрала 38,2 % голосов, но во втором туре 10 июля 1994 года победила, получив 52,1 %.',
      [['1994-06-26', null, null, [['Анна Ковальчук', 38.2]]], ['1994-07-10', 'Анна Ковальчук', 52.1, []]],
    ],
    [
      'В первом туре 3 марта 2019 года Ирма Каралюте набрала 44,2 % голосов; во втором туре 17 марта она победила, получив 58,8 %.',
      [['2019-03-03', null, null, [['Ирма Каралюте', 44.2]]], ['2019-03-17', 'Ирма Каралюте', 58.8, []]],
    ],
    [
      'В первом туре 3 марта 2019 года Ирма Каралюте набрала 44,2 % голосов. Во втором туре 17 марта она победила, получив 58,8 %.',
      [['2019-03-03', null, null, [['Ирма Каралюте', 44.2]]], ['2019-03-17', 'Ирма Каралюте', 58.8, []]],
    ],
    // "он" for the subject of the sentence before, a past verb after the name.
    ['Леонид Кучма возглавлял правительство. В первом туре 26 июня 1994 года он получил 31,17% голосов.', [['1994-06-26', null, null, [['Леонид Кучма', 31.17]]]]],
    ['Впервые Анна Ковальчук стала депутатом. В первом туре 26 июня 1994 года она получила 31,17% голосов.', [['1994-06-26', null, null, [['Анна Ковальчук', 31.17]]]]],
    // A "he" standing for no one named is no candidate.
    ['В первом туре 26 июня 1994 года он получил 31,17% голосов.', []],
    // A run-off of January after a first round of December is of the next year.
    [
      'В первом туре 26 декабря 2004 года Олег Гуляев набрал 46,3 % голосов; во втором туре 9 января он победил, набрав 51,9 %.',
      [['2004-12-26', null, null, [['Олег Гуляев', 46.3]]], ['2005-01-09', 'Олег Гуляев', 51.9, []]],
    ],
    [
      'Leonid Kuchma was first elected in 1994. In the first round on 26 June 1994 he received 31.17% of the vote, but in the run-off on 10 July 1994 won with 52.14%.',
      [['1994', 'Leonid Kuchma', null, []], ['1994-06-26', null, null, [['Leonid Kuchma', 31.17]]], ['1994-07-10', 'Leonid Kuchma', 52.14, []]],
    ],
    // A later round whose winner the clause names is that one's.
    [
      'В первом туре 2 мая 2004 года Мирослава Лех набрала 38,9 % голосов, однако во втором туре 16 мая 2004 года победила Анна Гура, получившая 51,3 %.',
      [['2004-05-02', null, null, [['Мирослава Лех', 38.9]]], ['2004-05-16', 'Анна Гура', 51.3, []]],
    ],
    // Between the winner and the verb: a share, a round.
    ['14 ноября 1999 года Леонид Кучма с результатом 56,25% голосов одержал победу.', [['1999-11-14', 'Леонид Кучма', 56.25, []]]],
    ['Анна Петренко во втором туре 3 марта 2019 года победила, набрав 58,1 % голосов.', [['2019-03-03', 'Анна Петренко', 58.1, []]]],
    ['On 3 March 2019 Anna Petrenko, with 58.1% of the vote, defeated Oleg Sidorov.', [['2019-03-03', 'Anna Petrenko', 58.1, [['Oleg Sidorov', null]]]]],
  ])('should read %j', (text, expected) => {
    expect(findElections(text).map((e) => [e.date, e.person, e.voteShare, e.others.map((o) => [o.name, o.voteShare])])).toEqual(expected);
  });

  it.each<[string, Round[]]>([
    // "не набрал никто"; a count before the share in parentheses after a lower-case title.
    [
      'В первом туре 29 августа 2016 года бывший канцлер юстиции Аллар Йыкс получил 45 голосов (44,6%), еврокомиссар в отставке Сийм Каллас – 42 голоса (41,6%); необходимых 68 голосов не набрал никто.',
      [['2016-08-29', null, null, [['Аллар Йыкс', 44.6], ['Сийм Каллас', 41.6]]]],
    ],
    ['In the first round on 29 August 2016 Allar Joks received 44.6% and Siim Kallas 41.6%; nobody received the 68 votes needed.', [['2016-08-29', null, null, [['Allar Joks', 44.6], ['Siim Kallas', 41.6]]]]],
    // A later round under half with no winner, dated by the sentence before; «за X» read back from the accusative.
    [
      '24 сентября 2016 года выборы продолжились в Коллегии выборщиков. Во второй тур вышли Каллас и Йыкс; за Калласа проголосовали 138 выборщиков (41,2%), за Йыкса – 134 (40,0%).',
      [['2016-09-24', null, null, [['Каллас', 41.2], ['Йыкс', 40]]]],
    ],
    // A later round whose sentence names a winner is won.
    ['Выборы прошли 5 мая 2019 года. Во втором туре победил Иван Петров, набрав 49,1 %; Олег Сомов получил 48,2 %.', [['2019-05-05', 'Иван Петров', 49.1, [['Олег Сомов', 48.2]]]]],
    // A body re-elects "him": the one the sentence or the one before named.
    [
      'Тоомас Ильвес был избран в 2006 году. 29 августа 2011 года Рийгикогу переизбрал его на второй срок – за него проголосовали 73 депутата (72,3% голосов).',
      [['2006', 'Тоомас Ильвес', null, []], ['2011-08-29', 'Тоомас Ильвес', 72.3, []]],
    ],
    ['Ivan Petrov was first elected in 2006. On 29 August 2011 the Parliament re-elected him with 72.3% of the votes.', [['2006', 'Ivan Petrov', null, []], ['2011-08-29', 'Ivan Petrov', 72.3, []]]],
    // A day with no year before the verb, of the paragraph's year; one after it is another event's.
    ['9 ноября 2016 года Рийгикогу выразил Рыйвасу вотум недоверия. Новым председателем партии незадолго до этого, 5 ноября, был избран Юри Ратас.', [['2016-11-05', 'Юри Ратас', null, []]]],
    ['Выборы Президента состоялись 20 ноября 2022 года. Касым-Жомарт Токаев одержал победу, набрав 81,31% голосов; 26 ноября он вступил в должность.', [['2022-11-20', 'Касым-Жомарт Токаев', 81.31, []]]],
  ])('should read the rounds of %j', (text, expected) => {
    expect(findElections(text).map((e) => [e.date, e.person, e.voteShare, e.others.map((o) => [o.name, o.voteShare])])).toEqual(expected);
  });

  it.each<[string]>([
    // A round nobody won has no winner's share: "она победила" with no day is another round's, not its.
    ['В первом туре 3 марта 2019 года Ирма Каралюте набрала 44,2 % голосов. Во втором туре она победила, получив 58,8 %.'],
    ['В первом туре 3 марта 2019 года ни один из кандидатов не набрал половины: Ирма Каралюте – 44,2 %, Йонас Венцлова – 27,3 %. Во втором туре она победила, получив 58,8 %.'],
  ])('should give a round nobody won no share of a later round from %j', (text) => {
    expect(findElections(text).map((e) => e.voteShare)).toEqual([null]);
  });

  it('should read "Во втором туре победил X" as the winner where no name stands before the verb', () => {
    const [e] = findElections('Во втором туре 18 апреля 1999 г. победил Тимур Алиев, получивший 62,4% голосов.');
    expect([e?.person, e?.voteShare]).toEqual(['Тимур Алиев', 62.4]);
  });
});

/** The one voted for by more than half, and a second election whose dash stands for the first one's verb. */
describe('a winner voted for, and an election by a dash', () => {
  it.each<[string, Array<[string, string, number]>]>([
    ['На выборах 9 января 2000 г. за Ивана Орлова проголосовали 91,9% избирателей, на выборах 23 декабря 2007 г. – 88,1%.', [['2000-01-09', 'Иван Орлов', 91.9], ['2007-12-23', 'Иван Орлов', 88.1]]],
    ['На президентских выборах 5 марта 2006 года за Анну Ковач было подано 77,3% голосов; на выборах 8 марта 2011 года – 69,5%.', [['2006-03-05', 'Анна Ковач', 77.3], ['2011-03-08', 'Анна Ковач', 69.5]]],
    ['12 мая 2003 г. Пётр Лис был избран Президентом, набрав 61,2% голосов, 14 мая 2008 г. – 58,3%.', [['2003-05-12', 'Пётр Лис', 61.2], ['2008-05-14', 'Пётр Лис', 58.3]]],
    // Half or less may be a rival's share: no winner.
    ['На выборах 9 января 2000 г. за Ивана Орлова проголосовали 31,9% избирателей.', []],
  ])('should read %j', (text, expected) => {
    expect(findElections(text).filter((e) => e.person).map((e) => [e.date, e.person, e.voteShare])).toEqual(expected);
  });
});

/** "Победу на них одержал X": where the win was, between the noun and the verb; the runner-up's line after it. */
describe('a win with its place between noun and verb', () => {
  it.each<[string, [string, string, number, Array<[string, number]>]]>([
    [
      'Выборы Президента прошли 3 ноября 2013 года. Победу на них одержал действующий глава государства Рустам Сафаров, набравший 81,2% голосов. Второе место занял лидер Народной партии Каримов Илхом Бахтиёрович (7,4%).',
      ['2013-11-03', 'Рустам Сафаров', 81.2, [['Каримов Илхом Бахтиёрович', 7.4]]],
    ],
    ['7 мая 2017 г. прошли президентские выборы; победу в них одержала Лейла Мирзоева, набрав 66,3% голосов.', ['2017-05-07', 'Лейла Мирзоева', 66.3, []]],
  ])('should read %j', (text, [date, person, voteShare, others]) => {
    const found = findElections(text).filter((e) => e.person !== null);
    expect(found.map((e) => [e.date, e.person, e.voteShare, e.others.map((o) => [o.name, o.voteShare])])).toEqual([[date, person, voteShare, others]]);
  });
});

/** A rival named after "его соперник" with no share of the vote: a candidate all the same. */
describe('a rival named with no share', () => {
  it.each<[string, Array<[string, number | null]>]>([
    ['4 апреля 2005 года Иван Лунгу был переизбран Президентом, получив 75 голосов депутатов (74,3%); его соперник Георгий Чобану получил лишь один голос.', [['Георгий Чобану', null]]],
    ['Анна Ковач была избрана Президентом 3 марта 2010 года, набрав 81 голос; её единственный соперник Янош Сабо получил 12 голосов.', [['Янош Сабо', null]]],
    ['On 4 April 2005 Ivan Lungu was re-elected President with 75 votes; his only rival, George Ciobanu, got one vote.', [['George Ciobanu', null]]],
  ])('should read the rival of %j', (text, others) => {
    const [e] = findElections(text);
    expect(e?.others.map((o) => [o.name, o.voteShare])).toEqual(others);
  });
});

/** A body's election in Russian: its name after "выборы в", the date right after it, a second dated clause after "и". */
describe('a body\'s election in Russian', () => {
  it.each<[string, Array<[string, string | null, number | null]>]>([
    ['Премьер-министр вступил в должность 2 мая 2012 г. На выборах в Скупщину 6 мая 2012 г. блок «Вперёд» получил 41,3% голосов.', [['2012-05-06', 'Скупщину', 41.3]]],
    ['На выборах в однопалатный Милли Меджлис 5 ноября 2010 г. партия «Ени» получила 52% голосов.', [['2010-11-05', 'Милли Меджлис', 52]]],
    ['На референдуме 3 марта 2014 года роспуск поддержали 80,1 % участников, и 12 апреля 2014 года прошли досрочные выборы в Сейм.', [['2014-04-12', 'Сейм', null]]],
    // A body's election held, then its parties' results: the top party's share; a list after a dated parliamentary election's lead-in too.
    ['26 марта 2006 года прошли первые выборы в Верховную Раду по пропорциональной системе. Партия регионов получила 32,14% голосов, Блок Юлии Тимошенко (БЮТ) – 22,29%, блок «Наша Украина» – 13,95%.', [['2006-03-26', 'Верховную Раду', 32.14]]],
    ['5 ноября 2010 г. прошли выборы в Милли Меджлис. Блок «Ени» – 31,2 %, партия «Вперёд» получила 44,5 %.', [['2010-11-05', 'Милли Меджлис', 44.5]]],
    ['По итогам внеочередных парламентских выборов 30 сентября 2007 года: Партия регионов – 34,37%; Блок Юлии Тимошенко – 30,71%; Коммунистическая партия – 5,39%.', [['2007-09-30', 'Parliament', 34.37]]],
    // Near misses: a survey's party ratings, a turnout alone, a person's share are no party's result.
    ['5 ноября 2010 г. прошли выборы в Милли Меджлис. По данным опроса, партии «Ени» доверяют 31,2 % респондентов.', [['2010-11-05', 'Милли Меджлис', null]]],
    ['5 ноября 2010 г. прошли выборы в Милли Меджлис. Явка составила 61,2 %.', [['2010-11-05', 'Милли Меджлис', null]]],
    ['После парламентских выборов 4 марта 2007 года коалицию сформировали три партии, получившие 52 % мест.', [['2007-03-04', 'Parliament', null]]],
    // No body's name after it: no election of a body.
    ['На выборах 6 мая 2012 г. блок «Вперёд» получил 41,3% голосов.', []],
  ])('should read %j', (text, expected) => {
    expect(findElections(text).map((e) => [e.date, e.office, e.voteShare])).toEqual(expected);
  });
});

/** A body's vote in rounds: a rival's count after the winner's, the verb elided. */
describe("a rival's count of votes after the winner's", () => {
  it.each<[string, Array<[string, number | null]>]>([
    ['14 мая 2019 года Сейм избрал Президентом Эвию Калниню. Во втором туре 14 мая 2019 года Калниня получила 57 голосов, Озолс – 38.', [['Озолс', 38]]],
    ['On 2 June 2011 Ivan Berzins was elected President with 53 votes, Peter Ozols – 41.', [['Peter Ozols', 41]]],
    // A share is no count; no count of the winner's, no rival's.
    ['Во втором туре 5 марта 2019 года Калниня получила 57 % голосов, Озолс – 38 %.', [['Озолс', null]]],
  ])('should read %j', (text, expected) => {
    const last = findElections(text).at(-1);
    expect(last?.others.map((o) => [o.name, o.votes ?? null])).toEqual(expected);
  });
});

/** A body's election, its winner's count in the next sentence. */
describe("a winner's count in the sentence after a body's election", () => {
  it.each<[string, number | null]>([
    ['5 мая 2019 года Сейм избрал Президентом судью Эвию Калниню. Голосование потребовало трёх туров; в третьем туре Э. Калниня получила 57 голосов.', 57],
    // A first round's count is no winner's; another person's count is not hers.
    ['5 мая 2019 года Сейм избрал Президентом судью Эвию Калниню. В первом туре Калниня получила 41 голос.', null],
    ['5 мая 2019 года Сейм избрал Президентом судью Эвию Калниню. Председателем Сейма стал Янис Озолс, получивший 60 голосов.', null],
  ])('should count %j', (text, votes) => {
    expect(findElections(text).map((e) => e.votes)).toEqual([votes]);
  });
});

/** A parliament's election named with its day and no verb of its own: that body's election on that day. */
describe("a parliament's election named with its day", () => {
  it.each<[string, Array<[string, string | null]>]>([
    ['После парламентских выборов 6 марта 2011 года коалицию сформировали три партии.', [['2011-03-06', 'Parliament']]],
    ['По итогам выборов в Скупщину 12 мая 2016 г. правительство возглавил Марко Петрич.', [['2016-05-12', 'Скупщину']]],
    ['Following the parliamentary elections of 6 March 2011, three parties formed a coalition.', [['2011-03-06', 'Parliament']]],
    // A chronology's line: its dates, a dash for the verb; two days of one year, the first.
    ['27 января и 10 февраля 2008 г. – выборы в Национальное Собрание, прошедшие спокойно;', [['2008-01-27', 'Национальное Собрание']]],
    ['5 мая 2013 года – парламентские выборы;', [['2013-05-05', 'Parliament']]],
    // A year alone, a date not right after it, or one yet to come: no election.
    ['После парламентских выборов 2011 года коалицию сформировали три партии.', []],
    ['После парламентских выборов коалицию 6 марта 2011 года сформировали три партии.', []],
    ['Парламентские выборы 4 марта 2029 года будут проведены по новым правилам.', []],
    ['В 2013 году – парламентские выборы.', []],
  ])('should read %j', (text, expected) => {
    expect(findElections(text).map((e) => [e.date, e.office])).toEqual(expected);
  });
});

/** A body's election keeps its words as its title: the body may be no organization the page describes. */
describe("a body's election in its own words", () => {
  it.each<[string, string | null]>([
    ['На референдуме 3 марта 2014 года роспуск поддержали 80,1 % участников, и 12 апреля 2014 года прошли досрочные выборы в Сейм.', 'выборы в Сейм'],
    ['10 октября 2010 г. состоялись выборы в однопалатный Милли Меджлис.', 'выборы в однопалатный Милли Меджлис'],
    // A winner's election is no body's: no title.
    ['10 октября 2010 г. на выборах Президента победил Тимур Ахмедов, набрав 61 % голосов.', null],
    // A parliament's election keeps the words that made it one; a convocation's number before the body in the genitive.
    ['По итогам парламентских выборов 12 мая 2007 г. в Национальное Собрание прошли пять сил.', 'парламентских выборов'],
    ['Выборы 13-го Сейма прошли 6 октября 2018 г. при явке 54,6%.', 'Выборы 13-го Сейма'],
    ['Досрочные выборы 7-го Жогорку Кенеша состоялись 4 октября 2015 года.', 'выборы 7-го Жогорку Кенеша'],
    // A body's name that goes on in lower case up to the date; a verb there is no part of it.
    ['По итогам выборов в Маджлиси намояндагон 28 февраля 2010 г. места распределились так:', 'выборов в Маджлиси намояндагон'],
    ['На выборах в Милли меджлис 7 ноября 2010 г. партия «Ени Азербайджан» получила 72 места.', 'выборах в Милли меджлис'],
    ['Выборы в Сейм прошли 6 октября 2018 г.', 'Выборы в Сейм'],
    // An adverb before the date is no part of the body's name.
    ['Выборы в Сейм досрочно 30 сентября 2011 г. прошли при явке 60 %.', 'Выборы в Сейм'],
    ['Выборы в Жогорку Кенеш впервые 4 октября 2015 г. прошли по партийным спискам.', 'Выборы в Жогорку Кенеш'],
    ['Выборы в Милли Меджлис вновь 1 ноября 2015 г. прошли без оппозиции.', 'Выборы в Милли Меджлис'],
    // Seats in a body after an election of a day: the clause without its date.
    ['Распределение мест в Жогорку Кенеше по итогам выборов 4 октября 2015 года:', 'Распределение мест в Жогорку Кенеше по итогам выборов'],
    ['По итогам выборов 1 марта 2020 г. мандаты в Национальном Собрании распределились так:', 'По итогам выборов мандаты в Национальном Собрании распределились так'],
  ])('should title %j', (text, title) => {
    expect(findElections(text).map((e) => e.title ?? null)).toEqual([title]);
  });
});

describe('a body\'s election on the day of a head of state\'s', () => {
  it.each([
    ['12 мая 2019 г. Президентом избран Батов Эрдэнэ Сухович, получивший 61,2 % голосов. 12 мая 2019 г. также прошли выборы в Великий Хурал.'],
    ['12 мая 2019 г. прошли выборы в Сейм. 12 мая 2019 г. Президентом избрана Инга Лиепа, получившая 55 % голосов.'],
    ['On 12 May 2019 Ivan Petrov was elected President with 61.2% of votes. On 12 May 2019 the elections to the Great Khural were held as well.'],
  ])('should keep the two votes of %j apart, the winner on one', (text) => {
    expect(findElections(text).map((e) => e.person !== null).sort()).toEqual([false, true]);
  });

  it('should still add a second mention of the president\'s own election to it', () => {
    expect(findElections('12 мая 2019 г. прошли президентские выборы. 12 мая 2019 г. Президентом избран Батов Эрдэнэ Сухович, получивший 61,2 % голосов.')).toHaveLength(1);
  });
});

describe('the office of seats in a body after an election of a day', () => {
  it.each<[string, string]>([
    ['Распределение мест в Жогорку Кенеше по итогам выборов 4 октября 2015 года:', 'Parliament'],
    ['По итогам выборов 1 марта 2020 г. мандаты в Национальном Собрании распределились так:', 'Parliament'],
    ['По итогам выборов 6 октября 2018 г. места в Сейме распределились так:', 'Parliament'],
    ['Распределение мест в Государственной Думе по итогам выборов 18 сентября 2016 года:', 'Parliament'],
    // A city's council: its own name, back in the nominative.
    ['Партия получила 5 мест в Рижской думе по итогам выборов 1 июня 2013 года.', 'Рижская дума'],
    ['Партия «Родина» получила 12 мандатов в Московской городской думе по итогам выборов 8 сентября 2019 года.', 'Московская городская дума'],
    ['Распределение мест в Совете по итогам выборов 3 мая 2015 года:', 'Совет'],
  ])('should file %j under its body', (text, office) => {
    expect(findElections(text).map((e) => e.office)).toEqual([office]);
  });
});

describe("seats in a body that no election of a day gave", () => {
  it.each<string>([
    'Распределение мест в Жогорку Кенеше изменилось в 2016 году.',
    'В 2015 году число мест в Жогорку Кенеше выросло до 120.',
    'Распределение мест в Рижской думе изменилось в 2016 году.',
  ])('should read no election from %j', (text) => {
    expect(findElections(text)).toEqual([]);
  });
});

/** A win in the first round, dated by the heading over the paragraph; an undated sentence of the same vote keeps that date. */
describe('a result under a heading that dates it', () => {
  it.each<[string, string, [string, string, number]]>([
    ['Выборы Президента 3 апреля 2011 года', 'Выборы прошли при явке 71,2%. Тимур Жолдасов одержал победу в первом туре, получив 80,3% голосов.', ['2011-04-03', 'Тимур Жолдасов', 80.3]],
    ['Досрочные выборы 9 июня 2013 г.', 'Голосование, организованное ЦИК (председатель – Анна Ким), прошло спокойно. Бакыт Асанов победил в первом туре, набрав 64,1% голосов.', ['2013-06-09', 'Бакыт Асанов', 64.1]],
  ])('should date the result under %j', (heading, paragraph, expected) => {
    expect(findElections(paragraph, null, heading).map((e) => [e.date, e.person, e.voteShare])).toEqual([expected]);
  });

  it('should read no result under a heading that dates none', () => {
    expect(findElections('Тимур Жолдасов одержал победу в первом туре, получив 80,3% голосов.', null, 'Выборы Президента')).toEqual([]);
  });

  it('should read no first round\'s share as a win', () => {
    expect(findElections('Тимур Жолдасов получил 40,3% голосов в первом туре.', null, 'Выборы Президента 3 апреля 2011 года').filter((e) => e.person)).toEqual([]);
  });
});

describe('rivals after a remark', () => {
  it.each<[string, Array<[string, number]>]>([
    ['На выборах 9 мая 2010 года Арман Касымов был переизбран, набрав 81,4% голосов. Оппозиция выборы бойкотировала. Соперники получили: Ильяс Бекмуратов (партия «Ак жол») – 7,2%; Саида Ниязова («Эркин Эл») – 3,1%.', [['Ильяс Бекмуратов', 7.2], ['Саида Ниязова', 3.1]]],
    ['Руслан Гошев победил на выборах 2 апреля 2017 г., получив 64,5% голосов. Наблюдатели отметили нарушения. Остальные кандидаты набрали: Вахтанг Пирцхалава – 12,8%, Манана Беридзе – 9,9%.', [['Вахтанг Пирцхалава', 12.8], ['Манана Беридзе', 9.9]]],
    ['On 6 May 2012 Tomas Kral was elected President with 58.1% of the vote. The opposition boycotted the vote. His rivals received: Jan Hora – 21.4%, Eva Mala – 10.2%.', [['Jan Hora', 21.4], ['Eva Mala', 10.2]]],
    // Two remarks, or a remark with a figure, close the election: those shares are no rivals'.
    ['На выборах 9 мая 2010 года Арман Касымов был переизбран, набрав 81,4% голосов. Оппозиция выборы бойкотировала. Протесты продолжались неделю. Соперники получили: Ильяс Бекмуратов – 7,2%; Саида Ниязова – 3,1%.', []],
    ['На выборах 9 мая 2010 года Арман Касымов был переизбран, набрав 81,4% голосов. Рост ВВП составил 4%. Соперники получили: Ильяс Бекмуратов – 7,2%; Саида Ниязова – 3,1%.', []],
  ])('should read the rivals of %j', (text, others) => {
    const [election] = findElections(text);
    expect(election!.others.map((o) => [o.name, o.voteShare])).toEqual(others);
  });
});

/** A run-off after a first round nobody won: in its own sentence after the reason, or after a semicolon. */
describe('a run-off after a round nobody won', () => {
  it.each<[string, [string, string, number, Array<[string, number]>]]>([
    [
      'Так как ни один из претендентов не набрал половины голосов, 2 декабря 2018 г. был проведён второй тур. Ирина Гошева получила 55,3% голосов, её соперник Тарас Лисенко – 44,7%.',
      ['2018-12-02', 'Ирина Гошева', 55.3, [['Тарас Лисенко', 44.7]]],
    ],
    [
      'Ни один кандидат в первом туре (3 марта) не набрал большинства; во втором туре 17 марта 2019 года Павел Корнеску получил 61,2% голосов, его соперник Иван Урсу – 38,8%.',
      ['2019-03-17', 'Павел Корнеску', 61.2, [['Иван Урсу', 38.8]]],
    ],
    [
      'На выборах 2011 г. ни один кандидат во втором туре не набрал большинства; в третьем туре 9 октября 2011 года Анна Вилде получила 51,9% голосов, её соперник Юрис Калнс – 48,1%.',
      ['2011-10-09', 'Анна Вилде', 51.9, [['Юрис Калнс', 48.1]]],
    ],
  ])('should read %j', (text, [date, person, voteShare, others]) => {
    const found = findElections(text).filter((e) => e.person !== null);
    expect(found.map((e) => [e.date, e.person, e.voteShare, e.others.map((o) => [o.name, o.voteShare])])).toEqual([[date, person, voteShare, others]]);
  });
});

/** A body's vote counted by who voted, the share in parentheses; a round whose votes were not enough. */
describe('a counted vote in a body, and a round that fell short', () => {
  it.each<[string, Array<[string, string | null, number | null, Array<[string, number | null]>]>]>([
    ['Во втором туре, 14 мая 2019 г., за И. Сомова проголосовали 68 депутатов (67,3 %), и он был избран Президентом.', [['2019-05-14', 'И. Сомов', 67.3, []]]],
    ['3 июня 2012 года за Марту Лийв проголосовали 54 члена коллегии (54,5 %), и она стала главой государства.', [['2012-06-03', 'Марта Лийв', 54.5, []]]],
    ['8 октября 2006 г. за Петра Сало отдали голоса 180 выборщиков (52,2 %).', [['2006-10-08', 'Петр Сало', 52.2, []]]],
    // Half or less is no win.
    ['9 мая 2015 г. за И. Сомова проголосовали 40 депутатов (39,6 %).', []],
    // A count that fell short: a round nobody won, its one candidate with the share.
    ['В первом туре, 12 мая 2019 года, единственный кандидат Иван Сомов получил 58 голосов (57,4 %), чего оказалось недостаточно.', [['2019-05-12', null, null, [['Иван Сомов', 57.4]]]]],
    ['2 марта 2011 г. кандидат Анна Ковач набрала 55 голосов (54,5 %), но этого было недостаточно.', [['2011-03-02', null, null, [['Анна Ковач', 54.5]]]]],
    // Not a share that was enough.
    ['12 мая 2019 года Иван Сомов получил 72 голоса (71,3 %) и был избран Президентом.', [['2019-05-12', 'Иван Сомов', 71.3, []]]],
  ])('should read %j', (text, expected) => {
    expect(findElections(text).map((e) => [e.date, e.person, e.voteShare, e.others.map((o) => [o.name, o.voteShare])])).toEqual(expected);
  });
});

/** "Уже в первом туре победил X": the first round named right before a win's verb is the round it decided. */
describe('a first round named before its win', () => {
  it.each<[string, Array<[string, string | null, number | null]>]>([
    ['Очередные президентские выборы прошли 19 февраля 2008 г. Уже в первом туре победил действовавший премьер-министр Серж Саргсян: по официальным данным Центральной избирательной комиссии, за него проголосовали 52,82% избирателей.', [['2008-02-19', 'Серж Саргсян', 52.82]]],
    ['Выборы Президента состоялись 4 апреля 2021 года. В первом же туре победила Анна Ковач, набравшая 61,4 % голосов.', [['2021-04-04', 'Анна Ковач', 61.4]]],
    ['12 мая 2019 г. уже в первом туре победил Иван Сомов, набравший 57,1 % голосов.', [['2019-05-12', 'Иван Сомов', 57.1]]],
    // A first round's figure with no win's verb is still no result.
    ['12 мая 2019 г. в первом туре Иван Сомов получил 44,1 % голосов.', []],
  ])('should read %j', (text, expected) => {
    expect(findElections(text).filter((e) => e.person).map((e) => [e.date, e.person, e.voteShare])).toEqual(expected);
  });
});

/** A re-election joined by "и"/"а" to the subject's first election, its share alone in brackets after its date (events wave 6). */
describe('a re-election in the same sentence, its share in brackets after the date', () => {
  it.each<[string, Array<[string, number | null]>]>([
    ['Баттулга сменил на посту Президента Цахиагийн Элбэгдоржа, который руководил страной два срока: он был избран 24 мая 2009 года (51,21% голосов) и переизбран 26 июня 2013 года (50,89%).', [['2009-05-24', 51.21], ['2013-06-26', 50.89]]],
    ['Анна Ким была избрана Президентом 3 марта 2002 года (58,4 %), а затем вновь переизбрана 5 марта 2007 года (61,2 %).', [['2002-03-03', 58.4], ['2007-03-05', 61.2]]],
    ['Олег Сало избран Президентом 12 мая 1996 г. (63 %) и был переизбран 14 мая 2001 г. с результатом 71,5 %.', [['1996-05-12', 63], ['2001-05-14', 71.5]]],
    // Near misses: a turnout in the brackets is no share; "и" before no re-election splits nothing.
    ['Олег Сало избран Президентом 12 мая 1996 года (явка 63 %).', [['1996-05-12', null]]],
    ['Олег Сало избран Президентом 12 мая 1996 года (63 %) и ушёл в отставку 3 мая 2001 года.', [['1996-05-12', 63]]],
  ])('should read %j', (text, expected) => {
    expect(findElections(text).map((e) => [e.date, e.voteShare])).toEqual(expected);
  });
});
