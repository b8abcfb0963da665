import type { Profile } from '@profiles/model';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestPage, type PageInput } from './ingest.js';

/** A short Russian page of the template: chrome, breadcrumb, title, one body and one person line. */
const RUSSIAN = [
  'Главная страница | Main page',
  'Евразийский Дом - аналитический ресурс',
  '',
  'Профиль страны / Казахстан /',
  '',
  'Версия для печати',
  '',
  'Исполнительная власть',
  '',
  'Совет Безопасности',
  'Совет Безопасности координирует деятельность силовых структур.',
  '',
  'Оксикбаев Омархан Нуртаевич - Секретарь Совета Безопасности',
  '',
  'Materials on the country',
  '',
  'Тема 05.03.2012',
].join('\n');

const ENGLISH = [
  'Main page | Главная страница',
  'Country profile / Kazakhstan /',
  'Executive branch',
  'Security Council',
  'Oksikbayev Omarkhan Nurtaevitch - Security Council Secretary',
].join('\n');

function page(text: string, file: string, meta: PageInput['meta'] = null): PageInput {
  const country = file.split('/')[1]!;
  const name = file.split('/').pop()!;
  return { file, country, section: name.replace(/\.(?:txt|html?)$/, ''), format: 'text', bytes: Buffer.from(text), meta };
}

describe("a page's language", () => {
  it('should come from the file name first', () => {
    const profile = ingestPage(page(RUSSIAN, 'raw/kz/executive-branch.ru.txt', { language: 'en' }));
    expect(profile.source.language).toBe('ru');
  });

  it("should come from the sidecar's language when the file name gives none", () => {
    expect(ingestPage(page(RUSSIAN, 'raw/kz/executive-branch.txt', { language: 'ru-KZ' })).source.language).toBe('ru-KZ');
  });

  it('should be detected by the letters when neither says', () => {
    expect(ingestPage(page(RUSSIAN, 'raw/kz/executive-branch.txt')).source.language).toBe('ru');
    expect(ingestPage(page(ENGLISH, 'raw/kz/executive-branch.txt')).source.language).toBe('en');
  });
});

describe('a Russian page of the template', () => {
  let profile: Profile;
  beforeAll(() => {
    profile = ingestPage(page(RUSSIAN, 'raw/kz/executive-branch.ru.txt'));
  });

  it('should read the frame: the section title, the publisher, the materials, and no warning about the country', () => {
    expect(profile.source.section).toBe('Исполнительная власть');
    expect(profile.source.publisher).toBe('Евразийский Дом');
    expect(profile.materials.map((m) => [m.kind, m.date])).toEqual([['Тема', '2012-03-05']]);
    expect((profile.issues ?? []).map((i) => i.code)).not.toContain('unknown-country-name');
  });

  it("should keep one English name per country in the dataset, whatever the page's language", () => {
    expect(profile.source.country).toEqual({ code: 'kz', name: 'Kazakhstan' });
  });

  it('should check the Russian country name against the folder', () => {
    expect(() => ingestPage(page(RUSSIAN, 'raw/kg/executive-branch.ru.txt'))).toThrow(/Казахстан \(kz\) but sits in raw\/kg\//);
  });

  it('should leave the next English page read as English', () => {
    ingestPage(page(RUSSIAN, 'raw/kz/executive-branch.ru.txt'));
    const english = ingestPage(page(ENGLISH, 'raw/kz/executive-branch.txt'));
    expect(english.source.country.name).toBe('Kazakhstan');
    expect(english.source.section).toBe('Executive branch');
  });
});

/** The Russian page with another breadcrumb: "Профиль страны / <country> / <section>", and no title line when the crumb names the section. */
function withCrumb(crumb: string): string {
  return RUSSIAN.replace('Профиль страны / Казахстан /', crumb).replace(crumb.split(' / ')[2] ? '\nИсполнительная власть\n' : '\u0000', '\n');
}

const codes = (profile: ReturnType<typeof ingestPage>) => (profile.issues ?? []).map((i) => i.code);

describe("a breadcrumb's country in the names people write", () => {
  it.each([
    ['Кыргызстан', 'kg'],
    ['Киргизстан', 'kg'],
    ['Киргизия', 'kg'],
    ['Кыргызская Республика', 'kg'],
    ['Молдова', 'md'],
    ['Республика Молдова', 'md'],
    ['Туркменистан', 'tm'],
    ['Белоруссия', 'by'],
    ['Республика Беларусь', 'by'],
    ['Республика Узбекистан', 'uz'],
    ['Kyrgyz Republic', 'kg'],
    ['Moldova', 'md'],
    ['Republic of Moldova', 'md'],
    ['Republic of Tajikistan', 'tj'],
  ])('should check %j against its folder (%s)', (country, code) => {
    const text = withCrumb(`Профиль страны / ${country} /`);
    expect(codes(ingestPage(page(text, `raw/${code}/executive-branch.ru.txt`)))).not.toContain('unknown-country-name');
    expect(() => ingestPage(page(text, `raw/${code === 'kz' ? 'kg' : 'kz'}/executive-branch.ru.txt`))).toThrow(/but sits in raw\/kz\//);
  });

  it('should still warn of a name no library and no lexicon knows, and check nothing', () => {
    const text = withCrumb('Профиль страны / Республика Эльдорадо /');
    expect(codes(ingestPage(page(text, 'raw/kg/executive-branch.ru.txt')))).toContain('unknown-country-name');
  });
});

describe('a page whose breadcrumb names the section and no line repeats it', () => {
  it('should take the section from the breadcrumb, with no warning', () => {
    const profile = ingestPage(page(withCrumb('Профиль страны / Кыргызстан / Исполнительная власть'), 'raw/kg/executive-branch.ru.txt'));
    expect(profile.source.section).toBe('Исполнительная власть');
    expect(codes(profile)).not.toContain('no-section-title');
    expect(profile.organizations.map((o) => o.name)).toContain('Совет Безопасности');
  });

  it('should warn when neither a line nor the breadcrumb names the section', () => {
    const text = RUSSIAN.replace('\nИсполнительная власть\n', '\n');
    expect(codes(ingestPage(page(text, 'raw/kz/executive-branch.ru.txt')))).toContain('no-section-title');
  });
});
