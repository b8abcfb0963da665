import { describe, expect, it } from 'vitest';
import { bodyProperNames } from './body-proper-names.js';
import { PersonIndex } from '../persons.js';

describe('bodyProperNames', () => {
  it.each<[string, string[]]>([
    // After the noun it stands for, by a dash.
    ['Конституционным законом от 25 сентября 2020 года в стране создан двухпалатный парламент – Милли Генгеш.', ['Милли Генгеш']],
    ['Высшим представительным органом является однопалатный парламент – Жогорку Кенеш, избираемый на пять лет.', ['Жогорку Кенеш']],
    // In brackets or in quotes after the noun.
    ['Законодательную власть осуществляет парламент (Олий Мажлис) из двух палат.', ['Олий Мажлис']],
    ['Народный совет «Халк Маслахаты» собирается раз в год.', ['Халк Маслахаты']],
    // Opening a sentence that defines it, a gloss in brackets between or not.
    ['Халк Маслахаты (Народный совет) – верхняя палата Милли Генгеша; нижней палатой является Меджлис.', ['Халк Маслахаты']],
    ['Жогорку Кенеш – однопалатный парламент республики.', ['Жогорку Кенеш']],
    ['Закон вступил в силу. Ули Курултай – высший совет старейшин.', ['Ули Курултай']],
    ['The country has a bicameral parliament – Milli Gengesh.', ['Milli Gengesh']],
    ['Jogorku Kenesh – the unicameral parliament of the republic.', ['Jogorku Kenesh']],
    // Near misses: a person's name after the noun, a post's genitive, a person defined by a post, a noun not in the nominative.
    ['Председателем избран глава парламента – Иван Петров.', []],
    ['Председатель парламента – Гульнара Сидорова.', []],
    ['Гульшат Мамедова – председатель Меджлиса.', []],
    ['Бегенч Гундогдыев – член совета безопасности.', []],
    ['Айдар Нурланович Касымов – советник Президента.', []],
  ])('should read %j as the body names %j', (text, names) => {
    expect(bodyProperNames(text)).toEqual(names);
  });

  it.each<[string[], string, boolean]>([
    // A body's name in any case makes no person; a person of other words stays one.
    [['Милли Генгеш'], 'Милли Генгеша', false],
    [['Халк Маслахаты'], 'Халк Маслахаты', false],
    [['Жогорку Кенеш'], 'Жогорку Кенеша', false],
    [['Милли Генгеш'], 'Милли Ахмедова', true],
    [['Милли Генгеш'], 'Милли Генгеш Ахмедов', true],
  ])('with the body names %j should make a person of %j: %s', (bodies, written, isPerson) => {
    const index = new PersonIndex();
    index.notPersons(bodies);
    const at = { file: 'raw/tm/x.txt', line: 1, endLine: 1, element: null, quote: 'q' };
    expect(index.mention(written, at) !== null).toBe(isPerson);
  });
});
