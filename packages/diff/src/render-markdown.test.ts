import { sampleProfile, type Profile } from '@profiles/model';
import { describe, expect, it } from 'vitest';
import { diffDatasets } from './diff-datasets.js';
import { edited, ids, membership, person, vacate } from './fixtures/profiles.js';
import { DIFF_COMMENT_MARKER, excerptPair, renderDiffMarkdown } from './render-markdown.js';

/** The sample with a new Prime Minister, the old one moved to the ministry, and a few other edits. */
function reshuffled(): Profile {
  return edited((p) => {
    const bekova = person('Bekova', 'Aida');
    p.persons.push(bekova, person('O|Brien <b>', '@dmin #12'));
    vacate(p, ids.osmonova, ids.government, 'Prime Minister');
    vacate(p, ids.osmonova, null, 'Human Rights Commissioner');
    p.memberships.push(membership(bekova.id, ids.government, 'Prime Minister', { startDate: '2012-04' }));
    p.memberships.push(membership(ids.osmonova, ids.ministry, 'Minister', { startDate: '2012-05' }));
    p.memberships.push(membership(ids.sadykov, ids.council, 'Secretary'));
    p.organizations.find((o) => o.id === ids.council)!.founded = '1994-04';
    p.materials = [];
  });
}

/** A head dataset with `n` new persons, each with a long name. */
function manyPersons(n: number): Profile {
  return edited((p) => {
    for (let i = 0; i < n; i += 1) {
      p.persons.push(person(`Familyname${String(i).padStart(4, '0')}-${'x'.repeat(60)}`, `Given${i}`));
    }
  });
}

describe('renderDiffMarkdown', () => {
  it('should start with the marker, a title and one summary line', () => {
    const text = renderDiffMarkdown(diffDatasets([sampleProfile()], [reshuffled()]));
    const lines = text.split('\n');
    expect(lines[0]).toBe(DIFF_COMMENT_MARKER);
    expect(lines[1]).toBe('### Dataset changes');
    expect(lines[3]).toBe(
      '**9 changes:** 1 post changed hands; 1 person moved; 2 memberships started; 1 membership ended; 2 added (2 persons); 1 removed (1 material); 1 changed (1 organization).',
    );
  });

  it('should write each kind of change in its own section, in a reviewer\'s words', () => {
    const text = renderDiffMarkdown(diffDatasets([sampleProfile()], [reshuffled()]));
    expect(text).toBe(`${DIFF_COMMENT_MARKER}
### Dataset changes

**9 changes:** 1 post changed hands; 1 person moved; 2 memberships started; 1 membership ended; 2 added (2 persons); 1 removed (1 material); 1 changed (1 organization).

#### Posts changed hands (1)

- **Prime Minister (Government)**: Osmonova Gulnara → Bekova Aida, since 2012-04

#### Moves (1)

- **Osmonova Gulnara**: Prime Minister (Government) → Minister (Ministry of Defence), since 2012-05

#### Memberships started (2)

- **Osmonova Gulnara**: Minister (Ministry of Defence), since 2012-05
- **Bakyt Sadykov**: Secretary (Security Council)

#### Memberships ended (1)

- **Osmonova Gulnara**: Human Rights Commissioner

#### Added (2)

- person: Bekova Aida
- person: O\\|Brien &lt;b&gt; @&#8203;dmin #&#8203;12

#### Removed (1)

- material: Topic 2012-03-05

#### Changed (1)

- organization: Security Council
  - founded: 1994-03 → 1994-04
`);
  });

  it('should say so when nothing changed', () => {
    const text = renderDiffMarkdown(diffDatasets([sampleProfile()], [sampleProfile()]));
    expect(text).toBe(`${DIFF_COMMENT_MARKER}\n### Dataset changes\n\n**No changes** in the dataset.\n`);
  });

  it('should leave out the marker and title when asked, and set the heading level', () => {
    const text = renderDiffMarkdown(diffDatasets([sampleProfile()], [reshuffled()]), { marker: false, title: null, headingLevel: 2 });
    expect(text.startsWith('**9 changes:**')).toBe(true);
    expect(text).toContain('\n### Posts changed hands (1)\n');
  });

  it('should name the page of each change when several pages changed', () => {
    const other = edited((p) => {
      p.source.file = 'raw/kg/legislative_branch.html';
    });
    const text = renderDiffMarkdown(diffDatasets([sampleProfile()], [reshuffled(), other]));
    expect(text).toContain('- person: Bekova Aida _(kg/executive-branch)_');
    expect(text).toContain('- page: Kyrgyzstan: Executive branch _(kg/legislative\\_branch)_');
  });

  it('should show a long changed text as the words around the difference', () => {
    const head = edited((p) => {
      p.organizations[0]!.description = `${'Long text. '.repeat(30)}The President appoints the Government.${' More text.'.repeat(30)}`;
    });
    const base = edited((p) => {
      p.organizations[0]!.description = `${'Long text. '.repeat(30)}The President dismisses the Government.${' More text.'.repeat(30)}`;
    });
    const text = renderDiffMarkdown(diffDatasets([base], [head]));
    expect(text).toContain('  - description: …text. Long text. Long text. The President dismisses the Government. More text. More text. More… → …text. Long text. Long text. The President appoints the Government. More text. More text. More…');
  });

  it('should stay under the cap on a thousand changes and point to the JSON for the rest', () => {
    const diff = diffDatasets([sampleProfile()], [manyPersons(1000)]);
    expect(diff.summary.total).toBe(1000);
    const text = renderDiffMarkdown(diff, { maxItemsPerSection: Infinity });
    expect(text.length).toBeLessThanOrEqual(60000);
    expect(text.startsWith(DIFF_COMMENT_MARKER)).toBe(true);
    const shown = text.split('\n').filter((line) => line.startsWith('- person: ')).length;
    expect(shown).toBeGreaterThan(100);
    expect(shown).toBeLessThan(1000);
    expect(text.trimEnd().endsWith(`… and ${1000 - shown} more changes; see the JSON (\`profiles diff --format json\`).`)).toBe(true);
  });

  it('should summarize a section past the item limit and honour a smaller cap', () => {
    const diff = diffDatasets([sampleProfile()], [manyPersons(1000)]);
    const text = renderDiffMarkdown(diff);
    expect(text.split('\n').filter((line) => line.startsWith('- person: '))).toHaveLength(100);
    expect(text).toContain('\n- … and 900 more additions; see the JSON\n');
    const small = renderDiffMarkdown(diff, { maxChars: 5000 });
    expect(small.length).toBeLessThanOrEqual(5000);
    expect(small).toMatch(/… and \d+ more changes; see the JSON/);
  });
});

describe('summary and sections agree', () => {
  /** The summary line's count of each section, and each section heading's count. */
  function counts(text: string): { summary: Map<string, number>; sections: Map<string, number> } {
    const line = text.split('\n').find((l) => l.startsWith('**'))!;
    const summary = new Map<string, number>();
    for (const part of line.replace(/^\*\*[^*]+\*\* /, '').replace(/\.$/, '').split('; ')) {
      const match = /^(\d+) (.+?)(?: \(.*\))?$/.exec(part)!;
      const name = match[2]!.replace(/^persons? moved$/, 'moves').replace(/^posts? changed hands$/, 'posts changed hands').replace(/^memberships? (started|ended)$/, 'memberships $1');
      summary.set(name, Number(match[1]));
    }
    const sections = new Map<string, number>();
    for (const match of text.matchAll(/^#+ (.+) \((\d+)\)$/gm)) sections.set(match[1]!.toLowerCase(), Number(match[2]));
    return { summary, sections };
  }

  it.each([
    ['a reshuffle', () => diffDatasets([sampleProfile()], [reshuffled()])],
    ['a thousand new persons', () => diffDatasets([sampleProfile()], [manyPersons(1000)])],
    ['a page removed', () => diffDatasets([sampleProfile()], [])],
  ])('should give each section the count the summary gives it: %s', (_, make) => {
    const { summary, sections } = counts(renderDiffMarkdown(make()));
    expect(sections.size).toBeGreaterThan(0);
    expect(sections).toEqual(summary);
  });

  it('should summarize a large diff by country and kind before listing it', () => {
    const other = manyPersons(300);
    other.source.file = 'raw/kg/legislative-branch.html';
    const kz = edited((p) => {
      p.source.country = { code: 'kz', name: 'Kazakhstan' };
      p.source.file = 'raw/kz/executive-branch.html';
    });
    const diff = diffDatasets([sampleProfile()], [manyPersons(1000), other, kz]);
    const text = renderDiffMarkdown(diff);
    const table = text.indexOf('#### By country\n\n| Country | Changes | Posts changed hands | Added | Removed | Changed |\n| --- | --- | --- | --- | --- | --- |\n');
    expect(table).toBeGreaterThan(0);
    expect(table).toBeLessThan(text.indexOf('#### Added'));
    expect(text).toContain('\n| kg | 1321 | 0 | 1321: 1 page, 1303 persons, 5 organizations, 4 memberships, 2 events, 2 tasks, 1 statistic, 1 group, 1 material, 1 note |  |  |\n');
    expect(text).toMatch(/\n\| kz \| \d+ \| 0 \| \d+: 1 page/);
    expect(renderDiffMarkdown(diffDatasets([sampleProfile()], [reshuffled()]))).not.toContain('By country');
  });
});

describe('excerptPair', () => {
  it('should leave short values whole', () => {
    expect(excerptPair('1994-03', '1994-04')).toEqual(['1994-03', '1994-04']);
  });

  it('should cut long values to the difference', () => {
    const [before, after] = excerptPair(`${'a '.repeat(100)}X${' b'.repeat(100)}`, `${'a '.repeat(100)}Y${' b'.repeat(100)}`, 4);
    expect([before, after]).toEqual(['…a a X b b…', '…a a Y b b…']);
    const [long] = excerptPair(`${'a'.repeat(200)}X${'b'.repeat(200)}`, `${'a'.repeat(200)}Y${'b'.repeat(200)}`, 3);
    expect(long).toBe('…aaaXbbb…');
  });
});
