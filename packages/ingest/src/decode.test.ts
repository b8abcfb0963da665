import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodePage, utf8Evidence } from './decode.js';

const WIN1251 = readFileSync(new URL('./fixtures/kz-executive-branch.win1251.html', import.meta.url));
const CYRILLIC = 'Назарбаев Нурсултан Абишевич – Президент Республики Казахстан\n'.repeat(40);

describe('decodePage on an undeclared page that is not valid UTF-8', () => {
  it('should keep a UTF-8 page with one stray byte UTF-8, the byte as U+FFFD, and say so', () => {
    const bytes = Buffer.concat([Buffer.from(CYRILLIC.slice(0, 500)), Buffer.from([0xff]), Buffer.from(CYRILLIC.slice(500))]);
    for (const format of ['text', 'html'] as const) {
      const page = decodePage(bytes, format);
      expect(page.encoding).toBe('utf-8');
      expect(page.replacedBytes).toBe(1);
      expect(page.text).toBe(`${CYRILLIC.slice(0, 500)}\uFFFD${CYRILLIC.slice(500)}`);
    }
  });

  it('should keep a UTF-8 page with a cut sequence and a few stray bytes UTF-8', () => {
    const utf8 = Buffer.from(CYRILLIC);
    const bytes = Buffer.concat([utf8.subarray(0, 101), Buffer.from([0x92, 0x93]), utf8.subarray(101)]); // 101 cuts a letter in two
    const page = decodePage(bytes, 'text');
    expect(page.encoding).toBe('utf-8');
    expect(page.text).toContain('Президент Республики Казахстан');
  });

  it('should still read the publisher\'s windows-1251 pages as windows-1251, declared or not', () => {
    expect(decodePage(WIN1251, 'html').encoding).toBe('windows-1251');
    const undeclared = Buffer.from(WIN1251.toString('latin1').replace(/<meta[^>]*charset[^>]*>/gi, ''), 'latin1');
    expect(undeclared.toString('latin1')).not.toMatch(/charset/i);
    const page = decodePage(undeclared, 'html');
    expect(page.encoding).toBe('windows-1251');
    expect(page.replacedBytes).toBeUndefined();
    expect(page.text).toContain('Матераилы портала по стране');
    expect(page.text).toContain('–');
    expect(decodePage(iconv.encode(CYRILLIC, 'windows-1251'), 'text')).toEqual({ text: CYRILLIC, encoding: 'windows-1251' });
  });

  it('should follow the sidecar\'s encoding when one is given, majority or not', () => {
    const bytes = Buffer.concat([Buffer.from(CYRILLIC), Buffer.from([0xff])]);
    expect(decodePage(bytes, 'text', 'windows-1251').encoding).toBe('windows-1251');
  });

  it('should count well-formed sequences and stray bytes', () => {
    expect(utf8Evidence(Buffer.from('abc'))).toEqual({ valid: 0, invalid: 0 });
    expect(utf8Evidence(Buffer.from('Жё€😀'))).toEqual({ valid: 4, invalid: 0 });
    expect(utf8Evidence(Buffer.from([0xc0, 0xaf, 0xed, 0xa0, 0x80, 0xff]))).toEqual({ valid: 0, invalid: 6 });
    expect(utf8Evidence(iconv.encode('Привет, мир', 'windows-1251')).valid).toBe(0);
  });
});
