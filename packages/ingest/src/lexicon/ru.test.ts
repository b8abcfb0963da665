// The Russian lexicon through the rules that take their words from it: names, posts, dates.
import { describe, expect, it } from 'vitest';
import { OrgIndex } from '../organizations.js';
import { PersonIndex } from '../persons.js';
import { nameToNominative, nominativesOf, toNominative } from './index.js';
import { findDates } from '../rules/dates.js';
import { parsePersonLine } from '../rules/person-line.js';
import { parsePersonName, personKey } from '../rules/person-name.js';
import { hasRoleWord, isCabinetRole, splitTitle } from '../rules/roles.js';

const where = { file: 'raw/kz/x.ru.txt', line: 1, quote: 'x' } as never;

describe('Russian names', () => {
  it.each([
    ['Масимов Карим Кажимканович', 'Масимов', 'Карим', 'Кажимканович'],
    ['Самакова Айгуль Байгазиевна', 'Самакова', 'Айгуль', 'Байгазиевна'],
    ['Нурсултан Абишевич Назарбаев', 'Назарбаев', 'Нурсултан', 'Абишевич'],
    ['Ербол Турмаханулы Орынбаев', 'Орынбаев', 'Ербол', 'Турмаханулы'],
    ['Сеитова Гульнар Ермековна', 'Сеитова', 'Гульнар', 'Ермековна'],
    ['Токаев Касым-Жомарт Кемелевич', 'Токаев', 'Касым-Жомарт', 'Кемелевич'],
    ['Айдана Серикқызы Жумабекова', 'Жумабекова', 'Айдана', 'Серикқызы'],
    ['Игорь Рогов', 'Рогов', 'Игорь', null],
    ['Рогов Игорь', 'Рогов', 'Игорь', null],
    ['Даниал Ахметов', 'Ахметов', 'Даниал', null],
    ['Ирина Петрова', 'Петрова', 'Ирина', null],
  ])('should split %s into family, given and patronymic', (written, family, given, patronymic) => {
    const name = parsePersonName(written);
    expect([name.familyName, name.givenName, name.patronymic]).toEqual([family, given, patronymic]);
  });

  it('should make one person of both orders, and two of two given names', () => {
    const people = new PersonIndex();
    const a = people.mention('Масимов Карим Кажимканович', where);
    const b = people.mention('Карим Масимов', where);
    const c = people.mention('Ким Георгий Васильевич', where);
    const d = people.mention('Игорь Ким', where);
    expect(a).toBe(b);
    expect(c).not.toBe(d);
    expect(personKey(parsePersonName('Масимов Карим'))).toEqual(personKey(parsePersonName('Карим Масимов')));
  });

  it('should refer "К. Масимов" to the one Karim Masimov named before', () => {
    const people = new PersonIndex();
    const full = people.mention('Масимов Карим Кажимканович', where);
    expect(people.mention('К. Масимов', where)).toBe(full);
  });
});

describe('Russian names back to the nominative', () => {
  // Invented people: a family name that never declines stays as written, the others go back.
  it.each([
    ['Тамару Ивановну Гурцкая', 'accusative', 'Тамара Ивановна Гурцкая'],
    ['Зураба Тодуа', 'genitive', 'Зураб Тодуа'],
    ['Нодара Квеквесиа', 'genitive', 'Нодар Квеквесиа'],
    ['Нодара Квеквесиа', 'accusative', 'Нодар Квеквесиа'],
    ['Гиви Мачавариани', 'accusative', 'Гиви Мачавариани'],
    ['Ираклия Кварцхелия', 'accusative', 'Ираклий Кварцхелия'],
    ['Ираклию Кварцхелии', 'dative', 'Ираклий Кварцхелия'],
    ['Лоренцу Бакуридзе', 'dative', 'Лоренц Бакуридзе'],
    ['Ауреле Шимкуните', 'dative', 'Аурела Шимкуните'],
    ['Рите Вайткявичене', 'dative', 'Рита Вайткявичене'],
    ['Марину Лупеску', 'accusative', 'Марина Лупеску'],
    ['Михаила Брынзану', 'accusative', 'Михаил Брынзану'],
    ['Лупеску Марину Ивановну', 'accusative', 'Лупеску Марина Ивановна'],
    ['Виорелу Попеску', 'dative', 'Виорел Попеску'],
    ['Ивану Морару', 'dative', 'Иван Морару'],
    ['Григорию Гуцу', 'dative', 'Григорий Гуцу'],
    ['И.В. Лупеску', 'accusative', 'И.В. Лупеску'],
    // Declined family names still go back.
    ['Марину Сергеевну Волкову', 'accusative', 'Марина Сергеевна Волкова'],
    ['Анну Зимину', 'accusative', 'Анна Зимина'],
    ['Артуру Мкртумяну', 'dative', 'Артур Мкртумян'],
    ['Олегу Дроздову', 'dative', 'Олег Дроздов'],
    ['Кирилла Белова', 'accusative', 'Кирилл Белов'],
    ['Ивану Зарецкому', 'dative', 'Иван Зарецкий'],
    // A given name that drops a vowel in the other cases gets it back (lexicon names.fleetingVowels).
    ['Павла Климкина', 'genitive', 'Павел Климкин'],
    ['Павлом Лазаренко', 'instrumental', 'Павел Лазаренко'],
    ['Павлу Орлову', 'dative', 'Павел Орлов'],
    ['Льва Сидорова', 'accusative', 'Лев Сидоров'],
    ['Львом Орловым', 'instrumental', 'Лев Орлов'],
    // Not a name that keeps its vowel, nor one with nothing dropped: "Петра" → "Петр", "Павлины" → "Павлина".
    ['Петра Лиса', 'genitive', 'Петр Лис'],
    ['Павлину Орлову', 'accusative', 'Павлина Орлова'],
  ] as const)('should read %s (%s) as %s', (written, grammaticalCase, nominative) => {
    expect(nameToNominative(written.split(' '), grammaticalCase).join(' ')).toBe(nominative);
  });
});

describe('Russian posts', () => {
  it.each([
    ['Руководитель Администрации Президента', 'Руководитель', 'Администрации Президента'],
    ['Заместитель Руководителя Администрации Президента', 'Заместитель Руководителя', 'Администрации Президента'],
    ['Заместитель Премьер-Министра Республики Казахстан', 'Заместитель Премьер-Министра', 'Республики Казахстан'],
    ['Первый заместитель Премьер-Министра', 'Первый заместитель Премьер-Министра', null],
    ['Секретарь Совета Безопасности', 'Секретарь', 'Совета Безопасности'],
    ['Министр иностранных дел', 'Министр', 'иностранных дел'],
    ['Аким города Алматы', 'Аким', 'города Алматы'],
    ['Председатель', 'Председатель', null],
  ])('should split %j into the role and the body', (title, role, body) => {
    expect(splitTitle(title)).toEqual({ role, bodyRef: body });
  });

  it.each(['Министр обороны', 'Премьер-Министр Республики Казахстан', 'Вице-премьер'])('should take %j for a cabinet post', (title) => {
    expect(isCabinetRole(title)).toBe(true);
  });

  it.each(['Руководитель Администрации Президента', 'Секретарь Совета Безопасности'])('should not take %j for a cabinet post', (title) => {
    expect(isCabinetRole(title)).toBe(false);
  });

  it.each(['Главная страница', 'Евразийский Дом - аналитический ресурс', 'Акимат области', 'После выборов'])('should find no post in %j', (text) => {
    expect(hasRoleWord(text)).toBe(false);
  });

  it.each([
    ['Масимов Карим Кажимканович - Премьер-Министр Республики Казахстан', 'Масимов Карим Кажимканович', ['Премьер-Министр Республики Казахстан']],
    ['Самакова Айгуль Байгазиевна– Председатель Комиссии по делам семьи и женщин', 'Самакова Айгуль Байгазиевна', ['Председатель Комиссии по делам семьи и женщин']],
    ['Ким Георгий Васильевич –Председатель Комиссии', 'Ким Георгий Васильевич', ['Председатель Комиссии']],
    ['Министр финансов – Болат Жамишев', 'Болат Жамишев', ['Министр финансов']],
    ['Председатель: Назарбаев Нурсултан Абишевич, Президент Республики Казахстан.', 'Назарбаев Нурсултан Абишевич', ['Председатель', 'Президент Республики Казахстан']],
    ['Игорь Рогов– Руководитель Совета по правовой политике, Заместитель Руководителя Администрации Президента', 'Игорь Рогов', ['Руководитель Совета по правовой политике', 'Заместитель Руководителя Администрации Президента']],
  ])('should read the person line %j', (text, name, titles) => {
    const line = parsePersonLine(text);
    expect([line?.name, line?.titles]).toEqual([name, titles]);
  });

  it.each(['Главная страница - Версия для печати', 'Евразийский Дом - аналитический ресурс'])('should read no person in %j', (text) => {
    expect(parsePersonLine(text)).toBeNull();
  });
});

describe('Russian dates', () => {
  it.each([
    ['10 января 1999 года Президент был переизбран', '1999-01-10'],
    ['5 марта 2012 г.', '2012-03-05'],
    ['29 апреля 1995 года', '1995-04-29'],
    ['в марте 2012 года', '2012-03'],
    ['В декабре 2005 года', '2005-12'],
    ['АП была создана в октябре 1995 года', '1995-10'],
    ['Январь 2010', '2010-01'],
    ['с 1995 года', '1995'],
    ['в 1991 году', '1991'],
    ['15 мая 2008 г.', '2008-05-15'],
    ['3 сент. 2001 г.', '2001-09-03'],
  ])('should read %j as %s', (text, date) => {
    expect(findDates(text).map((d) => d.date)).toEqual([date]);
  });

  it.each(['до 2030 года', 'Стратегия «Казахстан-2030»', 'в 1995-1999 годах', '31 февраля 2001 года', 'мартовский 2012'])('should read no date in %j', (text) => {
    expect(findDates(text)).toEqual([]);
  });
});

describe('Russian names in a case', () => {
  it.each([
    ['Келимбетова', 'accusative', 'Келимбетов'],
    ['Кайрата', 'accusative', 'Кайрат'],
    ['Ирину', 'accusative', 'Ирина'],
    ['Петрову', 'accusative', 'Петрова'],
    ['Сергея', 'accusative', 'Сергей'],
    ['Игоря', 'accusative', 'Игорь'],
    ['Юрия', 'accusative', 'Юрий'],
    ['Ключевского', 'accusative', 'Ключевский'],
    ['Абишевича', 'accusative', 'Абишевич'],
    ['Шевченко', 'accusative', 'Шевченко'],
    ['Идрисову', 'dative', 'Идрисов'],
    ['Ерлану', 'dative', 'Ерлан'],
    ['Ирине', 'dative', 'Ирина'],
    ['Мусиным', 'instrumental', 'Мусин'],
    ['Самаковой', 'instrumental', 'Самакова'],
    ['Мусина', 'genitive', 'Мусин'],
    ['Петровой', 'genitive', 'Петрова'],
    // Family names declined as adjectives after a hushing consonant ("Гремучий" → "Гремучим", "Гремучего").
    ['Гремучим', 'instrumental', 'Гремучий'],
    ['Свежего', 'genitive', 'Свежий'],
    ['Гремучего', 'accusative', 'Гремучий'],
    ['Рябошему', 'dative', 'Рябоший'],
    ['Горящим', 'instrumental', 'Горящий'],
    ['Kelimbetova', 'accusative', 'Kelimbetova'],
  ] as const)('should read %s (%s) as %s', (word, grammaticalCase, nominative) => {
    expect(toNominative(word, grammaticalCase)).toBe(nominative);
  });

  it('should offer every nominative a surname may be of, itself first', () => {
    expect(nominativesOf('Мусина')).toEqual(['Мусина', 'Мусин']);
    expect(nominativesOf('Мусиным')).toContain('Мусин');
    expect(nominativesOf('Musina')).toEqual(['Musina']);
  });
});

describe('Russian bodies in a case', () => {
  it.each([
    ['Министерство финансов', 'Министерства финансов'],
    ['Министерство финансов', 'Министерством финансов'],
    ['Правительство', 'Правительства'],
    ['Министерство труда и социальной защиты населения', 'Министерству труда и социальной защиты населения'],
  ])('should find %j by %j', (name, inProse) => {
    const orgs = new OrgIndex();
    const org = orgs.add(name, 'ministry', where);
    orgs.add('Министерство юстиции', 'ministry', where);
    expect(orgs.find(inProse)).toBe(org);
  });
});
