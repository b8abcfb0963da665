// Page-level rules of the walk, each read from a small text page of the template written here.
import { describe, expect, it } from 'vitest';
import type { Profile } from '@profiles/model';
import { ingestPage } from './ingest.js';
import { readActingLine, sameBodyHead } from './walk.js';

/** A text page of the template: masthead, breadcrumb, section title, then `body`. */
function textPage(body: string, country = 'kz', name = 'Kazakhstan'): Profile {
  const text = `Eurasian Home - analytical resource\n\nCountry profile / ${name} /\n\nExecutive branch\n\n${body}\n`;
  return ingestPage({ file: `raw/${country}/executive-branch.txt`, country, section: 'executive-branch', format: 'text', bytes: Buffer.from(text), meta: null });
}

const orgByName = (profile: Profile, name: string) => profile.organizations.find((o) => o.name === name);

describe('sameBodyHead: a body defined under its heading by another of its names', () => {
  it.each([
    ['Национальный совет по государственной политике', 'Национальный совет Республики Казахстан', true],
    ['Совет Безопасности', 'Совет Безопасности Республики Армения', true],
    ['Национальная комиссия по делам семьи и женщин', 'Национальная комиссия при Президенте Кыргызской Республики', true],
    ['National Council for State Policy', 'National Council of the Republic of Kazakhstan', true],
    // Another topic, another body.
    ['Национальная комиссия по делам семьи и женщин', 'Национальная комиссия по вопросам демократизации', false],
    ['Совет Безопасности', 'Совет обороны', false],
    ['Национальный совет по государственной политике', 'Высший совет Республики', false],
    ['Security Council', 'Legal Policy Council', false],
  ])('%j and %j: %s', (name, other, expected) => {
    expect(sameBodyHead(name, other)).toBe(expected);
  });

  it('should keep one body when a Russian section defines its heading\'s body by another name', () => {
    const text = 'Главная страница\n\nПрофиль страны / Казахстан /\n\nИсполнительная власть\n\nНациональный совет по правовой политике\nНациональный совет Республики Казахстан создан для содействия демократизации страны.\n\nПредседатель: Ахметов Серик Нурланович, Президент Республики Казахстан.\n';
    const profile = ingestPage({ file: 'raw/kz/executive-branch.ru.txt', country: 'kz', section: 'executive-branch', format: 'text', bytes: Buffer.from(text), meta: null });
    const councils = profile.organizations.filter((o) => o.name.startsWith('Национальный совет'));
    expect(councils.map((o) => o.name)).toEqual(['Национальный совет по правовой политике']);
    expect(councils[0]!.aliases).toContain('Национальный совет Республики Казахстан');
  });
});

describe('a list of people under a heading that names their post in the plural', () => {
  it('should give each person the heading\'s post with what the item says they cover', () => {
    const text = 'Главная страница\n\nПрофиль страны / Россия /\n\nИсполнительная власть\n\nПолномочные представители Президента в федеральных округах\n\n  • Северный федеральный округ – Тимур Садыков (с мая 2016 г.)\n  • Южный федеральный округ – Олег Мальцев\n';
    const profile = ingestPage({ file: 'raw/ru/executive-branch.ru.txt', country: 'ru', section: 'executive-branch', format: 'text', bytes: Buffer.from(text), meta: null });
    const held = profile.memberships.map((m) => [profile.persons.find((p) => p.id === m.personId)?.name, m.title, m.startDate]);
    expect(held).toEqual([
      ['Тимур Садыков', 'Полномочный представитель Президента (Северный федеральный округ)', '2016-05'],
      ['Олег Мальцев', 'Полномочный представитель Президента (Южный федеральный округ)', null],
    ]);
    expect(profile.tasks).toEqual([]);
  });
});

describe('sites in a list', () => {
  it.each([
    ['the last site before a blank line', 'GOVERNMENT\n\nThe Government of the Republic of Kazakhstan exercises the executive power.\n\nOfficial Sites\nGovernment - www.gov.kz\nMinistry of Defence - www.mod.gov.kz\n\nPOLITICAL ELITE\n\nText.', 'Ministry of Defence', 'http://www.mod.gov.kz'],
    ['a single site under "Official Site"', 'PRESIDENT\n\nThe President of the Republic of Kazakhstan is the Head of State.\n\nOfficial Site\nPresident of the Republic of Kazakhstan - www.akorda.kz\n\nGOVERNMENT\n\nText.', 'President of the Republic of Kazakhstan', 'http://www.akorda.kz'],
    ['an en dash and https', 'Cabinet\n\nThe Cabinet of Ministers is the government.\n\nOfficial websites\nCabinet of Ministers – https://www.mk.gov.lv\n\nAnalysis\n\nText.', 'Cabinet of Ministers', 'https://www.mk.gov.lv'],
  ])('should read %s as the body\'s website, not as a body named with its address', (_, body, name, url) => {
    const profile = textPage(body);
    expect(orgByName(profile, name)?.website).toBe(url);
    expect(profile.organizations.some((o) => /www\./.test(o.name))).toBe(false);
  });
});

describe('successions in the prose', () => {
  const holderAndPredecessor = (profile: Profile, holder: string) => {
    const person = profile.persons.find((p) => p.name === holder)!;
    const posts = profile.memberships.filter((m) => m.personId === person.id);
    return posts.map((m) => [m.role, profile.persons.find((p) => p.id === m.predecessorId)?.name ?? null]);
  };

  it.each([
    ['a pronoun after the appointment', 'GOVERNMENT\n\nThe Government of the Republic of Kazakhstan exercises the executive power.\n\nDaulet Amanov was appointed Prime Minister on 12 March 2011. He was preceded at this post by Serik Bekov, who resigned on 1 March 2011.', 'Daulet Amanov', [['Prime Minister', 'Serik Bekov']]],
    ['"replacing" in the same sentence', 'GOVERNMENT\n\nThe Government of the Republic of Kazakhstan exercises the executive power.\n\nDaulet Amanov was appointed Prime Minister on 12 March 2011, replacing Serik Bekov.', 'Daulet Amanov', [['Prime Minister', 'Serik Bekov']]],
    ['a surname that replaced', 'GOVERNMENT\n\nThe Government of the Republic of Kazakhstan exercises the executive power.\n\nDaulet Amanov - Prime Minister\nAidos Serikov - Minister of Finance\n\nAmanov replaced Serik Bekov, who had been Prime Minister since 2007.', 'Daulet Amanov', [['Prime Minister', 'Serik Bekov']]],
    ['"She succeeded" with the post named', 'GOVERNMENT\n\nThe Government of the Republic of Kazakhstan exercises the executive power.\n\nAigul Amanova - Deputy Prime Minister, Minister of Labour\n\nIn 2012 Aigul Amanova became Deputy Prime Minister. She succeeded Serik Bekov as Deputy Prime Minister.', 'Aigul Amanova', [['Deputy Prime Minister', 'Serik Bekov'], ['Minister of Labour', null]]],
    ['a holder named by the second word of a patronymic-first name', 'PRESIDENT\n\nThe President of Mongolia is the Head of State.\n\nPresident - Tsogtyn Bat\n\nBat replaced Dorjiin Tsend, who had served two terms as President (2009-2017).', 'Tsogtyn Bat', [['President', 'Dorjiin Tsend']]],
    ['an initialed holder in a paragraph of its own', 'GOVERNMENT\n\nThe Government of the Republic of Kazakhstan exercises the executive power.\n\nDaulet Amanov - Prime Minister\n\nD. Amanov was preceded at this post by Serik Bekov.', 'Daulet Amanov', [['Prime Minister', 'Serik Bekov']]],
  ])('should read %s', (_, body, holder, expected) => {
    expect(holderAndPredecessor(textPage(body), holder)).toEqual(expected);
  });
});

describe('ex officio posts', () => {
  const postsOf = (profile: Profile, name: string) => {
    const person = profile.persons.find((p) => p.name === name)!;
    return profile.memberships.filter((m) => m.personId === person.id).map((m) => [m.role, profile.organizations.find((o) => o.id === m.organizationId)?.name ?? null]).sort();
  };

  it.each([
    ['"chaired by the President" under the body\'s heading', 'PRESIDENT\n\nThe President of the Republic of Kazakhstan is the Head of State.\n\nPresident – Daulet Amanov\n\nSECURITY COUNCIL\n\nThe Security Council is a consultative body. The Council is chaired by the President.\n\nSecretary – Serik Bekov', [['Chairman', 'Security Council'], ['President', 'President of the Republic of Kazakhstan']]],
    ['"The President … is the Chairman of the X"', 'PRESIDENT\n\nThe President of the Republic of Kazakhstan is the Head of State.\n\nPresident – Daulet Amanov\n\nDEFENCE COUNCIL\n\nThe Defence Council coordinates defence. The President of Kazakhstan is the Chairman of the Defence Council.', [['Chairman', 'Defence Council'], ['President', 'President of the Republic of Kazakhstan']]],
  ])('should give the post to the holder of the post it names: %s', (_, body, expected) => {
    expect(postsOf(textPage(body), 'Daulet Amanov')).toEqual(expected);
  });

  it('should give it to no one when nobody holds the named post', () => {
    const profile = textPage('SECURITY COUNCIL\n\nThe Security Council is a consultative body. The Council is chaired by the President.\n\nSecretary – Serik Bekov');
    expect(profile.memberships.map((m) => m.role)).toEqual(['Secretary']);
  });
});

describe('a person line inside a paragraph', () => {
  it('should read "Post – Name (since …)" after a sentence of prose', () => {
    const profile = textPage('SECURITY COUNCIL\n\nThe Security Council is a consultative body. Secretary of the Security Council – Serik Bekov (since May 12, 2008), who headed the Border Service in 1999–2008.');
    const person = profile.persons.find((p) => p.name === 'Serik Bekov');
    expect(profile.memberships.filter((m) => m.personId === person?.id).map((m) => [m.role, m.startDate])).toEqual([['Secretary', '2008-05-12']]);
  });

  it('should read no line in prose that only has a dash', () => {
    const profile = textPage('SECURITY COUNCIL\n\nThe Security Council is a consultative body. Its predecessor – The Standing Meeting for Democratization – failed.');
    expect(profile.memberships).toEqual([]);
  });
});

describe('successions after a line or an aside', () => {
  const predecessorOf = (profile: Profile, holder: string) => {
    const person = profile.persons.find((p) => p.name === holder)!;
    return profile.memberships.filter((m) => m.personId === person.id).map((m) => profile.persons.find((p) => p.id === m.predecessorId)?.name ?? null);
  };

  it('should read "He replaced Y" in the paragraph after the holder\'s line', () => {
    const profile = textPage('GOVERNMENT\n\nThe Government of the Republic of Kazakhstan exercises the executive power.\n\nDaulet Amanov, Prime Minister (appointed 23.11.2013)\nHe replaced Serik Bekov, who had headed the Government since December 1999.');
    expect(predecessorOf(profile, 'Daulet Amanov')).toEqual(['Serik Bekov']);
  });

  it('should read an aside between the holder and "replaced"', () => {
    const profile = textPage('GOVERNMENT\n\nThe Government of the Republic of Kazakhstan exercises the executive power.\n\nMinister of Defence – Bakhyt Akhmetov\n\nBakhyt Akhmetov, previously the head of the Border Service, replaced Serik Bekov at the Ministry of Defence.');
    expect(predecessorOf(profile, 'Bakhyt Akhmetov')).toEqual(['Serik Bekov']);
  });
});

/** A Russian text page of the template: masthead, breadcrumb (naming the section), then `body`. */
function russianPage(body: string, country = 'uz', name = 'Узбекистан'): Profile {
  const text = `Евразийский Дом - аналитический ресурс\n\nПрофиль страны / ${name} / Исполнительная власть\n\nВерсия для печати\n\n${body}\n`;
  return ingestPage({ file: `raw/${country}/executive-branch.ru.txt`, country, section: 'executive-branch', format: 'text', bytes: Buffer.from(text), meta: null });
}

const tasksOf = (profile: Profile, name: string) => profile.tasks.filter((t) => t.organizationId === orgByName(profile, name)?.id).map((t) => t.text);

describe('a Russian body introduced in prose', () => {
  it.each([
    ['a dash and what it is, the lead-in in a paragraph of its own', 'Аппарат Президента Республики Узбекистан – государственный орган, обеспечивающий деятельность Главы государства. Аппарат образован в марте 1992 г.\n\nОсновными задачами Аппарата являются:\n\n  • подготовка проектов указов;\n  • контроль за исполнением решений.', 'Аппарат Президента Республики Узбекистан', '1992-03'],
    ['its founding first, the lead-in closing the paragraph', 'Администрация Президента Республики Узбекистан была сформирована 4 февраля 1995 года и обеспечивает деятельность Главы государства. В круг задач Администрации входят:\n\n  • подготовка проектов указов;\n  • контроль за исполнением решений.', 'Администрация Президента Республики Узбекистан', '1995-02-04'],
    ['"является … органом", the lead-in naming it in the instrumental', 'Национальный совет по туризму является совещательным органом при Главе государства и создан в 2004 году.\n\nПеред Национальным советом поставлены следующие задачи:\n\n  • подготовка проектов указов;\n  • контроль за исполнением решений.', 'Национальный совет по туризму', '2004'],
  ])('should give %s its tasks and founding date', (_, body, name, founded) => {
    const profile = russianPage(body);
    expect(orgByName(profile, name)?.founded).toBe(founded);
    expect(tasksOf(profile, name)).toEqual(['подготовка проектов указов;', 'контроль за исполнением решений.']);
    expect((profile.issues ?? []).map((i) => i.code)).not.toContain('tasks-without-body');
  });

  it.each([
    ['a dated heading and a lead-in', 'Президент Республики Узбекистан является главой государства. Президент:\n\n  • подписывает законы;\n\nВыборы 1 мая 2022 г.\n\nЯвка составила 77%. Итоги:\n\n  • Рустамов Алишер Тахирович – 81,2% (10 001 300 голосов);\n  • Д. Юсупова (Народная партия) – 7,4%;\n  • остальные три кандидата – менее 3% каждый.'],
    ['a lead-in that names the round', 'Президент Республики Узбекистан является главой государства. Президент:\n\n  • подписывает законы;\n\nВ первом туре 1 мая 2022 года ни один кандидат не набрал половины голосов:\n\n  • Рустамов Алишер Тахирович – 41,2%;\n  • Д. Юсупова – 37,4%;\n  • остальные три кандидата – менее 3% каждый.'],
  ])('should give a body no tasks from a list of results after %s', (_, body) => {
    const profile = russianPage(body);
    expect(tasksOf(profile, 'Президент Республики Узбекистан')).toEqual(['подписывает законы;']);
    expect(profile.events.map((e) => e.date)).toEqual(['2022-05-01']);
  });

  it('should give a shorter heading the fuller name its definition gives, not a second body', () => {
    const profile = russianPage('Совет по делам молодёжи\nСовет по делам молодёжи при Президенте Республики Узбекистан – консультативный орган.\n\nСовет призван решать следующие задачи:\n\n  • поддержка молодёжных инициатив.');
    expect(profile.organizations.filter((o) => /молод/.test(o.name)).map((o) => o.name)).toEqual(['Совет по делам молодёжи при Президенте Республики Узбекистан']);
    expect(tasksOf(profile, 'Совет по делам молодёжи при Президенте Республики Узбекистан')).toEqual(['поддержка молодёжных инициатив.']);
  });

  it('should take a line "Name – post of a body" standing alone for no body, and a site entry for no person line', () => {
    const profile = russianPage('Совет обороны\nСовет обороны – совещательный орган.\n\nДильноза Рустам кизи – Секретарь Совета обороны\n\nОфициальные сайты\n\nКабинет Министров –\n\nМинистерство обороны –');
    expect(profile.organizations.some((o) => /Дильноза/.test(o.name))).toBe(false);
    expect((profile.issues ?? []).filter((i) => i.code === 'unread-person-line').map((i) => i.provenance[0]?.quote)).not.toContain('Кабинет Министров –');
  });
});

describe('a line whose title is no post', () => {
  // A sentence that happens to end "…, в X – Name" reads as "Title – Name"; its title is no post.
  it.each([
    ['a clause with a verb', 'Указом от 13 мая 2000 года созданы федеральные округа. В частности, полномочным представителем в Южном округе назначен Олег Рябов, в Уральском – Пётр Зубов.', 'Пётр Зубов'],
  ])('should keep %s as a warning, not a post', (_why, body, name) => {
    const profile = russianPage(body);
    const person = profile.persons.find((p) => p.name === name);
    expect(profile.memberships.filter((m) => m.personId === person?.id)).toEqual([]);
    expect((profile.issues ?? []).map((i) => i.code)).toContain('unread-post');
  });

  it('should read a heading in capitals as a heading, never as "Post Name"', () => {
    const profile = russianPage('Исполнительная власть\n\nПРЕЗИДЕНТ РОССИЙСКОЙ ФЕДЕРАЦИИ\n\nКонституция была принята всенародным голосованием 12 декабря 1993 года.\n\nПрезидент назначает Председателя Правительства.', 'ru', 'Россия');
    expect(profile.persons.map((p) => p.name).filter((n) => /ФЕДЕРАЦИИ/.test(n))).toEqual([]);
  });

  it('should still read a line whose title is a post', () => {
    const profile = russianPage('Аппарат Правительства\n\nМарат Исаев – Руководитель Аппарата Правительства');
    const person = profile.persons.find((p) => p.name === 'Марат Исаев');
    expect(profile.memberships.filter((m) => m.personId === person?.id).map((m) => m.role)).toEqual(['Руководитель']);
  });
});

/** A Russian HTML page of the template: breadcrumb, section title, then `body`. */
function russianHtmlPage(body: string, country = 'ua', name = 'Украина'): Profile {
  const html = `<html><body><div class="path"><a href="/c">Профили стран</a> / <a href="/c?cid=${country}">${name}</a> / Исполнительная власть</div><h1>Исполнительная власть</h1>${body}</body></html>`;
  return ingestPage({ file: `raw/${country}/executive-branch.ru.html`, country, section: 'executive-branch', format: 'html', bytes: Buffer.from(html), meta: null });
}

describe('a site given on the line that names the list (HTML)', () => {
  it.each([
    ['a bold label and the body\'s name as the link', '<p><strong>Официальный сайт:</strong> <a href="http://www.president.gov.ua/">Президент Украины</a> –</p>', 'http://www.president.gov.ua/'],
    ['a plain label and the address as the link', '<p>Официальный интернет-сайт: <a href="http://www.president.gov.ua/">www.president.gov.ua</a></p>', 'http://www.president.gov.ua/'],
  ])('should read %s as the president\'s website, with no warning', (_, line, url) => {
    const profile = russianHtmlPage(`<h2>Президент</h2><p>Президент Украины является главой государства.</p>${line}`);
    expect(orgByName(profile, 'Президент Украины')?.website).toBe(url);
    expect((profile.issues ?? []).map((i) => i.code)).not.toContain('unread-person-line');
  });
});

describe('readActingLine', () => {
  it.each([
    ['Лысенко Татьяна Ивановна – и.о. Министра финансов', 'Лысенко Татьяна Ивановна', 'и.о. Министра финансов', null],
    ['Петренко Олег Иванович – и. о. министра юстиции', 'Петренко Олег Иванович', 'и. о. министра юстиции', null],
    ['Каримов Бахтиёр Алиевич – исполняющий обязанности министра внутренних дел (с ноября 2006 г.)', 'Каримов Бахтиёр Алиевич', 'исполняющий обязанности министра внутренних дел', '2006-11'],
    ['Алиева Нигора Рашидовна — временно исполняющая обязанности Председателя Комитета по статистике', 'Алиева Нигора Рашидовна', 'временно исполняющая обязанности Председателя Комитета по статистике', null],
    ['Сидоренко Павел Андреевич – врио Министра обороны', 'Сидоренко Павел Андреевич', 'врио Министра обороны', null],
    ['Ivan Petrenko – Acting Minister of Finance', 'Ivan Petrenko', 'Acting Minister of Finance', null],
  ])('should read %j as an acting post', (text, name, title, startDate) => {
    const [line, ...more] = readActingLine(text);
    expect(more).toEqual([]);
    expect([line?.name, line?.titles[0], line?.startDate ?? null]).toEqual([name, title, startDate]);
  });

  it.each([
    ['no dash before the acting words', 'Лысенко Татьяна Ивановна исполняет обязанности министра финансов'],
    ['no post after them', 'Лысенко Татьяна Ивановна – исполняющая обязанности по уходу за детьми'],
    ['prose that mentions an acting minister', 'В феврале 2013 года – и.о. министра назначен заместитель министра.'],
  ])('should not read a line with %s', (_why, text) => {
    expect(readActingLine(text)).toEqual([]);
  });
});

describe('an acting post in a list of the government', () => {
  it('should give the acting holder a post in the list\'s body, with no warning', () => {
    const profile = russianPage('Кабинет Министров\n\nКабинет Министров Республики Узбекистан осуществляет исполнительную власть.\n\nТурсунов Алишер Бахтиярович – Министр обороны\nКаримов Бахтиёр Алиевич – исполняющий обязанности министра внутренних дел (с ноября 2006 г.)');
    const person = profile.persons.find((p) => p.name === 'Каримов Бахтиёр Алиевич');
    const post = profile.memberships.find((m) => m.personId === person?.id);
    expect([post?.title, post?.startDate]).toEqual(['исполняющий обязанности министра внутренних дел', '2006-11']);
    expect((profile.issues ?? []).map((i) => i.code)).not.toContain('unread-person-line');
  });
});

describe('a cabinet as a table whose header names its columns', () => {
  /** A Russian HTML page of the template whose government section holds `table`. */
  const russianTablePage = (table: string, country = 'kg', name = 'Кыргызстан') => {
    const html = `<html><body><div class="masthead">Евразийский Дом - аналитический ресурс</div>
<p class="breadcrumb">Профиль страны / ${name} / Исполнительная власть</p><h1>Исполнительная власть</h1>
<h2>Правительство</h2><p>Правительство – высший орган исполнительной власти.</p>
<table>${table}</table></body></html>`;
    return ingestPage({ file: `raw/${country}/executive-branch.ru.html`, country, section: 'executive-branch', format: 'html', bytes: Buffer.from(html), meta: null });
  };
  const englishTablePage = (table: string) => {
    const html = `<html><body><div>Eurasian Home - analytical resource</div>
<div>Country profile / Kazakhstan /</div><h1>Executive branch</h1>
<h2>Government</h2><p>The Government of the Republic of Kazakhstan exercises the executive power.</p>
<table>${table}</table></body></html>`;
    return ingestPage({ file: 'raw/kz/executive-branch.html', country: 'kz', section: 'executive-branch', format: 'html', bytes: Buffer.from(html), meta: null });
  };
  const posts = (profile: Profile) => profile.memberships.map((m) => [profile.persons.find((p) => p.id === m.personId)!.name, m.title, m.startDate]);
  const row = (...cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  const header = (...cells: string[]) => `<tr>${cells.map((c) => `<th>${c}</th>`).join('')}</tr>`;

  it.each([
    ['post, name, date', header('Должность', 'Ф.И.О.', 'Назначен'), row('Министр обороны', 'Омуров Таалай Асанович', '05.09.2012'), ['Омуров Таалай Асанович', 'Министр обороны', '2012-09-05']],
    ['name, post, date in words', header('Ф.И.О.', 'Должность', 'Дата назначения'), row('Асель Нурланова', 'Министр юстиции', '3 марта 2014 г.'), ['Асель Нурланова', 'Министр юстиции', '2014-03-03']],
    ['a number column, the name in parts', header('№', 'Фамилия', 'Имя', 'Должность'), row('3', 'Бекова', 'Динара', 'Министр финансов'), ['Бекова Динара', 'Министр финансов', null]],
    ['an acting post first', header('Должность', 'Фамилия, имя, отчество', 'С'), row('И.о. министра здравоохранения', 'Сулайманов Эмиль Турсунович', '10.09.2012'), ['Сулайманов Эмиль Турсунович', 'И.о. министра здравоохранения', '2012-09-10']],
    ['a party column', header('Пост', 'Ф.И.О.', 'Партия'), row('Вице-премьер-министр', 'Нурлан Асанов', 'СДПК'), ['Нурлан Асанов', 'Вице-премьер-министр', null]],
    // A year alone under the appointment column is the year the post was taken.
    ['a year alone as the date', header('Должность', 'Ф.И.О.', 'Назначен'), row('Министр иностранных дел', 'Мартынов Сергей Николаевич', '2003'), ['Мартынов Сергей Николаевич', 'Министр иностранных дел', '2003']],
    ['a year with «г.», the name first', header('Ф.И.О.', 'Должность', 'Дата назначения'), row('Петрова Анна Ильинична', 'Министр культуры', '2011 г.'), ['Петрова Анна Ильинична', 'Министр культуры', '2011']],
    // The appointment column dates each post of a cell of two, not only the first.
    ['two posts in the post cell', header('Должность', 'Ф.И.О.', 'Дата назначения'), row('Вице-премьер, министр иностранных дел', 'Залкалиани Давид', '20.06.2018'), ['Залкалиани Давид', 'министр иностранных дел', '2018-06-20']],
    ['two posts, the first of them', header('Должность', 'Ф.И.О.', 'Назначен'), row('Вице-премьер, министр энергетики', 'Бекбосынов Арман', '3 мая 2015 г.'), ['Бекбосынов Арман', 'Вице-премьер', '2015-05-03']],
    ['two posts, a year alone', header('Ф.И.О.', 'Должность', 'Назначена'), row('Оразова Гульнар', 'Первый вице-премьер, министр финансов', '2014'), ['Оразова Гульнар', 'министр финансов', '2014']],
    // Near miss: a number in another column is no date; a year in a party column dates nothing.
    ['a number beside the posts, no date column', header('Пост', 'Ф.И.О.', 'Партия'), row('Министр транспорта', 'Сапаров Ерлан', '2012'), ['Сапаров Ерлан', 'Министр транспорта', null]],
    ['a span in the date column is no year alone', header('Должность', 'Ф.И.О.', 'Назначен'), row('Министр труда', 'Ахметов Бахыт', '2003–2005'), ['Ахметов Бахыт', 'Министр труда', null]],
  ])('should read a Russian row of %s', (_, head, body, expected) => {
    expect(posts(russianTablePage(`${head}${body}`))).toContainEqual(expected);
  });

  it('should read an English row of post, name and appointment date', () => {
    const profile = englishTablePage(`${header('Post', 'Name', 'Appointed')}${row('Minister of Energy', 'Olzhas Kenzhebekov', 'March 5, 2012')}`);
    expect(posts(profile)).toContainEqual(['Olzhas Kenzhebekov', 'Minister of Energy', '2012-03-05']);
  });

  it('should read a row with no header whose last cell is a date', () => {
    const profile = russianTablePage(row('Первый вице-премьер-министр', 'Кравцов Олег Игоревич', '05.09.2012'));
    expect(posts(profile)).toContainEqual(['Кравцов Олег Игоревич', 'Первый вице-премьер-министр', '2012-09-05']);
  });

  it('should take neither the header nor a date cell for a person, and warn of no row', () => {
    const profile = russianTablePage(`${header('Должность', 'Ф.И.О.', 'Назначен')}${row('Премьер-министр', 'Жанышев Медет Токонович', '05.09.2012')}${row('Министр обороны', 'Таалай Омуров', '05.09.2012')}`);
    expect(profile.persons.map((p) => p.name).sort()).toEqual(['Жанышев Медет Токонович', 'Таалай Омуров']);
    expect(profile.issues.filter((i) => i.code === 'unread-person-line')).toEqual([]);
  });

  it('should read a text dump\'s tab-separated table by its header', () => {
    const text = 'Евразийский Дом - аналитический ресурс\n\nПрофиль страны / Кыргызстан / Исполнительная власть\n\nИсполнительная власть\n\nПравительство\nПравительство – высший орган исполнительной власти.\n\nФ.И.О.\tДолжность\tНазначена\nАсанова Бермет Каныбековна\tМинистр юстиции\t12.10.2012\n';
    const profile = ingestPage({ file: 'raw/kg/executive-branch.ru.txt', country: 'kg', section: 'executive-branch', format: 'text', bytes: Buffer.from(text), meta: null });
    expect(posts(profile)).toContainEqual(['Асанова Бермет Каныбековна', 'Министр юстиции', '2012-10-12']);
  });
});

describe('a line that names a person and a post but is a survey\'s', () => {
  it('should warn of no unread person line for a survey\'s figures after a dash', () => {
    const text = 'Евразийский Дом - аналитический ресурс\n\nПрофиль страны / Кыргызстан / Исполнительная власть\n\nИсполнительная власть\n\nПолитическая элита\n\nПо данным опроса, проведённого фондом «Ориентир» в мае 2013 года, Президенту доверяют 41,5 % граждан, Жогорку Кенешу – 15,2 %, Правительству – 10,4 %.\n';
    const profile = ingestPage({ file: 'raw/kg/executive-branch.ru.txt', country: 'kg', section: 'executive-branch', format: 'text', bytes: Buffer.from(text), meta: null });
    expect(profile.issues.filter((i) => i.code === 'unread-person-line')).toEqual([]);
  });
});

describe('the head of state\'s post named with the state in its own words', () => {
  const russianPage = (body: string) => {
    const text = `Евразийский Дом - аналитический ресурс\n\nПрофиль страны / Кыргызстан / Исполнительная власть\n\nИсполнительная власть\n\nПрезидент\nПрезидент – глава государства, высшее должностное лицо.\n\n\nАдминистрация Президента\nАдминистрация Президента Кыргызской Республики образована в 1991 году.\n\n\nСовет обороны\nСовет обороны рассматривает вопросы обороны.\n\n${body}\n`;
    return ingestPage({ file: 'raw/kg/executive-branch.ru.txt', country: 'kg', section: 'executive-branch', format: 'text', bytes: Buffer.from(text), meta: null });
  };
  const bodyOfRole = (profile: Profile, role: string) => profile.organizations.find((o) => o.id === profile.memberships.find((m) => m.role === role)?.organizationId)?.classification;

  it.each([
    ['Председатель – Президент Кыргызской Республики Т.А. Асанов.'],
    ['Председатель Совета – Президент Кыргызской Республики Асанов Темир Алмазович.'],
  ])('should give the President\'s post of %j to the head of state, not to the council or the Administration', (line) => {
    expect(bodyOfRole(russianPage(line), 'Президент')).toBe('head-of-state');
  });

  it('should keep the head of a company named "President" out of the head of state', () => {
    const profile = textPage('POLITICAL ELITE\n\nIgor Sechkin, President of Rosneft, is regarded as their informal leader.');
    expect(profile.memberships.filter((m) => profile.organizations.find((o) => o.id === m.organizationId)?.classification === 'head-of-state')).toEqual([]);
  });
});

describe('person lines in the markup of a Russian HTML page', () => {
  const html = `<html><body><div class="masthead">Евразийский Дом - аналитический ресурс</div>
<p class="breadcrumb">Профиль страны / Кыргызстан / Исполнительная власть</p><h1>Исполнительная власть</h1>
<h2>Аппарат Президента</h2><p>Аппарат Президента Кыргызской Республики образован в 2010 году.</p>
<p><strong>Асанов Бакыт Асанович</strong> – Руководитель Аппарата Президента<br><strong>Петрова Анна Ильинична</strong> – заместитель Руководителя Аппарата</p>
<p>Советники Президента:</p>
<ul><li><strong>Омуров Талант</strong>, советник по экономическим вопросам</li><li><b>Исаева Жылдыз</b> — старший советник по вопросам обороны</li></ul>
<h2>Правительство</h2><p>Правительство – высший орган исполнительной власти.</p>
<dl><dt>Премьер-министр</dt><dd>Жапаров Тимур Садырович</dd></dl>
<table><tr><th>Министр юстиции</th><td>Бакиров Нурлан (с 12.03.2012)</td></tr></table>
<table><tr><td>Ф.И.О.</td><td>Должность</td><td>Дата назначения</td></tr><tr><td>Ибраимов Мирлан</td><td>Министр экономики</td><td>12.03.2012</td></tr></table>
</body></html>`;

  it('should read bold names split by <br>, an adviser list, a <dl>, a row headed by its post and a typed table', () => {
    const profile = ingestPage({ file: 'raw/kg/executive-branch.ru.html', country: 'kg', section: 'executive-branch', format: 'html', bytes: Buffer.from(html), meta: null });
    const posts = profile.memberships.map((m) => [profile.persons.find((p) => p.id === m.personId)!.name, m.title, m.startDate]);
    expect(posts).toEqual([
      ['Асанов Бакыт Асанович', 'Руководитель Аппарата Президента', null],
      ['Петрова Анна Ильинична', 'заместитель Руководителя Аппарата', null],
      ['Омуров Талант', 'советник по экономическим вопросам', null],
      ['Исаева Жылдыз', 'старший советник по вопросам обороны', null],
      ['Жапаров Тимур Садырович', 'Премьер-министр', null],
      ['Бакиров Нурлан', 'Министр юстиции', '2012-03-12'],
      ['Ибраимов Мирлан', 'Министр экономики', '2012-03-12'],
    ]);
    expect(profile.persons).toHaveLength(7);
    expect(profile.issues.filter((i) => i.code === 'unread-person-line')).toEqual([]);
  });
});

describe('a caption that lists a known body\'s members', () => {
  it('should give the rows under "Состав Правительства (на …)" to the Government, never make the caption a body', () => {
    const text = 'Главная страница\n\nПрофиль страны / Казахстан /\n\nИсполнительная власть\n\nПравительство Республики Казахстан\n\nПравительство осуществляет исполнительную власть.\n\nСостав Правительства (на 1 марта 2014 г.)\n\nМинистр финансов – Ержан Абенов\n';
    const profile = ingestPage({ file: 'raw/kz/executive-branch.ru.txt', country: 'kz', section: 'executive-branch', format: 'text', bytes: Buffer.from(text), meta: null });
    expect(profile.organizations.some((o) => o.name.startsWith('Состав'))).toBe(false);
    const person = profile.persons.find((p) => p.name === 'Ержан Абенов');
    const minister = profile.memberships.find((m) => m.personId === person?.id);
    expect(profile.organizations.find((o) => o.id === minister?.organizationId)?.name).toMatch(/^(?:Правительство|Министерство финансов)/u);
  });
});

describe('tables of bodies and heads, and of a post\'s holders', () => {
  /** A Russian text page of the template with `body` after the section title. */
  const ruPage = (body: string) =>
    ingestPage({ file: 'raw/tm/executive-branch.ru.txt', country: 'tm', section: 'executive-branch', format: 'text', bytes: Buffer.from(`Главная страница\n\nПрофиль страны / Туркменистан /\n\nИсполнительная власть\n\n${body}\n`), meta: null });
  const posts = (profile: Profile) =>
    profile.memberships.map((m) => {
      const person = profile.persons.find((p) => p.id === m.personId)!.name;
      const org = profile.organizations.find((o) => o.id === m.organizationId)?.name ?? null;
      return [person, m.title, org, m.startDate];
    });

  it.each([
    // A header of a body's column and its head's post.
    ['Агентства\n\nАгентство\tПредседатель\nАгентство по водным ресурсам\tСапарова Айна Мурадовна\nГосударственное агентство связи\tДорохов Роман Саввич (с мая 2016 г.)'],
    // No header: the heading names the heads.
    ['Агентства и их председатели\n\nАгентство по водным ресурсам\tСапарова Айна Мурадовна\nГосударственное агентство связи\tДорохов Роман Саввич (с мая 2016 г.)'],
  ])('should make each row\'s person the head of the row\'s body: %#', (body) => {
    expect(posts(ruPage(body))).toEqual(expect.arrayContaining([
      ['Сапарова Айна Мурадовна', 'Председатель', 'Агентство по водным ресурсам', null],
      ['Дорохов Роман Саввич', 'Председатель', 'Государственное агентство связи', '2016-05'],
    ]));
  });

  it('should give a header-less row\'s head the lexicon\'s head when the heading names none', () => {
    const profile = ruPage('Ведомства\n\nАгентство по водным ресурсам\tСапарова Айна Мурадовна');
    expect(posts(profile)).toEqual([['Сапарова Айна Мурадовна', 'Руководитель', 'Агентство по водным ресурсам', null]]);
  });

  it('should keep a deputy\'s portfolio in the title, and a post the cell names as a post of its own', () => {
    const profile = ruPage(
      'Кабинет Министров\n\nКабинет Министров является исполнительным органом. Каждый заместитель Председателя Кабинета Министров курирует свою сферу:\n\nЗаместитель Председателя\tКурируемая сфера\nОразов Нурберды Аманович\tводное хозяйство (с марта 2015 г.)\nИльин Пётр Саввич\tправовая политика; одновременно Министр юстиции (с 2004 г.)',
    );
    expect(posts(profile)).toEqual(expect.arrayContaining([
      ['Оразов Нурберды Аманович', 'Заместитель Председателя Кабинета Министров (водное хозяйство)', 'Кабинет Министров', '2015-03'],
      ['Ильин Пётр Саввич', 'Заместитель Председателя Кабинета Министров (правовая политика)', 'Кабинет Министров', null],
      ['Ильин Пётр Саввич', 'Министр юстиции', 'Кабинет Министров', '2004'],
    ]));
  });

  it('should read the same table typed as HTML rows', () => {
    const html = '<html><body><p>Главная страница</p><p>Профиль страны / Туркменистан /</p><h1>Исполнительная власть</h1><h3>Агентства</h3><table><tr><td>Агентство</td><td>Руководитель</td></tr><tr><td>Агентство по водным ресурсам</td><td>Сапарова Айна Мурадовна</td></tr></table></body></html>';
    const profile = ingestPage({ file: 'raw/tm/executive-branch.ru.html', country: 'tm', section: 'executive-branch', format: 'html', bytes: Buffer.from(html), meta: null });
    expect(posts(profile)).toEqual([['Сапарова Айна Мурадовна', 'Руководитель', 'Агентство по водным ресурсам', null]]);
  });

  it('should read an English agencies table', () => {
    const profile = textPage('Agencies\n\nAgency\tChairman\nWater Resources Agency\tLena Marsh\nStatistics Agency\tOmar Vance (since May 2016)');
    expect(posts(profile)).toEqual(expect.arrayContaining([
      ['Lena Marsh', 'Chairman', 'Water Resources Agency', null],
      ['Omar Vance', 'Chairman', 'Statistics Agency', '2016-05'],
    ]));
  });
});

describe('a definition list\'s cabinet, a cell of two posts', () => {
  const htmlPosts = (list: string) => {
    const html = `<html><body><p>Главная страница</p><p>Профиль страны / Молдова /</p><h1>Исполнительная власть</h1><h3>Правительство</h3><p>Правительство осуществляет исполнительную власть.</p>${list}</body></html>`;
    const profile = ingestPage({ file: 'raw/md/executive-branch.ru.html', country: 'md', section: 'executive-branch', format: 'html', bytes: Buffer.from(html), meta: null });
    return profile.memberships.map((m) => [profile.persons.find((p) => p.id === m.personId)!.name, m.title]);
  };

  it.each([
    // The name in the term, two posts joined by a dash in the description.
    ['<dl><dt>Ротару Ион Петрович</dt><dd>Вице-премьер-министр – Министр экономики</dd></dl>'],
    // The reverse: the posts in the term, the name in the description.
    ['<dl><dt>Вице-премьер-министр – Министр экономики</dt><dd>Ротару Ион Петрович</dd></dl>'],
    // Two posts by a comma, and a table's row.
    ['<dl><dt>Ротару Ион Петрович</dt><dd>Вице-премьер-министр, Министр экономики</dd></dl>'],
    ['<table><tr><td>Ротару Ион Петрович</td><td>Вице-премьер-министр – Министр экономики</td></tr></table>'],
  ])('should give each post of the cell: %#', (list) => {
    expect(htmlPosts(list)).toEqual(expect.arrayContaining([
      ['Ротару Ион Петрович', 'Вице-премьер-министр'],
      ['Ротару Ион Петрович', 'Министр экономики'],
    ]));
  });

  it('should keep a dash inside one post that is no second post', () => {
    expect(htmlPosts('<dl><dt>Ротару Ион Петрович</dt><dd>Министр экономики – по совместительству</dd></dl>')).not.toContainEqual(['Ротару Ион Петрович', 'по совместительству']);
  });
});

describe('a list of a post\'s holders under a heading that names the post', () => {
  it('should make each line\'s person hold the post, its place kept in the title', () => {
    const html = '<html><body><p>Главная страница</p><p>Профиль страны / Казахстан /</p><h1>Исполнительная власть</h1><h2>Администрация Президента</h2><p>Администрация Президента – государственный орган.</p><h4>Полномочные представители Президента в областях</h4><ul><li>Северный округ – Лебедев Олег Ильич (с мая 2018 г.)</li><li>Озёрная область – Рита Зорина</li></ul></body></html>';
    const profile = ingestPage({ file: 'raw/kz/executive-branch.ru.html', country: 'kz', section: 'executive-branch', format: 'html', bytes: Buffer.from(html), meta: null });
    const posts = profile.memberships.map((m) => [profile.persons.find((p) => p.id === m.personId)!.name, m.title, m.startDate]);
    expect(posts).toEqual(expect.arrayContaining([
      ['Лебедев Олег Ильич', 'Полномочный представитель Президента (Северный округ)', '2018-05'],
      ['Рита Зорина', 'Полномочный представитель Президента (Озёрная область)', null],
    ]));
  });
});

describe('a government under its heading, defined by a fuller name with an aside', () => {
  const ruPage = (body: string) =>
    ingestPage({ file: 'raw/kg/executive-branch.ru.txt', country: 'kg', section: 'executive-branch', format: 'text', bytes: Buffer.from(`Главная страница\n\nПрофиль страны / Кыргызстан /\n\nИсполнительная власть\n\n${body}\n`), meta: null });

  it.each([
    ['Кабинет Министров\n\nКабинет Министров (Правительство) Кыргызской Республики является высшим органом исполнительной власти.', 'Кабинет Министров Кыргызской Республики'],
    // No definition of a fuller name: the heading's name stays.
    ['Правительство\n\nПравительство осуществляет исполнительную власть.', 'Правительство'],
  ])('%j → %s', (body, name) => {
    const profile = ruPage(body);
    expect(profile.organizations.filter((o) => o.classification === 'government').map((o) => o.name)).toEqual([name]);
  });

  it('should give its prose functions to the body its section speaks about', () => {
    const profile = ruPage('Совет обороны\n\nСовет обороны Кыргызской Республики координирует деятельность министерств в сфере обороны.');
    expect(profile.tasks.map((t) => t.text)).toEqual(['координирует деятельность министерств в сфере обороны']);
  });
});

describe('successive holders of one post, each with the term in brackets after the name', () => {
  it('should keep every holder, the earlier ones ended on the date their term gives', () => {
    const body = 'Правительство\n\nРеформу начал министр юстиции Тарас Петрович Лисов (04.02.2016 – 11.09.2017). Её продолжил министр юстиции Кравец Олег Петрович (сентябрь – декабрь 2017), а завершает министр юстиции Гринько Анна Сергеевна (с 20 декабря 2017 г.).';
    const profile = russianPage(body);
    const held = profile.memberships
      .filter((m) => /юстиции/.test(m.title ?? ''))
      .map((m) => [profile.persons.find((p) => p.id === m.personId)?.name, m.startDate ?? null, m.endDate ?? null, m.status ?? null]);
    expect(held).toEqual([
      ['Тарас Петрович Лисов', '2016-02-04', '2017-09-11', 'ended'],
      ['Кравец Олег Петрович', '2017-09', '2017-12', 'ended'],
      ['Гринько Анна Сергеевна', '2017-12-20', null, 'current'],
    ]);
  });

  it.each([
    // English keeps past posts as ended memberships too (as in Russian), with the term the brackets give.
    ['The Harbour group, which rose under President Petro Lysenko (1998–2006), still holds the ports.', 'Petro Lysenko'],
    ['The Steel clan grew strong under Prime Minister Ivan Dorosh (2001–2005) and keeps its banks.', 'Ivan Dorosh'],
  ])('should keep an English past post with its term: %s', (sentence, name) => {
    const profile = textPage(`Elite\n\n${sentence}`);
    const person = profile.persons.find((p) => p.name === name);
    expect(person).toBeDefined();
    const held = profile.memberships.filter((m) => m.personId === person!.id).map((m) => [m.status, m.startDate, m.endDate]);
    expect(held).toEqual([['ended', expect.stringMatching(/^(?:1998|2001)/), expect.stringMatching(/^(?:2006|2005)/)]]);
  });
});

describe("a bold heading over the page's analysis closes the body's part", () => {
  /** An HTML page: a Government with a bold sub-heading of its own, then a bold `heading` and a paragraph on groups. */
  const htmlPage = (heading: string) => {
    const html = `<html><head><meta charset="utf-8"></head><body><p>Главная страница</p><p>Профиль страны / Казахстан /</p><p><b>Исполнительная власть</b></p>
<p><font size="3"><b>Правительство Республики Казахстан</b></font></p><p>Правительство возглавляет Премьер-министр.</p>
<p><font size="3"><b>Сложение полномочий</b></font></p><p>Правительство слагает полномочия перед вновь избранным Президентом.</p>
<p><font size="3"><b>${heading}</b></font></p><p>Жизнь определяют жузы: Старшего жуза («Улы жуз», юг страны) и Младшего жуза («Киши жуз», запад).</p></body></html>`;
    return ingestPage({ file: 'raw/kz/executive-branch.ru.html', country: 'kz', section: 'executive-branch', format: 'html', bytes: Buffer.from(html), meta: null });
  };

  it.each(['Политическая элита', 'Кланы и группы влияния', 'Общественное мнение', 'Политическая система', 'Элиты и кланы']) ('%s', (heading) => {
    const profile = htmlPage(heading);
    const government = profile.organizations.find((o) => o.classification === 'government')!;
    expect(government.description).toContain('слагает полномочия');
    expect(government.description).not.toContain('жуз');
    expect(profile.groups.map((g) => [g.name, g.localName])).toEqual([['Старший жуз', 'Улы жуз'], ['Младший жуз', 'Киши жуз']]);
  });
});

describe('a table of posts with a date column, and the paragraphs after it', () => {
  /** An HTML page whose body is a table of "Должность | Ф.И.О. | Дата назначения" rows, then `after`. */
  function tablePage(rows: string[][], after: string[]): Profile {
    const cells = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');
    const html = `<html><body><p>Профиль страны / Грузия / Исполнительная власть</p><h2>Правительство</h2><p>Правительство – высший орган исполнительной власти.</p>`
      + `<table><tr><th>Должность</th><th>Ф.И.О.</th><th>Дата назначения</th></tr>${cells}</table>${after.map((p) => `<p>${p}</p>`).join('')}</body></html>`;
    return ingestPage({ file: 'raw/ge/executive-branch.ru.html', country: 'ge', section: 'executive-branch', format: 'html', bytes: Buffer.from(html), meta: null });
  }
  const held = (profile: Profile) => profile.memberships.map((m) => `${profile.persons.find((p) => p.id === m.personId)?.name} | ${m.title} | ${m.startDate ?? '-'}`);

  it.each([
    // The fixture's shape: two posts in the post cell, both appointed on the row's date.
    [['Вице-премьер, министр иностранных дел', 'Залкалиани Давид', '20.06.2018'], ['Залкалиани Давид | Вице-премьер | 2018-06-20', 'Залкалиани Давид | министр иностранных дел | 2018-06-20']],
    [['Первый вице-премьер, министр экономики', 'Орлова Анна', '03.04.2019'], ['Орлова Анна | Первый вице-премьер | 2019-04-03', 'Орлова Анна | министр экономики | 2019-04-03']],
    [['Заместитель Премьер-министра, министр финансов', 'Петров Иван', '11.11.2020'], ['Петров Иван | Заместитель Премьер-министра | 2020-11-11', 'Петров Иван | министр финансов | 2020-11-11']],
  ])('should date every post of the row %j', (row, expected) => {
    expect(held(tablePage([row], []))).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    // The fixture's shape: a paragraph after the table is a line of its own, not a row of the table's columns.
    ['Министр юстиции – Рати Брегадзе. Предшественник – Гоча Лордкипанидзе.', 'Рати Брегадзе | Министр юстиции | -', 'Гоча Лордкипанидзе'],
    ['Министр обороны – Леван Кипиани. Его предшественник – Нодар Беридзе.', 'Леван Кипиани | Министр обороны | -', 'Нодар Беридзе'],
    ['Министр культуры – Ирина Цховреба (с мая 2021 года). Предшественница – Тамар Гогия.', 'Ирина Цховреба | Министр культуры | 2021-05', 'Тамар Гогия'],
  ])('should read %j after the table as its own line', (paragraph, post, predecessor) => {
    const profile = tablePage([['Министр обороны', 'Бурчуладзе Джуаншер', '22.02.2021']], [paragraph]);
    expect(held(profile)).toContain(post);
    const own = profile.memberships.find((m) => post.startsWith(profile.persons.find((p) => p.id === m.personId)!.name));
    expect(profile.persons.find((p) => p.id === own?.predecessorId)?.name).toBe(predecessor);
  });

  it('should leave a one-post row dated on that post only, and a row of the table read as a row', () => {
    const profile = tablePage([['Министр обороны', 'Бурчуладзе Джуаншер', '22.02.2021']], ['Вахтанг Гомелаури возглавляет Министерство внутренних дел.']);
    expect(held(profile)).toEqual(['Бурчуладзе Джуаншер | Министр обороны | 2021-02-22']);
  });
});
