import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pageBlocks } from './ingest.js';
import { splitSentences } from './normalize.js';
import { regExp, rewriteWordBoundaries, seenPatterns } from './regexp.js';

describe('rewriteWordBoundaries', () => {
  it.each([
    // A word's start before letters, a word's end after them.
    ['\\b(?:was|were)\\s+held\\b', '(?<!\\w)(?:was|were)\\s+held(?!\\w)'],
    ['\\b[Rr]e-?elected\\b', '(?<!\\w)[Rr]e-?elected(?!\\w)'],
    ['(?:\\b(?:polls?|surveys?)\\b|(?<![\\p{L}\\p{N}])опрос\\p{L}*)', '(?:(?<!\\w)(?:polls?|surveys?)(?!\\w)|(?<![\\p{L}\\p{N}])опрос\\p{L}*)'],
    ['\\b\\d{4}\\b', '(?<!\\w)\\d{4}(?!\\w)'],
    ['(?:in|on)\\s+\\b[A-Z]\\w*', '(?:in|on)\\s+(?<!\\w)[A-Z]\\w*'],
    // Optional words before: the first one consumed is still a letter.
    ['\\b(?:the\\s+)?council\\b', '(?<!\\w)(?:the\\s+)?council(?!\\w)'],
    ['^(?<head>\\w+)\\b', '^(?<head>\\w+)(?!\\w)'],
    ['(?=\\bx)y', '(?=(?<!\\w)x)y'],
    // Kept: a neighbour that may be no word character, or what follows the group is not known here.
    ['\\b\\s', '\\b\\s'],
    ['(?:x)?\\b', '(?:x)?\\b'],
    ['[\\w-]+\\b', '[\\w-]+\\b'],
    ['\\b\\p{Lu}\\p{Ll}+', '\\b\\p{Lu}\\p{Ll}+'],
    ['\\bСовет', '\\bСовет'],
    ['(a|b\\.)\\b', '(a|b\\.)\\b'],
    ['(?:a\\b)c', '(?:a(?!\\w))c'],
    ['(?<=\\bfoo)\\b', '(?<=\\bfoo)\\b'],
    ['[\\b]x', '[\\b]x'],
    ['\\\\b', '\\\\b'],
    ['(.)\\1\\b', '(.)\\1\\b'],
  ])('should write %j as %j', (source, expected) => {
    expect(rewriteWordBoundaries(source)).toBe(expected);
  });
});

describe('regExp', () => {
  it('should compile a pattern once and share it, but a global one per call', () => {
    expect(regExp('^(?:seven)$', 'iu')).toBe(regExp('^(?:seven)$', 'iu'));
    expect(regExp('\\bx\\b', 'giu')).not.toBe(regExp('\\bx\\b', 'giu'));
    expect(regExp('\\bheld\\b', 'iu').source).toBe('(?<!\\w)held(?!\\w)');
    expect(regExp('\\bheld\\b', 'u').source).toBe('\\bheld\\b');
  });
});

const fixture = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Texts to match on: the sentences of the package's fixture pages and of Russian ones, and a few with ſ and the Kelvin sign. */
function sampleTexts(): string[] {
  const files = readdirSync(fixture('./fixtures/')).filter((f) => /\.(?:html|txt)$/.test(f)).map((f) => fixture(`./fixtures/${f}`));
  const russian = fixture('../../../apps/cli/src/fixtures/russian/');
  for (const dir of readdirSync(russian).filter((d) => !d.includes('.')).slice(0, 6)) {
    const country = readdirSync(`${russian}${dir}/raw`)[0]!;
    for (const f of readdirSync(`${russian}${dir}/raw/${country}`)) if (/\.(?:html|txt)$/.test(f)) files.push(`${russian}${dir}/raw/${country}/${f}`);
  }
  const texts = new Set<string>(['Kelvin \u212A was elected; ſince 1991 he held', 'polls\u017F held\u212A', 'x \u212Aelected']);
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const block of pageBlocks(text, file.endsWith('.html') ? 'html' : 'text', null)) {
      texts.add(block.text);
      for (const sentence of splitSentences(block.text)) texts.add(sentence);
    }
  }
  // Every third: enough of each shape, and the patterns as written are slow (that is why they are rewritten).
  return [...texts].filter((_, i) => i % 3 === 0);
}

/** Every match of a pattern on a text, as `new RegExp` and `regExp` give them. */
function matches(pattern: RegExp, text: string): unknown[] {
  if (!pattern.global && !pattern.sticky) {
    const m = pattern.exec(text);
    return m ? [m.index, [...m], m.groups] : [];
  }
  pattern.lastIndex = 0;
  return [...text.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))].map((m) => [m.index, [...m], m.groups]);
}

describe('the rules\' patterns', () => {
  it('should match as the patterns written, on the fixtures\' sentences and on random text', async () => {
    // Loads every rule, which builds its patterns through regExp.
    await import('./index.js');
    const patterns = [...seenPatterns.values()].filter((p) => p.flags.includes('i') && p.flags.includes('u') && p.source.includes('\\b'));
    expect(patterns.length).toBeGreaterThan(40);
    const texts = sampleTexts();
    expect(texts.length).toBeGreaterThan(200);
    const rewritten = patterns.filter((p) => rewriteWordBoundaries(p.source) !== p.source);
    expect(rewritten.length).toBeGreaterThan(40);
    for (const { source, flags } of rewritten) {
      const written = new RegExp(source, flags);
      const fast = new RegExp(rewriteWordBoundaries(source), flags);
      for (const text of texts) expect(matches(fast, text), `${source} on ${text}`).toEqual(matches(written, text));
    }
    // Random text of the letters that matter: ASCII words, ſ and the Kelvin sign (word letters under `iu`), Cyrillic, digits, marks.
    const alphabet = fc.constantFrom(...'aeiosktlrdnhw AEKS_\u017F\u212A\u0430\u0431\u0421\u0439 09.,;:%()-–'.split(''));
    const words = fc.constantFrom(...texts.flatMap((t) => t.split(/\s+/)).slice(0, 3000));
    const text = fc.oneof(fc.array(alphabet, { maxLength: 40 }).map((cs) => cs.join('')), fc.array(fc.oneof(words, alphabet), { maxLength: 25 }).map((ws) => ws.join(' ')));
    fc.assert(
      fc.property(fc.constantFrom(...rewritten), text, ({ source, flags }, t) => {
        expect(matches(new RegExp(rewriteWordBoundaries(source), flags), t)).toEqual(matches(new RegExp(source, flags), t));
      }),
      { numRuns: 1500, seed: 17 },
    );
  });
});
