import { describe, expect, it } from 'vitest';
import { findBareNames } from './bare-person.js';

describe('findBareNames', () => {
  it.each([
    ['The «Donetsk clan» is divided between the group of Rinat Akhmetov and the group of Ihor Kolomoisky.', ['Rinat Akhmetov', 'Ihor Kolomoisky']],
    ['The Pashayev family, relatives of First Lady Mehriban Aliyeva, control banking.', ['Mehriban Aliyeva']],
    ['Businessmen such as Vladimir Peftiev form a separate group.', ['Vladimir Peftiev']],
    ['The remains of the Family of Boris Yeltsinov\'s time have lost influence.', ['Boris Yeltsinov']],
    ['The richest of them, Gagik Tsarukyan, leads the party.', ['Gagik Tsarukyan']],
    ['His son Aidar Akayev and son-in-law Adil Toigonbayev controlled businesses.', ['Aidar Akayev', 'Adil Toigonbayev']],
    ['Georgian politics revolves around Mikheil Saakashvili.', ['Mikheil Saakashvili']],
    ['Then Rinat Akhmetov spoke, and Rinat Akhmetov won.', ['Rinat Akhmetov']],
    ['The heir Karim  Kazhimkhanovich  Masimov spoke.', []],
    // Not people.
    ['Under Bakiyev the southern clan controlled the businesses; unlike Akayev, he relied on the south.', []],
    ['The Rostov region and the Kishinev district.', []],
    ['The Democratic Party of Tajikistan and the Commission on Human Rights.', []],
    ['Karim Kazhimkhanovich Masimov chairs the Council.', []],
    ['The Yerevan elite and the Karabakh clan compete.', []],
    ['In Ukraine the Orange revolution won.', []],
  ])('should read %j', (sentence, expected) => {
    expect(findBareNames(sentence)).toEqual(expected);
  });

  it('should read a 64 KB paragraph in bounded time (the timeout is the hang guard; speed is for npm run bench)', () => {
    expect(findBareNames('Rinat Akhmetov met Ivan Petrov, '.repeat(2000))).toEqual(['Rinat Akhmetov', 'Ivan Petrov']);
  }, 20_000);
});
