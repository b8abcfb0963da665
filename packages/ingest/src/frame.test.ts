import { describe, expect, it } from 'vitest';
import { findFrame } from './frame.js';
import { readHtmlPage } from './html-blocks.js';
import { textToBlocks } from './text-blocks.js';

/** The frame of an HTML page, in words: country, publisher, title, first and last content line, materials. */
function htmlFrame(html: string, slug = 'executive-branch') {
  const { blocks, ...head } = readHtmlPage(html, null);
  const frame = findFrame(blocks, head, slug);
  const content = frame.content.filter((b) => b.kind !== 'break').map((b) => b.text);
  return { country: frame.countryName, publisher: frame.publisher, title: frame.title?.text ?? null, first: content[0], last: content[content.length - 1], materials: frame.materials.length, breadcrumb: frame.breadcrumb };
}

const BODY = '<h1>Executive branch</h1><p>The President is the Head of State.</p><p>Last paragraph.</p>';
const MATERIALS = '<div><h3>Матераилы портала по стране</h3><ul><li><a href="/1">Topic</a> 05.03.2012</li></ul></div>';
const FOOTER = '<div>expert forum | hot topics | about us | our authors<br>© Eurasia Heritage Foundation</div>';

describe('findFrame on HTML', () => {
  it.each([
    ['masthead line, breadcrumb, print link', `<div>Main page</div><div>Eurasian Home - analytical resource</div><div>Country profile / Kazakhstan /</div><div>Print version</div>${BODY}${MATERIALS}${FOOTER}`, 'Kazakhstan', 'Eurasian Home', 'body'],
    ['language bar and a left column before the breadcrumb', `<div>Main page | Главная страница</div><table><tr><td><ul><li>expert forum</li><li>hot topics</li></ul></td><td><div>Country profile / Armenia /</div>${BODY}</td></tr></table>`, 'Armenia', null, 'body'],
    ['breadcrumb only in the title, masthead only as a logo', `<html><head><title>Site :: Country profile :: Turkmenistan :: Executive branch</title></head><body><img alt="Caspian Review - analytical portal">${BODY}${FOOTER}</body></html>`, 'Turkmenistan', 'Caspian Review', 'title'],
    ['menus after the breadcrumb', `<div>Country profile » Ukraine »</div><div>Main page</div><div>Print version</div>${BODY}`, 'Ukraine', null, 'body'],
    ['masthead in the title', `<html><head><title>Eurasian Home - analytical resource :: Country profile :: Georgia :: Executive branch</title></head><body><div>Country profile / Georgia /</div>${BODY}</body></html>`, 'Georgia', 'Eurasian Home', 'body'],
  ])('should find the frame with %s', (_label, html, country, publisher, breadcrumb) => {
    expect(htmlFrame(html)).toEqual({ country, publisher, title: 'Executive branch', first: 'The President is the Head of State.', last: 'Last paragraph.', materials: html.includes('Topic') ? 1 : 0, breadcrumb });
  });

  it('should find the title of a page without a breadcrumb by the file’s section', () => {
    expect(htmlFrame(`<div>Main page</div>${BODY}`)).toMatchObject({ country: null, title: 'Executive branch', first: 'The President is the Head of State.' });
    expect(htmlFrame(`<h1>Page not found</h1><p>Sorry.</p>`)).toMatchObject({ country: null, title: null });
  });
});

describe('findFrame on text dumps', () => {
  it('should skip chrome lines in any order before the title', () => {
    const text = ['Print version', '', 'Country profile / Kyrgyzstan /', '', 'Main page     Главная страница', '', 'Executive branch', '', '', 'The President is the Head of State.', '', 'Topic 05.03.2012', '', ' hot topics'].join('\n');
    const frame = findFrame(textToBlocks(text));
    expect([frame.countryName, frame.publisher, frame.title?.text, frame.content.filter((b) => b.kind !== 'break').map((b) => b.text), frame.materials.map((m) => m.date)]).toEqual([
      'Kyrgyzstan',
      null,
      'Executive branch',
      ['The President is the Head of State.'],
      ['2012-03-05'],
    ]);
  });
});

describe('findFrame: titled materials', () => {
  const entries = (html: string) => {
    const { blocks, ...head } = readHtmlPage(html, null);
    const frame = findFrame(blocks, head, 'executive-branch');
    return { materials: frame.materials.map((m) => [m.kind, m.date, m.title]), last: frame.content.filter((b) => b.kind !== 'break').at(-1)?.text };
  };

  it('should read a definition list of rubrics and titled links with <time> dates under the box heading', () => {
    const box = '<aside><h3>Related materials</h3><dl><dt>Topic</dt><dd><a href="/1">Visa-free travel</a> <time datetime="2014-03-03">03.03.2014</time></dd><dt>Expert forum</dt><dd><a href="/2">After Vilnius</a> <time>10.12.2013</time></dd></dl></aside>';
    expect(entries(`<div>Country profile / Moldova /</div>${BODY}${box}${FOOTER}`)).toEqual({
      materials: [
        ['Topic', '2014-03-03', 'Visa-free travel'],
        ['Expert forum', '2013-12-10', 'After Vilnius'],
      ],
      last: 'Last paragraph.',
    });
  });

  it('should read a box in a sidebar above the title, a rubric run into its title', () => {
    const side = '<aside><h4>Related materials</h4><ul><li><span>Opinion</span> <a href="/1">A new premier</a> <span>10.05.2018</span></li><li><span>Topic</span> <a href="/2">What next?</a> <span>24.04.2018</span></li></ul></aside>';
    expect(entries(`${side}<div>Country profile / Armenia /</div>${BODY}${FOOTER}`).materials).toEqual([
      ['Opinion', '2018-05-10', 'A new premier'],
      ['Topic', '2018-04-24', 'What next?'],
    ]);
  });

  it('should not take a cabinet’s "Post – Name date" lines at the end of the content for a box', () => {
    const lines = '<p>Minister of Defence – Ivan Orlov 05.09.2012</p><p>Minister of Finance – Petr Lis 06.09.2012</p>';
    expect(entries(`<div>Country profile / Moldova /</div>${BODY}${lines}${FOOTER}`)).toEqual({ materials: [], last: 'Minister of Finance – Petr Lis 06.09.2012' });
  });
});
