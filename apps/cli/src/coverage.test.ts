import { makeId, sampleProfile, type Issue, type Profile } from '@profiles/model';
import { describe, expect, it } from 'vitest';
import {
  coverageReport,
  excerpt,
  isHeadOfGovernment,
  missingCoreFacts,
  noteLines,
  pageWarningLine,
  recordCountsLine,
  warningLines,
  warningSummary,
} from './coverage.js';

const FILE = 'raw/kg/executive-branch.html';

function warning(code: string, line: number, message = `${code} here`): Issue {
  return { id: makeId('issue', 'kg', [code, String(line)]), level: 'warning', code, message, provenance: [{ file: FILE, line, endLine: line, element: null, quote: 'q' }] };
}

function edited(edit: (p: Profile) => void): Profile {
  const profile = sampleProfile();
  edit(profile);
  return profile;
}

describe('pageWarningLine', () => {
  it('should be null for a page with no warnings, so a clean build stays quiet', () => {
    expect(pageWarningLine(edited((p) => void (p.issues = [])))).toBeNull();
  });

  it('should give the file, the count and the codes by how often, codes in code-point order', () => {
    expect(pageWarningLine(sampleProfile())).toBe(`${FILE}: 1 warning (unread-person-line)`);
    const three = edited((p) => void (p.issues = [warning('unread-person-line', 9), warning('no-publisher', 1), warning('unread-person-line', 4)]));
    expect(pageWarningLine(three)).toBe(`${FILE}: 3 warnings (no-publisher, unread-person-line ×2)`);
    expect(warningSummary(three)).toBe('3 warnings (no-publisher, unread-person-line ×2)');
  });
});

describe('recordCountsLine', () => {
  it('should count every kind of record, zeros included, and leave notes and warnings to their own lines', () => {
    expect(recordCountsLine(sampleProfile())).toBe('records: 3 persons, 5 organizations, 4 memberships, 2 events, 2 tasks, 1 statistic, 1 group, 1 material');
    expect(recordCountsLine(edited((p) => void (p.events = [])))).toContain(', 0 events,');
  });
});

describe('noteLines and warningLines', () => {
  it('should give each note its place, heading and the start of its text, in page order', () => {
    const profile = edited((p) => {
      p.notes.push({ ...p.notes[0]!, id: makeId('note', 'kg', ['x']), heading: null, position: 2, text: `${'long '.repeat(30)}end`, provenance: [{ file: FILE, line: 80, endLine: 82, element: null, quote: 'q' }] });
      p.notes.reverse();
    });
    expect(noteLines(profile)).toEqual([`${FILE}:62: [Analysis] Patron-client relations feature the political system.`, `${FILE}:80–82: ${'long '.repeat(19).trimEnd()}…`]);
  });

  it('should give one line per warning, file:line: code: message, in page order', () => {
    const profile = edited((p) => void p.issues.unshift(warning('no-publisher', 1, 'no masthead and no sidecar')));
    expect(warningLines(profile)).toEqual([
      `${FILE}:1: no-publisher: no masthead and no sidecar`,
      `${FILE}:63: unread-person-line: a line that names a post but no person this ingest can read`,
    ]);
  });

  it.each([
    ['short', 'short'],
    ['two\n\nparagraphs', 'two paragraphs'],
    ['x'.repeat(120), `${'x'.repeat(99)}…`],
  ])('should cut %j to one short line', (text, expected) => {
    expect(excerpt(text)).toBe(expected);
  });
});

describe('isHeadOfGovernment', () => {
  it.each([
    ['Prime Minister', 'Prime Minister of the Republic of Kazakhstan', true],
    ['Premier', 'Premier', true],
    ['Acting Prime Minister', 'Acting Prime Minister', true],
    ['Chairman', 'Chairman of the Government', true],
    ['Chair', 'Chair of the Council of Ministers', true],
    ['Head', 'Head of Government', true],
    ['Minister', 'Prime Minister of the Kyrgyz Republic', true],
    ['Deputy Prime Minister', 'Deputy Prime Minister of the Republic of Kazakhstan', false],
    ['First Deputy Prime Minister', 'First Deputy Prime Minister', false],
    ['Vice-Premier', 'Vice-Premier', false],
    ['Vice Prime Minister', 'Vice Prime Minister', false],
    ['Former Prime Minister', 'former Prime Minister', false],
    ['Adviser', 'Adviser to the Prime Minister', false],
    ['Press Secretary', 'Press Secretary of the Prime Minister', false],
    ['Minister', 'Minister of Finance', false],
    ['Chief of Staff', 'Chief of Staff of the Government', false],
  ])('should read role %j, title %j as the head: %s', (role, title, expected) => {
    expect(isHeadOfGovernment({ role, title })).toBe(expected);
  });
});

describe('missingCoreFacts', () => {
  const president = sampleProfile().organizations[0]!.id;
  const government = sampleProfile().organizations[3]!.id;

  it.each([
    { name: 'a page with all three', edit: () => {}, expected: [] },
    {
      name: 'no head-of-state body',
      edit: (p: Profile) => void (p.organizations[0]!.classification = 'other'),
      expected: ['head of state not found: no body is read as the head of state'],
    },
    {
      name: 'a head-of-state body nobody holds',
      edit: (p: Profile) => void (p.memberships = p.memberships.filter((m) => m.organizationId !== president)),
      expected: ['head of state not found: nobody is read as holding President of the Kyrgyz Republic'],
    },
    {
      name: 'a government without a Prime Minister',
      edit: (p: Profile) => void (p.memberships = p.memberships.filter((m) => m.organizationId !== government)),
      expected: ['head of government not found: no Prime Minister–like post in Government'],
    },
    {
      name: 'a government with only a deputy',
      edit: (p: Profile) => void (p.memberships.find((m) => m.organizationId === government)!.role = 'Deputy Prime Minister'),
      expected: ['head of government not found: no Prime Minister–like post in Government'],
    },
    {
      name: 'a Prime Minister whose post names no body',
      edit: (p: Profile) => void (p.memberships.find((m) => m.organizationId === government)!.organizationId = null),
      expected: ['head of government not found: no Prime Minister–like post in Government'],
    },
    {
      name: 'no government body',
      edit: (p: Profile) => void (p.organizations[3]!.classification = 'other'),
      expected: ['government not found: no body is read as the government, so neither is its head'],
    },
  ])('should warn about $name', ({ edit, expected }) => {
    expect(missingCoreFacts(edited(edit))).toEqual(expected);
  });
});

describe('coverageReport', () => {
  it('should print the head line, the counts, the notes, the warnings and what was not found', () => {
    const profile = edited((p) => {
      p.issues.unshift(warning('no-publisher', 1, 'no masthead and no sidecar'));
      p.memberships = p.memberships.filter((m) => m.role !== 'Prime Minister');
    });
    expect(coverageReport('raw/kg/executive-branch.html', profile)).toEqual([
      'raw/kg/executive-branch.html: ok, 2 warnings (no-publisher, unread-person-line)',
      '  records: 3 persons, 5 organizations, 3 memberships, 2 events, 2 tasks, 1 statistic, 1 group, 1 material',
      '  kept only as notes (1):',
      `    ${FILE}:62: [Analysis] Patron-client relations feature the political system.`,
      '  warnings (2):',
      `    ${FILE}:1: no-publisher: no masthead and no sidecar`,
      `    ${FILE}:63: unread-person-line: a line that names a post but no person this ingest can read`,
      '  warning: head of government not found: no Prime Minister–like post in Government',
    ]);
  });

  it('should say "none" for a page with no notes and no warnings, and "ok" alone on the head line', () => {
    const clean = edited((p) => {
      p.notes = [];
      p.issues = [];
    });
    expect(coverageReport('x/kg/page.json', clean)).toEqual([
      'x/kg/page.json: ok',
      '  records: 3 persons, 5 organizations, 4 memberships, 2 events, 2 tasks, 1 statistic, 1 group, 1 material',
      '  kept only as notes: none',
      '  warnings: none',
    ]);
  });
});
