import transliterate from '@sindresorhus/transliterate';
import { describe, expect, it } from 'vitest';
import { latinKey, nameAgreement, type NameAgreement } from './names.js';

/** "Family Given Patronymic", "Family Given", "Family", "Family K." as a record's name parts. */
function parts(name: string) {
  const [familyName, givenName = null, patronymic = null] = name.split(' ');
  return { familyName: familyName!, givenName, patronymic };
}

describe('latinKey', () => {
  it('should key a part of Latin letters as the library would (it skips the library for them)', () => {
    // Invented parts, every case and length; the library gives Latin letters back unchanged.
    const latin = ['Tolvik', 'ORMANBEK', 'dzhurat', 'Q', 'Xyzzelbaum', 'McKellan', ''];
    for (let n = 0; n < 500; n += 1) latin.push(Array.from({ length: 1 + (n % 11) }, (_, i) => String.fromCharCode((n * 7 + i * 13) % 2 ? 65 + ((n + i * 5) % 26) : 97 + ((n * 3 + i) % 26))).join(''));
    for (const part of latin) expect(transliterate(part, { customReplacements: [['Қ', 'K']] })).toBe(part);
    expect(latinKey('Tolvik')).toBe('tolvik');
    expect(latinKey('Dzhurat')).toBe(latinKey('Джурат'));
  });

  it.each([
    // one person in Cyrillic and in an English page's spelling (invented names): one key
    ['Жанабергенов', 'Zhanabergenov'],
    ['Жанабергенов', 'Janabergenov'],
    ['Джаксылыков', 'Dzhaksylykov'],
    ['Джаксылыков', 'Jaksylykov'],
    ['Хасенов', 'Khasenov'],
    ['Хасенов', 'Hasenov'],
    ['Тулеев', 'Tuleyev'],
    ['Тулеев', 'Tuleev'],
    ['Куанышбаев', 'Kuanyshbayev'],
    ['Куанышбаев', 'Kuanishbaev'],
    ['Сейткалиев', 'Seitkaliyev'],
    ['Сейткалиев', 'Seytkaliev'],
    ['Ерболат', 'Yerbolat'],
    ['Ерболат', 'Erbolat'],
    ['Фёдоров', 'Fyodorov'],
    ['Фёдоров', 'Fedorov'],
    ['Сергей', 'Sergei'],
    ['Сергей', 'Sergey'],
    ['Юрий', 'Yuri'],
    ['Юрий', 'Yuriy'],
    ['Ильясович', 'Ilyasovitch'],
    ['Щербаков', 'Shcherbakov'],
    ['Щербаков', 'Sherbakov'],
    ['Цхай', 'Tskhai'],
    ['Идрисов', 'Idrissov'],
    ['Игорь', 'Igor'],
    ['Васильевич', 'Vasilyevich'],
    // Kazakh letters, which the library leaves alone: the plain letter English writes
    ['Әлиев', 'Aliev'],
    ['Қасымбеков', 'Kasymbekov'],
    ['Қасымбеков', 'Qasymbekov'],
    ['Ғалымжан', 'Galymzhan'],
    ['Ғалымжан', 'Ghalymzhan'],
    ['Өмірбек', 'Omirbek'],
    ['Ұлықбек', 'Ulykbek'],
    ['Түсіпбеков', 'Tusipbekov'],
    // case, hyphens, apostrophes and spaces do not count
    ['Мухамеджан-Улы', 'mukhamedzhan uly'],
    ["Д'Артаньян", 'Dartanyan'],
  ])('%s and %s fold to one key', (cyrillic, latin) => {
    expect(latinKey(cyrillic)).toBe(latinKey(latin));
  });

  it.each([
    // near misses: one letter that is no spelling variant tells two names apart
    ['Ахметов', 'Akhmedov'],
    ['Ахмедов', 'Akhmetov'],
    ['Мусин', 'Musina'],
    ['Касымов', 'Kasimova'],
    ['Асанов', 'Usanov'],
    ['Бекенов', 'Bekmenov'],
    ['Ким', 'Kin'],
    ['Тулеев', 'Tulegenov'],
    ['Сапаров', 'Saparbaev'],
    ['Жумабеков', 'Jumabaev'],
  ])('%s and %s keep two keys', (cyrillic, latin) => {
    expect(latinKey(cyrillic)).not.toBe(latinKey(latin));
  });
});

describe('nameAgreement', () => {
  it.each<[string, string, NameAgreement]>([
    // family, given and patronymic agree once transliterated
    ['Жанабергенов Серик Болатович', 'Zhanabergenov Serik Bolatovitch', 'full'],
    ['Тулеев Ерлан', 'Tuleyev Yerlan Maratovich', 'full'],
    ['Сейткалиева Айгерим Нурлановна', 'Seitkaliyeva Aigerim', 'full'],
    // patronymics a letter apart (kh for к, which no fold takes): still one person
    ['Досымов Арман Кайырканович', 'Dosymov Arman Kayyrkhanovich', 'full'],
    // the order read the other way round on one page
    ['Серик Жанабергенов', 'Zhanabergenov Serik', 'full'],
    ['Жанабергенов Серик', 'Serik Zhanabergenov', 'full'],
    // a given name as an initial, or none: only partly
    ['Жанабергенов С.', 'Zhanabergenov Serik', 'partial'],
    ['Жанабергенов', 'Zhanabergenov Serik', 'partial'],
    ['Zhanabergenov S.', 'Жанабергенов Серик', 'partial'],
    // near misses that must not link
    ['Жанабергенов Серик', 'Zhanabergenov Sergei', 'none'],
    ['Жанабергенов Серик Болатович', 'Zhanabergenov Serik Baurzhanovich', 'none'],
    ['Жанабергенова Айгуль', 'Zhanabergenov Aidos', 'none'],
    ['Ахметов Даниал', 'Akhmetov Serik', 'none'],
    ['Ахметов Серик', 'Akhmedov Serik', 'none'],
    ['Жанабергенов Т.', 'Zhanabergenov Serik', 'none'],
    ['Тулеев Ерлан Маратович', 'Tuleyev Yerlan Maratovna', 'none'],
  ])('%s and %s: %s', (a, b, expected) => {
    expect(nameAgreement(parts(a), parts(b))).toBe(expected);
    expect(nameAgreement(parts(b), parts(a))).toBe(expected);
  });

  it('links each person of the seed to its Russian spelling, family, given name and patronymic', () => {
    // The spellings issue 16 names: the English page's and the Russian page's of one person.
    const pairs = [
      ['Назарбаев Нурсултан Абишевич', 'Nazarbayev Nursultan Abishevitch'],
      ['Масимов Карим Кажимканович', 'Masimov Karim Kazhimkhanovich'],
      ['Келимбетов Кайрат', 'Kelimbetov Kairat'],
      ['Ахметов Даниал Кенжетаевич', 'Akhmetov Danial Kenzhetayevitch'],
      ['Шукеев Умирзак Естаевич', 'Shukeev Umirzak Estayevich'],
      ['Орынбаев Ербол Турмаханович', 'Orynbayev Erbol Turmakhanovich'],
      ['Байкадамов Болат Кенжекешевич', 'Baykadamov Bolat Kenjekeshevitch'],
    ];
    expect(pairs.map(([ru, en]) => nameAgreement(parts(ru!), parts(en!)))).toEqual(pairs.map(() => 'full'));
  });
});
