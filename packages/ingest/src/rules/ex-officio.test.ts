import { describe, expect, it } from 'vitest';
import { readExOfficio } from './ex-officio.js';

describe('readExOfficio', () => {
  it.each([
    ['The Security Council of the Republic of Belarus is chaired by the President.', { body: 'Security Council of the Republic of Belarus', role: 'Chairman', holderPost: 'President' }],
    ['The Council is chaired by the President.', { body: 'Council', role: 'Chairman', holderPost: 'President' }],
    ['The Commission for Human Rights is headed by the Prime Minister of the Republic.', { body: 'Commission for Human Rights', role: 'Head', holderPost: 'Prime Minister' }],
    ['The State Council shall be presided over by the Speaker.', { body: 'State Council', role: 'Chairman', holderPost: 'Speaker' }],
    ['The President of Ukraine is the Chairman of the NSDC.', { body: 'NSDC', role: 'Chairman', holderPost: 'President' }],
    ['The Prime Minister is also the Head of the Commission on Reforms.', { body: 'Commission on Reforms', role: 'Head', holderPost: 'Prime Minister' }],
    ['The President is ex officio Chairman of the Defence Council.', { body: 'Defence Council', role: 'Chairman', holderPost: 'President' }],
    ['The State Council shall be presided  over by the Prime  Minister.', { body: 'State Council', role: 'Chairman', holderPost: 'Prime Minister' }],
    ['The Prime  Minister is the Chairman of the State Protocol Service.', { body: 'State Protocol Service', role: 'Chairman', holderPost: 'Prime Minister' }],
    ['The President is the Head of the Government Commission on Reforms.', { body: 'Government Commission on Reforms', role: 'Head', holderPost: 'President' }],
    ['The President is the Chairman of the Council of the.', { body: 'Council', role: 'Chairman', holderPost: 'President' }],
  ])('should read %j', (sentence, expected) => {
    expect(readExOfficio(sentence)).toEqual(expected);
  });

  it.each([
    'The Council is chaired by Ivan Petrov.',
    'The President is the Head of State.',
    'The President is the Head of the Government.',
    'The Prime Minister is the Head of the Republic.',
    'The meeting was chaired by the President.',
    'The President appoints the Chairman of the Council.',
  ])('should read no ex officio post in %j', (sentence) => {
    expect(readExOfficio(sentence)).toBeNull();
  });
});
