import { describe, expect, it } from 'vitest';
import { conformsToProfile } from './conforms.js';
import { makeId } from './ids.js';
import type { Profile } from './profile.js';
import { sampleProfile } from './sample.js';
import { crossRecordProblems, validateProfile } from './validate.js';

// One row per cross-record check of `crossRecordProblems`: each breaks exactly one reference of an
// otherwise valid profile and names the one problem a user must then see, word for word. Deleting
// or weakening any check makes its row fail.

const sample = sampleProfile();
const FILE = sample.source.file;
const president = sample.organizations[0]!.id; // head of state
const council = sample.organizations[1]!.id; // Security Council: parent president, predecessor Defence Council
const ministry = sample.organizations[4]!.id; // Ministry of Defence, parent Government
const temirov = sample.persons[0]!.id;
const osmonova = sample.persons[1]!.id;
const chair = sample.memberships[1]!.id; // Temirov, Chair of the Security Council (line 22)
const pm = sample.memberships[2]!.id; // Osmonova, Prime Minister, preceded by Sadykov (line 40)
const election = sample.events[0]!.id; // line 12
const task = sample.tasks[0]!.id; // line 23
const note = sample.notes[0]!.id; // line 62

/** An ID of the right form that no record of the sample has. */
const nobody = makeId('person', 'kg', ['Nobody', 'At All']);
const nowhere = makeId('organization', 'kg', ['Ministry of Nowhere']);

interface Row {
  name: string;
  breakIt: (p: Profile) => void;
  /** The one problem, as `ProfileError.message`: file:line: reason. */
  expected: string;
}

const ROWS: Row[] = [
  {
    name: 'an organization whose parent does not exist',
    breakIt: (p) => void (p.organizations[1]!.parentId = nowhere),
    expected: `${FILE}:20: ${council}: parent ${nowhere} is not an organization`,
  },
  {
    name: 'an organization whose parent is a person',
    breakIt: (p) => void (p.organizations[4]!.parentId = temirov),
    expected: `${FILE}:50: ${ministry}: parent ${temirov} is not an organization`,
  },
  {
    name: 'an organization whose predecessor does not exist',
    breakIt: (p) => void (p.organizations[1]!.predecessorId = nowhere),
    expected: `${FILE}:20: ${council}: predecessor ${nowhere} is not an organization`,
  },
  {
    name: 'an organization that is its own parent',
    breakIt: (p) => void (p.organizations[1]!.parentId = council),
    expected: `${FILE}:20: ${council}: is its own parent`,
  },
  {
    name: 'a membership whose person does not exist',
    breakIt: (p) => void (p.memberships[1]!.personId = nobody),
    expected: `${FILE}:22: ${chair}: person ${nobody} is not a person`,
  },
  {
    name: 'a membership whose person is an organization',
    breakIt: (p) => void (p.memberships[1]!.personId = president),
    expected: `${FILE}:22: ${chair}: person ${president} is not a person`,
  },
  {
    name: 'a membership whose organization does not exist',
    breakIt: (p) => void (p.memberships[1]!.organizationId = nowhere),
    expected: `${FILE}:22: ${chair}: organization ${nowhere} is not an organization`,
  },
  {
    name: 'a membership whose predecessor does not exist',
    breakIt: (p) => void (p.memberships[2]!.predecessorId = nobody),
    expected: `${FILE}:40: ${pm}: predecessor ${nobody} is not a person`,
  },
  {
    name: 'a membership preceded by its own holder',
    breakIt: (p) => void (p.memberships[2]!.predecessorId = osmonova),
    expected: `${FILE}:40: ${pm}: is preceded by its own holder`,
  },
  {
    name: 'an election whose winner does not exist',
    breakIt: (p) => void (p.events[0]!.personId = nobody),
    expected: `${FILE}:12: ${election}: person ${nobody} is not a person`,
  },
  {
    name: 'an election whose office does not exist',
    breakIt: (p) => void (p.events[0]!.organizationId = nowhere),
    expected: `${FILE}:12: ${election}: organization ${nowhere} is not an organization`,
  },
  {
    name: 'a task whose body does not exist',
    breakIt: (p) => void (p.tasks[0]!.organizationId = nowhere),
    expected: `${FILE}:23: ${task}: organization ${nowhere} is not an organization`,
  },
  {
    name: 'a note about a body that does not exist',
    breakIt: (p) => void (p.notes[0]!.organizationId = nowhere),
    expected: `${FILE}:62: ${note}: organization ${nowhere} is not an organization`,
  },
  {
    name: 'one ID twice in one collection',
    breakIt: (p) => void p.persons.push({ ...p.persons[1]!, provenance: [{ ...p.persons[1]!.provenance[0]!, line: 44, endLine: 44 }] }),
    expected: `${FILE}:44: duplicate ID ${osmonova} (person)`,
  },
  {
    name: 'one ID in two collections (a note with a person’s ID)',
    breakIt: (p) => void (p.notes[0]!.id = temirov),
    expected: `${FILE}:62: duplicate ID ${temirov} (note)`,
  },
  {
    name: 'a warning with the ID of a body',
    breakIt: (p) => void (p.issues[0]!.id = president),
    expected: `${FILE}:63: duplicate ID ${president} (issue)`,
  },
];

/** The same profile with its top-level keys in another order: not the fast path's exact form, so zod parses it. */
function reordered(profile: Profile): Profile {
  const { schemaVersion, ...rest } = profile;
  return { ...rest, schemaVersion } as Profile;
}

describe('crossRecordProblems', () => {
  it('should find nothing wrong with the sample, so every row below breaks one thing only', () => {
    expect(crossRecordProblems(sampleProfile())).toEqual([]);
  });

  it.each(ROWS)('should report $name', ({ breakIt, expected }) => {
    const profile = sampleProfile();
    breakIt(profile);
    expect(crossRecordProblems(profile).map((p) => p.message)).toEqual([expected]);
  });

  it.each(ROWS)('should make validateProfile fail on $name, on the fast path and through zod', ({ breakIt, expected }) => {
    const profile = sampleProfile();
    breakIt(profile);
    expect(conformsToProfile(profile)).toBe(true);
    expect(conformsToProfile(reordered(profile))).toBe(false);
    for (const input of [profile, reordered(profile)]) {
      const result = validateProfile(input, 'x.json');
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems.map((p) => p.message)).toEqual([expected]);
    }
  });

  it('should report every broken reference of one profile, in collection order', () => {
    const profile = sampleProfile();
    for (const row of [ROWS[0]!, ROWS[4]!, ROWS[12]!]) row.breakIt(profile);
    expect(crossRecordProblems(profile).map((p) => p.message)).toEqual([ROWS[0]!.expected, ROWS[4]!.expected, ROWS[12]!.expected]);
  });

  it('should accept references left empty (null), which mean "the page does not say"', () => {
    const profile = sampleProfile();
    profile.organizations[1]!.parentId = null;
    profile.organizations[1]!.predecessorId = null;
    profile.memberships[2]!.predecessorId = null;
    profile.memberships[1]!.organizationId = null;
    profile.events[0]!.personId = null;
    profile.events[0]!.organizationId = null;
    profile.notes[0]!.organizationId = null;
    expect(crossRecordProblems(profile)).toEqual([]);
  });
});
