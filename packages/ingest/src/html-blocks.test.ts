import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { htmlToBlocksViaDom } from './fixtures/html-blocks-dom.js';
import { otherCountryPage, seedHtmlPage } from './fixtures/index.js';
import { htmlToBlocks } from './html-blocks.js';
import { ingestPage } from './ingest.js';

const summary = (html: string, base: string | null = null) => htmlToBlocks(html, base).map((b) => [b.kind, b.level, b.text]);

describe('htmlToBlocks', () => {
  it.each([
    ['<h2>Government</h2>', [['heading', 2, 'Government']]],
    ['<p><strong>Official Sites</strong></p>', [['heading', 4, 'Official Sites']]],
    ['<p>Ministry of Finance - <a href="http://minfin.kz">minfin.kz</a></p>', [['paragraph', 0, 'Ministry of Finance - minfin.kz']]],
    ['<ul><li>first;</li><li>second.</li></ul>', [['item', 0, 'first;'], ['item', 0, 'second.']]],
    ['<p>Masimov - Prime Minister<br>Tazhin - Foreign Minister</p>', [['paragraph', 0, 'Masimov - Prime Minister'], ['paragraph', 0, 'Tazhin - Foreign Minister']]],
    ['<div class="logo">Eurasian Home - analytical resource</div>', [['paragraph', 0, 'Eurasian Home - analytical resource']]],
    ['<p>a&nbsp;&nbsp;b &amp; c</p><script>var x = 1;</script>', [['paragraph', 0, 'a b & c']]],
    ['<div>intro <p>inner</p> outro</div>', [['paragraph', 0, 'intro'], ['paragraph', 0, 'inner'], ['paragraph', 0, 'outro']]],
  ])('should read %j', (html, expected) => {
    expect(summary(html)).toEqual(expected);
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

describe('htmlToBlocks against a walk over the DOM', () => {
  const pages = [iconv.decode(seedHtmlPage().bytes, 'windows-1251'), otherCountryPage('html').bytes.toString('utf8')];

  it('should read the fixture pages as the DOM walk does', () => {
    for (const html of pages) {
      expect(htmlToBlocks(html, null)).toEqual(htmlToBlocksViaDom(html, null));
      expect(htmlToBlocks(html, 'http://www.example.org/kz/page.html')).toEqual(htmlToBlocksViaDom(html, 'http://www.example.org/kz/page.html'));
    }
  });

  it('should read tag soup as the DOM walk does', () => {
    const piece = fc.constantFrom(
      'text', ' ', '  ', '\n', '&nbsp;', '&amp;', '&#x41;', '&bogus;', '\u00a0', 'Ivanov Ivan - Head',
      '<p>', '</p>', '<div class="a b">', '<div>', '</div>', '<br>', '</br>', '<br/>', '<b>', '</b>', '<strong>', '</strong>',
      '<a href="http://x.kz">', '<a href=" /rel ">', '<a href="">', '<a>', '</a>', '<h3>', '</h3>', '<h1>', '</h1>',
      '<ul>', '<li>', '</li>', '</ul>', '<dd>', '<span>', '</span>', '<script>var a = "<p>";</script>', '<style>p{}</style>',
      '<form><p>in form</p></form>', '<!-- note -->', '<![CDATA[x]]>', '<!DOCTYPE html>', '<table><tr><td>cell', '</td></tr></table>',
      '<svg><p/></svg>', '<math><mi/></math>', '<P>', '<BR>', '<img src=x>', '<p class=" c ">',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const html = pieces.join('');
        expect(htmlToBlocks(html, null)).toEqual(htmlToBlocksViaDom(html, null));
      }),
      { numRuns: 2000, seed: 20261127 },
    );
  });
});
