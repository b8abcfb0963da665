import { describe, expect, it } from 'vitest';
import { countryNameForms, listedCountryCode } from './country-names.js';

describe('listedCountryCode', () => {
  it.each([
    ['Кыргызстан', 'kg'],
    ['  Киргизстан ', 'kg'],
    ['КЫРГЫЗСКАЯ РЕСПУБЛИКА', 'kg'],
    ['Республика Молдова', 'md'],
    ['Белоруссия', 'by'],
    ['Туркменистан', 'tm'],
    ['Kyrgyz Republic', 'kg'],
    ['the Republic of Moldova', 'md'],
    // Names the library knows are left to it; names nobody lists stay unknown.
    ['Казахстан', undefined],
    ['Кыргызстанская', undefined],
    ['Республика', undefined],
  ])('should give %j the code %s', (name, code) => {
    expect(listedCountryCode(name)).toBe(code);
  });
});

describe('countryNameForms', () => {
  it.each([
    ['Республика Беларусь', ['Республика Беларусь', 'Беларусь']],
    ['Republic of Tajikistan', ['Republic of Tajikistan', 'Tajikistan']],
    ['Армения', ['Армения']],
    ['Кыргызская Республика', ['Кыргызская Республика']],
  ])('should look %j up as %j', (name, forms) => {
    expect(countryNameForms(name)).toEqual(forms);
  });
});
