// Issue 13, "bad input costs bounded time": any page within the size limit builds or is refused in
// under a minute and 1 GB, and deep nesting is no stack overflow. These pin the ingest's bounds
// (packages/ingest: html-blocks.ts and the person-line rules); the test timeout is the hang guard.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestPage } from '@profiles/ingest';
import { MAX_PAGE_BYTES } from '@profiles/io';
import { isProfileError } from '@profiles/model';
import { describe, expect, it } from 'vitest';
import { REPO, SEED } from './test-helpers.js';

const LETTERS = 'bdgklmnprstvz';
const VOWELS = 'aeiou';

/** A distinct, name-shaped word for each number: Bakeli, Dunora, … */
function word(n: number): string {
  let out = '';
  let rest = n;
  do {
    out += LETTERS[rest % LETTERS.length]! + VOWELS[Math.floor(rest / LETTERS.length) % VOWELS.length]!;
    rest = Math.floor(rest / (LETTERS.length * VOWELS.length));
  } while (rest > 0);
  return out[0]!.toUpperCase() + out.slice(1) + 'ev';
}

/** The seed page with distinct "Family Given - Title" lines in its government section, up to `bytes`. */
export function nameTitlePage(bytes: number): Buffer {
  const lines = readFileSync(SEED, 'utf8').split('\n');
  const at = lines.findIndex((line) => line.startsWith('Masimov Karim'));
  const head = lines.slice(0, at).join('\n');
  const tail = lines.slice(at).join('\n');
  const budget = bytes - Buffer.byteLength(head) - Buffer.byteLength(tail) - 2;
  const extra: string[] = [];
  let size = 0;
  for (let i = 0; ; i += 1) {
    const line = `${word(i)} ${word(i * 7 + 3)} - Minister of ${word(i * 13 + 5)} Affairs of the Republic of Kazakhstan\n`;
    if (size + line.length + 1 > budget) break;
    extra.push(line);
    size += line.length + 1;
  }
  return Buffer.from(`${head}\n${extra.join('\n')}\n${tail}`);
}

/** An HTML page of the template with `depth` nested elements in its body. */
function nestedPage(depth: number): Buffer {
  const page = readFileSync(join(REPO, 'apps/cli/src/fixtures/corpus/kz-html/raw/kz/executive-branch.html'), 'latin1');
  const body = page.indexOf('</body>');
  const nested = `${'<div><span>'.repeat(depth / 2)}deep text${'</span></div>'.repeat(depth / 2)}`;
  return Buffer.from(`${page.slice(0, body)}${nested}${page.slice(body)}`, 'latin1');
}

/** Ingests a page: a profile or a clean ProfileError are both fine, anything else (a RangeError) is not. */
function outcome(bytes: Buffer, format: 'html' | 'text'): string {
  try {
    ingestPage({ file: `raw/kz/executive-branch.${format === 'html' ? 'html' : 'txt'}`, country: 'kz', section: 'executive-branch', format, bytes, meta: null });
    return 'built';
  } catch (error) {
    return isProfileError(error) ? 'refused' : `crashed: ${(error as Error).name}: ${(error as Error).message}`;
  }
}

describe('bounded cost of bad input', () => {
  it('should build or refuse a page with 5,000 nested elements, never overflow the stack', () => {
    expect(outcome(nestedPage(5000), 'html')).toMatch(/^(built|refused)$/);
  });

  it('should build or refuse a page with 10,000 nested elements too', () => {
    expect(outcome(nestedPage(10000), 'html')).toMatch(/^(built|refused)$/);
  });

  it('should generate the worst case as specified: distinct "Name - Title" lines up to just under the size limit', () => {
    const page = nameTitlePage(7.9 * 1024 * 1024);
    expect(page.length).toBeLessThanOrEqual(MAX_PAGE_BYTES);
    expect(page.length).toBeGreaterThan(7.8 * 1024 * 1024);
  });

  // The bound: under a minute (this test's timeout) for any page within the size limit.
  it('should build or refuse a 7.9 MB page of distinct "Name - Title" lines within a minute', () => {
    expect(outcome(nameTitlePage(7.9 * 1024 * 1024), 'text')).toMatch(/^(built|refused)$/);
  }, 60_000);
});
