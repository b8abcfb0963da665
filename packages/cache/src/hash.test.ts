import { describe, expect, it } from 'vitest';
import { hashKey, sha256 } from './hash.js';
import { pageKey } from './keys.js';

const page = { file: 'raw/kz/a.txt', country: 'kz', section: 'a', format: 'text', bytes: Buffer.from('Country profile / Kazakhstan /'), meta: null };

describe('hashKey', () => {
  it.each([
    [['ab', 'c'], ['a', 'bc']],
    [['a', ''], ['a']],
    [[''], []],
  ])('should tell %j from %j', (a, b) => {
    expect(hashKey(a)).not.toBe(hashKey(b));
  });

  it('should hash text as its UTF-8 bytes', () => {
    expect(hashKey(['é'])).toBe(hashKey([Buffer.from('é', 'utf8')]));
    expect(sha256('é')).toBe(sha256(Buffer.from('é', 'utf8')));
  });
});

describe('pageKey', () => {
  it.each([
    ['the bytes', { bytes: Buffer.from('Country profile / Kazakhstan /!') }],
    ['the sidecar', { meta: { publisher: 'Eurasian Home' } }],
    ['the path', { file: 'raw/kz/b.txt' }],
    ['the format', { format: 'html' }],
  ])('should change with %s', (_, change) => {
    expect(pageKey('code', { ...page, ...change })).not.toBe(pageKey('code', page));
  });

  it('should change with the code and nothing else', () => {
    expect(pageKey('code', page)).toBe(pageKey('code', { ...page, bytes: Buffer.from(page.bytes) }));
    expect(pageKey('other code', page)).not.toBe(pageKey('code', page));
  });
});
