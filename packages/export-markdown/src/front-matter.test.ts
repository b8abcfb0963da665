import { describe, expect, it } from 'vitest';
import { withLanguage, yamlString } from './front-matter.js';

describe('yamlString', () => {
  it.each([
    { input: 'ru', output: 'ru' },
    { input: 'en', output: 'en' },
    { input: 'kk', output: 'kk' },
    { input: 'uz-Cyrl', output: 'uz-Cyrl' },
    { input: 'zh-Hant-TW', output: 'zh-Hant-TW' },
    // YAML 1.1 would read these as booleans: Norwegian ("no") must stay a string.
    { input: 'no', output: '"no"' },
    { input: 'NO', output: '"NO"' },
    { input: 'on', output: '"on"' },
    { input: 'yes', output: '"yes"' },
    { input: 'off', output: '"off"' },
    { input: 'null', output: '"null"' },
    // Not a tag at all: quoted, so no YAML reads a colon or a leading digit as syntax.
    { input: 'a: b', output: '"a: b"' },
    { input: '1', output: '"1"' },
  ])('should write $input as $output', ({ input, output }) => {
    expect(yamlString(input)).toBe(output);
  });
});

describe('withLanguage', () => {
  it.each([
    { language: 'ru', page: '# Казахстан: Исполнительная власть\n', output: '---\nlang: ru\n---\n\n# Казахстан: Исполнительная власть\n' },
    { language: 'en', page: '# Kazakhstan\n\nText.\n', output: '---\nlang: en\n---\n\n# Kazakhstan\n\nText.\n' },
    { language: 'no', page: '# Norge\n', output: '---\nlang: "no"\n---\n\n# Norge\n' },
  ])('should record $language as front matter above the page', ({ language, page, output }) => {
    expect(withLanguage(language, page)).toBe(output);
  });
});
