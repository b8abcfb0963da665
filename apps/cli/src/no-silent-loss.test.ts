// Issue 13, "no silent loss": invisible characters never cost a person, NUL bytes never reach an
// output. Both are the ingest's (packages/ingest: normalize.ts and the person rules); these pin them.
import { readFileSync } from 'node:fs';
import { ingestPage } from '@profiles/ingest';
import { isProfileError, serializeProfile, type Profile } from '@profiles/model';
import { beforeAll, describe, expect, it } from 'vitest';
import { datasetFiles } from './pipeline.js';
import { SEED } from './test-helpers.js';

const seed = readFileSync(SEED, 'utf8');
const ingest = (text: string): Profile => ingestPage({ file: 'raw/kz/executive-branch.txt', country: 'kz', section: 'executive-branch', format: 'text', bytes: Buffer.from(text), meta: null });
const names = (profile: Profile) => profile.persons.map((p) => p.name).sort();

describe('invisible characters', () => {
  let expected: string[]; // the seed's persons, as the page stands
  beforeAll(() => {
    expected = names(ingest(seed));
  });

  it.each([
    ['a soft hyphen', '\u00ad'],
    ['a zero-width space', '\u200b'],
    ['a word joiner', '\u2060'],
    ['a zero-width non-joiner', '\u200c'],
    ['a left-to-right mark', '\u200e'],
    ['a right-to-left override', '\u202e'],
    ['a byte-order mark inside the text', '\ufeff'],
  ])('should never cost a person: %s inside names and around the dash', (_name, c) => {
    const text = seed
      .replace('Masimov Karim Kazhimkhanovich - Prime Minister', `Masi${c}mov Karim${c} Kazhimkhanovich ${c}- Prime Minister`)
      .replace('Aslan Musin - Head', `${c}Aslan Mu${c}sin -${c} Head`);
    expect(text).not.toBe(seed);
    expect(names(ingest(text))).toEqual(expected);
  });
});

describe('NUL bytes', () => {
  it('should never reach an output, wherever they are on the page (or the page is refused clearly)', () => {
    const at = seed.indexOf('Masimov Karim');
    expect(at).toBeGreaterThan(8192); // past the part of the page the binary sniffing reads
    const text = `${seed.slice(0, at)}Masi\u0000mov Karim\u0000 Kazhimkhanovich${seed.slice(at + 'Masimov Karim Kazhimkhanovich'.length)}`;
    let profile: Profile;
    try {
      profile = ingest(text);
    } catch (error) {
      expect(isProfileError(error), String(error)).toBe(true);
      return;
    }
    expect(serializeProfile(profile)).not.toContain('\\u0000');
    for (const [path, content] of datasetFiles([profile])) expect(content.includes('\u0000'), path).toBe(false);
  });
});
