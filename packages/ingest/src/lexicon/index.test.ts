import { describe, expect, it } from 'vitest';
import { detectLanguage, LEXICONS, lexiconOf, wordsPattern } from './index.js';

describe('LEXICONS', () => {
  it('should have English first, then Russian', () => {
    expect(LEXICONS.map((l) => l.language)).toEqual(['en', 'ru']);
  });

  it.each(LEXICONS.map((l) => [l.language, l] as const))('should give twelve months in %s, each a valid pattern', (_language, lexicon) => {
    expect(lexicon.months).toHaveLength(12);
    for (const month of lexicon.months) expect(() => new RegExp(month, 'u')).not.toThrow();
  });

  it.each([
    ['ru', 'ru'],
    ['ru-KZ', 'ru'],
    ['EN', 'en'],
  ])('should find the lexicon of %s', (tag, language) => {
    expect(lexiconOf(tag)?.language).toBe(language);
  });

  it('should know no lexicon of a language it has none for', () => {
    expect(lexiconOf('de')).toBeUndefined();
  });
});

describe('detectLanguage', () => {
  it.each([
    ['Профиль страны / Казахстан / Исполнительная власть', 'ru'],
    ['Country profile / Kazakhstan / Executive branch', 'en'],
    // An English page's chrome in Russian does not make it Russian.
    ['Main page | Главная страница\nCountry profile / Kazakhstan /\nExecutive branch\nThe President of the Republic is the Head of State.', 'en'],
    // A Russian page quoting English names stays Russian.
    ['Главная | Main page\nСовет Безопасности (Security Council) координирует деятельность силовых структур.', 'ru'],
    ['2012 — 05.03.2012', 'en'],
    ['', 'en'],
    // Letters are counted as characters, not UTF-16 units: two Latin letters past U+FFFF are two, against three Cyrillic ones.
    ['\u{10780}\u{10781} ЖЖЖ', 'ru'],
    ['\u{10780}\u{10781}\u{10782} ЖЖ', 'en'],
    // A numeral is no letter of a script's words, but counts as Latin as it always did: "Ⅻ" is Latin.
    ['ⅫⅫⅫ Жж', 'en'],
  ])('should read %j as %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });
});

describe('wordsPattern', () => {
  const roles = new RegExp(wordsPattern((l) => l.roles.nouns, (l) => l.roles.inflection), 'iu');

  it.each(['Prime Minister of Kazakhstan', 'Heads of bodies', 'Руководитель Администрации', 'Заместителя Премьер-Министра', 'при Президенте Республики', 'Аким области'])('should find a role word in %j', (text) => {
    expect(roles.test(text)).toBe(true);
  });

  it.each(['Headquarters', 'Главная страница', 'Акимат области', 'После выборов', 'Administrative'])('should find no role word in %j', (text) => {
    expect(roles.test(text)).toBe(false);
  });
});

describe('each lexicon\'s patterns with a slot', () => {
  it.each(LEXICONS.map((l) => [l.language, l] as const))('should give %s\'s succession sentences a {holder} and its named lead-ins a {body}', (_language, lexicon) => {
    for (const { phrases } of lexicon.succession.sentences) for (const phrase of phrases) expect(phrase).toContain('{holder}');
    for (const pattern of [...lexicon.leadIns.patterns, ...lexicon.leadIns.caseless, ...lexicon.leadIns.named]) expect(pattern).toContain('{body}');
  });
});
