import { describe, expect, it } from 'vitest';
import { fileLanguage, sectionSlug } from './raw-pages.js';

describe('fileLanguage', () => {
  it.each([
    ['raw/kz/executive-branch.ru.txt', 'ru'],
    ['raw/kz/executive-branch.kk.html', 'kk'],
    ['raw/kg/legislature.en.htm', 'en'],
    ['raw/kz/executive-branch.ru/2012-03-05.txt', 'ru'],
    ['raw\\kz\\executive-branch.ru.txt', 'ru'],
  ])('should read the language of %s', (file, language) => {
    expect(fileLanguage(file)).toBe(language);
  });

  it.each([
    'raw/kz/executive-branch.txt',
    'raw/kz/executive-branch/2012-03-05.txt',
    // Two letters that name no language, and a version, are part of the section's name.
    'raw/kz/executive-branch.zz.txt',
    'raw/kz/executive-branch.v2.txt',
    'raw/kz/report.2012.txt',
  ])('should read no language from %s', (file) => {
    expect(fileLanguage(file)).toBeNull();
  });
});

describe('sectionSlug', () => {
  it.each([
    ['executive-branch.ru', 'executive-branch'],
    ['executive-branch', 'executive-branch'],
    ['executive-branch.v2', 'executive-branch.v2'],
  ])('should read %s as the section %s', (slug, section) => {
    expect(sectionSlug(slug)).toBe(section);
  });
});

describe('a page in another language', () => {
  it('should be a page of its own beside the English one, with its own sidecar', async () => {
    const { mkdirSync, mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { discoverRawPages } = await import('./raw-pages.js');
    const root = mkdtempSync(join(tmpdir(), 'raw-'));
    mkdirSync(join(root, 'kz'));
    writeFileSync(join(root, 'kz/executive-branch.txt'), 'x');
    writeFileSync(join(root, 'kz/executive-branch.ru.txt'), 'y');
    writeFileSync(join(root, 'kz/executive-branch.ru.meta.json'), '{"publisher": "Евразийский Дом"}');
    const pages = await discoverRawPages(root);
    expect(pages.map((p) => [p.file, p.section, p.meta?.publisher ?? null, fileLanguage(p.file)])).toEqual([
      ['raw/kz/executive-branch.ru.txt', 'executive-branch.ru', 'Евразийский Дом', 'ru'],
      ['raw/kz/executive-branch.txt', 'executive-branch', null, null],
    ]);
  });
});
