import { describe, expect, it } from 'vitest';
import { readCasedExOfficio, readExOfficio } from './ex-officio.js';

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

describe('readCasedExOfficio', () => {
  const post = (role: string, body: string, holderPost: string) => ({ body, role, holderPost, title: `${role} ${body}` });
  it.each([
    // The post first, the holder's post after the copula.
    ['Председателем Совета обороны является Президент Республики.', [post('Председатель', 'Совета обороны', 'Президент')]],
    ['Руководителем Комиссии по реформам по должности является Премьер-министр.', [post('Руководитель', 'Комиссии по реформам', 'Премьер-министр')]],
    // The holder first, several posts of the lexicon's roles, a post of another noun left.
    ['Президент также является Председателем Совета обороны, Верховным главнокомандующим и председателем Народной партии.', [post('Председатель', 'Совета обороны', 'Президент'), post('Председатель', 'Народной партии', 'Президент')]],
    ['Премьер-министр одновременно является Секретарём Национального совета.', [post('Секретарь', 'Национального совета', 'Премьер-министр')]],
  ])('should read %j', (sentence, expected) => {
    expect(readCasedExOfficio(sentence)).toEqual(expected);
  });

  it.each([
    'Председателем Совета обороны является Иван Петров.',
    'Президент является главой государства.',
    'Президент является Верховным главнокомандующим.',
    'Совет обороны является совещательным органом.',
  ])('should read no ex officio post in %j', (sentence) => {
    expect(readCasedExOfficio(sentence)).toEqual([]);
  });
});
