import { describe, expect, it } from 'vitest';
import { dateLiteral, decimalLexical, textIn } from './literals.js';

describe('dateLiteral', () => {
  it.each([
    { input: '1994', output: { '@value': '1994', '@type': 'xsd:gYear' } },
    { input: '1994-03', output: { '@value': '1994-03', '@type': 'xsd:gYearMonth' } },
    { input: '2011-10-30', output: { '@value': '2011-10-30', '@type': 'xsd:date' } },
  ])('should type $input at its precision', ({ input, output }) => {
    expect(dateLiteral(input)).toEqual(output);
  });
});

describe('decimalLexical', () => {
  it.each([
    { input: 63.2, output: '63.2' },
    { input: 55, output: '55' },
    { input: 0, output: '0' },
    { input: -3.5, output: '-3.5' },
    { input: 1e-7, output: '0.0000001' },
    { input: -1.25e-8, output: '-0.0000000125' },
    { input: 1e21, output: '1000000000000000000000' },
    { input: 1.5e22, output: '15000000000000000000000' },
  ])('should write $input as $output', ({ input, output }) => {
    expect(decimalLexical(input)).toBe(output);
    expect(output).toMatch(/^-?\d+(\.\d+)?$/);
    expect(Number(output)).toBe(input);
  });

  it('should refuse a number with no decimal form', () => {
    expect(() => decimalLexical(Number.NaN)).toThrow('not a finite number');
    expect(() => decimalLexical(Number.POSITIVE_INFINITY)).toThrow('not a finite number');
  });
});

describe('textIn', () => {
  it.each([
    { language: 'ru', input: 'Премьер-министр', output: { '@language': 'ru', '@value': 'Премьер-министр' } },
    { language: 'en', input: 'Prime Minister', output: { '@language': 'en', '@value': 'Prime Minister' } },
    { language: 'uz-Cyrl', input: 'Бош вазир', output: { '@language': 'uz-Cyrl', '@value': 'Бош вазир' } },
    { language: 'kk', input: null, output: null },
  ])('should write $input in $language as $output', ({ language, input, output }) => {
    expect(textIn(language)(input)).toEqual(output);
  });

  it('should list "@language" before "@value", the order the documents are written in', () => {
    expect(Object.keys(textIn('ru')('слово'))).toEqual(['@language', '@value']);
  });
});
