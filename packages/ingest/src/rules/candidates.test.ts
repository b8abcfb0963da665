import { describe, expect, it } from 'vitest';
import { candidateName, defeatedName, findCandidates, subjectName } from './candidates.js';

describe('findCandidates', () => {
  it.each<[string, Array<[string, number]>]>([
    // A verb after the candidate, with asides and titles before or after the name.
    ['his closest rival, Levan Kapanadze, received only 6.1%.', [['Levan Kapanadze', 6.1]]],
    ['The runner-up, the first President of Armenia Levon Ter-Petrosyan, received 21.5% of votes.', [['Levon Ter-Petrosyan', 21.5]]],
    ['his rival, the then Chairman of the Council of Ministers Oleg Savchuk, got 24.8%.', [['Oleg Savchuk', 24.8]]],
    ['Sergei Kozlov, the single candidate of the opposition and former chairman of the Federation of Trade Unions, gained 6.0%.', [['Sergei Kozlov', 6]]],
    ['his nearest rival Merdan Allaberdiyev got 6.9%', [['Merdan Allaberdiyev', 6.9]]],
    ['Jamshid Saidov of the Liberal Democratic Party came second with 4.4%.', [['Jamshid Saidov', 4.4]]],
    ['Hrant Bagratyan, leader of the Freedom party, finished second with 30.5 per cent.', [['Hrant Bagratyan', 30.5]]],
    // In parentheses, after "for", after "against" (the one defeated), in a list.
    ['X won, ahead of Bekzod Tashkentov (21.05%) and Olim Rahimov (9.3 %).', [['Bekzod Tashkentov', 21.05], ['Olim Rahimov', 9.3]]],
    ['Pavlo Melnyk won it with 52.3% of votes against 43.9% for Taras Bondar.', [['Taras Bondar', 43.9]]],
    ['Batbayar Gantulga defeated Dorjiin Sukhbaatar, winning 53.2% of the valid votes against 44.9%.', [['Dorjiin Sukhbaatar', 44.9]]],
    // The one defeated after "the incumbent / then" and a title.
    ['Ivan Kral, the candidate of the Unity party, defeated the incumbent President Pavel Hora, winning 52.6% of votes against 45.1%.', [['Pavel Hora', 45.1]]],
    ['Oleg Savin defeated the then Prime Minister Yuri Dubko, winning 80.1% of votes against 14.2%.', [['Yuri Dubko', 14.2]]],
    ['no candidate won: Batbayar Gantulga got 41.3%, Dorjiin Sukhbaatar 35.2% and Tserendorj Ganbold 20.1% of the votes.', [['Batbayar Gantulga', 41.3], ['Dorjiin Sukhbaatar', 35.2], ['Tserendorj Ganbold', 20.1]]],
    ['Nazarbayev Nursultan Abishevich polled 91%.', [['Nazarbayev Nursultan Abishevich', 91]]],
    // A name, then "with" / "с (результатом)" before the share.
    ['X won, followed by Oleg Sidorov with 17.2% and Anna Kuznetsova with only 3.9%.', [['Oleg Sidorov', 17.2], ['Anna Kuznetsova', 3.9]]],
    ['а на третьем месте оказался Пётр Сомов с 6,4 %, третье – Самат Омуров с результатом 9,4 %.', [['Пётр Сомов', 6.4], ['Самат Омуров', 9.4]]],
    // A place between the name and the share in parentheses.
    ['the runner-up Bakyt Isaev received 18.4%, and Nurlan Omurov came third (9.1%), Ilya Ten finished a distant fourth (3%).', [['Bakyt Isaev', 18.4], ['Nurlan Omurov', 9.1], ['Ilya Ten', 3]]],
    // A participle's aside between the name and the verb: the name is the part before it (events wave 6).
    ['Ни один из кандидатов не набрал более половины голосов: Х. Баттулга, выдвинутый Демократической партией, получил 38,11%, кандидат Монгольской народной партии Миеэгомбын Энхболд – 30,27%.', [['Х. Баттулга', 38.11], ['Миеэгомбын Энхболд', 30.27]]],
    ['В первом туре Нино Гелашвили, баллотировавшаяся как независимый кандидат при поддержке партии «Свобода», получила 41,2% голосов, кандидат «Союза» Лаша Бериа – 35,1%.', [['Нино Гелашвили', 41.2], ['Лаша Бериа', 35.1]]],
    ['Во втором туре Армен Тер-Петросян, поддержанный Павлом Мкртчяном и блоком «Единство», набрал 44,3%.', [['Армен Тер-Петросян', 44.3]]],
    ['Итоги: А.Б. Касымов, возглавлявший список «Ата-Журт», получил 27,5 %, Бакыт Осмонов – 20,1 %.', [['А.Б. Касымов', 27.5], ['Бакыт Осмонов', 20.1]]],
    // Near miss: an aside of no participle keeps the name it ends with as before (none here: a quoted party).
    ['Третий кандидат, лидер партии «Гражданский союз», получил 4,2%.', []],
    // A list of results: a name, the candidate's post between commas, a dash, the share.
    ['Остальные получили: Марат Ержанович Сагинов, глава партии «Единство», — 21,4%; Ольга Петренко, бывший министр юстиции, — 3,2%.', [['Марат Ержанович Сагинов', 21.4], ['Ольга Петренко', 3.2]]],
    ['Голоса распределились так: Тимур Ахмедов, заместитель хокима области, – 1,9 %; Дина Рахимова, директор завода, - 0,7 %.', [['Тимур Ахмедов', 1.9], ['Дина Рахимова', 0.7]]],
    ['Other results: Petr Volny, leader of the Green party, — 12.5%; Jana Mala, a former judge, – 4.1%.', [['Petr Volny', 12.5], ['Jana Mala', 4.1]]],
    ['the rest: Igor Salo, the mayor of Tartu, — 6.6%.', [['Igor Salo', 6.6]]],
    // Near miss: an aside of no post (a capitalised body) is no candidate's line.
    ['Партия «Единство», Народный фронт, — 21,4%.', []],
    ['Олег Гуляев занял второе место (31,2 %), а Анна Левченко стала третьей (8 %).', [['Олег Гуляев', 31.2], ['Анна Левченко', 8]]],
    ['the Labour Party came third (9.1%).', []],
    // Near miss: a party with its share.
    ['the Democratic Party with 12% came second.', []],
    // A Turkic particle ends a Russian name, after a verb or a dash.
    ['Эмиль Токтобаев, выдвинутый северными партиями, получил 19,4 %, а Канат Жээнбек уулу – 11,2 %.', [['Эмиль Токтобаев', 19.4], ['Канат Жээнбек уулу', 11.2]]],
    ['Рашид Мамед оглы набрал 7,5 %.', [['Рашид Мамед оглы', 7.5]]],
    ['  his  only  rival,  Bakhtiyor  Umarov,  won  5.2%.', [['Bakhtiyor Umarov', 5.2]]],
    // After an aside before the parentheses, after "for the <title> …", after "the <noun> X of the Y party".
    ['ahead of Hayk Melikyan, the former Speaker of the Parliament and candidate of the "Justice" bloc (12.4%), and Gor Simonyan (3.2%).', [['Hayk Melikyan', 12.4], ['Gor Simonyan', 3.2]]],
    ['Rustam Nazarov came second with 7.2%, followed by Jamshid Saidov of the Green Party (3.9%).', [['Rustam Nazarov', 7.2], ['Jamshid Saidov', 3.9]]],
    ['61.3% voted for him, 30.2% for the leader of the Unity party Oleg Kovalenko.', [['Oleg Kovalenko', 30.2]]],
    ['55% for her and 40% for the former Mayor of the capital Boris Sidorov, who lost.', [['Boris Sidorov', 40]]],
    ['his only rival, the writer Bakhtiyor Umarov of the Birlik party, received 11.2%.', [['Bakhtiyor Umarov', 11.2]]],
    ['ahead of the Labour Party (20%) and of the Green Party, the party of the farmers (5%).', []],
    ['30.2% for the leader of the Unity party.', []],
    // No one's: a party, a share with no name, a turnout, a poll.
    ['the Liberal Democratic Party got 12%.', []],
    ['according to the commission, 97.69% of the voters supported him.', []],
    ['the turnout was 60%.', []],
    ['with 60% of votes', []],
    ['Ivan Petrov got 150%.', []],
  ])('should read %j', (text, expected) => {
    expect(findCandidates(text).map((c) => [c.name, c.voteShare])).toEqual(expected);
  });

  it('should say where each share stands', () => {
    const text = 'X won; his rival, Ivan Petrov, got 14.2%.';
    expect(findCandidates(text)).toEqual([{ name: 'Ivan Petrov', voteShare: 14.2, at: text.indexOf('14.2') }]);
  });

  it('should read at most thirty candidates from one sentence', () => {
    expect(findCandidates('Ivan Petrov (1%) '.repeat(100))).toHaveLength(30);
  });
});

describe('candidateName, subjectName and defeatedName', () => {
  it.each<[string, boolean, string | null]>([
    ['Ministers Vyacheslav Kebich', false, 'Vyacheslav Kebich'],
    ['Armenia Levon Ter-Petrosyan', true, 'Levon Ter-Petrosyan'],
    ['Kazakhstan Nursultan Abishevich Nazarbayev', true, 'Nursultan Abishevich Nazarbayev'],
    ['Mr Petrov', false, 'Petrov'],
    ['Democratic Party', false, null],
    ['The President', false, null],
  ])('should name %j (after a title: %j) as %j', (run, afterTitle, name) => {
    expect(candidateName(run, afterTitle)).toBe(name);
  });

  it.each<[string, string | null]>([
    ['his only rival, Abdulhafiz Jalalov,', 'Abdulhafiz Jalalov'],
    ['In the second round Alexander Petrov', 'Alexander Petrov'],
    ['Asliddin Rustamov of the People’s Democratic Party', 'Asliddin Rustamov'],
    ['the poet Muhammad Salih of the Erk party', 'Muhammad Salih'],
    ['the candidate of the opposition', null],
    ['В первом туре Саломе Зурабишвили, поддержанная Бидзиной Иванишвили', 'Саломе Зурабишвили'],
    ['Х. Баттулга, выдвинутый Демократической партией', 'Х. Баттулга'],
    ['В первом туре Вадим Орлов, лидер партии «Воля»', null],
    ['', null],
  ])('should find the subject of %j', (prefix, name) => {
    expect(subjectName(prefix)).toBe(name);
  });

  it('should name the one defeated', () => {
    expect(defeatedName('In the run-off X Y defeated Dorjiin Sukhbaatar, winning 53%.')).toBe('Dorjiin Sukhbaatar');
    expect(defeatedName('The motion was defeated.')).toBeNull();
  });
});

describe('findCandidates in Russian', () => {
  it.each<[string, Array<[string, number]>]>([
    // A body's word in the genitive before a two-word name is no part of it; a patronymic or a particle keeps three.
    ['Занявший второе место депутат Милли Меджлиса Закир Агаев набрал 3,1 %.', [['Закир Агаев', 3.1]]],
    ['Депутат Жогорку Кенеша Айбек Сыдыков получил 4,2 %, Нурлан Асанович Омуров – 3 %, Бакыт Асанбек уулу – 2 %.', [['Айбек Сыдыков', 4.2], ['Нурлан Асанович Омуров', 3], ['Бакыт Асанбек уулу', 2]]],
    ['второе место занял Олег Бондаренко (12,4%), а Сергей Мельник получил лишь 3,1%.', [['Олег Бондаренко', 12.4], ['Сергей Мельник', 3.1]]],
    ['его соперница Алия Нурланова набрала 8,5 процента.', [['Алия Нурланова', 8.5]]],
    ['Бауыржан Сапаров занял третье место с 4,75%.', [['Бауыржан Сапаров', 4.75]]],
    ['Партия «Единство» получила 12%.', []],
    // A verb after the share, the candidate after it (an abbreviation before the name is a party's).
    ['Второй результат – 11,4 % – показала лидер ЛДП Анна Веселова.', [['Анна Веселова', 11.4]]],
    ['Третье место с 2,9 % заняла Галина Руденко, выдвинутая профсоюзами.', [['Галина Руденко', 2.9]]],
    ['Второе место с 6,25 процента занял кандидат от Партии зелёных Тимур Ахмедов; остальные получили меньше.', [['Тимур Ахмедов', 6.25]]],
    ['Second place, with 14.8%, went to the former Mayor Igor Lanko.', [['Igor Lanko', 14.8]]],
    // Whose the share is, named after it ("у") or before it ("за X было подано").
    ['победил, набрав 53,1 % голосов против 44,2 % у Петренко.', [['Петренко', 44.2]]],
    ['за Олега Ткачука было подано лишь 38,6 % голосов.', [['Олег Ткачук', 38.6]]],
    ['за Нину Гусеву проголосовали 21 %.', [['Нина Гусева', 21]]],
    ['the votes for Lidia Rusu amounted to 41.5%.', [['Lidia Rusu', 41.5]]],
    // Near misses: no name after the verb, a share of voters, a post after "у".
    ['Второй результат – 11,4 % – показала оппозиция.', []],
    ['явка составила 61 % у избирателей столицы.', []],
    ['рейтинг 40 % у Президента.', []],
    // A lower-case aside after a comma before the share in brackets: the name (or initials and a family name) before the comma.
    ['Его соперниками были Б. Бат-Эрдэнэ, выдвинутый Монгольской народной партией (41,97%), и министр здравоохранения Н. Удвал, кандидат от МНРП (6,50%).', [['Б. Бат-Эрдэнэ', 41.97], ['Н. Удвал', 6.5]]],
    ['Соперниками были Анна Ковач, кандидат оппозиционного блока (30,2 %), и Пётр Лес, выдвинутый аграриями (4,1 %).', [['Анна Ковач', 30.2], ['Пётр Лес', 4.1]]],
    // A bracketed party between the subject and the verb.
    ['Действующий президент Намбарын Энхбаяр (Монгольская народно-революционная партия) получил 47,41% голосов и признал своё поражение.', [['Намбарын Энхбаяр', 47.41]]],
    ['Лидер оппозиции Тимур Ахмедов (Партия зелёных) набрал 12,1 %.', [['Тимур Ахмедов', 12.1]]],
    // An apposition closed by a dash before the verb.
    ['Его единственный соперник – лидер партии «Эрк» Мухаммад Салих – получил 12,45% голосов.', [['Мухаммад Салих', 12.45]]],
    ['Её соперница — депутат Сейма Ирена Жемайтене — набрала 31,2 %.', [['Ирена Жемайтене', 31.2]]],
    // Shares "respectively", in the order of the names joined before the verb, brackets left out.
    ['Его главные соперники – Адахан Мадумаров (партия «Бутун Кыргызстан») и Камчыбек Ташиев («Ата-Журт») – получили соответственно 14,78% и 14,32% голосов.', [['Адахан Мадумаров', 14.78], ['Камчыбек Ташиев', 14.32]]],
    ['А. Б. Иванов, Пётр Лес и Анна Ким получили соответственно 10 %, 8 % и 2 %.', [['А. Б. Иванов', 10], ['Пётр Лес', 8], ['Анна Ким', 2]]],
    ['Ivan Petrov and Anna Kim received 14.8% and 14.3% respectively.', [['Ivan Petrov', 14.8], ['Anna Kim', 14.3]]],
    // Near misses: parties, one person's two rounds, more shares than names.
    ['Партии «Ата-Журт» и «Бутун Кыргызстан» получили соответственно 14,78% и 14,32% голосов.', []],
    ['Иван Петров получил соответственно 14,78% и 14,32% голосов в двух турах.', []],
    // Near misses: a party before the aside, a lower-case aside with no name before it.
    ['Партия «Единство», выдвинувшая его (12 %), проиграла.', []],
    ['Его соперниками были кандидаты, выдвинутые партиями (12 %).', []],
  ])('should read %s', (sentence, expected) => {
    expect(findCandidates(sentence).map((c) => [c.name, c.voteShare])).toEqual(expected);
  });
});

/** A counted vote before its share in parentheses: the verb's subject, or the one voted for. */
describe('findCandidates with a count before the share', () => {
  it.each<[string, Array<[string, number]>]>([
    ['единственный кандидат, ректор университета Иван Сомов, получил 58 голосов (57,4 %), чего оказалось недостаточно.', [['Иван Сомов', 57.4]]],
    ['Анна Ковач набрала 1 204 558 голосов (36,8 %), а Пётр Лис – 30,1 %.', [['Анна Ковач', 36.8], ['Пётр Лис', 30.1]]],
    ['за Марту Лийв проголосовали 40 депутатов (39,6 %).', [['Марта Лийв', 39.6]]],
    ['за Петра Сало отдали голоса 180 выборщиков коллегии (52,2 %).', [['Петр Сало', 52.2]]],
    // The accusative after «за» read back to the nominative: a masculine family name in -а, a feminine in -у.
    ['за Калласа проголосовали 138 выборщиков (41,2%), за Йыкса – 134 (40,0%).', [['Каллас', 41.2], ['Йыкс', 40]]],
    // A count of no vote, or no subject before the verb: no one's.
    ['Партия получила 12 мест (10,1 %).', []],
    ['В парламенте получили 58 голосов (57,4 %).', []],
  ])('should read %s', (sentence, expected) => {
    expect(findCandidates(sentence).map((c) => [c.name, c.voteShare])).toEqual(expected);
  });
});
