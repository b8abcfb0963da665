import { describe, expect, it } from 'vitest';
import { conformsToProfile } from './conforms.js';
import { ProfileSchema } from './profile.js';
import { IssueSchema, type Issue } from './records.js';
import { sampleProfile } from './sample.js';
import { validateProfile } from './validate.js';

const valid: Issue = sampleProfile().issues[0]!;
const where = valid.provenance[0]!;

/** The sample profile with its one issue replaced by `issue` (anything, valid or not). */
function withIssue(issue: unknown): unknown {
  return { ...sampleProfile(), issues: [issue] };
}

// What a user relies on: a warning says what kind of problem it is (a stable kebab-case code), in one
// line, and where on the page (at least one source location). Each row is an issue zod must accept
// or refuse; the fast path in conforms.ts must never say yes where zod says no.
const ACCEPTED: [string, Issue][] = [
  ['the sample issue', valid],
  ['a one-word code', { ...valid, code: 'duplicate' }],
  ['a code with digits', { ...valid, code: 'utf8-fallback2' }],
  ['a three-part code', { ...valid, code: 'duplicate-mention-event' }],
  ['a message with page text in it', { ...valid, message: 'person line "Minister – |" has no name; =SUM(A1) <b>' }],
  ['two source locations', { ...valid, provenance: [where, { ...where, line: 70, endLine: 72, element: 'body > p:nth-of-type(4)' }] }],
];

const REFUSED: [string, unknown, string][] = [
  ['level "error" (errors stop the build; they are never kept as issues)', { ...valid, level: 'error' }, 'level'],
  ['level "info"', { ...valid, level: 'info' }, 'level'],
  ['no level', (({ level: _level, ...rest }) => rest)(valid), 'level'],
  ['a code in capitals', { ...valid, code: 'No-Publisher' }, 'code'],
  ['a snake_case code', { ...valid, code: 'no_publisher' }, 'code'],
  ['a code with a space', { ...valid, code: 'no publisher' }, 'code'],
  ['a code starting with a dash', { ...valid, code: '-no-publisher' }, 'code'],
  ['a code ending with a dash', { ...valid, code: 'no-publisher-' }, 'code'],
  ['a code with a double dash', { ...valid, code: 'no--publisher' }, 'code'],
  ['a code starting with a digit', { ...valid, code: '2-many' }, 'code'],
  ['an empty code', { ...valid, code: '' }, 'code'],
  ['an empty message', { ...valid, message: '' }, 'message'],
  ['a message on two lines', { ...valid, message: 'first line\nsecond line' }, 'message'],
  ['a message with a carriage return', { ...valid, message: 'first line\rsecond' }, 'message'],
  ['a message with a trailing space', { ...valid, message: 'a line ' }, 'message'],
  ['a null message', { ...valid, message: null }, 'message'],
  ['no source location', { ...valid, provenance: [] }, 'provenance'],
  ['a source location on line 0', { ...valid, provenance: [{ ...where, line: 0 }] }, 'provenance.0.line'],
  ['an ID of the wrong form', { ...valid, id: 'issue-1' }, 'id'],
  ['an extra field', { ...valid, severity: 'warning' }, ''],
];

describe('IssueSchema', () => {
  it.each(ACCEPTED)('should accept %s', (_name, issue) => {
    expect(IssueSchema.safeParse(issue).success).toBe(true);
  });

  it.each(REFUSED)('should refuse %s', (_name, issue, field) => {
    const parsed = IssueSchema.safeParse(issue);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.path.join('.'))).toContain(field);
  });

  it('should word a refused issue with its ID, field and source line', () => {
    const result = validateProfile(withIssue({ ...valid, code: 'No-Publisher' }), 'x.json');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((p) => p.message)).toEqual([`${where.file}:${where.line}: issue ${valid.id} field code: must be a kebab-case code`]);
    }
  });
});

describe('conformsToProfile on issues', () => {
  it.each(ACCEPTED)('should take the fast path for %s, and zod should return it unchanged', (_name, issue) => {
    const profile = withIssue(issue);
    expect(conformsToProfile(profile)).toBe(true);
    const parsed = ProfileSchema.safeParse(profile);
    expect(parsed.success).toBe(true);
    expect(JSON.stringify(parsed.data)).toBe(JSON.stringify(profile));
  });

  it.each(REFUSED)('should say no to %s, as zod does', (_name, issue) => {
    const profile = withIssue(issue);
    expect(ProfileSchema.safeParse(profile).success).toBe(false);
    expect(conformsToProfile(profile)).toBe(false);
  });

  it('should say no to an issue whose keys are in another order, which zod would reorder', () => {
    const { id, ...rest } = valid;
    const profile = withIssue({ ...rest, id });
    expect(ProfileSchema.safeParse(profile).success).toBe(true);
    expect(conformsToProfile(profile)).toBe(false);
  });

  it('should say yes to a page with no issues, and to a null publisher and author', () => {
    const profile = sampleProfile();
    profile.issues = [];
    profile.source.publisher = null;
    profile.statistics[0]!.author = null;
    expect(conformsToProfile(profile)).toBe(true);
    expect(validateProfile(profile, 'x.json').ok).toBe(true);
  });
});
