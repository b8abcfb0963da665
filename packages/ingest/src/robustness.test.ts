import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isProfileError } from '@profiles/model';
import { ingestPage } from './ingest.js';
import { otherCountryPage, pageInput, seedHtmlPage, seedPage } from './fixtures/index.js';
import iconv from 'iconv-lite';

/** Runs the ingest and sorts the outcome: a valid profile, or a clean, typed error. */
function outcome(bytes: Buffer, format: 'html' | 'text', country = 'kz'): 'profile' | 'error' {
  try {
    ingestPage(pageInput(bytes, country, format));
    return 'profile';
  } catch (error) {
    if (isProfileError(error)) return 'error';
    throw error;
  }
}

const DASHES = ['-', '–', '—', ' - ', ' – ', '–', '— '];

/** One edit to a page's lines, as web pages and hand edits change them. */
const lineEdit = fc.oneof(
  fc.record({ op: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ op: fc.constant('dash' as const), at: fc.nat(), dash: fc.constantFrom(...DASHES) }),
  fc.record({ op: fc.constant('spaces' as const), at: fc.nat(), space: fc.constantFrom(' ', '\u00a0', '  ', '\t', '') }),
  fc.record({ op: fc.constant('bytes' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 12 }) }),
);

type LineEdit = typeof lineEdit extends fc.Arbitrary<infer T> ? T : never;

function applyEdits(text: string, edits: LineEdit[]): Buffer {
  const lines = text.split('\n');
  const tail: Buffer[] = [];
  for (const edit of edits) {
    if (!lines.length) break;
    const i = edit.at % lines.length;
    if (edit.op === 'drop') lines.splice(i, 1);
    else if (edit.op === 'duplicate') lines.splice(i, 0, lines[i]!);
    else if (edit.op === 'swap') {
      const j = edit.to % lines.length;
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
    } else if (edit.op === 'dash') lines[i] = lines[i]!.replace(/\s*[-–—]\s*/, edit.dash);
    else if (edit.op === 'spaces') lines[i] = lines[i]!.replace(/ /g, edit.space);
    else if (edit.op === 'bytes') tail.push(Buffer.from(edit.bytes));
  }
  const body = Buffer.from(lines.join('\n'), 'utf8');
  if (!tail.length) return body;
  // Random bytes go in the middle of the page, where a broken download would put them.
  const middle = Math.floor(body.length / 2);
  return Buffer.concat([body.subarray(0, middle), ...tail, body.subarray(middle)]);
}

describe('ingestPage on damaged pages', () => {
  const cases: Array<[string, string, 'html' | 'text', string]> = [
    ['the seed', seedPage().bytes.toString('utf8'), 'text', 'kz'],
    ['the HTML form of the seed', iconv.decode(seedHtmlPage().bytes, 'windows-1251').replace('windows-1251', 'utf-8'), 'html', 'kz'],
    ['another country’s page', otherCountryPage('text').bytes.toString('utf8'), 'text', 'tj'],
  ];
  for (const [name, text, format, country] of cases) {
    it(`should return a valid profile or a clean error for edits of ${name}`, () => {
      // Edits that leave the same bytes (a no-op dash or space edit, a swap of a line with itself)
      // give the same page, and the ingest is deterministic: each distinct page is ingested once.
      const checked = new Set<string>();
      fc.assert(
        fc.property(fc.array(lineEdit, { minLength: 1, maxLength: 8 }), (edits) => {
          const bytes = applyEdits(text, edits);
          const key = bytes.toString('base64');
          if (checked.has(key)) return;
          checked.add(key);
          expect(['profile', 'error']).toContain(outcome(bytes, format, country));
        }),
        { numRuns: 150, seed: 20261126 },
      );
    }, 120_000);
  }

  it('should return a clean error for random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), fc.constantFrom('html' as const, 'text' as const), (bytes, format) => {
        expect(outcome(Buffer.from(bytes), format)).toBe('error');
      }),
      { numRuns: 200, seed: 7 },
    );
  }, 120_000);
});
