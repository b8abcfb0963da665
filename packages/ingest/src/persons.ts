import type { Provenance } from '@profiles/model';
import { normalizeKeyPart } from '@profiles/model';
import { LEXICONS } from './lexicon/index.js';
import { fromInstrumental, keyReadings, nameConfidence, notANameWhy, parsePersonName, personKey, withoutNamePrefix, withoutOpeningWord, withoutTrailingPost, type PersonName } from './rules/person-name.js';

/** A person found on the page, before IDs are assigned. */
export interface PersonDraft {
  key: string[];
  /** The key joined with spaces, to compare keys. */
  keyText: string;
  best: PersonName;
  forms: Set<string>;
  provenance: Provenance[];
}

/** "K. Masimov", "K.K. Masimov", "Ts. Elbegdorj": initials, then the family name. */
const INITIALED = /^((?:\p{Lu}\p{Ll}?\.\s?){1,2})\s*(\S+)$/u;
/** "Гаврилов М.А.", "Petrov I.": the family name, then initials. */
const INITIALED_AFTER = /^(\p{Lu}[^\s.]+)\s+((?:\p{Lu}\p{Ll}?\.\s?){1,2})$/u;

/** The initials and the family name of a name written with initials, in either order, or null. */
function initialsOf(written: string): { initials: string; family: string } | null {
  const before = INITIALED.exec(written.trim());
  if (before) return { initials: before[1]!, family: before[2]! };
  const after = INITIALED_AFTER.exec(written.trim());
  return after ? { initials: after[2]!, family: after[1]! } : null;
}

/** The first initial, lower case: "Ts. " → "ts", "K.K. " → "k". */
function initialOf(initials: string): string {
  return normalizeKeyPart(/^\p{Lu}\p{Ll}?/u.exec(initials.trim())![0]);
}

/** True for a person the page has named only by initials so far. */
function isInitialed(person: PersonDraft): boolean {
  return [...person.forms].every((form) => initialsOf(form) !== null) && initialsOf(person.best.written) !== null;
}

/** True when a key holds the family word and another word that starts with the initial. */
function fitsInitial(key: readonly string[], family: string, initial: string): boolean {
  return key.includes(family) && key.some((word) => word !== family && word.startsWith(initial));
}

/** "khaltmaagiin" and "khaltmaa", either way: a stem of four letters or more and a genitive ending. */
function isGenitiveOf(a: string, b: string): boolean {
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short) && /^(?:giin|iin|yn)$/.test(long.slice(short.length));
}

/** The words of a name that its key holds, as written: family and given names, no patronymic. */
function keyWordsOf(name: PersonName): string[] {
  return [name.familyName, name.givenName ?? ''].flatMap((part) => part.split(/\s+/)).filter(Boolean);
}

/**
 * True when a name in another case reads back to a key: each word the key's own or read back
 * to one of its words, at least one read back ("Лину Антанавичене" → лина антанавичене).
 */
function readsBackTo(oblique: PersonName, key: readonly string[]): boolean {
  const words = keyWordsOf(oblique);
  if (words.length < 2 || words.length !== key.length) return false;
  const left = [...key];
  let readBack = false;
  for (const word of words) {
    let at = left.indexOf(normalizeKeyPart(word));
    if (at < 0) {
      const readings = keyReadings(word);
      at = left.findIndex((w) => readings.includes(w));
      readBack = true;
    }
    if (at < 0) return false;
    left.splice(at, 1);
  }
  return readBack;
}

/** The first letters of the father's name a patronymic holds: "Шамиль оглы" → шам, "Абишевич" and "Абишулы" → аби. */
function fatherStem(name: PersonName): string | null {
  const father = name.patronymic?.split(/\s+/)[0];
  return father && !father.endsWith('.') ? normalizeKeyPart(father).slice(0, 3) : null;
}

/** True for two names of one family and given name whose fathers differ: "Гасанов Али Шамиль оглы", "Гасанов Али Ахмед оглы". */
function fathersDiffer(a: PersonName, b: PersonName): boolean {
  const [x, y] = [fatherStem(a), fatherStem(b)];
  return x !== null && y !== null && x !== y;
}

/** A person already on the page, and how a new mention names them (`PersonIndex.known`). */
interface KnownPerson {
  person: PersonDraft;
  how: 'same' | 'oblique' | 'renamed';
}

/** The endings a family name may drop (lexicon `names.droppedFamilyEndings`), longest first. */
const DROPPED_ENDINGS = [...new Set(LEXICONS.flatMap((l) => l.names.droppedFamilyEndings).map(normalizeKeyPart))].sort((a, b) => b.length - a.length);
/** The shortest stem left when an ending is dropped: "Рахмон", not "Ов". */
const LEAST_STEM = 4;

/** True for two family names, one the other and an ending the language drops: "рахмонов", "рахмон". */
function differByDroppedEnding(a: string, b: string): boolean {
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return short.length >= LEAST_STEM && long.startsWith(short) && DROPPED_ENDINGS.includes(long.slice(short.length));
}

/** Adds a person to a word's list, once. */
function listed(index: Map<string, PersonDraft[]>, word: string, person: PersonDraft): void {
  const list = index.get(word);
  if (!list) index.set(word, [person]);
  else if (!list.includes(person)) list.push(person);
}

/** The people of one page: every form of a name leads to one person. */
export class PersonIndex {
  readonly all: PersonDraft[] = [];
  private readonly byKey = new Map<string, PersonDraft>();
  private readonly byFamily = new Map<string, PersonDraft[]>();
  /** The people named only by initials so far, by their family name: few, and all a full name is checked against. */
  private readonly initialedByFamily = new Map<string, PersonDraft[]>();

  /** Adds a mention's source to a person, once per line and quote. */
  private cite(person: PersonDraft, where: Provenance): void {
    const last = person.provenance[person.provenance.length - 1];
    if (last && last.line === where.line && last.quote === where.quote) return;
    if (!person.provenance.some((p) => p.line === where.line && p.quote === where.quote)) person.provenance.push(where);
  }

  /**
   * Records a mention of a full name (two words or more, or initials and a family name) and
   * returns the person. An initial refers back to the one person already named with that family
   * name and a given name of that initial ("K. Masimov" → Karim Masimov). Words that are no name
   * ("Последним Президент", "Российской Федерации") make no person: null.
   */
  /** "Иване Мерабишвили" is "Вано Мерабишвили" (the page put one in brackets after the other): a mention of the one is of the other. */
  sameAs(alias: string, name: string): void {
    this.aliases.set(personKey(parsePersonName(alias)).join(' '), name);
  }

  private readonly aliases = new Map<string, string>();

  /** The words of each name the page uses as a body's (`rules/body-proper-names.ts`): no person bears one. */
  private readonly bodyNames: string[][] = [];

  /** Names the page uses as bodies' ("Милли Генгеш"): a mention of one, in any case, makes no person. */
  notPersons(names: readonly string[]): void {
    for (const name of names) this.bodyNames.push(name.split(/\s+/).map(normalizeKeyPart));
  }

  /** True for a name whose every word is a body name's, as written or read back from another case ("Милли Генгеша"). */
  private isBodyName(written: string): boolean {
    const words = written.trim().split(/\s+/);
    return this.bodyNames.some(
      (body) => body.length === words.length && words.every((word) => [normalizeKeyPart(word), ...keyReadings(word)].some((w) => body.includes(w))),
    );
  }

  mention(asWritten: string, where: Provenance): PersonDraft | null {
    const read = fromInstrumental(withoutTrailingPost(withoutNamePrefix(withoutOpeningWord(asWritten))));
    if (notANameWhy(read) || this.isBodyName(read)) return null;
    const written = this.aliasOf(read);
    if (written !== read) {
      const person = this.mention(written, where);
      person?.forms.add(read);
      return person;
    }
    const initialed = initialsOf(written);
    const referent = initialed ? this.byInitial(initialed.initials, initialed.family) : undefined;
    if (referent) return this.seen(referent, written, where);
    const name = parsePersonName(written);
    const key = this.keyOf(name);
    const found = this.known(name, key, initialed !== null);
    if (found?.how === 'oblique') return this.seen(found.person, written, where);
    if (found?.how === 'renamed') this.rekey(found.person, name, key);
    if (found?.how === 'same') this.improve(found.person, name, written);
    const person = found?.person ?? this.added(name, key, initialed);
    return this.seen(person, written, where);
  }

  /** The name a bracketed alias stands for (`sameAs`), else the name itself. */
  private aliasOf(read: string): string {
    return this.aliases.size ? (this.aliases.get(personKey(parsePersonName(read)).join(' ')) ?? read) : read;
  }

  /** The key of a name; another father's child of the same names holds the father's name in it. */
  private keyOf(name: PersonName): string[] {
    const key = personKey(name);
    const same = this.byKey.get(key.join(' '));
    return same && fathersDiffer(same.best, name) ? [...key, `${fatherStem(name)}…`] : key;
  }

  /**
   * The person already on the page this name names, and how: by the same key or another spelling
   * of one (`same`), in another case (`oblique`: the page's first form stays), or a better form of
   * a person named first by an initial or in another case (`renamed`: this name becomes its key).
   */
  private known(name: PersonName, key: string[], initialed: boolean): KnownPerson | undefined {
    const same = this.byKey.get(key.join(' '));
    if (same) return { person: same, how: 'same' };
    if (initialed) return undefined;
    // A full name for someone the page named first by an initial ("A. Lukashenko", then "Alexander Lukashenko").
    const early = name.givenName && this.initialedByFamily.size ? this.initialedOnly(name) : undefined;
    if (early) return { person: early.person, how: early.oblique ? 'oblique' : 'renamed' };
    const genitive = key.length === 2 ? this.byGenitive(key) : undefined;
    if (genitive) return { person: genitive, how: 'same' };
    // "сменил Лину Антанавичене" after "Лина Антанавичене": the person already named, in another case.
    const other = this.inOtherCase(name, key);
    if (other) return { person: other.person, how: other.oblique ? 'oblique' : 'renamed' };
    const shortened = this.byDroppedEnding(name);
    return shortened ? { person: shortened, how: 'same' } : undefined;
  }

  /** A new person of this name. */
  private added(name: PersonName, key: string[], initialed: { family: string } | null): PersonDraft {
    const person: PersonDraft = { key, keyText: key.join(' '), best: name, forms: new Set(), provenance: [] };
    this.all.push(person);
    this.byKey.set(person.keyText, person);
    this.indexWords(person);
    if (initialed) {
      const family = normalizeKeyPart(initialed.family);
      this.initialedByFamily.set(family, [...(this.initialedByFamily.get(family) ?? []), person]);
    }
    return person;
  }

  /** Gives a person this name as its key and best form. */
  private rekey(person: PersonDraft, name: PersonName, key: string[]): void {
    this.byKey.delete(person.keyText);
    Object.assign(person, { key, keyText: key.join(' '), best: name });
    this.byKey.set(person.keyText, person);
    this.indexWords(person);
  }

  /** Keeps the surer form of a person's name, or of two as sure the longer. */
  private improve(person: PersonDraft, name: PersonName, written: string): void {
    const [mine, theirs] = [nameConfidence(name), nameConfidence(person.best)];
    if (mine > theirs || (mine === theirs && written.length > person.best.written.length)) person.best = name;
  }

  /** Records this form and source of a person, and returns it. */
  private seen(person: PersonDraft, written: string, where: Provenance): PersonDraft {
    person.forms.add(written);
    this.cite(person, where);
    return person;
  }

  /**
   * The one person of the same given name, and the same father where both name one, whose family
   * name is this one's with or without an ending the language drops (lexicon
   * `names.droppedFamilyEndings`): "Эмомали Рахмонов" is "Рахмон Эмомали Шарипович". Never by the
   * family name alone.
   */
  private byDroppedEnding(name: PersonName): PersonDraft | undefined {
    if (!name.givenName || !name.familyName) return undefined;
    const given = normalizeKeyPart(name.givenName);
    const family = normalizeKeyPart(name.familyName);
    const matches = (this.byFamily.get(given) ?? []).filter(
      (p) =>
        !isInitialed(p) &&
        p.best.givenName !== null &&
        normalizeKeyPart(p.best.givenName) === given &&
        differByDroppedEnding(family, normalizeKeyPart(p.best.familyName)) &&
        !fathersDiffer(p.best, name),
    );
    return new Set(matches).size === 1 ? matches[0] : undefined;
  }

  /**
   * Indexed by every word of the key: which word is the family name may change with a better form;
   * and by the nominatives its words read back to, so a nominative finds a person named first in
   * another case ("Лисов Сергей" after "Сергея Лисова").
   */
  private indexWords(person: PersonDraft): void {
    for (const word of person.key) {
      listed(this.byFamily, word, person);
      for (const reading of keyReadings(word)) listed(this.byReading, reading, person);
    }
  }

  private readonly byReading = new Map<string, PersonDraft[]>();

  /**
   * The one person named in full whose name holds the family name and another word that starts
   * with the initial ("Ts. Elbegdorj" → Tsakhiagiin Elbegdorj, whichever word the page put first).
   */
  private byInitial(initials: string, family: string): PersonDraft | undefined {
    const first = initialOf(initials);
    // "Т. Рыйваса" after "Таави Рыйвас": the family name as written, else read back from another case.
    for (const key of [normalizeKeyPart(family), ...keyReadings(family)]) {
      const matches = (this.byFamily.get(key) ?? []).filter((p) => !isInitialed(p) && fitsInitial(p.key, key, first));
      if (matches.length) return matches.length === 1 ? matches[0] : undefined;
    }
    // "О. Бабанов" after "Омурбека Бабанова": the family name as written is what the full name's reads back to.
    const asWritten = normalizeKeyPart(family);
    const oblique = (this.byReading.get(asWritten) ?? []).filter(
      (p) => !isInitialed(p) && p.key.some((word) => keyReadings(word).includes(asWritten) && fitsInitial(p.key, word, first)),
    );
    return new Set(oblique).size === 1 ? oblique[0] : undefined;
  }

  /**
   * The one person so far named only by an initial that this full name fits, as written or with
   * its family name read back from another case ("Омурбека Бабанова" after "О. Бабанов": `oblique`).
   */
  private initialedOnly(name: PersonName): { person: PersonDraft; oblique: boolean } | undefined {
    const words = personKey(name);
    const matches = new Map<PersonDraft, boolean>();
    for (const word of words) {
      for (const family of [word, ...keyReadings(word)]) {
        const others = words.filter((w) => w !== word);
        for (const p of this.initialedByFamily.get(family) ?? []) {
          const initialed = isInitialed(p) ? initialsOf(p.best.written) : null;
          if (initialed && fitsInitial([family, ...others], family, initialOf(initialed.initials))) matches.set(p, family !== word);
        }
      }
    }
    if (matches.size !== 1) return undefined;
    const [person, oblique] = [...matches][0]!;
    return { person, oblique };
  }

  /**
   * The one person this name names in another case: `oblique` when this name is the oblique one
   * ("Георгия Маргвелашвили" after "Георгий Маргвелашвили"), else the person was named first in
   * another case and this name is its nominative.
   */
  private inOtherCase(name: PersonName, key: readonly string[]): { person: PersonDraft; oblique: boolean } | undefined {
    const near = new Set<PersonDraft>();
    for (const word of keyWordsOf(name)) {
      for (const w of [normalizeKeyPart(word), ...keyReadings(word)]) for (const p of this.byFamily.get(w) ?? []) near.add(p);
      for (const p of this.byReading.get(normalizeKeyPart(word)) ?? []) near.add(p);
    }
    const found: Array<{ person: PersonDraft; oblique: boolean }> = [];
    for (const p of near) {
      if (isInitialed(p) || p.key.length !== key.length || fathersDiffer(p.best, name)) continue;
      if (readsBackTo(name, p.key)) found.push({ person: p, oblique: true });
      else if (readsBackTo(p.best, key)) found.push({ person: p, oblique: false });
    }
    return found.length === 1 ? found[0] : undefined;
  }

  /**
   * The one person named with the same given name and the father's name in the other case:
   * "Khaltmaagiin Battulga" (the genitive, as Mongolian names are written) is "Battulga Khaltmaa".
   * Two words each, one the same, the other the same stem with a genitive ending (-giin, -iin, -yn).
   */
  private byGenitive(key: readonly string[]): PersonDraft | undefined {
    const matches = new Set<PersonDraft>();
    key.forEach((word, i) => {
      const other = key[1 - i]!;
      for (const p of this.byFamily.get(word) ?? []) {
        if (p.key.length !== 2) continue;
        const theirs = p.key[0] === word ? p.key[1]! : p.key[0]!;
        if (theirs !== other && isGenitiveOf(other, theirs)) matches.add(p);
      }
    });
    return matches.size === 1 ? [...matches][0] : undefined;
  }

  /**
   * The one person whose family name is `surname` ("Musin was preceded …"), or undefined when none
   * or several share it: a bare surname never merges two people.
   */
  bySurname(surname: string): PersonDraft | undefined {
    const key = normalizeKeyPart(surname);
    const matches = (this.byFamily.get(key) ?? []).filter((p) => normalizeKeyPart(p.best.familyName) === key);
    return matches.length === 1 ? matches[0] : undefined;
  }
}
