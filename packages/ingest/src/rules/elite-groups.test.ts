import { describe, expect, it } from 'vitest';
import { partyNominative, readCoalitions, readEliteGroups, readNamedParties, readOrdinalGroups, readPartyLists } from './elite-groups.js';
import { findGroupMembers } from './group-members.js';
import { findGroups } from './groups.js';

type Row = [name: string, category: string];
const rows = (paragraph: string, talk = true, headed = false): Row[] => readEliteGroups(paragraph, talk, headed).map((g) => [g.name, g.category]);

describe('readEliteGroups', () => {
  it.each<[string, Row[]]>([
    // A party's noun in any case, then its quoted name.
    ['Влияние элиты держится на партии «Народная воля» и на блоке «Вперёд, Молдова».', [['партия «Народная воля»', 'party'], ['блок «Вперёд, Молдова»', 'bloc']]],
    ['Основу правящей элиты составляет Партия «Новый путь».', [['партия «Новый путь»', 'party']]],
    // A quoted name holding a party's noun in the nominative.
    ['Главным соперником элиты остаётся «Народное демократическое движение», а «Союз правых сил» слабеет.', [['Народное демократическое движение', 'movement'], ['Союз правых сил', 'bloc']]],
    ['Кланы поддерживают «Альянс реформ».', [['Альянс реформ', 'bloc']]],
    // A person of influence, a key figure, a circle named by its person.
    ['Элиту страны долго контролировал олигарх Тарас Вовкун, а затем магнат Ирина Сабло.', [['олигарх Тарас Вовкун', 'oligarch'], ['магнат Ирина Сабло', 'oligarch']]],
    ['Ключевой фигурой элиты остаётся основатель движения «Заря» Андрис Лиепа, не занимающий постов.', [['движение «Заря»', 'movement'], ['Андрис Лиепа', 'key figure']]],
    ['Центральной фигурой среди кланов считается бывший мэр столицы Гиви Шония.', [['Гиви Шония', 'key figure']]],
    ['В элите усилилось окружение Павла Лора, а люди Ивана Сутеева ушли в тень.', [['окружение Павла Лора', 'elite circle'], ['люди Ивана Сутеева', 'elite circle']]],
    ['Сложилась группа вокруг олигарха Тимура Ахметжана.', [['группа вокруг Тимура Ахметжана', 'elite circle']]],
    // Leaders in the plural and what they lead, in the genitive.
    ['Выросло влияние олигархических групп, а также лидеров Майдана и добровольческих батальонов.', [['лидеры Майдана', 'group']]],
    ['Кланам противостоят вожди Революции, а лидерам Евромайдана уступают все.', [['вожди Революции', 'group'], ['лидеры Евромайдана', 'group']]],
    // Near misses: a body's or a country's word, a person's name, lower case.
    ['Элиты слушают лидеров Парламента, лидеров Армении, лидеров Ивана Лора и лидеров оппозиции.', []],
    // Near misses: a party's name in another case without its noun, a person in the genitive after an influence noun, a body's or a state's name, a post.
    ['Среди групп выделяется «Единая Армения»; олигарха Тараса Вовкуна судили.', []],
    ['Ключевой фигурой элиты остаётся Президент Республики.', []],
    ['Элита ждёт решения окружения Президента.', []],
    ['Кланы ориентируются на Европейский Союз.', []],
  ])('should read %s', (paragraph, expected) => {
    expect(rows(paragraph)).toEqual(expected);
  });

  it.each<[string, Row[]]>([
    // A lower-case name before the dash, its description opening with a quote.
    ['директорский корпус – «красные директора» и руководители заводов;', [['директорский корпус', 'group']]],
    // Near misses: a capitalized name with no group's noun (a post), no description after the dash.
    ['Министр обороны – генерал армии;', []],
    ['военная верхушка –', []],
    // Who is in the group after the dash: a quoted name, a lower-case one, a group's noun.
    ['«Новая сила» – Павел Лор, Инга Вовк;', [['Новая сила', 'group']]],
    ['дальневосточные – Ахмед Орлов и Б.К. Тамм; к ним близок министр финансов;', [['дальневосточные', 'group']]],
    ['группа Павла Лора – Инга Вовк, Тарас Орлов.', [['группа Павла Лора', 'group']]],
    // A party's acronym before the dash; a capitalized word that is none (a post) stays out.
    ['НДПР – Павел Лор;', [['НДПР', 'group']]],
    ['ERP – Kaja Tamm, Jaan Kask.', [['ERP', 'group']]],
    ['Министр – Павел Лор;', []],
    ['Н – Павел Лор;', []],
    ['"Green Bloc" – Ana Rusu, Ion Grecu.', [['Green Bloc', 'group']]],
    // A short or own-language name in brackets after the name.
    ['Либерально-демократическая партия Лесото (ЛДПЛ) — крупнейшая партия коалиции, лидер — Иван Лор;', [['Либерально-демократическая партия Лесото', 'party']]],
    ['Консервативная партия Эстонии (EKRE) – национал-консервативная партия;', [['Консервативная партия Эстонии', 'party']]],
    ['«Отечество» (Isamaa) – партия правого толка;', [['Отечество', 'group']]],
    ['Народный фронт Лесото (НФЛ) – движение сторонников премьера;', [['Народный фронт Лесото', 'bloc']]],
    ['Министр обороны (с 2014 г.) – Иван Лор;', []],
    // Words and a quoted name together: a group's or a party's noun before the quotes.
    ['Союз добровольцев «Еркрапа» – организация ветеранов войны, основанная в 1993 г.;', [['Союз добровольцев «Еркрапа»', 'bloc']]],
    ['Движение ветеранов «Заря» – сторонники премьера;', [['Движение ветеранов «Заря»', 'movement']]],
    ['группа компаний «Восток» – владельцы портов;', [['группа компаний «Восток»', 'group']]],
    // A quoted gloss in brackets, or where the group sits, between the quoted name and the dash.
    ['«технократы» («экономический блок») – М. Мясникович, П. Прокопович, В. Семашко;', [['технократы', 'group']]],
    ['«реформаторы» («молодая команда») — Инга Вовк и Павел Лор.', [['реформаторы', 'group']]],
    ['«прагматики» в Администрации Президента – В. Макей, Н. Петкевич.', [['прагматики', 'group']]],
    ['«ястребы» при Совете Безопасности – Иван Лор, Тарас Вовк;', [['ястребы', 'group']]],
    // Not a gloss after a post, nor a lower-case place.
    ['Министр обороны («силовой блок») – Иван Лор;', []],
    ['«ястребы» в силовых ведомствах – Иван Лор;', []],
    // Still no group: a body's name with a quoted one, a person's line, a capitalized name of no group before a name.
    ['Фонд развития «Заря» – Иван Петров;', []],
    ['Павел Лор – Инга Вовк;', []],
    ['Министерство обороны – Иван Петров;', []],
  ])('should read the list item %s under a heading on groups', (paragraph, expected) => {
    expect(rows(paragraph, true, true)).toEqual(expected);
  });

  it('should keep the members after the dash as the group’s description', () => {
    expect(readEliteGroups('«Новая сила» – Павел Лор, Инга Вовк;', true, true)[0]).toMatchObject({ name: 'Новая сила', description: 'Павел Лор, Инга Вовк.' });
  });

  it('should keep a short name in brackets as the group’s local name', () => {
    expect(readEliteGroups('Демократическая партия Лесото (ДПЛ) — председатель Иван Лор;', true, true)[0]).toMatchObject({ name: 'Демократическая партия Лесото', localName: 'ДПЛ', description: 'председатель Иван Лор.' });
    expect(readEliteGroups('Партия реформ – праволиберальная партия.', true, true)[0]).toMatchObject({ name: 'Партия реформ', localName: null });
  });

  it('should describe a list item’s group by the words after the dash', () => {
    expect(readEliteGroups('«Орлов – Реформаторы» – сторонники вице-спикера Сейма;', true, true)[0]).toMatchObject({ name: 'Орлов – Реформаторы', category: 'group', description: 'сторонники вице-спикера Сейма.' });
  });

  it.each<[string, boolean, boolean, Row[]]>([
    // An unquoted party opened by its capitalized noun, only under a heading on groups; it ends at a dash, a comma or a verb.
    ['Правящую коалицию возглавляет Союз фермеров и садоводов Эстонии; оппозицию – Партия реформ – Либералы, выдвинувшая Марта Кийва.', true, true, [['Союз фермеров и садоводов Эстонии', 'bloc'], ['Партия реформ', 'party']]],
    ['Большинство в Сейме получил Альянс Национальной консолидации.', true, true, [['Альянс Национальной консолидации', 'bloc']]],
    ['Правящую коалицию возглавляет Союз фермеров и садоводов Эстонии.', true, false, []],
    ['Страна вошла в Таможенный союз, а позже в Европейский Союз.', true, true, []],
    // A paragraph that does not speak of groups names none.
    ['Основу коалиции составляет партия «Новый путь».', false, false, []],
  ])('should read %s (talk %s, under a heading %s)', (paragraph, talk, headed, expected) => {
    expect(rows(paragraph, talk, headed)).toEqual(expected);
  });
});

describe('findGroups under a heading on groups', () => {
  it.each<[string, string | null, string[]]>([
    // The heading makes the paragraph speak of groups: an origin, its narrower place, a party.
    ['Ключевые посты занимают выходцы из Озёрной области (ныне – часть Южного края), прежде всего из Березанского района.', 'Политическая элита', ['выходцы из Озёрной области', 'выходцы из Березанского района']],
    ['Власть держат выходцы из Северной области, в первую очередь из Лесного района.', 'Группы влияния', ['выходцы из Северной области', 'выходцы из Лесного района']],
    ['Посты делят выходцы из Горного края, главным образом из Кумысского района.', 'Центры влияния', ['выходцы из Горного края', 'выходцы из Кумысского района']],
    ['Основу власти составляет партия «Новый путь», а олигарх Тарас Вовкун финансирует её.', 'Элиты', ['партия «Новый путь»', 'олигарх Тарас Вовкун']],
    ['Основу власти составляет партия «Новый путь», а олигарх Тарас Вовкун финансирует её.', 'Правительство', []],
    ['Основу власти составляет партия «Новый путь».', null, []],
    // A list item that names a group, a dash and what it is; an unquoted name needs a group's or a party's noun.
    ['«Орлов – Реформаторы» – сторонники вице-спикера Сейма;', 'Группы влияния', ['Орлов – Реформаторы']],
    ['группа Павла Лора – бывшие директора заводов.', 'Элиты', ['группа Павла Лора']],
    ['Министры экономики – выходцы из банков.', 'Элиты', []],
    // A quoted group named after a person right after it.
    ['Региональный «озёрский клан» Тараса Вовкуна утратил власть в 2010 г.', 'Элиты', ['озёрский клан Тараса Вовкуна']],
    ['Влияние «озёрского клана» Президента ослабло.', 'Элиты', ['озёрский клан']],
  ])('should read %s under %s', (paragraph, heading, expected) => {
    expect(findGroups([paragraph], [heading]).map((g) => g.name)).toEqual(expected);
  });

  it.each<[string, Array<[string, string | null]>]>([
    // The sentence after one naming two groups describes each by its ordinal, in the order they stand.
    ['Элиты Латгалии делятся на два лагеря – «прибалтийский» и «восточный». Первый опирается на порты, а второй – на Даугавпилс и русскоязычных избирателей.', [['прибалтийский лагерь', 'Первый опирается на порты.'], ['восточный лагерь', 'второй – на Даугавпилс и русскоязычных избирателей.']]],
    // Not three groups, nor a next sentence without both ordinals.
    ['Элиты делятся на два лагеря – «северный» и «южный». Первый опирается на порты.', [['северный лагерь', null], ['южный лагерь', null]]],
  ])('should describe two groups by the ordinals of the next sentence in %s', (paragraph, expected) => {
    expect(findGroups([paragraph]).map((g) => [g.name, g.description])).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // After a kin or role word, a family name of any shape in the genitive.
    ['Среди групп влияния заметна группа бизнесмена Павла Лора, лидера своей партии.', ['группа Павла Лора']],
    ['Среди кланов усилилась группа Павла Лора.', []],
  ])('should read a group named after a person in %s', (paragraph, expected) => {
    expect(findGroups([paragraph]).map((g) => g.name)).toEqual(expected);
  });
});

describe('readNamedParties', () => {
  type Party = [name: string, category: string, localName: string | null, description: string | null];
  it.each<[string, Party[]]>([
    // A full name and its short name in brackets, whatever the paragraph speaks of; the name opens at its last capitalized adjective.
    ['Опорой власти служит Республиканская партия Армении (РПА), которую возглавляет С. Саргсян.', [['Республиканская партия Армении', 'party', 'РПА', null]]],
    ['Места распределились так: Либерально-демократическая партия Узбекистана (УзЛиДеП) – 53, Народно-демократическая партия Узбекистана (НДПУ) – 32.', [['Либерально-демократическая партия Узбекистана', 'party', 'УзЛиДеП', null], ['Народно-демократическая партия Узбекистана', 'party', 'НДПУ', null]]],
    ['Главная оппозиционная сила – Армянский национальный конгресс (АНК), объединение партий.', [['Армянский национальный конгресс', 'bloc', 'АНК', null]]],
    ['Правящая Аграрная партия Лесото (АПЛ) потеряла большинство.', [['Аграрная партия Лесото', 'party', 'АПЛ', null]]],
    ['Большинство у фракции Зелёное движение (ЗД).', [['Зелёное движение', 'movement', 'ЗД', null]]],
    // A leader in brackets, with or without his post, past the party's own name in brackets.
    ['Наиболее известные организации – Партия БНФ (председатель Алексей Янукевич), Объединённая гражданская партия (Анатолий Лебедько).', [['Партия БНФ', 'party', null, 'председатель Алексей Янукевич.'], ['Объединённая гражданская партия', 'party', null, 'Анатолий Лебедько.']]],
    ['Оппозицию ведут Белорусская социал-демократическая партия (Грамада) (Н. Статкевич) и Крестьянский союз (лидер Иван Лор).', [['Белорусская социал-демократическая партия', 'party', 'Грамада', 'Н. Статкевич.'], ['Крестьянский союз', 'bloc', null, 'лидер Иван Лор.']]],
    // In a paragraph that names a party so, "партия «X»" is one too.
    ['Опорой власти служит Аграрная партия (АП); в коалицию входит и партия «Новый путь».', [['Аграрная партия', 'party', 'АП', null], ['партия «Новый путь»', 'party', null, null]]],
    // A quoted name after the noun before the short name; a noun and a short name of capitals alone; a party whose leader is named.
    ['Главной опорой власти остается партия «Новый Азербайджан» (ПНА), основанная в 1992 г.', [['партия «Новый Азербайджан»', 'party', 'ПНА', null]]],
    ['Опорой Президента служит движение «Заря Востока» (ДЗВ).', [['движение «Заря Востока»', 'movement', 'ДЗВ', null]]],
    ['Наиболее ярким из таких сил стала партия KPV LV во главе с актёром.', [['партия KPV LV', 'party', null, null]]],
    ['В Сейм прошёл и блок НСЛ, но партия ЗПР осталась за бортом.', [['блок НСЛ', 'bloc', null, null], ['партия ЗПР', 'party', null, null]]],
    ['Председателем партии «Нур Отан» является Н. Назарбаев.', [['партия «Нур Отан»', 'party', null, null]]],
    ['Её возглавил основатель движения «Новые силы» Иван Лор, а лидер блока «Заря» ушёл.', [['движение «Новые силы»', 'movement', null, null], ['блок «Заря»', 'bloc', null, null]]],
    // Wave 8, the fixture's shape: a sentence listing the opposition forces after a dash, "партия «X»" and "объединение «Y»"; invented variants.
    ['Основные оппозиционные силы – партия «Новое время», объединение «Центр согласия» и «За права человека в единой Латвии» (ЗаПЧЕЛ).', [['партия «Новое время»', 'party', null, null], ['объединение «Центр согласия»', 'bloc', null, null]]],
    ['Главные политические силы: движение «Заря» и партия «Очаг».', [['движение «Заря»', 'movement', null, null], ['партия «Очаг»', 'party', null, null]]],
    ['С оппозиционными силами – блоком «Рассвет» и партией «Путь» – власть не договорилась.', [['блок «Рассвет»', 'bloc', null, null], ['партия «Путь»', 'party', null, null]]],
    // Wave 8 near miss: forces without a dash or colon after them.
    ['Оппозиционные силы поддержали кандидата от партии «Новое время».', []],
    // Near misses: a short name after a party's noun in another case, a leader of something else, a lower-case quoted name.
    ['Депутаты партии KPV LV и лидер фракции «Заря» вышли, как и председатель партии «малых дел».', []],
    // Near misses: a share in brackets, a title-case word, a body, a party's name in another case, a family name alone, "партия «X»" alone.
    ['Республиканская партия Армении (33,91% голосов) победила.', []],
    ['Социал-демократическая партия Украины (объединённая) и Союз Бакиева (выходца с юга).', []],
    ['Совет национальной безопасности (СНБ) собирается ежемесячно.', []],
    ['Лидер Республиканской партии Армении (РПА) и глава Аграрной партии (Иван Лор) встретились.', []],
    ['Объединённая гражданская партия (Лебедько) и Партия (блок).', []],
    ['Кандидат от партии «Новый путь» снял свою кандидатуру.', []],
  ])('should read %s', (paragraph, expected) => {
    expect(readNamedParties(paragraph).map((g) => [g.name, g.category, g.localName, g.description])).toEqual(expected);
  });
});

describe('readOrdinalGroups', () => {
  it.each<[string, boolean, string[]]>([
    // An ordinal opens the sentence, a quoted name follows within a few words, after a verb or a dash.
    ['Жизнью страны правит соперничество двух групп. Первую составляет «старая номенклатура» – выходцы из компартии. Вторую – «люди Саюдиса», правые политики.', true, ['старая номенклатура', 'люди Саюдиса']],
    ['Вторая по влиянию группа – «еразы» (выходцы из Армении); её представителем считается министр.', true, ['еразы']],
    ['Элиты делятся на три клана. Первый образуют «горцы», второй – «степняки». Третий – «торговцы портов».', true, ['горцы', 'торговцы портов']],
    // Near misses: a paragraph on no groups, an adjective alone, a quoted name far from the ordinal, an ordinal inside the sentence.
    ['Первую составляет «старая номенклатура».', false, []],
    ['Первый – «донецкий», второй – «днепропетровский».', true, []],
    ['Первую премию в конкурсе элит среди молодых получила «Заря».', true, []],
    ['Кланов два: их первый лидер – «дядя Ваня».', true, []],
  ])('should read %s (talk %s)', (paragraph, talk, expected) => {
    expect(readOrdinalGroups(paragraph, talk).map((g) => g.name)).toEqual(expected);
  });
});

describe('readPartyLists', () => {
  it.each<[string, Array<[string, string[]]>]>([
    // A quoted party's name in any case right before a colon: its name in the nominative, the people of its list its members.
    ['До выборов решения принимались кругом руководителей «Единого национального движения»: помимо Президента, в него входили В. Мерабишвили, Г. Бокерия, Председатель Парламента в 2008–2012 гг. Давид Бакрадзе и мэр Тбилиси Гиги Угулава. После поражения всё изменилось.', [['Единое национальное движение', ['В. Мерабишвили', 'Г. Бокерия', 'Давид Бакрадзе', 'Гиги Угулава']]]],
    ['Руководство «Народной партии»: Иван Лор, Инга Вовк и Тарас Орлов.', [['Народная партия', ['Иван Лор', 'Инга Вовк', 'Тарас Орлов']]]],
    ['В совет «Демократического блока»: председатель Павел Лор и секретарь Анна Орлова; другие не вошли.', [['Демократический блок', ['Павел Лор', 'Анна Орлова']]]],
    ['Список «Аграрное движение»: Ахмед Орлов.', [['Аграрное движение', ['Ахмед Орлов']]]],
    // Near misses: no colon after the quotes, a quoted name with no party's noun, a word no genitive ending fits.
    ['Руководство «Народной партии» составили Иван Лор и Инга Вовк.', []],
    ['Руководство «Новой волны»: Иван Лор.', []],
    ['Руководство «Партии Регионов Востока»: Иван Лор.', []],
  ])('should read %s', (paragraph, expected) => {
    expect(readPartyLists(paragraph).map((g) => [g.name, findGroupMembers(g.description).map((m) => m.written)])).toEqual(expected);
  });

  it('should give a party’s name in the nominative only where every word fits', () => {
    expect(partyNominative('Объединённой гражданской партии')).toBe('Объединённая гражданская партия');
    expect(partyNominative('Социалистического фронта')).toBe('Социалистический фронт');
    expect(partyNominative('Партии Регионов')).toBeNull();
  });
});

describe('readCoalitions', () => {
  it.each<[string, string[]]>([
    // A bloc's noun and what it is of, in a sentence naming two parties or more.
    ['Осенью 2017 г. коалицию парламентского большинства составляли фракции СДПК, «Кыргызстан» и «Бир Бол».', ['коалиция парламентского большинства']],
    ['В блок национального единства вошли «Заря» и «Новый путь».', ['блок национального единства']],
    ['Партии «Заря», «Восток» и ПНП образовали альянс демократических сил.', ['альянс демократических сил']],
    // Near misses: one party only, a capitalized bloc (a name of its own), no genitive after the noun.
    ['Коалицию парламентского большинства возглавила «Заря».', []],
    ['В 2010 г. «Заря» и «Восток» создали Коалицию Парламентского Большинства.', []],
    ['«Заря» и «Восток» создали коалицию в 2010 г.', []],
  ])('should read %s', (paragraph, expected) => {
    expect(readCoalitions(paragraph).map((g) => g.name)).toEqual(expected);
  });
});
