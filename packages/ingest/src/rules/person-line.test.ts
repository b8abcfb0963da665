import { describe, expect, it } from 'vitest';
import { parsePersonLine, splitTitles } from './person-line.js';

describe('parsePersonLine', () => {
  it.each([
    [
      'Aslan Musin - Head of the Presidential Administration (appointed in October, 2008). Musin was preceded at this post by Kairat Kelimbetov.',
      { name: 'Aslan Musin', titles: ['Head of the Presidential Administration'], leadRole: null, startDate: '2008-10', predecessor: 'Kairat Kelimbetov' },
    ],
    [
      'Chair: Nazarbayev Nursultan Abishevitch, President of the Republic of Kazakhstan.',
      { name: 'Nazarbayev Nursultan Abishevitch', titles: ['Chair', 'President of the Republic of Kazakhstan'], leadRole: 'Chair', startDate: null, predecessor: null },
    ],
    [
      'Samakova Aigul Baigazyevna– Chairwoman of the Commission for Family and Women',
      { name: 'Samakova Aigul Baigazyevna', titles: ['Chairwoman of the Commission for Family and Women'], leadRole: null, startDate: null, predecessor: null },
    ],
    [
      'Kim Georgiy Vasilyevitch –Chairman of the Commission for Countering Corruption',
      { name: 'Kim Georgiy Vasilyevitch', titles: ['Chairman of the Commission for Countering Corruption'], leadRole: null, startDate: null, predecessor: null },
    ],
    [
      'Igor Rogov– Head of the Legal Policy Council, Deputy Head of the Administration of the President',
      { name: 'Igor Rogov', titles: ['Head of the Legal Policy Council', 'Deputy Head of the Administration of the President'], leadRole: null, startDate: null, predecessor: null },
    ],
    [
      'Oksikbayev Omarkhan Nurtaevitch — Security Council Secretary',
      { name: 'Oksikbayev Omarkhan Nurtaevitch', titles: ['Security Council Secretary'], leadRole: null, startDate: null, predecessor: null },
    ],
    [
      'Petrov Ivan Sergeyevich - First Vice Prime Minister. He was appointed in May, 2007.',
      { name: 'Petrov Ivan Sergeyevich', titles: ['First Vice Prime Minister'], leadRole: null, startDate: '2007-05', predecessor: null },
    ],
  ])('should read %j', (text, expected) => {
    expect(parsePersonLine(text)).toEqual(expected);
  });

  it.each([
    'Eurasian Home - analytical resource',
    'President of the Republic of Kazakhstan -',
    'Ministry of Agriculture - www.minagri.kz',
    'Official Sites',
    'The Council consists of representatives of various social and political institutions.',
    'Its predecessor – The Standing Meeting for Democratization – failed to arrange this dialogue.',
  ])('should not read %j as a person line', (text) => {
    expect(parsePersonLine(text)).toBeNull();
  });
});

describe('splitTitles', () => {
  it('should keep a comma inside one title', () => {
    expect(splitTitles('Minister of Labor, Employment and Social Protection')).toEqual(['Minister of Labor, Employment and Social Protection']);
  });
  it('should split a second title after a comma', () => {
    expect(splitTitles('Chair, Human Rights Commissioner of Kazakhstan.')).toEqual(['Chair', 'Human Rights Commissioner of Kazakhstan']);
  });
});
