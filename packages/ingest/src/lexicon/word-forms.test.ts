// The lexicons' word forms (`wordForms`): the endings and small words the rules read from them, not from their own code.
import { describe, expect, it } from 'vitest';
import { en, ru } from './index.js';
import type { Lexicon } from './types.js';
import { splitTitle } from '../rules/roles.js';

type Field = keyof Lexicon['wordForms'];
const fields = Object.keys(ru.wordForms) as Field[];
/** Forms Russian does not have: articles. */
const ENGLISH_ONLY: Field[] = ['articles'];

describe('lexicon wordForms', () => {
  it('should give Russian every field, English the same fields', () => {
    expect(fields.length).toBeGreaterThan(10);
    expect(Object.keys(en.wordForms).sort()).toEqual([...fields].sort());
  });

  it.each(fields.filter((f) => !ENGLISH_ONLY.includes(f)))('should give Russian words or endings of %s, each a valid pattern', (field) => {
    expect(ru.wordForms[field].length).toBeGreaterThan(0);
    for (const form of [...ru.wordForms[field], ...en.wordForms[field]]) expect(() => new RegExp(form, 'u')).not.toThrow();
  });

  it.each(ENGLISH_ONLY)('should give English, not Russian, %s', (field) => {
    expect(ru.wordForms[field]).toEqual([]);
    expect(en.wordForms[field].length).toBeGreaterThan(0);
  });

  it('should keep the endings Russian morphology reads in the lexicon', () => {
    expect(ru.wordForms.nounInstrumentalPlural).toEqual(expect.arrayContaining(['ами', 'ями']));
    expect(ru.wordForms.adjectiveGenitiveDative).toEqual(expect.arrayContaining(['ого', 'его']));
    expect(en.wordForms.nounInstrumentalPlural).toEqual([]);
  });

  // The rules read these fields: an instrumental plural ending keeps a post's own word, another ending does not.
  it.each([
    ['Управляющий делами Президента', 'Управляющий делами'],
    ['Управляющая поручениями Правительства', 'Управляющая поручениями'],
    ['Управляющий делом Президента', 'Управляющий'],
  ])('should split %j with the role %j by nounInstrumentalPlural', (title, role) => {
    expect(splitTitle(title)?.role).toBe(role);
  });
});
