import { describe, expect, it } from 'vitest';
import { makeId, sampleProfile, validateProfile, type Profile } from './index.js';

// Every check that cuts across records, each broken alone on the valid sample: the one problem it
// must report, word for word, so that deleting or loosening any one check fails its row.
const nobody = makeId('person', 'kg', ['Nobody']);
const nowhere = makeId('organization', 'kg', ['Nowhere']);

type Row = { breaks: string; edit: (p: Profile) => { id: string }; problem: (id: string) => string };

const rows: Row[] = [
  { breaks: 'an organization whose parent is missing', edit: (p) => Object.assign(p.organizations[1]!, { parentId: nowhere }), problem: () => `parent ${nowhere} is not an organization` },
  { breaks: 'an organization whose predecessor is missing', edit: (p) => Object.assign(p.organizations[1]!, { predecessorId: nowhere }), problem: () => `predecessor ${nowhere} is not an organization` },
  { breaks: 'an organization that is its own parent', edit: (p) => Object.assign(p.organizations[4]!, { parentId: p.organizations[4]!.id }), problem: () => 'is its own parent' },
  { breaks: 'a membership of a missing organization', edit: (p) => Object.assign(p.memberships[0]!, { organizationId: nowhere }), problem: () => `organization ${nowhere} is not an organization` },
  { breaks: 'a membership whose predecessor is missing', edit: (p) => Object.assign(p.memberships[2]!, { predecessorId: nobody }), problem: () => `predecessor ${nobody} is not a person` },
  { breaks: 'a membership preceded by its own holder', edit: (p) => Object.assign(p.memberships[2]!, { predecessorId: p.memberships[2]!.personId }), problem: () => 'is preceded by its own holder' },
  { breaks: "an event's missing winner", edit: (p) => Object.assign(p.events[1]!, { personId: nobody }), problem: () => `person ${nobody} is not a person` },
  { breaks: "an event's missing organization", edit: (p) => Object.assign(p.events[0]!, { organizationId: nowhere }), problem: () => `organization ${nowhere} is not an organization` },
  { breaks: 'a task of a missing organization', edit: (p) => Object.assign(p.tasks[0]!, { organizationId: nowhere }), problem: () => `organization ${nowhere} is not an organization` },
  { breaks: 'a group whose member is missing', edit: (p) => Object.assign(p.groups[0]!, { memberIds: [p.persons[0]!.id, nobody] }), problem: () => `member ${nobody} is not a person` },
  { breaks: 'a group whose member is an organization', edit: (p) => Object.assign(p.groups[0]!, { memberIds: [p.organizations[0]!.id] }), problem: () => `member ${sampleProfile().organizations[0]!.id} is not a person` },
  { breaks: 'a group listing a member twice', edit: (p) => Object.assign(p.groups[0]!, { memberIds: [p.persons[0]!.id, p.persons[0]!.id] }), problem: () => 'lists a member twice' },
  {
    breaks: 'a note of a missing organization',
    edit: (p) => Object.assign(p.notes[0]!, { organizationId: nowhere }),
    problem: () => `organization ${nowhere} is not an organization`,
  },
];

// An election's results: each rule of resultProblems broken alone.
const resultRows: Row[] = [
  { breaks: 'a referendum with candidates', edit: (p) => Object.assign(p.events[1]!, { results: [{ personId: p.persons[2]!.id, voteShare: 40, votes: null, rank: 1 }] }), problem: () => 'a referendum has no candidates' },
  { breaks: 'a candidate who is no person', edit: (p) => { p.events[0]!.results[1]!.personId = nobody; return p.events[0]!; }, problem: () => `candidate ${nobody} is not a person` },
  { breaks: 'a candidate listed twice', edit: (p) => { const e = p.events[0]!; e.results.push({ ...e.results[1]!, rank: 3 }); return e; }, problem: () => `candidate ${runnerUp} is listed twice` },
  { breaks: 'results out of rank order', edit: (p) => { const e = p.events[0]!; e.results.push({ personId: p.persons[1]!.id, voteShare: 10, votes: null, rank: 2 }); return e; }, problem: () => 'results are not in rank order at rank 2' },
  { breaks: 'a winner who is not the first result', edit: (p) => { const e = p.events[0]!; e.results.reverse(); e.results.forEach((r, i) => { r.rank = i + 1; }); return e; }, problem: (id) => `the winner ${winnerOf(id)} is not the first result, rank 1 with the event's vote share and votes` },
  { breaks: 'another candidate first with the winner’s rank and share', edit: (p) => { const e = p.events[0]!; e.results = [{ personId: p.persons[2]!.id, voteShare: e.voteShare, votes: e.votes, rank: 1 }]; return e; }, problem: (id) => `the winner ${winnerOf(id)} is not the first result, rank 1 with the event's vote share and votes` },
  { breaks: 'a winner with no results at all', edit: (p) => Object.assign(p.events[0]!, { results: [] }), problem: (id) => `the winner ${winnerOf(id)} is not the first result, rank 1 with the event's vote share and votes` },
  { breaks: "a winner whose share is not the event's", edit: (p) => Object.assign(p.events[0]!, { voteShare: 60 }), problem: (id) => `the winner ${winnerOf(id)} is not the first result, rank 1 with the event's vote share and votes` },
  { breaks: 'a winner ranked below 1', edit: (p) => { const e = p.events[0]!; e.results.forEach((r) => { r.rank += 1; }); return e; }, problem: (id) => `the winner ${winnerOf(id)} is not the first result, rank 1 with the event's vote share and votes` },
];

const runnerUp = sampleProfile().events[0]!.results[1]!.personId;

function winnerOf(eventId: string): string {
  return sampleProfile().events.find((e) => e.id === eventId)!.personId!;
}

describe('cross-record checks', () => {
  it('should find nothing wrong with the sample itself', () => {
    expect(validateProfile(sampleProfile(), 'x.json')).toMatchObject({ ok: true });
  });

  it.each([...rows, ...resultRows])('should report $breaks, and only that', ({ edit, problem }) => {
    const profile = sampleProfile();
    const record = edit(profile);
    const result = validateProfile(profile, 'x.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.reason)).toEqual([`${record.id}: ${problem(record.id)}`]);
  });

  it('should accept a winner with no share when the first result has none either', () => {
    const profile = sampleProfile();
    Object.assign(profile.events[0]!, { voteShare: null });
    profile.events[0]!.results[0]!.voteShare = null;
    expect(validateProfile(profile, 'x.json').ok).toBe(true);
  });

  it('should name the file and line of the broken record', () => {
    const profile = sampleProfile();
    Object.assign(profile.tasks[0]!, { organizationId: nowhere });
    const result = validateProfile(profile, 'x.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toBe(`raw/kg/executive-branch.html:23: ${profile.tasks[0]!.id}: organization ${nowhere} is not an organization`);
  });

  it.each([
    {
      what: 'a field of the whole profile, by its path',
      edit: (p: Profile) => { (p.source.country as { code: string }).code = 'KGZ'; },
      reason: /^profile field source\.country\.code: /,
      file: 'x.json',
    },
    {
      what: "a named record's field, with its ID, its name and its first source line",
      edit: (p: Profile) => { (p.persons[1] as { givenName: unknown }).givenName = 7; },
      reason: /^person kg-person-[0-9a-f]{12} \("Osmonova Gulnara"\) field givenName: /,
      file: 'raw/kg/executive-branch.html',
    },
    {
      what: 'a record with no ID, by its position',
      edit: (p: Profile) => { delete (p.tasks[1] as { id?: string }).id; },
      reason: /^task #1 field id: /,
      file: 'raw/kg/executive-branch.html',
    },
  ])('should word a schema problem in $what', ({ edit, reason, file }) => {
    const profile = sampleProfile();
    edit(profile);
    const result = validateProfile(profile, 'x.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]!.reason).toMatch(reason);
    expect(result.problems[0]!.file).toBe(file);
  });
});
