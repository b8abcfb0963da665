import { describe, expect, it } from 'vitest';
import { DEFAULT_BASE, DEFAULT_VOCAB, resolveOptions } from './options.js';

describe('resolveOptions', () => {
  it('should default to URNs that claim no domain', () => {
    expect(resolveOptions()).toEqual({ base: 'urn:country-profiles:id:', vocab: 'urn:country-profiles:vocab#' });
    expect(resolveOptions({})).toEqual({ base: DEFAULT_BASE, vocab: DEFAULT_VOCAB });
  });

  it('should keep a base and vocabulary the caller owns', () => {
    expect(resolveOptions({ base: 'https://data.example.org/id/', vocab: 'https://data.example.org/ns#' })).toEqual({
      base: 'https://data.example.org/id/',
      vocab: 'https://data.example.org/ns#',
    });
  });

  it.each([
    { option: 'base', value: 'id/', message: 'must be an absolute IRI' },
    { option: 'base', value: '', message: 'must be an absolute IRI' },
    { option: 'base', value: 'urn:x:has space:', message: 'must be an absolute IRI' },
    { option: 'base', value: 'https://data.example.org/id', message: 'must end in ":", "/" or "#"' },
    { option: 'vocab', value: 'vocab#', message: 'must be an absolute IRI' },
    { option: 'vocab', value: 'urn:x:<vocab>#', message: 'must be an absolute IRI' },
    { option: 'vocab', value: 'urn:x:vocab', message: 'must end in ":", "/" or "#"' },
  ])('should refuse $option "$value"', ({ option, value, message }) => {
    expect(() => resolveOptions({ [option]: value })).toThrow(`JSON-LD option ${option} ${message}`);
  });
});
