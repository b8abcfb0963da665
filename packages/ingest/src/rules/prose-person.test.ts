import { describe, expect, it } from 'vitest';
import { findProsePersons } from './prose-person.js';

type Row = [name: string, title: string, past: boolean, startDate?: string | null];
const rows = (sentence: string): Row[] => findProsePersons(sentence).map((p) => (p.startDate ? [p.name, p.title, p.past, p.startDate] : [p.name, p.title, p.past]));

describe('findProsePersons', () => {
  it.each<[string, Row[]]>([
    // Name, then post.
    ['Adil Shayakhmetov, Chairman of the National Security Committee, said the threat was real.', [['Adil Shayakhmetov', 'Chairman of the National Security Committee', false]]],
    ['Ivo Sanader, Prime Minister, resigned.', [['Ivo Sanader', 'Prime Minister', false]]],
    ['The law was drafted by Gulnara Temirova, the Minister of Labour and Social Protection.', [['Gulnara Temirova', 'Minister of Labour and Social Protection', false]]],
    ['The reform was opposed by Akezhan Kazhegeldin, the former Prime Minister of Kazakhstan.', [['Akezhan Kazhegeldin', 'Prime Minister of Kazakhstan', true]]],
    ['The Council is chaired by Karim Kazhimkhanovich Masimov (Prime Minister).', [['Karim Kazhimkhanovich Masimov', 'Prime Minister', false]]],
    ['Chair: Nazarbayev Nursultan Abishevitch, President of the Republic of Kazakhstan.', [['Nazarbayev Nursultan Abishevitch', 'President of the Republic of Kazakhstan', false]]],
    ['Davron Saidov, Secretary General of the Council, reported.', [['Davron Saidov', 'Secretary General of the Council', false]]],
    // Post, then name.
    ['The decree was signed by Prime Minister Karim Masimov.', [['Karim Masimov', 'Prime Minister', false]]],
    ['Minister of Finance Bolat Zhamishev presented the budget.', [['Bolat Zhamishev', 'Minister of Finance', false]]],
    ['Chairman of the National Security Committee Adil Shayakhmetov reported to the Parliament.', [['Adil Shayakhmetov', 'Chairman of the National Security Committee', false]]],
    ['Minister of Economic Development and Trade Kairat Kelimbetov and Foreign Minister Erlan Idrissov met.', [['Kairat Kelimbetov', 'Minister of Economic Development and Trade', false], ['Erlan Idrissov', 'Foreign Minister', false]]],
    ['President of Kyrgyzstan Almazbek Atambayev visited Moscow.', [['Almazbek Atambayev', 'President of Kyrgyzstan', false]]],
    ['Security Council Secretary Marat Tazhin chaired the meeting.', [['Marat Tazhin', 'Security Council Secretary', false]]],
    ['The First Deputy Prime Minister Umirzak Shukeev resigned.', [['Umirzak Shukeev', 'First Deputy Prime Minister', false]]],
    ['The talks were led by Prosecutor General Askhat Daulbayev.', [['Askhat Daulbayev', 'Prosecutor General', false]]],
    ['Akim of Almaty Akhmetzhan Yesimov opened the forum.', [['Akhmetzhan Yesimov', 'Akim of Almaty', false]]],
    ['Prime Minister Karim Kazhimkhanovich Masimov spoke.', [['Karim Kazhimkhanovich Masimov', 'Prime Minister', false]]],
    // Past and historic posts.
    ['According to former Prime Minister Akezhan Kazhegeldin, the reform failed.', [['Akezhan Kazhegeldin', 'Prime Minister', true]]],
    ['The Strategy was proposed by the first President Nursultan Nazarbayev.', [['Nursultan Nazarbayev', 'President', true]]],
    ['The First President Nursultan Nazarbayev keeps his influence.', [['Nursultan Nazarbayev', 'President', true]]],
    ['Foreign Minister Erlan Idrissov met ex-Prime Minister Daniyal Akhmetov.', [['Erlan Idrissov', 'Foreign Minister', false], ['Daniyal Akhmetov', 'Prime Minister', true]]],
    ['The late President Saparmurat Niyazov ruled for fifteen years.', [['Saparmurat Niyazov', 'President', true]]],
    ['The decision of the then Minister of Defence Mukhtar Altynbayev was annulled.', [['Mukhtar Altynbayev', 'Minister of Defence', true]]],
    ['Kurmanbek Bakiyev resigned as President in April 2010.', [['Kurmanbek Bakiyev', 'President', true]]],
    ['Igor Rogov was dismissed from the post of Minister of Justice.', [['Igor Rogov', 'Minister of Justice', true]]],
    ['The first head of independent Belarus, Stanislav Shushkevich, Chairman of the Supreme Council in 1991-1994, leads the opposition.', [['Stanislav Shushkevich', 'Chairman of the Supreme Council', true]]],
    ['Akezhan Kazhegeldin, Prime Minister (1994–1997), lives abroad.', [['Akezhan Kazhegeldin', 'Prime Minister', true]]],
    ['Kassym-Jomart Tokayev, Chairman of the Senate until 2019, returned.', [['Kassym-Jomart Tokayev', 'Chairman of the Senate', true]]],
    ['His predecessor, former President Dmitry Medvedev, heads the Government since 8 May 2012.', [['Dmitry Medvedev', 'President', true]]],
    ['The first President of Uzbekistan Islam Karimov died on 2 September 2016.', [['Islam Karimov', 'President of Uzbekistan', true]]],
    // Appointed: the post and its start.
    ['Sergey Akhmetov was appointed Prime Minister in September, 2012.', [['Sergey Akhmetov', 'Prime Minister', false, '2012-09']]],
    ['On 24 September 2012 Serik Akhmetov was appointed to the post of Prime Minister.', [['Serik Akhmetov', 'Prime Minister', false]]],
    ['Kairat Kelimbetov became Head of the Presidential Administration on 13 October 2008.', [['Kairat Kelimbetov', 'Head of the Presidential Administration', false, '2008-10-13']]],
    ['Omurbek Babanov has been appointed as the new Prime Minister in December 2011.', [['Omurbek Babanov', 'Prime Minister', false, '2011-12']]],
    ['Ruslan Kazakbaev took office as Minister of Foreign Affairs in September, 2012.', [['Ruslan Kazakbaev', 'Minister of Foreign Affairs', false, '2012-09']]],
    ['Roza Otunbayeva, confirmed by the referendum as President for the transitional period, holds the post until 31 December 2011.', [['Roza Otunbayeva', 'President', false]]],
    ['Omurbek Tekebayev was confirmed as Speaker in 2010.', [['Omurbek Tekebayev', 'Speaker', false, '2010']]],
    ['Bakyt Beshimov, appointed Ambassador on 2 May 2012, arrived.', [['Bakyt Beshimov', 'Ambassador', false, '2012-05-02']]],
    // Not persons: bodies, countries, posts without a name, names without a post.
    ['The Chairman of the Security Council coordinates the work.', []],
    ['The President appoints the Prime Minister.', []],
    ['Kazakhstan, President of the CIS summit, hosted it.', []],
    ['The Security Council, Chairman of which is the President, met.', []],
    ['Minister of Finance Zhamishev presented the budget.', []],
    ['Prime Minister Masimov spoke.', []],
    ['President of the Republic of Kazakhstan - ', []],
    ['Aslan Musin - Head of the Presidential Administration', []],
    ['Minister of Foreign Affairs of Kazakhstan spoke.', []],
    ['The Government of Kazakhstan, Head of the cabinet, met.', []],
    ['Nursultan Nazarbayev visited Moscow.', []],
    ['The President of Kazakhstan is the Head of State.', []],
    ['Head of the Administration AP coordinates.', []],
    ['The Council of Ministers was appointed Government in 2012.', []],
  ])('should read %j', (sentence, expected) => {
    expect(rows(sentence)).toEqual(expected);
  });

  it('should quote the sentence and name each person once per post', () => {
    const sentence = 'Prime Minister Karim Masimov met Prime Minister Karim Masimov.';
    expect(findProsePersons(sentence)).toEqual([{ name: 'Karim Masimov', title: 'Prime Minister', past: false, startDate: null, text: sentence }]);
  });

  it('should give no start date to a past post', () => {
    expect(findProsePersons('Igor Rogov resigned as Minister of Justice in May 2011.')[0]!.startDate).toBeNull();
  });

  it('should read a 50 KB paragraph quickly', () => {
    const started = Date.now();
    findProsePersons('Minister of Finance Bolat Zhamishev, '.repeat(1400));
    findProsePersons(`${'Minister of '.repeat(4500)}Finance`);
    findProsePersons(`${'Bolat '.repeat(8000)}was appointed Minister`);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
