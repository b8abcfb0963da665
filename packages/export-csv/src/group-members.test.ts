import { sampleProfile } from '@profiles/model';
import { describe, expect, it } from 'vitest';
import { exportCsv } from './export-csv.js';
import { dataPackageOf, foreignKeyProblems, schemaProblems, tablesOf } from './fixtures/check.js';

describe('group members in CSV', () => {
  it("should write one group_members row per group and person, in the page's order", () => {
    const profile = sampleProfile();
    const rows = tablesOf(exportCsv([profile])).get('group_members')!.rows;
    expect(rows.map((r) => [r.group_name, r.position, r.person_name])).toEqual([
      ['Northern clan', '1', 'Bakyt Sadykov'],
      ['Northern clan', '2', 'Osmonova Gulnara'],
    ]);
    expect(rows.every((r) => r.group_id === profile.groups[0]!.id && r.country === 'kg' && r.source_id === profile.source.id)).toBe(true);
  });

  it("should put the group's people last in its row, as one readable cell, and leave it empty for a group of nobody named", () => {
    const profile = sampleProfile();
    profile.groups.push({ ...structuredClone(profile.groups[0]!), id: `${profile.groups[0]!.id.slice(0, -1)}0`, name: 'Southern clan', memberIds: [] });
    const rows = tablesOf(exportCsv([profile])).get('groups')!.rows;
    expect(rows.map((r) => [r.name, r.members])).toEqual(
      expect.arrayContaining([
        ['Northern clan', 'Bakyt Sadykov; Osmonova Gulnara'],
        ['Southern clan', ''],
      ]),
    );
    expect(Object.keys(rows[0]!).at(-1)).toBe('members');
  });

  it('should pass its own table schema and foreign keys', () => {
    const files = exportCsv([sampleProfile()]);
    const tables = tablesOf(files);
    const resource = dataPackageOf(files).resources.find((r) => r.name === 'group_members')!;
    expect(resource.schema.primaryKey).toEqual(['group_id', 'position']);
    expect(schemaProblems(resource, tables.get('group_members')!)).toEqual([]);
    expect(foreignKeyProblems(dataPackageOf(files), tables)).toEqual([]);
  });
});
