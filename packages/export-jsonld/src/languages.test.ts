import { makeId, sampleProfile, type Profile, type Source } from '@profiles/model';
import type { Quad } from '@rdfjs/types';
import { describe, expect, it } from 'vitest';
import { inLanguage, siblingProfile } from './fixtures/profiles.js';
import { toNQuads, toStore } from './fixtures/rdf.js';
import { pageLanguages, quoteLanguage, recordLanguage } from './languages.js';
import { exportJsonLd } from './index.js';

const SCHEMA = 'http://schema.org/';
const CP = 'urn:country-profiles:vocab#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';
const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';

/** Natural-language text: each value must carry the language it was written in. */
const TEXTS = [
  ...['alternateName', 'author', 'description', 'familyName', 'genre', 'givenName', 'name', 'publisher', 'text'].map((t) => SCHEMA + t),
  'http://www.w3.org/2004/02/skos/core#prefLabel',
  ...['abbreviation', 'category', 'heading', 'outcome', 'patronymic', 'quote', 'region', 'section', 'subject', 'title', 'topic'].map((t) => CP + t),
];
/** Codes, IDs, files, hashes, and the group's own-language name (a language no page states): plain strings. */
const CODES = [
  ...['encodingFormat', 'identifier', 'inLanguage', 'unitText'].map((t) => SCHEMA + t),
  ...['code', 'element', 'encoding', 'file', 'level', 'localName', 'sha256', 'status'].map((t) => CP + t),
];
/** Nodes whose text the project writes, not the page: in English whatever the page's language. */
const PROJECT_TYPES = [CP + 'Issue', SCHEMA + 'Country'];

/** Every literal of every document of an export, loaded together, with the types of its subject. */
async function literals(profiles: readonly Profile[]): Promise<{ quad: Quad; types: string[] }[]> {
  const files = [...exportJsonLd(profiles)].filter(([path]) => path.endsWith('.jsonld') && path !== 'context.jsonld');
  const quads = toStore(await Promise.all(files.map(([, text]) => toNQuads(JSON.parse(text) as object))), 'N-Quads').getQuads(null, null, null, null);
  const types = new Map<string, string[]>();
  for (const q of quads) if (q.predicate.value === RDF_TYPE) types.set(q.subject.value, [...(types.get(q.subject.value) ?? []), q.object.value]);
  return quads.filter((quad) => quad.object.termType === 'Literal').map((quad) => ({ quad, types: types.get(quad.subject.value) ?? [] }));
}

const languageOf = (quad: Quad): string => (quad.object.termType === 'Literal' ? quad.object.language : '');
const datatypeOf = (quad: Quad): string => (quad.object.termType === 'Literal' ? quad.object.datatype.value : '');

function source(id: string, file: string, language: string): Source {
  return { ...sampleProfile().source, id, file, language };
}

describe('pageLanguages, recordLanguage, quoteLanguage', () => {
  const languages = pageLanguages([source('kz-source-000000000001', 'raw/kz/a.txt', 'en'), source('kz-source-000000000002', 'raw/kz/a.ru.txt', 'ru')]);

  it.each([
    { sourceIds: ['kz-source-000000000001'], language: 'en' },
    { sourceIds: ['kz-source-000000000002'], language: 'ru' },
    // The merge takes a record's fields from its latest snapshot, the last of its sourceIds.
    { sourceIds: ['kz-source-000000000001', 'kz-source-000000000002'], language: 'ru' },
    { sourceIds: ['kz-source-000000000002', 'kz-source-000000000001'], language: 'en' },
  ])('should give a record seen in $sourceIds the language $language', ({ sourceIds, language }) => {
    expect(recordLanguage(sourceIds, languages)).toBe(language);
  });

  it.each([[[]], [['kz-source-00000000000f']]])('should refuse a record seen in %j: no page of the document shows it', (sourceIds) => {
    expect(() => recordLanguage(sourceIds, languages)).toThrow('no page of the document shows the record');
  });

  it.each([
    { file: 'raw/kz/a.txt', fallback: 'ru', language: 'en' },
    { file: 'raw/kz/a.ru.txt', fallback: 'en', language: 'ru' },
    { file: 'raw/kz/elsewhere.txt', fallback: 'kk', language: 'kk' },
  ])('should give a quote from $file the language $language', ({ file, fallback, language }) => {
    expect(quoteLanguage(file, languages, fallback)).toBe(language);
  });
});

describe('languages in the JSON-LD', () => {
  it.each(['ru', 'kk', 'uz-Cyrl', 'en-GB'])('should tag every text of a page in %s with it, the project’s own text with en, and no code', async (language) => {
    const found = await literals([inLanguage(sampleProfile(), language)]);
    const seen = new Set<string>();
    for (const { quad, types } of found) {
      const what = `${quad.predicate.value} "${quad.object.value}"`;
      seen.add(quad.predicate.value);
      if (TEXTS.includes(quad.predicate.value)) {
        expect(datatypeOf(quad), what).toBe(LANG_STRING);
        expect(languageOf(quad), what).toBe(types.some((t) => PROJECT_TYPES.includes(t)) ? 'en' : language.toLowerCase());
      } else {
        expect(languageOf(quad), what).toBe('');
        if (CODES.includes(quad.predicate.value)) expect(datatypeOf(quad), what).toBe(XSD_STRING);
        else expect(datatypeOf(quad), `${what} is typed`).not.toBe(XSD_STRING);
      }
    }
    // The sample shows every text and code property at least once, so no row above is untested.
    expect([...TEXTS, ...CODES].filter((p) => !seen.has(p))).toEqual([]);
  });

  it('should tag each value of a country’s document with the language of the page it came from', async () => {
    // The sample as a Russian page, naming one person more; its sibling section in English shows
    // the same records and comes later in the merge, so the records both show take its fields.
    const russian = inLanguage(sampleProfile(), 'ru');
    const file = russian.source.file;
    russian.persons.push({
      id: makeId('person', 'kg', ['Иванов Иван']),
      name: 'Иванов Иван',
      familyName: 'Иванов',
      givenName: 'Иван',
      patronymic: null,
      aliases: ['Иванов Иван'],
      provenance: [{ file, line: 90, endLine: 90, element: null, quote: 'Советник – Иванов Иван' }],
    });
    // The sibling's own quotes cite its own file, as on a real page.
    const english = JSON.parse(JSON.stringify(siblingProfile()).replaceAll(`"file":"${file}"`, '"file":"raw/kg/security-council.html"')) as Profile;
    const found = await literals([russian, english]);
    const names = found.filter(({ quad, types }) => quad.predicate.value === `${SCHEMA}name` && types.includes(`${SCHEMA}Person`)).map(({ quad }) => `${quad.object.value}@${languageOf(quad)}`);
    expect(names.length).toBe(russian.persons.length);
    // Only the person the Russian page alone names is in Russian.
    expect(names.filter((name) => !name.endsWith('@en'))).toEqual(['Иванов Иван@ru']);
    // A quote is in the language of the page it was quoted from, whichever record holds it.
    const quotes = found.filter(({ quad }) => quad.predicate.value === `${CP}quote`);
    const files = found.filter(({ quad }) => quad.predicate.value === `${CP}file`);
    expect(quotes.length).toBeGreaterThan(20);
    for (const { quad } of quotes) {
      const fileOfQuote = files.find((f) => f.quad.subject.equals(quad.subject))!.quad.object.value;
      expect(languageOf(quad), `${fileOfQuote}: ${quad.object.value}`).toBe(fileOfQuote === file ? 'ru' : 'en');
    }
    expect(quotes.some(({ quad }) => languageOf(quad) === 'ru') && quotes.some(({ quad }) => languageOf(quad) === 'en')).toBe(true);
  });
});
