import { describe, expect, it } from 'vitest';
import { cellsJoined, looksLikeTitle, textToBlocks } from './text-blocks.js';

const summary = (text: string) => textToBlocks(text).map((b) => [b.kind, b.level, b.text, b.line]);

describe('textToBlocks', () => {
  it('should read a title line directly followed by prose as a body heading (level 3)', () => {
    expect(summary('\nSecurity Council\nThe Security Council was established by the President.\n')).toEqual([
      ['heading', 3, 'Security Council', 2],
      ['paragraph', 0, 'The Security Council was established by the President.', 3],
    ]);
  });

  it('should read a lone title line as a minor heading (level 4) and bullets as items', () => {
    expect(summary('  •\u00a0first task;\n  • second task.\nTermination of Authorities\n\nThe Government abdicates.')).toEqual([
      ['item', 0, 'first task;', 1],
      ['item', 0, 'second task.', 2],
      ['heading', 4, 'Termination of Authorities', 3],
      ['paragraph', 0, 'The Government abdicates.', 5],
    ]);
  });

  it.each([
    ['colon lines', 'Министр юстиции: Геворг Даниелян\nМинистр энергетики: Армен Мовсисян\n\nПолитическая элита'],
    ['dash lines, name first', 'Ivan Petrov – Minister of Defence\nOlga Sidorova – Minister of Health\n\nThe Council meets monthly.'],
    ['results lines', 'Лала Гаджиева (Либеральная партия) - 3,62 %\nЭтибар Мамедов (Партия национальной независимости) - 2,92 %\n\nИтоги'],
    ['a tab table', 'Кандидат\tГолоса\nАрам Карапетян\t12 400\n\nИтоги'],
    ['an aligned table', '  Путин В.В.      самовыдвижение      76,69\n  Грудинин П.Н.   КПРФ                11,77\n\nИтоги'],
  ])('should keep the last of a run of short %s before a blank line as a line of the list, not a heading', (_, text) => {
    const blocks = textToBlocks(text);
    expect(blocks.slice(0, 2).map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
  });

  it.each([
    ['a tab', 'Итоги выборов:\n\nАрам Карапетян\t12 400\n\nПрочее'],
    ['aligned columns', 'Итоги выборов:\n\n  Грудинин П.Н.   КПРФ   11,77\n\nПрочее'],
  ])('should never read a table row with %s as a heading, even alone between blank lines', (_, text) => {
    expect(textToBlocks(text)[1]).toMatchObject({ kind: 'paragraph' });
  });

  it.each([
    ['between blank lines', 'The Government resigns.\n\nTermination of Authorities\n\nThe Government abdicates.', 3],
    ['after a list of bullets', '  • first task;\nОтставка Правительства\n\nПравительство слагает полномочия.', 2],
    ['after a long paragraph', 'The Security Council is chaired by the President and includes the heads of the power ministries.\nTermination of Authorities\n\nThe Government abdicates.', 2],
  ])('should still read a lone title line %s as a minor heading', (_, text, line) => {
    expect(textToBlocks(text).find((b) => b.line === line)).toMatchObject({ kind: 'heading', level: 4 });
  });

  it('should read a tab between columns as the dash of a "Name – Post" line', () => {
    expect(summary('\tUsen Kudaibergenov\tHead of the Administration\n\nFeliks Kulov \t\t Prime Minister').map((b) => b[2])).toEqual([
      'Usen Kudaibergenov – Head of the Administration',
      'Feliks Kulov – Prime Minister',
    ]);
  });

  it.each([
    ['an indented dash item', 'Советники Президента:\n\n  – Мунтяну Валериу Степанович – советник Президента по экономике;\n  – И.В. Руссу – советник по вопросам обороны.', ['Мунтяну Валериу Степанович – советник Президента по экономике;', 'И.В. Руссу – советник по вопросам обороны.']],
    ['a dash item after a lead-in, no indent', 'Advisers to the President:\n— Ion Rusu – adviser on defence\n— Ana Grecu – adviser on domestic policy', ['Ion Rusu – adviser on defence', 'Ana Grecu – adviser on domestic policy']],
    ['a hyphen item after a bullet', '  • Сергей Лаврик – советник по делам общин\n- Ольга Нестор – советник по правовым вопросам', ['Сергей Лаврик – советник по делам общин', 'Ольга Нестор – советник по правовым вопросам']],
  ])('should read %s that opens with a capital as a list item', (_, text, items) => {
    expect(textToBlocks(text).filter((b) => b.kind === 'item').map((b) => b.text)).toEqual(items);
  });

  it.each([
    ['numbers with a dot after a lead-in, indented', 'Основные функции Бюро:\n\n  1. подготовка докладов Президенту;\n  2. анализ обращений граждан.', ['подготовка докладов Президенту;', 'анализ обращений граждан.']],
    ['numbers with a bracket after a lead-in', 'The Council shall:\n1) coordinate defence policy;\n2) advise the President on security.', ['coordinate defence policy;', 'advise the President on security.']],
    ['letters with a bracket after a lead-in', 'Задачи Комиссии:\n а) контроль за расходами фондов;\n б) экспертиза законопроектов.', ['контроль за расходами фондов;', 'экспертиза законопроектов.']],
    ['numbers after a paragraph whose last sentence leads in', 'Агентство ведёт реестр. Основными задачами Агентства являются:\n 1) учёт имущества;\n 2) надзор за сделками.', ['учёт имущества;', 'надзор за сделками.']],
  ])('should read %s as list items, without their numbers', (_, text, items) => {
    expect(textToBlocks(text).filter((b) => b.kind === 'item').map((b) => b.text)).toEqual(items);
  });

  it.each([
    ['asterisks, indented', 'Аппарат Президента:\n\n  * готовит проекты указов;\n  * ведёт приём граждан.', ['готовит проекты указов;', 'ведёт приём граждан.']],
    ['asterisks with no indent, after a paragraph', 'The Council shall:\n* coordinate defence policy;\n* advise the President.', ['coordinate defence policy;', 'advise the President.']],
    ['plus signs', 'Задачи Совета:\n + защита конституционного строя;\n + оборона страны.', ['защита конституционного строя;', 'оборона страны.']],
    ['asterisks before a capital', 'Группы влияния:\n* Теке – южные велаяты;\n* Эрсари – восток.', ['Теке – южные велаяты;', 'Эрсари – восток.']],
  ])('should read %s as list items, without their marks', (_, text, items) => {
    expect(textToBlocks(text).filter((b) => b.kind === 'item').map((b) => b.text)).toEqual(items);
  });

  it.each([
    // A footnote's star and a sum's plus open no list.
    ['*Данные ЦИК на 1 марта.'],
    ['+7 717 274 50 50 – телефон приёмной'],
  ])('should keep %j no item', (text) => {
    expect(textToBlocks(text).some((b) => b.kind === 'item')).toBe(false);
  });

  it.each([
    // An outline number before a heading, with no lead-in before it: a heading or paragraph, never an item.
    ['3. Правительство\n\nПравительство осуществляет исполнительную власть.'],
    ['Указом от 5 мая 2004 года.\n2. Министерство экономики – www.economy.example'],
  ])('should keep %j\'s numbered line no item', (text) => {
    expect(textToBlocks(text).some((b) => b.kind === 'item')).toBe(false);
  });

  it.each([
    // A dash line with no indent and no list before it: a line of its own, as written.
    ['Правительство\n– Министерство обороны – www.mil.example'],
    ['The Government exercises executive power.\n– The President appoints the Prime Minister.'],
  ])('should keep %j\'s dash line a paragraph', (text) => {
    expect(textToBlocks(text).some((b) => b.kind === 'item')).toBe(false);
  });

  it('should turn two or more blank lines into a section break', () => {
    expect(summary('One paragraph.\n\n\nAnother paragraph.').map((b) => b[0])).toEqual(['paragraph', 'break', 'paragraph']);
    expect(summary('One paragraph.\n\nAnother paragraph.').map((b) => b[0])).toEqual(['paragraph', 'paragraph']);
  });

  it('should read CRLF and CR line ends as LF, and fold no-break spaces', () => {
    expect(summary('First\u00a0\u00a0 \u00a0paragraph.\r\n\r\nA paragraph.\rLast one.')).toEqual([
      ['paragraph', 0, 'First paragraph.', 1],
      ['paragraph', 0, 'A paragraph.', 3],
      ['paragraph', 0, 'Last one.', 4],
    ]);
  });
});

describe('cellsJoined', () => {
  it.each<[string, string]>([
    ['  Путин Владимир Владимирович      самовыдвижение      76,69', 'Путин Владимир Владимирович – самовыдвижение – 76,69'],
    ['  Кандидат                 Выдвинут        Голоса, %', 'Кандидат – Выдвинут – Голоса, %'],
    ['\tMira Holm   Green List   52.4', 'Mira Holm – Green List – 52.4'],
    ['Иван Гром\tПремьер-министр', 'Иван Гром – Премьер-министр'],
    // Near misses: a menu's spaced items at the line's start, a double space in prose.
    ['expert forum   hot topics   country profile', 'expert forum   hot topics   country profile'],
    ['  Президент избран.  Явка 70 %.', 'Президент избран.  Явка 70 %.'],
  ])('should join the columns of %j', (raw, expected) => {
    expect(cellsJoined(raw, raw)).toBe(expected);
  });
});

describe('looksLikeTitle', () => {
  it.each([
    ['Legal Policy Council', true],
    ['Official Sites', true],
    ['Basic tasks of the Committee are as follows:', false],
    ['President of the Republic of Kazakhstan -', false],
    ['the lower-case start', false],
    ['The Security Council was established by the President of the Republic with the aim to ensure defense potential', false],
  ])('should judge %j: %s', (text, expected) => {
    expect(looksLikeTitle(text)).toBe(expected);
  });
});
