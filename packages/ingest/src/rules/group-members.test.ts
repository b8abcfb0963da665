import { describe, expect, it } from 'vitest';
import { findGroupMembers, isMemberNameWord, listItems, nameEndingItem } from './group-members.js';

const written = (description: string | null) => findGroupMembers(description).map((m) => (m.familyOnly ? `${m.written}?` : m.written));

describe('findGroupMembers', () => {
  it.each<[string | null, string[]]>([
    // A list of full names, with commas and a last "и"/"and".
    ['Павел Лор, Инга Вовк и Тарас Орлов.', ['Павел Лор', 'Инга Вовк', 'Тарас Орлов']],
    ['Rinat Akhmetov, Vadim Novinsky and Igor Kolomoisky.', ['Rinat Akhmetov', 'Vadim Novinsky', 'Igor Kolomoisky']],
    // A lead-in before a colon names no member, even a person in it.
    ['однокурсники Орлова И.П. по университету: Пётр Сомов, Юрий Гаев.', ['Пётр Сомов', 'Юрий Гаев']],
    ['выходцы из армии и полиции: Олег Басов, Дмитрий Юрьевич Котов (глава службы с 2008 года);', ['Олег Басов', 'Дмитрий Юрьевич Котов']],
    // Initials before or after the family name, a verb's clause before the names.
    ['Южный велаят; к южным ахалам принадлежат Б. Ташов и А.Р. Мыратов.', ['Б. Ташов', 'А.Р. Мыратов']],
    ['ближний круг: Сомов П.Р., Гаев Ю.', ['Сомов П.Р.', 'Гаев Ю.']],
    // The person's title before the name stays out of it.
    ['неформальный лидер мэр Даугавпилса Янис Кронс.', ['Янис Кронс']],
    ['мэр столицы Гунар Лиепа', ['Гунар Лиепа']],
    ['the mayor of Osh Melis Myrzakmatov', ['Melis Myrzakmatov']],
    // A family name alone is kept as such: only the page's one person of that name is its member.
    ['Сомов, Гаев и другие', ['Сомов?', 'Гаев?']],
    // A name in the case its cue gives, back to the nominative: a kin's or a role's genitive, "вокруг", "во главе с".
    ['ближайшее окружение; к ней относят его зятя Тимура Орлова и племянника Кайрата Сатыбалды', ['Тимур Орлов', 'Кайрат Сатыбалды']],
    ['лобби, группирующееся вокруг губернатора Донецкой области Виктора Лиса и бизнесмена Рината Сомова', ['Виктор Лис', 'Ринат Сомов']],
    ['национал-консерваторы во главе с Мартом Хельме', ['Март Хельме']],
    ['к ней относят зятя Ивана Сковороды и племянника Ержана Бекболды', ['Иван Сковорода', 'Ержан Бекболды']],
    ['партия во главе со Степаном Гаевым', ['Степан Гаев']],
    // "относят" puts every name of its list in the accusative, initials kept.
    ['к которым относят С. Орлова и Р. Гаева.', ['С. Орлов', 'Р. Гаев']],
    // Wave 8: "называют", "считают", "связывают имя" put their names in the accusative too; a name after no such verb stays as written.
    ['чьими представителями называют Р. Азимова и Р. Иноятова.', ['Р. Азимов', 'Р. Иноятов']],
    ['чьими лидерами считают Тараса Гаева и Юрия Сомова.', ['Тарас Гаев', 'Юрий Сомов']],
    ['с которым связывают имя И. Орлова.', ['И. Орлов']],
    ['к нему причисляют Романа Сомова, Тараса Лиса и Юрия Гаева', ['Роман Сомов', 'Тарас Лис', 'Юрий Гаев']],
    // Near miss: "входят" takes the names as its subject, in the nominative.
    ['в него входят Анна Лиепа и Инга Вовк', ['Анна Лиепа', 'Инга Вовк']],
    // An aside that is only a list of full names names members; one of other words does not.
    ['опора Президента с советских времён (Валерий Лис, Сергей Гаев, Виктор Сомов);', ['Валерий Лис', 'Сергей Гаев', 'Виктор Сомов']],
    ['пост председателя Парламента (Игорь Корман)', ['Игорь Корман']],
    // Near misses: no cue before the name (a woman's name in the nominative stays), an aside with other words.
    ['лидеры – Анна Лиепа и Инга Вовк', ['Анна Лиепа', 'Инга Вовк']],
    // A nominative kin noun before the role's genitive: the name is the kin's, in the nominative.
    ['в неё входит дочь Президента Гульнара Каримова', ['Гульнара Каримова']],
    ['к ней относят сын Премьер-министра Тимур Орлов и брат Президента Ринат Сомов', ['Тимур Орлов', 'Ринат Сомов']],
    ['сторонники Президента (прежде всего Инга Вовк)', []],
    // Near misses: places, bodies, posts, a country, lower-case words, initials alone.
    ['Ахалский и Марыйский велаяты.', ['Ахалский?']],
    ['экономический блок Правительства и Администрации Президента.', []],
    ['выходцы из Верховного Совета', []],
    ['сторонники Председателя Правительства', []],
    ['ориентированы на российский бизнес', []],
    ['крупный бизнес столицы', []],
    ['А.Б.', []],
    [null, []],
  ])('should read %s', (description, expected) => {
    expect(written(description)).toEqual(expected);
  });

  it('should name each person once, in the page\'s order', () => {
    expect(written('Инга Вовк, Павел Лор; Инга Вовк.')).toEqual(['Инга Вовк', 'Павел Лор']);
  });
});

describe('listItems', () => {
  it.each<[string, string[]]>([
    ['лидеры: А, Б и В', ['А', 'Б', 'В']],
    ['A, B and C', ['A', 'B', 'C']],
    ['одна: две: три, четыре', ['три', 'четыре']],
    ['Ирина', ['Ирина']],
  ])('should split %s', (clause, expected) => {
    expect(listItems(clause)).toEqual(expected);
  });
});

describe('nameEndingItem', () => {
  it.each<[string, string | null]>([
    ['Виктор Петрович Котов', 'Виктор Петрович Котов'],
    ['Котов Виктор Петрович', 'Котов Виктор Петрович'],
    ['руководитель фракции Анна Орлова;', 'Анна Орлова'],
    ['Котов', 'Котов'],
    ['Г.М.', null],
    ['велаяты', null],
    ['Министерства финансов', null],
  ])('should end %s with %s', (item, expected) => {
    expect(nameEndingItem(item)?.written ?? null).toBe(expected);
  });
});

describe('isMemberNameWord', () => {
  it.each<[string, boolean]>([
    ['Котов', true],
    ['Janis', true],
    ['Президента', false],
    ['Правительства', false],
    ['Верховного', false],
    ['Казахстана', false],
    ['мэр', false],
  ])('should take %s as a name word: %s', (word, expected) => {
    expect(isMemberNameWord(word)).toBe(expected);
  });
});
