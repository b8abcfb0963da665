import { describe, expect, it } from 'vitest';
import { htmlToBlocks, readHtmlPage } from './html-blocks.js';
import { ingestPage } from './ingest.js';

const summary = (html: string, base: string | null = null) => htmlToBlocks(html, base).map((b) => [b.kind, b.level, b.text]);

describe('htmlToBlocks', () => {
  it.each([
    ['<h2>Government</h2>', [['heading', 2, 'Government']]],
    ['<p><strong>Official Sites</strong></p>', [['heading', 4, 'Official Sites']]],
    ['<div class="subtitle">Republican Commission for the Prevention of Crime</div><p>The Commission coordinates.</p>', [['heading', 4, 'Republican Commission for the Prevention of Crime'], ['paragraph', 0, 'The Commission coordinates.']]],
    ['<p class="block-title">Security Council</p>', [['heading', 4, 'Security Council']]],
    ['<div class="titlebar-menu">Home</div>', [['paragraph', 0, 'Home']]],
    ['<li class="title">first</li>', [['item', 0, 'first']]],
    ['<p>Ministry of Finance - <a href="http://minfin.kz">minfin.kz</a></p>', [['paragraph', 0, 'Ministry of Finance - minfin.kz']]],
    ['<ul><li>first;</li><li>second.</li></ul>', [['item', 0, 'first;'], ['item', 0, 'second.']]],
    ['<p>Masimov - Prime Minister<br>Tazhin - Foreign Minister</p>', [['paragraph', 0, 'Masimov - Prime Minister'], ['paragraph', 0, 'Tazhin - Foreign Minister']]],
    ['<div class="logo">Eurasian Home - analytical resource</div>', [['paragraph', 0, 'Eurasian Home - analytical resource']]],
    ['<p>a&nbsp;&nbsp;b &amp; c</p><script>var x = 1;</script>', [['paragraph', 0, 'a b & c']]],
    ['<div>intro <p>inner</p> outro</div>', [['paragraph', 0, 'intro'], ['paragraph', 0, 'inner'], ['paragraph', 0, 'outro']]],
    ['<table><tr><th>Name</th><th>Post</th></tr><tr><td>Karim Masimov</td><td>Prime Minister</td></tr></table>', [['heading', 4, 'Name – Post'], ['paragraph', 0, 'Karim Masimov – Prime Minister']]],
    ['<table><tr><td><b>Prime Minister</b></td><td> Karim Masimov </td><td></td></tr></table>', [['paragraph', 0, 'Prime Minister – Karim Masimov']]],
    // A cell of a no-break space alone drops out with its separator, at the row's end or in its middle.
    ['<table><tr><td>Заместитель Премьер-министра</td><td>Караматов Хамидулла</td><td>&#160;</td></tr></table>', [['paragraph', 0, 'Заместитель Премьер-министра – Караматов Хамидулла']]],
    ['<table><tr><td>Minister of Finance</td><td>&nbsp;</td><td>Aidar Kasymov</td></tr></table>', [['paragraph', 0, 'Minister of Finance – Aidar Kasymov']]],
    ['<table><tr><td>Министр обороны</td><td>Т. Омуров</td><td> &nbsp; </td></tr></table>', [['paragraph', 0, 'Министр обороны – Т. Омуров']]],
    // Near miss: a cell that holds text after the dash keeps it.
    ['<table><tr><td>Министр обороны</td><td>Т. Омуров – и.о.</td></tr></table>', [['paragraph', 0, 'Министр обороны – Т. Омуров – и.о.']]],
    ['<table><tr><td class="left"><p>menu</p></td><td><p>content</p></td></tr></table>', [['paragraph', 0, 'menu'], ['paragraph', 0, 'content']]],
    ['<dl><dt>Alikhan Smailov</dt><dd>First Deputy Prime Minister</dd><dt>Beibut Atamkulov</dt><dd>Minister of Foreign Affairs</dd></dl>', [['paragraph', 0, 'Alikhan Smailov – First Deputy Prime Minister'], ['paragraph', 0, 'Beibut Atamkulov – Minister of Foreign Affairs']]],
    // A term whose description is prose (a sentence of its own, a lead-in) is a body's heading, not a "Name – Post" line.
    ['<dl><dt><strong>Совет по науке</strong></dt><dd>Совет по науке – совещательный орган при Президенте, который готовит предложения по научной политике. Задачи Совета:<ol><li>экспертиза программ;</li></ol></dd></dl>', [['heading', 4, 'Совет по науке'], ['paragraph', 0, 'Совет по науке – совещательный орган при Президенте, который готовит предложения по научной политике. Задачи Совета:'], ['item', 0, 'экспертиза программ;']]],
    ['<dl><dt>Economic Council</dt><dd>The Council advises the President on economic reform and meets at least once every month.</dd></dl>', [['heading', 4, 'Economic Council'], ['paragraph', 0, 'The Council advises the President on economic reform and meets at least once every month.']]],
    ['<dl><dt>Бюро по делам молодёжи</dt><dd>Задачи Бюро:</dd></dl>', [['heading', 4, 'Бюро по делам молодёжи'], ['paragraph', 0, 'Задачи Бюро:']]],
    ['<dl><dt>Ion Rusu</dt><dd>Deputy Prime Minister, Minister of Defence (appointed on 12 April 2007).</dd></dl>', [['paragraph', 0, 'Ion Rusu – Deputy Prime Minister, Minister of Defence (appointed on 12 April 2007).']]],
    // A name whose bracketed aside is long is still a name, not prose: the aside's words do not count.
    ['<dl><dt>Руководитель Администрации Президента</dt><dd>Рамиз Энвер оглы Мехтиев (с 1995 г.; сохранил пост и при Ильхаме Алиеве)</dd></dl>', [['paragraph', 0, 'Руководитель Администрации Президента – Рамиз Энвер оглы Мехтиев (с 1995 г.; сохранил пост и при Ильхаме Алиеве)']]],
    ['<dl><dt>Управляющий делами</dt><dd>Сергей Петрович Орлов (назначен в мае 2012 г., до этого – заместитель министра финансов республики)</dd></dl>', [['paragraph', 0, 'Управляющий делами – Сергей Петрович Орлов (назначен в мае 2012 г., до этого – заместитель министра финансов республики)']]],
    ['<dl><dt>Chief of Staff</dt><dd>Aidan Kerimov (since 2010; kept the post under the new President as well)</dd></dl>', [['paragraph', 0, 'Chief of Staff – Aidan Kerimov (since 2010; kept the post under the new President as well)']]],
    // Near miss: prose with a short aside is still prose.
    ['<dl><dt>Economic Council</dt><dd>The Council (since 2010) advises the President on economic reform and meets at least once every month.</dd></dl>', [['heading', 4, 'Economic Council'], ['paragraph', 0, 'The Council (since 2010) advises the President on economic reform and meets at least once every month.']]],
    ['<p>The Government shall:<br>&nbsp;&nbsp;-&nbsp;draw up the budget;<br>&nbsp;- direct the ministries.</p>', [['paragraph', 0, 'The Government shall:'], ['item', 0, 'draw up the budget;'], ['item', 0, 'direct the ministries.']]],
    ['<table><tr><td>Victor Stepaniuc</td><td>–</td><td>Head of the Apparatus</td></tr><tr><td>Chair:</td><td></td><td>Vladimir Voronin, President</td></tr></table>', [['paragraph', 0, 'Victor Stepaniuc – Head of the Apparatus'], ['paragraph', 0, 'Chair: Vladimir Voronin, President']]],
  ])('should read %j', (html, expected) => {
    expect(summary(html)).toEqual(expected);
  });

  it('should read the title and the images’ alt texts apart from the body', () => {
    const page = readHtmlPage('<html><head><title>Site :: Country profile :: Kazakhstan</title><style>p{}</style></head><body><img src="l.gif" alt=" Eurasian  Home "><p>text</p></body></html>', null);
    expect(page).toMatchObject({ title: 'Site :: Country profile :: Kazakhstan', imageAlts: ['Eurasian Home'] });
    expect(page.blocks.map((b) => b.text)).toEqual(['text']);
  });

  it.each([5000, 20000])('should read a page nested %i elements deep', (depth) => {
    const html = `${'<div>'.repeat(depth)}<p>deep</p>${'</div>'.repeat(depth)}`;
    const [block] = htmlToBlocks(html, null);
    expect(block!.text).toBe('deep');
    expect(block!.element!.split(' > ')).toHaveLength(depth + 1);
  });

  it('should keep links, resolving relative ones against the page URL', () => {
    const [block] = htmlToBlocks('<p><a href="/topics/1">Topic</a> 05.03.2012</p>', 'http://www.example.org/kz/executive.html');
    expect(block!.links).toEqual([{ text: 'Topic', href: 'http://www.example.org/topics/1' }]);
    expect(htmlToBlocks('<p><a href="/topics/1">Topic</a></p>', null)[0]!.links).toEqual([]);
    expect(htmlToBlocks('<p><a href="javascript:alert(1)">x</a></p>', null)[0]!.links).toEqual([]);
  });

  it('should give line numbers and element paths', () => {
    const [, second] = htmlToBlocks('<body>\n<p>one</p>\n<div class="content">\n<p>two</p>\n</div></body>', null);
    expect(second).toMatchObject({ text: 'two', line: 4, endLine: 4, element: 'body > div.content > p' });
  });

  it('should number an element among its same-name siblings only, parent by parent', () => {
    const html = '<body><div class=" a b "><h3>h</h3><p>one</p><ul><li>i</li></ul><p>two</p></div><div><p>three</p><br><p>four</p></div></body>';
    expect(htmlToBlocks(html, null).map((b) => b.element)).toEqual([
      'body > div.a:nth-of-type(1) > h3',
      'body > div.a:nth-of-type(1) > p:nth-of-type(1)',
      'body > div.a:nth-of-type(1) > ul > li',
      'body > div.a:nth-of-type(1) > p:nth-of-type(2)',
      'body > div:nth-of-type(2) > p:nth-of-type(1)',
      'body > div:nth-of-type(2) > p:nth-of-type(2)',
    ]);
  });

  it('should resolve the same link against each page address it is found on', () => {
    const html = '<p><a href="/about">About</a></p>';
    expect(htmlToBlocks(html, 'http://one.example/x.html')[0]!.links[0]!.href).toBe('http://one.example/about');
    expect(htmlToBlocks(html, 'http://two.example/y.html')[0]!.links[0]!.href).toBe('http://two.example/about');
    expect(htmlToBlocks(html, null)[0]!.links).toEqual([]);
  });
});

describe('ingestPage on HTML', () => {
  it('should take a body’s website from a linked heading', () => {
    const html = `<html><body><div>Eurasian Home - analytical resource</div>
<div>Country profile / Kazakhstan /</div><h1>Executive branch</h1>
<h3><a href="http://www.security.example.kz/">Security Council</a></h3>
<p>The Security Council coordinates the power structures.</p>
<p>Ivanov Petr Sergeyevich - Security Council Secretary</p></body></html>`;
    const profile = ingestPage({ file: 'raw/kz/x.html', country: 'kz', section: 'x', format: 'html', bytes: Buffer.from(html), meta: null });
    expect(profile.organizations.find((o) => o.name === 'Security Council')!.website).toBe('http://www.security.example.kz/');
  });
});
