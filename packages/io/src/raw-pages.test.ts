import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverRawPages, MAX_PAGE_BYTES, scanRawPages } from './raw-pages.js';

function rawTree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'raw-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

describe('discoverRawPages', () => {
  it('should find every page with its country, section, format and sidecar, sorted by path', async () => {
    const root = rawTree({
      'kz/legislative-branch.html': '<p>x</p>',
      'kz/executive-branch.txt': 'x',
      'kz/executive-branch.meta.json': '{"publisher": "Eurasian Home", "retrieved": "2012-04-01"}',
      'am/executive-branch.htm': '<p>y</p>',
      'kz/notes.md': 'ignored',
      'README.md': 'ignored',
    });
    const pages = await discoverRawPages(root);
    expect(pages.map((p) => [p.file, p.country, p.section, p.format])).toEqual([
      ['raw/am/executive-branch.htm', 'am', 'executive-branch', 'html'],
      ['raw/kz/executive-branch.txt', 'kz', 'executive-branch', 'text'],
      ['raw/kz/legislative-branch.html', 'kz', 'legislative-branch', 'html'],
    ]);
    expect(pages[1]!.meta).toEqual({ publisher: 'Eurasian Home', retrieved: '2012-04-01' });
    expect(pages[0]!.meta).toBeNull();
  });

  it('should find dated snapshots of a page, each with its own sidecar, beside single-file pages', async () => {
    const root = rawTree({
      'kz/executive-branch/2012-03-05.txt': 'x',
      'kz/executive-branch/2012-10-01.html': '<p>y</p>',
      'kz/executive-branch/2012-10-01.meta.json': '{"publisher": "Eurasian Home"}',
      'kz/legislative-branch.txt': 'z',
    });
    const pages = await discoverRawPages(root);
    expect(pages.map((p) => [p.file, p.country, p.section, p.format, p.meta?.publisher ?? null])).toEqual([
      ['raw/kz/executive-branch/2012-03-05.txt', 'kz', 'executive-branch', 'text', null],
      ['raw/kz/executive-branch/2012-10-01.html', 'kz', 'executive-branch', 'html', 'Eurasian Home'],
      ['raw/kz/legislative-branch.txt', 'kz', 'legislative-branch', 'text', null],
    ]);
  });

  it.each(['kz/executive-branch/latest.txt', 'kz/executive-branch/2012-13-45.txt'])('should refuse a snapshot not named by its date: %s', async (path) => {
    await expect(discoverRawPages(rawTree({ [path]: 'x' }))).rejects.toThrow(/a snapshot must be named by the date it was retrieved: raw\/kz\/executive-branch\/YYYY-MM-DD\.txt/);
  });

  it.each([
    [{ 'Kazakhstan/executive-branch.txt': 'x' }, /country folder must be an ISO 3166-1 alpha-2 code/],
    [{ 'executive-branch.txt': 'x' }, /a page must sit in a country folder/],
    [{ 'kz/executive-branch.txt': 'x', 'kz/executive-branch.meta.json': '{"publisher": ' }, /\/kz\/executive-branch\.meta\.json: sidecar is not valid JSON/],
    [{ 'kz/executive-branch.txt': 'x', 'kz/executive-branch.meta.json': '{"retrieved": "2012-13-01"}' }, /sidecar field `retrieved`: must be a real date/],
    [
      { 'kz/executive-branch.txt': 'x', 'kz/executive-branch.meta.json': '{"publisher": "x", "colour": "red"}' },
      /sidecar field `colour` is not known; known fields: publisher, title, url, language, retrieved, encoding, notes$/,
    ],
    [{ 'kz/executive-branch.txt': 'x', 'kz/executive-branch.meta.json': '{"url": "javascript:alert(1)"}' }, /sidecar field `url` must be an http: or https: address, not javascript:/],
    [{ 'kz/executive-branch.txt': 'x', 'kz/executive-branch.meta.json': '{"url": "data:text/html,<b>x</b>"}' }, /sidecar field `url` must be an http: or https: address, not data:/],
    [{ 'kz/executive-branch.txt': 'x', 'kz/executive-branch.meta.json': '["publisher"]' }, /sidecar must be a JSON object/],
  ])('should refuse a misplaced page or a bad sidecar: %j', async (files, message) => {
    await expect(discoverRawPages(rawTree(files))).rejects.toThrow(message);
  });

  it('should name a missing raw folder', async () => {
    await expect(discoverRawPages('/nonexistent/raw')).rejects.toThrow(/\/nonexistent\/raw: raw folder not found/);
  });
});

describe('scanRawPages', () => {
  it('should report every problem of a raw folder in one scan, and skip an editor lock file with a warning', async () => {
    const root = rawTree({
      'kz/executive-branch.txt': 'x',
      'KZ/executive-branch.txt': 'x',
      'kaz/executive-branch.txt': 'x',
      'xx/executive-branch.txt': 'x',
      'Kazakhstan/executive-branch.txt': 'x',
      'loose.html': 'x',
      'kg/big.txt': 'x',
    });
    writeFileSync(join(root, 'kg/big.txt'), Buffer.alloc(MAX_PAGE_BYTES + 1, 0x61));
    symlinkSync('user@host.1234:1700000000', join(root, 'kz/.#executive-branch.txt'));
    symlinkSync('nowhere.txt', join(root, 'kz/dangling.txt'));
    symlinkSync('loop.html', join(root, 'kz/loop.html'));
    const scan = await scanRawPages(root);
    expect(scan.entries.map((e) => e.file)).toEqual(['raw/kz/executive-branch.txt']);
    expect(scan.problems.map((p) => p.message.replace(root, 'ROOT'))).toEqual([
      'ROOT/KZ: country folder must be in lower case: "kz", not "KZ"',
      'ROOT/Kazakhstan: country folder must be an ISO 3166-1 alpha-2 code in lower case, like "kz"',
      'ROOT/kaz: country folder must be a two-letter ISO 3166-1 alpha-2 code, like "kz", not the three-letter "kaz"',
      'ROOT/kg/big.txt: page is 8.0 MB, over the 8 MB limit for one profile page',
      'ROOT/kz/dangling.txt: dangling symbolic link: it points to nowhere.txt, which does not exist',
      'ROOT/kz/loop.html: symbolic link loop: it points back to itself',
      'ROOT/loose.html: a page must sit in a country folder: raw/<country>/<section>.html',
      'ROOT/xx: "xx" is not an ISO 3166-1 alpha-2 country code',
    ]);
    expect(scan.warnings.map((w) => w.replace(root, 'ROOT'))).toEqual(["ROOT/kz/.#executive-branch.txt: skipped an editor's lock file"]);
  });

  it('should escape a control character or line break in a file name, so one problem is one line', async () => {
    const root = rawTree({ 'kz/a.txt': 'x' });
    symlinkSync('gone', join(root, 'kz/evil\nname\u202e.txt'));
    const scan = await scanRawPages(root);
    expect(scan.problems).toHaveLength(1);
    expect(scan.problems[0]!.message).not.toMatch(/[\n\u202e]/);
    expect(scan.problems[0]!.message).toContain('evil\\nname\\u{202e}.txt');
  });

  it('should refuse a sidecar that is not UTF-8, or that cannot be read', async () => {
    const root = rawTree({ 'kz/a.txt': 'x' });
    writeFileSync(join(root, 'kz/a.meta.json'), Buffer.from([0x7b, 0x22, 0x74, 0x69, 0x74, 0x6c, 0x65, 0x22, 0x3a, 0x22, 0xcf, 0xf0, 0x22, 0x7d]));
    await expect(discoverRawPages(root)).rejects.toThrow(/a\.meta\.json: sidecar is not UTF-8 text/);
    const folder = rawTree({ 'kz/a.txt': 'x', 'kz/a.meta.json/x': 'a folder, not a file' });
    await expect(discoverRawPages(folder)).rejects.toThrow(/a\.meta\.json: sidecar cannot be read \(it is a folder\)/);
  });
});
