import { describe, expect, it } from 'vitest';
import { readBodyElection } from './body-election.js';
import { findElections } from './election.js';

describe('readBodyElection', () => {
  it.each<[string, { person: string; office: string; voteShare: number | null } | null]>([
    ['Коллегия выборщиков избрала Президентом Андриса Озолса.', { person: 'Андрис Озолс', office: 'Президент', voteShare: null }],
    ['Парламент 12 мая 2014 года избрал Андриса Озолса Президентом.', { person: 'Андрис Озолс', office: 'Президент', voteShare: null }],
    ['Сейм избрал Президентом государства Петериса Калныньша 57 голосами.', { person: 'Петерис Калныньш', office: 'Президент', voteShare: null }],
    ['Собрание избрало Председателем Марту Лиепу.', { person: 'Марта Лиепа', office: 'Председатель', voteShare: null }],
    ['Выборщики переизбрали Президентом Яниса Кукса: за него было подано 180 голосов из 340, т. е. 52,9 %.', { person: 'Янис Кукс', office: 'Президент', voteShare: 52.9 }],
    // A known post written in lower case: back to the page's capital; a party in brackets after the name.
    ['3 июня 2015 года Сейм избрал президентом Раймондса Вейониса (Союз зелёных и крестьян) – он получил 55 голосов.', { person: 'Раймондс Вейонис', office: 'Президент', voteShare: null }],
    ['Собрание избрало председателем Марту Лиепу.', { person: 'Марта Лиепа', office: 'Председатель', voteShare: null }],
    ['Парламент избрал Андриса Озолса спикером.', { person: 'Андрис Озолс', office: 'Спикер', voteShare: null }],
    // An ordinal before the post and the post's capitalized complement, not the name's first words.
    ['2 марта 2018 года Национальное Собрание избрало четвёртым Президентом Республики Армения Армена Вардгесовича Саркисяна, в прошлом Премьер-министра.', { person: 'Армен Вардгесович Саркисян', office: 'Президент', voteShare: null }],
    ['Парламент избрал третьим Президентом Республики Молдова Николае Тимофти.', { person: 'Николае Тимофти', office: 'Президент', voteShare: null }],
    ['Верховный Совет избрал новым Председателем Ивана Орлова.', { person: 'Иван Орлов', office: 'Председатель', voteShare: null }],
    // "Республики" alone: the name after it is the person's, all of it.
    ['2 марта 2018 года Национальное Собрание избрало Президентом Республики Армена Саркисяна, за кандидатуру которого проголосовали 90 депутатов.', { person: 'Армен Саркисян', office: 'Президент', voteShare: null }],
    ['Собрание избрало Президентом Республики Ивана Петровича Орлова.', { person: 'Иван Петрович Орлов', office: 'Президент', voteShare: null }],
    ['Дума утвердила Председателем Правительства Российской Федерации Петра Лисина: «за» проголосовали 383 депутата.', { person: 'Петр Лисин', office: 'Председатель', voteShare: null }],
    // A double family name with a capital after its hyphen; a country's adjective before "Республики".
    ['17 июня 1999 года Сейм избрал Президентом Вайру Вике-Фрейбергу; 20 июня 2003 года она была переизбрана.', { person: 'Вайра Вике-Фрейберга', office: 'Президент', voteShare: null }],
    ['Парламент избрал Жана Ле-Пена Председателем.', { person: 'Жан Ле-Пен', office: 'Председатель', voteShare: null }],
    ['31 мая 2007 года Сейм избрал Президентом Латвийской Республики Валдиса Затлерса, главного врача: за него проголосовали 58 депутатов.', { person: 'Валдис Затлерс', office: 'Президент', voteShare: null }],
    ['Скупщина избрала Председателем Сербской Республики Милоша Петровича.', { person: 'Милош Петрович', office: 'Председатель', voteShare: null }],
    // Near miss: the country's adjective and "Республики" with no name after them.
    ['Сейм избрал Президентом Латвийской Республики.', null],
    // Not a lower-case word of no post: "большинством голосов".
    ['Сейм избрал большинством голосов Андриса Озолса.', null],
    // Near misses: no post, a passive verb (the elected rule's), no name.
    ['Народ избрал нового лидера.', null],
    ['Андрис Озолс был избран Президентом.', null],
    ['Сейм избрал Президента тайным голосованием.', null],
    // Near miss: an adjective before no post and no name.
    ['Сейм избрал тайным голосованием Республики Армения.', null],
    // A body's approval or appointment with its count of votes; a surname alone before the post.
    ['Скупщина утвердила Ковача Премьер-министром: «за» проголосовали 131 депутат.', { person: 'Ковач', office: 'Премьер-министр', voteShare: null }],
    ['Сейм назначил Премьер-министром страны Анну Лиепу: за постановление проголосовали 54 народных депутата.', { person: 'Анна Лиепа', office: 'Премьер-министр', voteShare: null }],
    // Near misses: an appointment with no count of votes is no vote; nor with a count of something else.
    ['Президент назначил Анну Лиепу Премьер-министром.', null],
    ['Скупщина утвердила Ковача Премьер-министром, а 131 депутат ушёл на каникулы.', null],
  ])('should read %s', (sentence, expected) => {
    const found = readBodyElection(sentence);
    expect(found && { person: found.person, office: found.office, voteShare: found.voteShare }).toEqual(expected);
  });
});

describe('a body election found among elections', () => {
  it.each<[string, { date: string; person: string; voteShare: number | null; votes: number | null }]>([
    ['23 сентября 2011 года коллегия выборщиков избрала Президентом Андриса Озолса: за него было подано 180 голосов из 340, т. е. 52,9 %.', { date: '2011-09-23', person: 'Андрис Озолс', voteShare: 52.9, votes: 180 }],
    ['Сейм 3 июня 2015 года избрал Петериса Калныньша Президентом государства 57 голосами.', { date: '2015-06-03', person: 'Петерис Калныньш', voteShare: null, votes: 57 }],
    ['2 марта 2018 года Национальное Собрание избрало четвёртым Президентом Республики Армения Армена Вардгесовича Саркисяна. За его кандидатуру проголосовали 90 депутатов.', { date: '2018-03-02', person: 'Армен Вардгесович Саркисян', voteShare: null, votes: null }],
    ['12 мая 2016 г. Скупщина утвердила Марко Ковача Премьер-министром и одобрила состав Правительства: «за» проголосовали 131 депутат, «против» – 12.', { date: '2016-05-12', person: 'Марко Ковач', voteShare: null, votes: 131 }],
    ['3 марта 2020 г. новый Сейм назначил Премьер-министром Лиепу Анну Карловну: за постановление проголосовали 254 народных депутата.', { date: '2020-03-03', person: 'Лиепа Анна Карловна', voteShare: null, votes: 254 }],
  ])('should give %s its winner, date and votes', (text, expected) => {
    const [election] = findElections(text);
    expect(election && { date: election.date, person: election.person, voteShare: election.voteShare, votes: election.votes }).toEqual(expected);
  });
});
