import fc from 'fast-check';
import type { PhrasingContent, Root, RootContent } from 'mdast';
import { sampleProfile } from '@profiles/model';
import { describe, expect, it } from 'vitest';
import { richProfile } from './fixtures/profiles.js';
import { code, comment, heading, link, list, paragraph, strong, table, text } from './mdast.js';
import { profileTree } from './render-profile.js';
import { MARKDOWN_OPTIONS, serializeMarkdown, serializeMarkdownSlowly } from './serialize.js';
import { writeMarkdown } from './write-markdown.js';

/** Text that page content could hold, with every character Markdown gives a meaning to. */
const TRICKY = [
  'plain words',
  '- dash item',
  '+ plus',
  '* star',
  '1. numbered',
  '12) paren',
  '# hash',
  'a # b #',
  '> quote',
  '=== underline',
  '--- rule',
  '~~~ fence',
  '``` fence',
  'x `code` y',
  '*em* **strong** _em_ __strong__',
  'snake_case and a_b_c and _lead and trail_',
  'a * b _ c',
  '[label](url) ![img](src) [ref]',
  'a]: definition',
  '<script>alert(1)</script> <b> </i> <!-- c --> <?x?> <!DOCTYPE>',
  '&amp; &#12; &x',
  'back\\slash \\* \\\\ end\\',
  'pipe | in | text',
  '@name #12 owner/repo#1',
  ' leading space',
  'trailing space ',
  '\tTab',
  'Tündük – “Uly” «x» 😀 é',
  '',
  ':-- colon',
  '|- pipe dash',
  '5.',
  '2021.',
];

/** Every node kind the writer supports, around one piece of text. */
function treesFor(value: string): Root[] {
  const phrasings: PhrasingContent[][] = [
    [text(value)],
    [text('Before '), text(value), text(' after')],
    [text(value), code(value)],
    [code(value), text(value)],
    [text(value), link('http://example.org/a_b', value)],
    [link(value), text(value)],
    [link('kz/page.md', value)],
    [link(`http://example.org/${value}`)],
    [text('URL: '), link('https://example.org/x?y=1&z=(2)')],
  ];
  return phrasings.flatMap((children) => {
    const blocks: RootContent[][] = [
      [{ type: 'paragraph', children }],
      [{ type: 'heading', depth: 1, children }],
      [{ type: 'heading', depth: 3, children }],
      [list([children]), paragraph('next')],
      [paragraph('Tasks:'), list([children, children], true)],
      [table(['Head', value], [[children, value], ['', children]])],
      [comment(value), paragraph(value)],
    ];
    return blocks.map((content): Root => ({ type: 'root', children: content }));
  });
}

describe('writeMarkdown', () => {
  it('should write the profile pages byte for byte as toMarkdown does', () => {
    const tree = profileTree(sampleProfile());
    expect(writeMarkdown(tree, MARKDOWN_OPTIONS)).toBe(serializeMarkdownSlowly(tree));
    // The rich profile has a note about a body, written with **strong**: left to toMarkdown.
    const rich = profileTree(richProfile());
    expect(serializeMarkdown(rich)).toBe(serializeMarkdownSlowly(rich));
  });

  it.each(TRICKY.map((value) => ({ value })))('should escape $value as toMarkdown does, in every construct', ({ value }) => {
    for (const tree of treesFor(value)) expect(serializeMarkdown(tree)).toBe(serializeMarkdownSlowly(tree));
  });

  it('should escape random text as toMarkdown does', () => {
    const checked = new Set<string>();
    const alphabet = fc.constantFrom(...'ab1 .-+*_#>=~`|:()[]!<>&;@\\/"\'\t\n\r\u00a0é😀'.split(''), ' a', 'a ', '\n ', '\r\n');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 12 }), (parts) => {
        // A text drawn again gives the same trees, and both writers are pure: each text is checked once.
        const value = parts.join('');
        if (checked.has(value)) return;
        checked.add(value);
        // One comparison per text, over all its trees: the same bytes checked, far fewer assertions.
        const trees = treesFor(value);
        expect(trees.map(serializeMarkdown)).toEqual(trees.map(serializeMarkdownSlowly));
      }),
      { numRuns: 300, seed: 20261127 },
    );
  }, 120_000);

  it('should leave what it has no rule for to toMarkdown', () => {
    const unsupported: Root[] = [
      { type: 'root', children: [paragraph(strong('Body:'), text(' words'))] },
      { type: 'root', children: [list(['a']), list(['b'])] },
      { type: 'root', children: [{ type: 'heading', depth: 2, children: [{ type: 'text', value: 'two\nlines' }] }] },
      { type: 'root', children: [{ type: 'table', align: ['left'], children: table(['a'], []).children }] },
    ];
    for (const tree of unsupported) {
      expect(writeMarkdown(tree, MARKDOWN_OPTIONS)).toBeNull();
      expect(serializeMarkdown(tree)).toBe(serializeMarkdownSlowly(tree));
    }
  });

  it('should refuse options it does not follow', () => {
    expect(() => writeMarkdown({ type: 'root', children: [] }, { ...MARKDOWN_OPTIONS, bullet: '*' })).toThrow(/bullet/);
  });

  it('should write an empty root as nothing', () => {
    expect(writeMarkdown({ type: 'root', children: [] }, MARKDOWN_OPTIONS)).toBe('');
    expect(heading(1, '').children).toEqual([]);
  });
});
