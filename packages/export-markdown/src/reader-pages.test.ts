import { sampleProfile } from '@profiles/model';
import { describe, expect, it } from 'vitest';
import { roleRank } from './context.js';
import { renderProfile } from './render-profile.js';

const section = (page: string, title: string) => page.split(`\n## ${title}\n`)[1]?.split('\n## ')[0] ?? '';

describe('pages a reader enjoys', () => {
  it.each([
    ['Prime Minister', 0],
    ['Head', 0],
    ['Chairwoman', 0],
    ['First Deputy Prime Minister', 1],
    ['First Vice Premier', 1],
    ['Deputy Prime Minister', 2],
    ['Deputy Head', 2],
    ['Vice-Premier', 2],
    ['Minister of Finance', 3],
    ['Defense Minister', 3],
    ['Secretary', 4],
    ['Human Rights Commissioner', 4],
  ])('should rank %j as %i', (role, rank) => {
    expect(roleRank(role)).toBe(rank);
  });

  it('should list a body\'s posts by rank, then in the page\'s order, not by role name', () => {
    const profile = sampleProfile();
    const council = profile.organizations.find((o) => o.name === 'Security Council')!;
    const person = profile.persons[0]!.id;
    const base = profile.memberships[0]!;
    const at = (line: number) => [{ ...base.provenance[0]!, line, endLine: line }];
    const post = (id: string, role: string, line: number) => ({ ...base, id, personId: person, organizationId: council.id, role, title: role, startDate: null, predecessorId: null, provenance: at(line) });
    profile.memberships.push(
      post('kg-membership-00000000000a', 'Member', 40),
      post('kg-membership-00000000000b', 'Adviser', 41),
      post('kg-membership-00000000000c', 'Deputy Head', 50),
      post('kg-membership-00000000000d', 'Head', 51),
    );
    const block = renderProfile(profile).split('### Security Council')[1]!.split('\n### ')[0]!;
    const roles = block.split('\n').filter((l) => l.startsWith('- ')).map((l) => l.slice(2).split(':')[0]);
    // By role name it would be Adviser, Chair, Deputy Head, Head, Member.
    expect(roles.slice(0, 5)).toEqual(['Chair', 'Head', 'Deputy Head', 'Member', 'Adviser']);
  });

  it('should not say "Tasks:" after the page\'s own lead-in, and say it where there is none', () => {
    const profile = sampleProfile();
    const council = profile.organizations.find((o) => o.name === 'Security Council')!;
    expect(renderProfile(profile)).toContain('Coordinates | the power structures.\n\nTasks:\n\n1. to coordinate');
    council.description = 'The Security Council shall:';
    const page = renderProfile(profile);
    expect(page).toContain('The Security Council shall:\n\n1. to coordinate');
    expect(page).not.toContain('Tasks:');
  });

  it('should link a material where the page gives its address', () => {
    expect(section(renderProfile(sampleProfile()), 'Related materials')).toContain('|Topic|2012-03-05|<http://www.example.org/topics/1>|');
  });

  it('should leave out the columns empty on every row, such as Since and Predecessor in the cabinet', () => {
    const profile = sampleProfile();
    for (const m of profile.memberships) {
      m.startDate = null;
      m.predecessorId = null;
    }
    const cabinet = renderProfile(profile).split('### Cabinet')[1]!;
    expect(cabinet).toContain('|Role|Person|Body|Title|');
  });

  it('should keep a paragraph that became records out of Notes, and show it above the analysis read from it', () => {
    const profile = sampleProfile();
    const page = renderProfile(profile);
    const note = profile.notes[0]!.text;
    expect(section(page, 'Notes')).toContain(note);
    // The group is read from the note's own line: the note is no longer "text no rule turned into a record".
    profile.groups[0]!.provenance = [{ ...profile.groups[0]!.provenance[0]!, line: 62, endLine: 62 }];
    const after = renderProfile(profile);
    expect(after).not.toContain('\n## Notes\n');
    expect(section(after, 'Analysis')).toContain(`As the page writes it; the records read from these paragraphs follow.\n\n${note}`);
    expect(after.match(new RegExp(note, 'g'))).toHaveLength(1);
  });
});
