import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverRawPages } from './raw-pages.js';

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

  it.each([
    [{ 'Kazakhstan/executive-branch.txt': 'x' }, /country folder must be an ISO 3166-1 alpha-2 code/],
    [{ 'executive-branch.txt': 'x' }, /a page must sit in a country folder/],
    [{ 'kz/executive-branch.txt': 'x', 'kz/executive-branch.meta.json': '{"publisher": ' }, /raw\/kz\/executive-branch\.meta\.json: sidecar is not valid JSON/],
    [{ 'kz/executive-branch.txt': 'x', 'kz/executive-branch.meta.json': '{"retrieved": "2012-13-01"}' }, /sidecar field retrieved: must be a real date/],
    [{ 'kz/executive-branch.txt': 'x', 'kz/executive-branch.meta.json': '{"publisher": "x", "colour": "red"}' }, /sidecar field \(root\)|sidecar field colour|Unrecognized key/],
  ])('should refuse a misplaced page or a bad sidecar: %j', async (files, message) => {
    await expect(discoverRawPages(rawTree(files))).rejects.toThrow(message);
  });

  it('should name a missing raw folder', async () => {
    await expect(discoverRawPages('/nonexistent/raw')).rejects.toThrow(/\/nonexistent\/raw: raw folder not found/);
  });
});
