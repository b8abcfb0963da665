import type { Provenance } from '@profiles/model';
import { normalizeKeyPart } from '@profiles/model';
import { nameConfidence, parsePersonName, personKey, type PersonName } from './rules/person-name.js';

/** A person found on the page, before IDs are assigned. */
export interface PersonDraft {
  key: string[];
  /** The key joined with spaces, to compare keys. */
  keyText: string;
  best: PersonName;
  forms: Set<string>;
  provenance: Provenance[];
}

/** "K. Masimov", "K.K. Masimov": initials, then the family name. */
const INITIALED = /^((?:\p{Lu}\.\s?){1,2})\s*(\S+)$/u;

/** The people of one page: every form of a name leads to one person. */
export class PersonIndex {
  readonly all: PersonDraft[] = [];
  private readonly byKey = new Map<string, PersonDraft>();
  private readonly byFamily = new Map<string, PersonDraft[]>();

  /** Adds a mention's source to a person, once per line and quote. */
  private cite(person: PersonDraft, where: Provenance): void {
    const last = person.provenance[person.provenance.length - 1];
    if (last && last.line === where.line && last.quote === where.quote) return;
    if (!person.provenance.some((p) => p.line === where.line && p.quote === where.quote)) person.provenance.push(where);
  }

  /**
   * Records a mention of a full name (two words or more, or initials and a family name) and
   * returns the person. An initial refers back to the one person already named with that family
   * name and a given name of that initial ("K. Masimov" → Karim Masimov).
   */
  mention(written: string, where: Provenance): PersonDraft {
    const initialed = INITIALED.exec(written.trim());
    if (initialed) {
      const referent = this.byInitial(initialed[1]!, initialed[2]!);
      if (referent) {
        referent.forms.add(written);
        this.cite(referent, where);
        return referent;
      }
    }
    const name = parsePersonName(written);
    const key = personKey(name);
    const keyText = key.join(' ');
    let person = this.byKey.get(keyText);
    if (!person) {
      person = { key, keyText, best: name, forms: new Set(), provenance: [] };
      this.all.push(person);
      this.byKey.set(keyText, person);
      // Indexed by every word of the key: which word is the family name may change with a better form.
      for (const word of key) {
        const list = this.byFamily.get(word);
        if (list) list.push(person);
        else this.byFamily.set(word, [person]);
      }
    } else if (nameConfidence(name) > nameConfidence(person.best) || (nameConfidence(name) === nameConfidence(person.best) && written.length > person.best.written.length)) {
      person.best = name;
    }
    person.forms.add(written);
    this.cite(person, where);
    return person;
  }

  /** The one person of this family name whose given name starts with the initial, if exactly one. */
  private byInitial(initials: string, family: string): PersonDraft | undefined {
    const first = initials[0]!.toLowerCase();
    const key = normalizeKeyPart(family);
    const matches = (this.byFamily.get(key) ?? []).filter((p) => normalizeKeyPart(p.best.familyName) === key && normalizeKeyPart(p.best.givenName ?? '').startsWith(first));
    return matches.length === 1 ? matches[0] : undefined;
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
