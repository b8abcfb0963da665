import { describe, expect, it } from 'vitest';
import { describeByMemberClauses, memberClauseAfter } from './member-clause.js';
import type { GroupMention } from './groups.js';

describe('memberClauseAfter', () => {
  it.each<[string, string, string | null]>([
    // The fixture's shape: a quoted group in brackets, "к которым относят", up to ", а также".
    ['Элита сформирована выходцами из Карабаха («карабахский клан»), к которым относят С. Саргсяна и Р. Кочаряна, а также бизнесом.', 'карабахский клан', 'к которым относят С. Саргсяна и Р. Кочаряна.'],
    ['Её представляют Виктор Лис и группа «Приват», которую возглавляет Игорь Коломойский.', 'группа «Приват»', 'которую возглавляет Игорь Коломойский.'],
    // Invented: other verbs, other relative words, a semicolon ending the clause.
    ['Ведущие посты занимают ахалские текинцы, к которым принадлежит семья Орловых.', 'текинцы', 'к которым принадлежит семья Орловых.'],
    ['Сильнее всех «северный клан», в который входят Павел Лор и Инга Вовк; он опирается на столицу.', 'северный клан', 'в который входят Павел Лор и Инга Вовк.'],
    ['Влиятельна группа «Восток», куда входили Тарас Гаев и Юрий Сомов.', 'группа «Восток»', 'куда входили Тарас Гаев и Юрий Сомов.'],
    // Invented: the name written in another case of letters, a name with dots, a clause ending in several dots.
    ['Влиятелен Северный клан, в который входят Павел Лор и Инга Вовк.', 'северный клан', 'в который входят Павел Лор и Инга Вовк.'],
    ['Сильна группа «Р.И.Ф.», которую возглавляет Олег Рыбак.', 'группа «Р.И.Ф.»', 'которую возглавляет Олег Рыбак.'],
    ['Влиятельна группа «Восток», куда входили Тарас Гаев и Юрий Сомов...', 'группа «Восток»', 'куда входили Тарас Гаев и Юрий Сомов.'],
    // Wave 8, the fixture's shape: "чьими представителями называют" (accusative names); invented: another relative, another noun.
    ['Сильны самаркандский клан и ташкентский клан, чьими представителями называют Р. Азимова и Р. Иноятова.', 'ташкентский клан', 'чьими представителями называют Р. Азимова и Р. Иноятова.'],
    ['Влиятелен южный клан, с которым связывают имя Олега Рыбака.', 'южный клан', 'с которым связывают имя Олега Рыбака.'],
    ['Влиятельна группа «Восток», чьими лидерами считают Тараса Гаева и Юрия Сомова; она слабеет.', 'группа «Восток»', 'чьими лидерами считают Тараса Гаева и Юрия Сомова.'],
    // Wave 8 near miss: the relative and verb, but an adjective, not a name, after them.
    ['Влиятельна группа «Восток», чьими представителями называют многих депутатов.', 'группа «Восток»', null],
    // Near misses: a clause that names no one, a verb of no membership, no clause right after the name.
    ['Влиятельна группа «Восток», в которую входят многие депутаты.', 'группа «Восток»', null],
    ['Влиятельна группа «Восток», которую поддерживают многие депутаты.', 'группа «Восток»', null],
    ['Влиятельна группа «Восток», которую критикует Иван Петров.', 'группа «Восток»', null],
    ['Группа «Восток» сильна, а к ней относят Ивана Петрова.', 'группа «Восток»', null],
  ])('should read the clause after the group in %s', (sentence, name, expected) => {
    expect(memberClauseAfter(sentence, name)).toBe(expected);
  });
});

describe('describeByMemberClauses', () => {
  const group = (name: string, description: string | null): GroupMention => ({ name, category: 'clan', localName: null, region: null, description, text: '' });

  it('should describe a group that has no description by its clause in any paragraph, and keep a known one', () => {
    const groups = [group('текинцы', null), group('йомуды', 'жители запада.')];
    describeByMemberClauses(['Племена: текинцы, йомуды.', 'Посты занимают текинцы, к которым принадлежит Павел Лор. Также йомуды, к которым относят Ивана Гаева.'], groups);
    expect(groups.map((g) => g.description)).toEqual(['к которым принадлежит Павел Лор.', 'жители запада.']);
  });
});
