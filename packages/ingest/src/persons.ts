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

/** The people of one page: every form of a name leads to one person. */
export class PersonIndex {
  readonly all: PersonDraft[] = [];

  /** Records a mention of a full name (two words or more) and returns the person. */
  mention(written: string, where: Provenance): PersonDraft {
    const name = parsePersonName(written);
    const key = personKey(name);
    const keyText = key.join(' ');
    let person = this.all.find((p) => p.keyText === keyText);
    if (!person) {
      person = { key, keyText, best: name, forms: new Set(), provenance: [] };
      this.all.push(person);
    } else if (nameConfidence(name) > nameConfidence(person.best) || (nameConfidence(name) === nameConfidence(person.best) && written.length > person.best.written.length)) {
      person.best = name;
    }
    person.forms.add(written);
    if (!person.provenance.some((p) => p.line === where.line && p.quote === where.quote)) person.provenance.push(where);
    return person;
  }

  /**
   * The one person whose family name is `surname` ("Musin was preceded …"), or undefined when none
   * or several share it: a bare surname never merges two people.
   */
  bySurname(surname: string): PersonDraft | undefined {
    const key = normalizeKeyPart(surname);
    const matches = this.all.filter((p) => normalizeKeyPart(p.best.familyName) === key);
    return matches.length === 1 ? matches[0] : undefined;
  }
}
