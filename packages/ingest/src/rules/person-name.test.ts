import { describe, expect, it } from 'vitest';
import { parsePersonName, personKey, withoutOpeningWord } from './person-name.js';

describe('parsePersonName', () => {
  it.each([
    ['Nazarbayev Nursultan Abishevitch', 'Nazarbayev', 'Nursultan', 'Abishevitch'],
    ['Samakova Aigul Baigazyevna', 'Samakova', 'Aigul', 'Baigazyevna'],
    ['Kim Georgiy Vasilyevitch', 'Kim', 'Georgiy', 'Vasilyevitch'],
    ['Masimov Karim Kazhimkhanovich', 'Masimov', 'Karim', 'Kazhimkhanovich'],
    ['Nursultan Abishevich Nazarbayev', 'Nazarbayev', 'Nursultan', 'Abishevich'],
    ['Aslan Musin', 'Musin', 'Aslan', null],
    ['Igor Rogov', 'Rogov', 'Igor', null],
    ['Temirova Gulnara', 'Temirova', 'Gulnara', null],
    ['Valentin Sukalo', 'Sukalo', 'Valentin', null],
    ['Sultanov Konstantin', 'Sultanov', 'Konstantin', null],
    ['Musin', 'Musin', null, null],
    // Russian: -швили/-дзе/-ян, a hyphenated surname, and names with no family name ("кызы", "уулу").
    ['Гурам Лордкипанидзе', 'Лордкипанидзе', 'Гурам', null],
    ['Давит Георгиевич Робакидзе', 'Робакидзе', 'Давит', 'Георгиевич'],
    ['Тер-Аветисян Гагик Саркисович', 'Тер-Аветисян', 'Гагик', 'Саркисович'],
    ['Назира Бакыт кызы', 'Бакыт кызы', 'Назира', null],
    ['Марат Сапар уулу', 'Сапар уулу', 'Марат', null],
    ['Айгуль Нурлан кызы', 'Нурлан кызы', 'Айгуль', null],
    // A family name before them: the father's name and the particle are the patronymic.
    ['Рзаева Гюнай Ильхам кызы', 'Рзаева', 'Гюнай', 'Ильхам кызы'],
    ['Мамедов Эльчин Рауф оглы', 'Мамедов', 'Эльчин', 'Рауф оглы'],
    ['Каримов Ботир Рустам угли', 'Каримов', 'Ботир', 'Рустам угли'],
    // Four words whose first is no family name keep the particle's reading.
    ['Анна Мария Бакыт кызы', 'Бакыт кызы', 'Анна Мария', null],
    // Given, the father's name with its particle, then the family name.
    ['Фуад Ильхам оглы Мамедли', 'Мамедли', 'Фуад', 'Ильхам оглы'],
    ['Лейла Вагиф кызы Алиева', 'Алиева', 'Лейла', 'Вагиф кызы'],
    // A family name, then initials.
    ['Гаврилов М.А.', 'Гаврилов', 'М.А.', null],
  ])('should split %j', (written, family, given, patronymic) => {
    const name = parsePersonName(written);
    expect([name.familyName, name.givenName, name.patronymic]).toEqual([family, given, patronymic]);
  });
});

describe('personKey', () => {
  it('should give one key to one person whatever the name order', () => {
    expect(personKey(parsePersonName('Nazarbayev Nursultan Abishevitch'))).toEqual(personKey(parsePersonName('Nursultan Nazarbayev')));
    expect(personKey(parsePersonName('Igor Rogov'))).toEqual(personKey(parsePersonName('Rogov Igor')));
  });
  it('should keep two people who share a family name apart', () => {
    expect(personKey(parsePersonName('Kim Georgiy Vasilyevitch'))).not.toEqual(personKey(parsePersonName('Igor Kim')));
    expect(personKey(parsePersonName('Нино Бераидзе'))).not.toEqual(personKey(parsePersonName('Гела Бераидзе')));
    // Two daughters of one father are two people.
    expect(personKey(parsePersonName('Назира Бакыт кызы'))).not.toEqual(personKey(parsePersonName('Айгуль Бакыт кызы')));
    // Two children of one family and one father are two people.
    expect(personKey(parsePersonName('Алиева Лейла Вагиф кызы'))).toEqual(personKey(parsePersonName('Лейла Вагиф кызы Алиева')));
    expect(personKey(parsePersonName('Рзаев Тофик Ильхам оглы'))).not.toEqual(personKey(parsePersonName('Рзаева Гюнай Ильхам кызы')));
  });
  it('should give one key to initials after or before the family name', () => {
    expect(personKey(parsePersonName('Гаврилов М.А.'))).toEqual(personKey(parsePersonName('М.А. Гаврилов')));
  });
});

describe('withoutOpeningWord', () => {
  it.each([
    ['Впервые Темирбек Асанович Токтогулов', 'Темирбек Асанович Токтогулов'],
    ['Затем Сидоров Пётр Николаевич', 'Сидоров Пётр Николаевич'],
    ['Then Petrov Ivan Sergeyevich', 'Petrov Ivan Sergeyevich'],
    // No patronymic, or one in the second place, and the name is as written.
    ['Гурам Лордкипанидзе', 'Гурам Лордкипанидзе'],
    ['Темирбек Асанович Токтогулов', 'Темирбек Асанович Токтогулов'],
    ['Ана Мария Лопес Гарсия', 'Ана Мария Лопес Гарсия'],
    ['Кайрат Абдрахманович Сапаров Жанович', 'Кайрат Абдрахманович Сапаров Жанович'],
  ])('should read %j as %j', (written, name) => {
    expect(withoutOpeningWord(written)).toBe(name);
  });
});
