import { describe, expect, it } from 'vitest';
import { normalizeSpaces, splitSentences } from './normalize.js';

describe('normalizeSpaces', () => {
  it.each([
    ['a\u00a0\u00a0b', 'a b'],
    ['Na\u00adzar\u200bbayev', 'Nazarbayev'],
    ['Aslan\u2060 Musin\u200e', 'Aslan Musin'],
    ['\u202bMusin\u202c \u2066Aslan\u2069', 'Musin Aslan'],
    ['nul\u0000 byte', 'nul byte'],
    ['\ufeffExecutive branch', 'Executive branch'],
    ['  tab\there  ', 'tab here'],
  ])('should read %j as %j', (text, expected) => {
    expect(normalizeSpaces(text)).toBe(expected);
  });
});

describe('splitSentences', () => {
  it.each([
    ['One. Two.', ['One.', 'Two.']],
    ['K. Masimov – Prime Minister. He was appointed.', ['K. Masimov – Prime Minister.', 'He was appointed.']],
    ['It was in 1995. The Council met.', ['It was in 1995.', 'The Council met.']],
    ['Chair: Ts. Elbegdorj, President of Mongolia. He chairs.', ['Chair: Ts. Elbegdorj, President of Mongolia.', 'He chairs.']],
    ['He met the Khan. Then he left.', ['He met the Khan.', 'Then he left.']],
    ['В октябре 2008 г. Фуад Мамедли был переизбран. Он победил.', ['В октябре 2008 г. Фуад Мамедли был переизбран.', 'Он победил.']],
    ['В 1994–1999 гг. Совет возглавлял Иван Петров.', ['В 1994–1999 гг. Совет возглавлял Иван Петров.']],
    ['Университет им. Гумилёва. Совет создан.', ['Университет им. Гумилёва.', 'Совет создан.']],
    // A word that only ends like an abbreviation ends its sentence: "Петров", "мг".
    ['Его сменил Петров. Совет создан.', ['Его сменил Петров.', 'Совет создан.']],
    ['Доза 5 мг. Совет создан.', ['Доза 5 мг.', 'Совет создан.']],
    // After an abbreviation, a word that only opens a sentence starts a new one; a name or a noun goes on.
    ['Срок истёк 31 декабря 2011 г. На выборах победил Иван Гром.', ['Срок истёк 31 декабря 2011 г.', 'На выборах победил Иван Гром.']],
    ['Кабинет работал до 2012 г. Он ушёл в отставку.', ['Кабинет работал до 2012 г.', 'Он ушёл в отставку.']],
    ['В 2012 г. Правительство ушло в отставку.', ['В 2012 г. Правительство ушло в отставку.']],
    ['В 2012 г. Новиков ушёл в отставку.', ['В 2012 г. Новиков ушёл в отставку.']],
    // Not a whole word: a name that starts like an opener ("Наталья", "Онуфриев").
    ['В 2012 г. Наталья Ким ушла в отставку.', ['В 2012 г. Наталья Ким ушла в отставку.']],
  ])('should split %j', (text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });
});
