import { describe, expect, it } from 'vitest';
import { findGroupMembers } from './group-members.js';
import { findGroups } from './groups.js';
import { readBracketLeaders, readHeadedParties, readLedParties, readOwnedCompanies, readPartyLeaders, readPartySections, readPronounMembers } from './party-leaders.js';
import type { GroupMention } from './groups.js';

type Row = [name: string, category: string, members: string[]];
const rows = (groups: readonly GroupMention[]): Row[] => groups.map((g) => [g.name, g.category, findGroupMembers(g.description).map((m) => m.written)]);

describe('readLedParties', () => {
  it.each<[string, Row[]]>([
    // The fixture's shape: a double name after a dash, "во главе с" and the leader in the instrumental; a relative clause of leading.
    [
      'Основная оппозиционная сила – Союз Отечества – Христианские демократы Литвы во главе с Андрюсом Кубилюсом; к оппозиции принадлежит также Движение либералов, которое возглавляет Элигиюс Масюлис.',
      [['Союз Отечества – Христианские демократы Литвы', 'bloc', ['Андрюс Кубилюс']], ['Движение либералов', 'movement', ['Элигиюс Масюлис']]],
    ],
    // Variants: a full name of adjectives, a noun and lower-case genitives, a quoted name after the noun, a feminine leader, initials.
    ['В Сейме сильна Аграрная партия Лесото во главе с Марией Вовк, а оппозицию ведёт Партия зелёных, которую возглавляет Т. Орлов.', [['Аграрная партия Лесото', 'party', ['Мария Вовк']], ['Партия зелёных', 'party', ['Т. Орлов']]]],
    ['Правительство поддерживает партия «Новый путь» во главе с Павлом Лором.', [['партия «Новый путь»', 'party', ['Павел Лор']]]],
    ['Блок Отечества, который возглавляет Иван Гаев, потерял места.', [['Блок Отечества', 'bloc', ['Иван Гаев']]]],
    // Wave 8, the fixture's shape: a short name in brackets between the party's name and "которую возглавляет"; invented variants.
    ['Крупнейшая из них – Народно-демократическая партия Узбекистана (НДПУ), которую возглавляет А. Джалалов.', [['Народно-демократическая партия Узбекистана', 'party', ['А. Джалалов']]]],
    ['Сильна Аграрная партия Лесото (АПЛ) во главе с Марией Вовк.', [['Аграрная партия Лесото', 'party', ['Мария Вовк']]]],
    ['В Сейм прошла партия «Новый путь» (НП), которую возглавляет Павел Лор.', [['партия «Новый путь»', 'party', ['Павел Лор']]]],
    // Wave 8 near miss: a bracket of words, not a short name, between them.
    ['Сильна Аграрная партия Лесото (по данным опросов), которую возглавляет Мария Вовк.', []],
    // Near misses: a union of states, a leader not named, a body's name, a party leading something else.
    ['Европейский союз во главе с Германией и Францией ввёл санкции.', []],
    ['Европейский союз во главе с Жозе Баррозу ввёл санкции.', []],
    ['Северный союз во главе с Иваном Гаевым распался.', []],
    ['Движение протеста во главе с лидерами оппозиции вышло на улицы.', []],
    ['Совет безопасности во главе с Иваном Орловым собрался в мае.', []],
    ['Партия труда выиграла выборы, и Иван Лор возглавил правительство.', []],
  ])('should read %s', (paragraph, expected) => {
    expect(rows(readLedParties(paragraph))).toEqual(expected);
  });
});

describe('readPartySections', () => {
  it.each<[string, Row[]]>([
    // The fixture's shape: a party's name alone, its chair after a dash (a dated aside dropped), its members after "К партии принадлежат".
    ['Монгольская народная партия. Председатель партии – М. Энхболд (до ноября 2017 года); в ноябре 2017 года председателем МНП избран У. Хурэлсух.', [['Монгольская народная партия', 'party', ['М. Энхболд']]]],
    [
      'Демократическая партия. Председатель – Содномзундуйн Эрдэнэ. К партии принадлежат Президент Х. Баттулга и бывший Президент Ц. Элбэгдорж, группы которых соперничают между собой.',
      [['Демократическая партия', 'party', ['Содномзундуйн Эрдэнэ', 'Х. Баттулга', 'Ц. Элбэгдорж']]],
    ],
    // Variants: a noun and a genitive, a leader's other word, members after "В партии состоят"; a movement.
    ['Партия регионов. Лидер – Виктор Орлов. В партии состоят Премьер-министр Анна Лис и мэр столицы Павел Вовк.', [['Партия регионов', 'party', ['Виктор Орлов', 'Анна Лис', 'Павел Вовк']]]],
    ['Гражданское движение. Основатель движения – Инга Вовк; партия пока не прошла в парламент.', [['Гражданское движение', 'movement', ['Инга Вовк']]]],
    // Near misses: no leader's or member's clause, a party's name that does not stand alone, a leader named by a pronoun.
    ['Демократическая партия. Она была основана в 1990 году и дважды формировала правительство.', []],
    ['Демократическая партия получила 30 мест. Председатель – Иван Лор.', []],
    ['Народная партия. Председатель – он же Премьер-министр.', []],
  ])('should read %s', (paragraph, expected) => {
    expect(rows(readPartySections(paragraph))).toEqual(expected);
  });
});

describe('readBracketLeaders', () => {
  it.each<[string, Row[]]>([
    // The fixture's shape: the party's noun in a leader's part makes the quoted name a party; "он же …" is no leader.
    [
      'В Государственной Думе доминирует «Единая Россия» (председатель партии – В. В. Путин, председатель Высшего совета – Борис Грызлов, он же Председатель Государственной Думы).',
      [['партия «Единая Россия»', 'party', ['В. В. Путин', 'Борис Грызлов']]],
    ],
    // Variants: a movement, one leader, a leader's other word.
    ['Оппозицию возглавляет «Заря» (лидер движения – Инга Орлова).', [['движение «Заря»', 'movement', ['Инга Орлова']]]],
    ['За бортом остался «Новый путь» (руководитель партии – Павел Лис, основатель партии – Т. Гаев).', [['партия «Новый путь»', 'party', ['Павел Лис', 'Т. Гаев']]]],
    // Wave 8, the fixture's shape: the party's noun (plural) before a list of quoted names, each with its leader in brackets.
    [
      'Оппозиционные партии «Ар-Намыс» (лидер – Ф. Кулов) и «Ата-Мекен» (лидер – О. Текебаев) заметно уступили.',
      [['партия «Ар-Намыс»', 'party', ['Ф. Кулов']], ['партия «Ата-Мекен»', 'party', ['О. Текебаев']]],
    ],
    // Wave 8 variants: a movement's noun in another case, three items joined by commas; a leader's other word.
    ['Против выступило движение «Заря» (руководитель – Инга Орлова).', [['движение «Заря»', 'movement', ['Инга Орлова']]]],
    ['Оппозицию составили партии «Рассвет» (лидер – П. Лис), «Очаг» (председатель – Юрий Гаев) и «Путь» (лидер – Т. Сомов).', [['партия «Рассвет»', 'party', ['П. Лис']], ['партия «Очаг»', 'party', ['Юрий Гаев']], ['партия «Путь»', 'party', ['Т. Сомов']]]],
    // Wave 8 near miss: a party's noun, but the quoted name after other words, not in its list.
    ['Партии уступила компания «Газпром» (председатель – Алексей Миллер).', []],
    // Near misses: a company's board, a party's share in brackets, a leader of no party's noun.
    ['Экспорт контролирует «Газпром» (председатель правления – Алексей Миллер).', []],
    ['«Новый путь» (председатель партии – 12,3 % голосов) прошёл в парламент.', []],
  ])('should read %s', (paragraph, expected) => {
    expect(rows(readBracketLeaders(paragraph))).toEqual(expected);
  });
});

describe('readPronounMembers', () => {
  it.each<[string, Row[]]>([
    // The fixture's shape: a place's group opens a sentence, the next names its people by "Её представляют".
    [
      'Днепропетровская группа сложилась в годы президентства Леонида Кучмы. Её представляют зять экс-президента Виктор Пинчук (группа «Интерпайп») и группа «Приват», которую возглавляет Игорь Коломойский.',
      [['Днепропетровская группа', 'regional group', ['Виктор Пинчук', 'Игорь Коломойский']]],
    ],
    // Variants: a clan and "Его составляют", a group and "В неё входят".
    ['Ошский клан усилился после 2005 года. Его составляют бывший губернатор Бакыт Орлов и бизнесмен Анна Лис.', [['Ошский клан', 'clan', ['Бакыт Орлов', 'Анна Лис']]]],
    ['Северная группа возникла в 1990-е годы. В неё входят Павел Вовк, Инга Гаева и Т. Лор.', [['Северная группа', 'group', ['Павел Вовк', 'Инга Гаева', 'Т. Лор']]]],
    // Near misses: people not named, a pronoun not in the next sentence, a body that someone heads.
    ['Минская группа была создана в 1992 году. Её составляют представители одиннадцати стран.', []],
    ['Донецкая группа сложилась в 1990-е. Позднее Её представляют Ринат Лис и Павел Вовк.', []],
    ['Рабочая группа создана указом. Её возглавляет Иван Орлов.', []],
  ])('should read %s', (paragraph, expected) => {
    expect(rows(readPronounMembers(paragraph))).toEqual(expected);
  });
});

describe('findGroups (a bloc lead-in opens a list of parties)', () => {
  it.each<[string[], Row[]]>([
    // The fixture's shape: "Правящую коалицию …, составили:" and its items "Party – председатель X;", a quoted name too.
    [
      [
        'Правящую коалицию, сформированную после выборов в Сейм в октябре 2012 года, составили:',
        'Социал-демократическая партия Литвы – председатель Альгирдас Буткявичюс;',
        'Партия труда – основатель и лидер Виктор Успасских;',
        '«Избирательная акция поляков Литвы» – председатель Вальдемар Томашевский (вышла из коалиции в августе 2014 года).',
      ],
      [
        ['Социал-демократическая партия Литвы', 'party', ['Альгирдас Буткявичюс']],
        ['Партия труда', 'party', ['Виктор Успасских']],
        ['Избирательная акция поляков Литвы', 'group', ['Вальдемар Томашевский']],
      ],
    ],
    // Variants: "В блок входят:", "Коалицию большинства образовали:".
    [['В правящий блок входят:', 'Аграрная партия – лидер Инга Вовк;', '«Заря» – председатель Павел Лор.'], [['Аграрная партия', 'party', ['Инга Вовк']], ['Заря', 'group', ['Павел Лор']]]],
    [['Коалицию большинства образовали:', 'Партия зелёных – председатель Т. Орлов.'], [['Партия зелёных', 'party', ['Т. Орлов']]]],
    // Near miss: a lead-in on no bloc.
    [['Правительство составили:', 'Министр финансов – председатель Павел Лор;'], []],
  ])('should read %j', (paragraphs, expected) => {
    expect(rows(findGroups(paragraphs))).toEqual(expected);
  });
});

describe('readOwnedCompanies', () => {
  it.each<[string, Row[]]>([
    // The fixture's shape: a company in the instrumental, its co-owner's clause.
    ['Газовое лобби связано с компанией «РосУкрЭнерго», совладельцем которой является Дмитрий Фирташ; его интересы связывают с министром.', [['РосУкрЭнерго', 'business group', ['Дмитрий Фирташ']]]],
    // Variants: a holding and its founder, a company and its owner in the past, initials.
    ['Медиарынок контролирует холдинг «Заря-Медиа», основателем которого является Инга Вовк.', [['Заря-Медиа', 'business group', ['Инга Вовк']]]],
    ['Порт принадлежал компании «Балт Ойл», владельцем которой был П. Лор.', [['Балт Ойл', 'business group', ['П. Лор']]]],
    // Near misses: an owner not named, a company's director (no owner's word), a family name alone.
    ['Сделку провела компания «Заря», владельцем которой является государство.', []],
    ['Сделку провела компания «Заря», директором которой является Иван Орлов.', []],
    ['Сделку провела компания «Заря», владельцем которой является Орлов.', []],
  ])('should read %s', (paragraph, expected) => {
    expect(rows(readOwnedCompanies(paragraph))).toEqual(expected);
  });
});

describe('readPartyLeaders', () => {
  it('should read every shape of a paragraph, each quoting its own sentence', () => {
    const paragraph = 'Выборы прошли в мае. Правительство поддерживает партия «Новый путь» во главе с Павлом Лором. Порт принадлежал компании «Балт Ойл», владельцем которой был П. Лор.';
    expect(readPartyLeaders(paragraph).map((g) => [g.name, g.text])).toEqual([
      ['партия «Новый путь»', 'Правительство поддерживает партия «Новый путь» во главе с Павлом Лором.'],
      ['Балт Ойл', 'Порт принадлежал компании «Балт Ойл», владельцем которой был П. Лор.'],
    ]);
  });
});

describe('readHeadedParties', () => {
  it.each<[string, Row[]]>([
    // Wave 8, the fixture's shape: the party in the accusative opens the sentence, an aside between commas, a date, "возглавляет" and the leader.
    [
      'Партию «Действие и солидарность», основанную Майей Санду в 2016 году, с 2020 года возглавляет Игорь Гросу, с июля 2021 года – Председатель Парламента.',
      [['партия «Действие и солидарность»', 'party', ['Игорь Гросу']]],
    ],
    // Wave 8 variants: no aside, a movement, initials; a past verb and a feminine leader.
    ['Движение «Заря» возглавляет П. Лис.', [['движение «Заря»', 'movement', ['П. Лис']]]],
    ['Партию «Новый путь», созданную в 2001 году, до 2010 года возглавляла Инга Орлова.', [['партия «Новый путь»', 'party', ['Инга Орлова']]]],
    // Wave 8 near misses: another verb; the verb too far from the name; the leader not named.
    ['Партию «Заря» поддерживает Иван Гаев.', []],
    ['Партию «Заря» критикует Иван Гаев, а правительство с мая возглавляет Пётр Сомов.', []],
    ['Партию «Заря» возглавляет бывший министр.', []],
  ])('should read %s', (paragraph, expected) => {
    expect(rows(readHeadedParties(paragraph))).toEqual(expected);
  });
});
