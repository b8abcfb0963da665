import { describe, expect, it } from 'vitest';
import { isCountryInCase } from '../country-names.js';
import { parsePersonLine } from './person-line.js';
import { readBodyHeadRow } from './role-table.js';
import { fromInstrumental, keyReadings, notANameWhy, parsePersonName, personKey, trailingName, withoutNamePrefix, withoutOpeningWord, withoutRanks, withoutTrailingPost } from './person-name.js';

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
    // The father's name with its particle first, then the given name, as Kyrgyz documents write it.
    ['Нурлан кызы Айгуль', 'Нурлан кызы', 'Айгуль', null],
    ['Сапар уулу Марат', 'Сапар уулу', 'Марат', null],
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
    // Initials apart, before or after: the one other word is the family name, even one ending in "-ович".
    ['Кудрин А. Л.', 'Кудрин', 'А. Л.', null],
    ['А. В. Дворкович', 'Дворкович', 'А. В.', null],
    ['Неверович Я. Б.', 'Неверович', 'Я. Б.', null],
    ['Ts. Elbegdorj', 'Elbegdorj', 'Ts.', null],
    // A word between initials is no initialed name: the usual reading.
    ['А. Петров В.', 'В.', 'А. Петров', null],
    ['А. Иван Петров', 'Петров', 'А. Иван', null],
    // Lithuanian family names are the family name in either order: a woman's "-ене", "-айте", "-ите", "-уте", a man's "-айтис", "-вичюс", "-аускас".
    ['Жемайтене Ирена', 'Жемайтене', 'Ирена', null],
    ['Ирена Жемайтене', 'Жемайтене', 'Ирена', null],
    ['Пятрайтите Эгле', 'Пятрайтите', 'Эгле', null],
    ['Вайткуте Она', 'Вайткуте', 'Она', null],
    ['Бальчюнайтис Миндаугас', 'Бальчюнайтис', 'Миндаугас', null],
    ['Каралявичюс Томас', 'Каралявичюс', 'Томас', null],
    ['Янкаускас Арунас', 'Янкаускас', 'Арунас', null],
    ['Miknaitiene Ona', 'Miknaitiene', 'Ona', null],
    ['Пошкялис Витаутас', 'Пошкялис', 'Витаутас', null],
    ['Домбровскис Андрис', 'Домбровскис', 'Андрис', null],
    ['Лехтмяэ Кадри', 'Лехтмяэ', 'Кадри', null],
    // A strong family ending against a weak one ("-ин", "-ия"), or a weak one against none: family-first.
    ['Мустафаев Шахин', 'Мустафаев', 'Шахин', null],
    ['Низомиддинов Зайнилобиддин', 'Низомиддинов', 'Зайнилобиддин', null],
    ['Шахин Мустафаев', 'Мустафаев', 'Шахин', null],
    ['Гахария Георгий', 'Гахария', 'Георгий', null],
    ['Мелия Ника', 'Мелия', 'Ника', null],
    ['Ника Мелия', 'Мелия', 'Ника', null],
    ['Иванова Мария', 'Иванова', 'Мария', null],
    ['Мария Иванова', 'Иванова', 'Мария', null],
    ['Натия Мезвришвили', 'Мезвришвили', 'Натия', null],
    ['Залкалиани Давид', 'Залкалиани', 'Давид', null],
    ['Роин Липартелиани', 'Липартелиани', 'Роин', null],
    ['Кучава Каха', 'Кучава', 'Каха', null],
    // A woman's given name in "-ия" is no family name, hyphened or not.
    ['Лидия Патрашку', 'Патрашку', 'Лидия', null],
    ['Ева-Мария Лийметс', 'Лийметс', 'Ева-Мария', null],
    ['Патрашку Лидия', 'Лидия', 'Патрашку', null],
    // A word of three letters or fewer marks nothing ("Зия" is no weak "-ия" family name).
    ['Зия Бакир', 'Бакир', 'Зия', null],
    // Two weak endings: the order as written.
    ['Шахин Путин', 'Путин', 'Шахин', null],
    // A man's given name in "-ис", "-лис", "-ньш" marks nothing: the order as written.
    ['Карлис Озолс', 'Озолс', 'Карлис', null],
    ['Мартиньш Лацис', 'Лацис', 'Мартиньш', null],
    // A given name in "-улы" first, the patronymic after it: no patronymic of its own.
    ['Байрамгулы Аманович Оразов', 'Оразов', 'Байрамгулы', 'Аманович'],
    ['Оразов Байрамгулы Аманович', 'Оразов', 'Байрамгулы', 'Аманович'],
    ['Айдос Сапарулы', 'Сапарулы', 'Айдос', null],
    // A patronymic in another case is the middle word still ("на заместителя … Гурбангулы Мяликгулыевича Бердымухамедова").
    ['Гурбангулы Мяликгулыевича Бердымухамедова', 'Бердымухамедова', 'Гурбангулы', 'Мяликгулыевича'],
    ['Юлию Владимировну Тимошенко', 'Тимошенко', 'Юлию', 'Владимировну'],
    ['Сергеем Ивановичем Орловым', 'Орловым', 'Сергеем', 'Ивановичем'],
    ['Орловой Анны Петровны', 'Орловой', 'Анны', 'Петровны'],
    // Not a word that only ends in "-ну" or "-ча": "Анну Кравчу" is two words, the order as written.
    ['Анну Кравчу', 'Кравчу', 'Анну', null],
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
    // A given name in "-улы" is no patronymic where another word is one.
    ['Тогда Байрамгулы Аманович Оразов', 'Байрамгулы Аманович Оразов'],
    ['Впервые Ниязгулы Мередович Атаев', 'Ниязгулы Мередович Атаев'],
  ])('should read %j as %j', (written, name) => {
    expect(withoutOpeningWord(written)).toBe(name);
  });
});

describe('trailingName', () => {
  it.each([
    // A country in the genitive opens no name, even before a given name that ends like a patronymic.
    ['Президента Туркменистана Байрамгулы Оразов', 'Байрамгулы Оразов'],
    ['Посол Казахстана Айдос Сапарулы', 'Айдос Сапарулы'],
    ['Министр Грузии Нино Беридзе', 'Нино Беридзе'],
    ['Национального Собрания Мурат Сапарулы', 'Мурат Сапарулы'],
    // A patronymic in the middle, or one in "-улы" after a family name, still makes three words.
    ['Парламента Айдар Нурланович Жумабеков', 'Айдар Нурланович Жумабеков'],
    ['Комитета Жумабеков Айдар Нурланулы', 'Жумабеков Айдар Нурланулы'],
  ])('should read %j as %j', (run, name) => {
    expect(trailingName(run)).toBe(name);
  });
});

describe('withoutNamePrefix', () => {
  it.each([
    // A rank before the name.
    ['Генерал-лейтенант Арслан Юсупов', 'Арслан Юсупов'],
    ['генерал армии Тимур Касымов', 'Тимур Касымов'],
    ['Академик Лейла Гасымова', 'Лейла Гасымова'],
    ['профессор Ян Вилкс', 'Ян Вилкс'],
    ['Major General Arslan Yusupov', 'Arslan Yusupov'],
    // A country in the genitive before the name.
    ['Туркменистана Мерген Ахмедов', 'Мерген Ахмедов'],
    ['Грузии Тамар Беридзе', 'Тамар Беридзе'],
    ['Беларуси Олег Сидоренко', 'Олег Сидоренко'],
    ['Литвы Ирена Жемайтене', 'Ирена Жемайтене'],
    ['Генерал-майор Казахстана Ильяс Оспанов', 'Ильяс Оспанов'],
    // A rank alone, capitalized where it opens a line; an acronym; a body's word.
    ['Генерал Мартин Херем', 'Мартин Херем'],
    ['генерала Ильяса Оспанова', 'Ильяса Оспанова'],
    ['АЕИ Андрей Стратулат', 'Андрей Стратулат'],
    ['ПКРМ Ион Лупу', 'Ион Лупу'],
    ['Республики Армен Саркисян', 'Армен Саркисян'],
    ['NDP John Smith', 'John Smith'],
    // Nothing to drop, or only one word would be left.
    ['Генерал-майор Оспанов', 'Генерал-майор Оспанов'],
    ['АЕИ Стратулат', 'АЕИ Стратулат'],
    ['Генералов Иван', 'Генералов Иван'],
    ['Мария Ивановна Петрова', 'Мария Ивановна Петрова'],
    ['Chad Michael Brown', 'Chad Michael Brown'],
    ['Georgia Ann Miller', 'Georgia Ann Miller'],
    // A family name in capitals, as official lists write it, is no acronym.
    ['KARIMOV Islam Abduganievich', 'KARIMOV Islam Abduganievich'],
    ['ИВАНОВ Сергей Борисович', 'ИВАНОВ Сергей Борисович'],
    ['НАЗАРБАЕВ Нурсултан', 'НАЗАРБАЕВ Нурсултан'],
  ])('should read %j as %j', (written, name) => {
    expect(withoutNamePrefix(written)).toBe(name);
  });
});

describe('withoutRanks', () => {
  it.each([
    ['Министр обороны – генерал армии Тимур Касымов', 'Министр обороны – Тимур Касымов'],
    ['Советник Президента – профессор Анна Лис', 'Советник Президента – Анна Лис'],
    ['Начальник Генштаба – генерал-лейтенант Р.К. Асанов', 'Начальник Генштаба – Р.К. Асанов'],
    // A rank that names no one stays.
    ['Командующий – генерал-майор', 'Командующий – генерал-майор'],
  ])('should read %j as %j', (text, read) => {
    expect(withoutRanks(text)).toBe(read);
  });
});

describe('isCountryInCase', () => {
  it.each<[string, boolean]>([
    ['Туркменистана', true],
    ['Грузии', true],
    ['Литвы', true],
    ['Беларуси', true],
    ['Казахстана', true],
    // A nominative can be a given name; other words are none.
    ['Туркменистан', false],
    ['Georgia', false],
    ['Марии', false],
    ['Ивана', false],
  ])('should read %j as %j', (word, read) => {
    expect(isCountryInCase(word)).toBe(read);
  });
});

describe('keyReadings (near misses)', () => {
  it.each([
    ['Павла', 'павл'],
    ['Павлину', 'павел'],
  ])('should not read %j back to %j', (word, reading) => {
    expect(keyReadings(word)).not.toContain(reading);
  });
});

describe('keyReadings', () => {
  it.each([
    ['Ирену', 'ирена'],
    ['Давида', 'давид'],
    ['Георгия', 'георгии'],
    ['Давиде', 'давид'],
    ['Тамаре', 'тамара'],
    // A vowel the other cases drop comes back.
    ['Павла', 'павел'],
    ['Павлом', 'павел'],
    ['Льву', 'лев'],
  ])('should read %j back to %j', (word, reading) => {
    expect(keyReadings(word)).toContain(reading);
  });
});

describe('names in person lines (rules/person-line.ts)', () => {
  it.each([
    // The father's name with its particle between the given and the family name, after a post or before one.
    ['Министр финансов – Фарид Эльдар оглы Гусейнли', 'Фарид Эльдар оглы Гусейнли'],
    ['Севда Рауф кызы Керимова – Министр культуры', 'Севда Рауф кызы Керимова'],
    ['Председатель Комитета Тофик Ильяс оглы Рзаев', 'Тофик Ильяс оглы Рзаев'],
    // The family name first, or none.
    ['Министр юстиции – Рзаев Тофик Ильяс оглы', 'Рзаев Тофик Ильяс оглы'],
    ['Министр труда – Гульнара Бакыт кызы', 'Гульнара Бакыт кызы'],
    ['Министр транспорта – Асан уулу Бекболот', 'Асан уулу Бекболот'],
    ['И.о. министра культуры – Бакыт кызы Жылдыз', 'Бакыт кызы Жылдыз'],
    ['Таалай уулу Нурбек – министр юстиции', 'Таалай уулу Нурбек'],
    // A rank after the post is no part of the name.
    ['Министр обороны – генерал-лейтенант Арслан Юсупов', 'Арслан Юсупов'],
    ['Секретарь Совета – академик Лейла Гасымова', 'Лейла Гасымова'],
    // A country's word after the post belongs to the post.
    ['Председатель – Президент Туркменистана Байрамгулы Оразов', 'Байрамгулы Оразов'],
  ])('should read %j as naming %j', (line, name) => {
    expect(parsePersonLine(line)?.name).toBe(name);
  });

  it.each([
    // A table's row of a body and its head (rules/role-table.ts).
    ['Агентство по делам беженцев – Фарид Эльдар оглы Гусейнли', 'Фарид Эльдар оглы Гусейнли – Руководитель'],
    ['Агентство по делам беженцев – Гусейнли Фарид Эльдар оглы', 'Гусейнли Фарид Эльдар оглы – Руководитель'],
    ['Агентство по делам молодёжи – Гульнара Бакыт кызы (с мая 2016 г.)', 'Гульнара Бакыт кызы – Руководитель'],
  ])('should read the row %j as %j', (row, line) => {
    expect(readBodyHeadRow(row, 'Руководитель')?.line).toBe(line);
  });

  it.each([
    // A sentence opened by a preposition and a law's name before a comma names no one.
    'Согласно Конституции, полномочия главы государства переходят к Председателю Сената.',
    'Согласно Закону, обязанности председателя исполняет его первый заместитель.',
    // A particle between a post's words and a name is no name.
    'Министр – уулу Бекболот',
  ])('should read no person in %j', (line) => {
    expect(parsePersonLine(line)).toBeNull();
  });
});

describe('notANameWhy', () => {
  it.each<[string, string | null]>([
    // A post's noun, a body's word, an oblique adjective's ending: no person.
    ['Последним Президентом', "a post's noun"],
    ['Первым Министром', "a post's noun"],
    ['Российской Федерации', "a body's or a post's word"],
    ['Республики Молдова', "a body's or a post's word"],
    ['Верховную Раду', 'an ending no name has in the nominative'],
    ['Государственную Думу', 'an ending no name has in the nominative'],
    ['Ministry Affairs', "a body's or a post's word"],
    // Names, also one that starts as a post's noun does, or with initials.
    ['Акимов Максим Алексеевич', null],
    ['Министров Пётр', null],
    ['Г.Т. Лордкипанидзе', null],
    ['Мариан Лупу', null],
    ['Chad Brown', null],
    // An English family name that is a post's or a body's noun: a name; every word one is none.
    ['John Head', null],
    ['Margaret Court', null],
    ['Igor Judge', null],
  ])('should judge %j', (written, why) => {
    expect(notANameWhy(written)).toBe(why);
  });
});

describe('withoutTrailingPost', () => {
  it.each([
    ['Vaira Vīķe-Freiberga President', 'Vaira Vīķe-Freiberga'],
    ['Иван Петров Президент', 'Иван Петров'],
    ['Анна Мария Ковач Премьер-министр', 'Анна Мария Ковач'],
    // Two words stay; a family name that starts as a post's noun stays.
    ['Последним Президент', 'Последним Президент'],
    ['Максим Алексеевич Акимов', 'Максим Алексеевич Акимов'],
  ])('should read %j as %j', (written, name) => {
    expect(withoutTrailingPost(written)).toBe(name);
  });
});

describe('fromInstrumental', () => {
  it.each([
    ['Робертом Кочаряном', 'Роберт Кочарян'],
    ['Сиймом Калласом', 'Сийм Каллас'],
    ['Тимуром Орловым', 'Тимур Орлов'],
    ['Вадимом Сергеевичем Лебедевым', 'Вадим Сергеевич Лебедев'],
    ['Сергеем Ивановым', 'Сергей Иванов'],
    ['Анной Ивановой', 'Анна Иванова'],
    ['Марией Петровой', 'Мария Петрова'],
    // Nominatives that end as an instrumental does: as written.
    ['Алексей Толстой', 'Алексей Толстой'],
    ['Сергей Трубецкой', 'Сергей Трубецкой'],
    ['Андрей Луговой', 'Андрей Луговой'],
    ['Максим Ким', 'Максим Ким'],
    // Not every word in the instrumental: as written.
    ['Ислом Каримов', 'Ислом Каримов'],
    ['Петром Симоненко', 'Петром Симоненко'],
    ['Роберт Кочарян', 'Роберт Кочарян'],
    ['Лебедевым', 'Лебедевым'],
  ])('should read %j as %j', (written, name) => {
    expect(fromInstrumental(written)).toBe(name);
  });
});
