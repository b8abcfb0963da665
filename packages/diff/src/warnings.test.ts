import { makeId, sampleProfile, type Issue, type Profile } from '@profiles/model';
import { describe, expect, it } from 'vitest';
import { diffDatasets } from './diff-datasets.js';
import { edited, FILE, person } from './fixtures/profiles.js';
import { renderDiffJson } from './render-json.js';
import { DIFF_COMMENT_MARKER, renderDiffMarkdown, summaryLine, warningsLine } from './render-markdown.js';

function warning(code: string, line: number): Issue {
  return {
    id: makeId('issue', 'kg', [code, String(line)]),
    level: 'warning',
    code,
    message: `${code} at line ${line}`,
    provenance: [{ file: FILE, line, endLine: line, element: null, quote: `line ${line}` }],
  };
}

/** The sample with `n` warnings instead of its one. */
function warned(n: number, edit: (p: Profile) => void = () => {}): Profile {
  return edited((p) => {
    p.issues = Array.from({ length: n }, (_, i) => warning('unread-person-line', 100 + i));
    edit(p);
  });
}

describe('warnings in the diff', () => {
  it('should never list a warning as an entity change, nor make the datasets unequal', () => {
    const diff = diffDatasets([warned(3)], [warned(1)]);
    expect(diff.equal).toBe(true);
    expect(diff.changes).toEqual([]);
    expect(diff.summary.total).toBe(0);
    expect(diff.summary.warnings).toEqual({ before: 3, after: 1 });
  });

  it('should not count a warning whose line moved, or whose message changed, as anything', () => {
    const moved = edited((p) => {
      p.issues[0]!.id = makeId('issue', 'kg', ['unread-person-line', '64']);
      p.issues[0]!.message = 'reworded';
    });
    const diff = diffDatasets([sampleProfile()], [moved]);
    expect(diff.equal).toBe(true);
    expect(warningsLine(diff)).toBeNull();
    expect(renderDiffMarkdown(diff)).toBe(`${DIFF_COMMENT_MARKER}\n### Dataset changes\n\n**No changes** in the dataset.\n`);
  });

  it('should say "warnings: 3 → 1" in one line under the summary, and list only the entities', () => {
    const head = warned(1, (p) => p.persons.push(person('Bekova', 'Aida')));
    const text = renderDiffMarkdown(diffDatasets([warned(3)], [head]));
    expect(text).toBe(`${DIFF_COMMENT_MARKER}
### Dataset changes

**1 change:** 1 added (1 person).

**Warnings:** 3 → 1.

#### Added (1)

- person: Bekova Aida
`);
    expect(text).not.toMatch(/issue|unread-person-line/);
  });

  it('should give the warnings line when nothing else changed', () => {
    const diff = diffDatasets([warned(0)], [warned(2)]);
    expect(summaryLine(diff)).toBe('**No changes** in the dataset.');
    expect(renderDiffMarkdown(diff, { marker: false, title: null })).toBe('**No changes** in the dataset.\n\n**Warnings:** 0 → 2.\n');
  });

  it('should add up the warnings of every page, and of a page added or removed', () => {
    const other = warned(2, (p) => {
      p.source.file = 'raw/kg/legislative-branch.html';
      p.source.section = 'Legislative branch';
    });
    const diff = diffDatasets([warned(1)], [warned(1), other]);
    expect(diff.summary.warnings).toEqual({ before: 1, after: 3 });
    expect(diff.changes.some((c) => (c.kind as string) === 'issue')).toBe(false);
    expect(diffDatasets([warned(1), other], [warned(1)]).summary.warnings).toEqual({ before: 3, after: 1 });
  });

  it('should write the counts last in the JSON summary, the same bytes in any order', () => {
    const a = JSON.parse(renderDiffJson(diffDatasets([warned(3)], [warned(1)])));
    expect(Object.keys(a.summary).at(-1)).toBe('warnings');
    expect(a.summary.warnings).toEqual({ before: 3, after: 1 });
    expect(a.changes).toEqual([]);
    const reversedIssues = warned(3, (p) => p.issues.reverse());
    expect(renderDiffJson(diffDatasets([reversedIssues], [warned(1)]))).toBe(renderDiffJson(diffDatasets([warned(3)], [warned(1)])));
  });
});
