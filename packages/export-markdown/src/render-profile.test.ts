import { RECORD_COLLECTIONS, sampleProfile, type Profile } from '@profiles/model';
import { describe, expect, it } from 'vitest';
import { richProfile } from './fixtures/profiles.js';
import { htmlText, renderHtml } from './fixtures/render-html.js';
import { paragraphTexts } from './one-line.js';
import { renderProfile } from './render-profile.js';

/** The page as a reader sees it: rendered, tags dropped, entities decoded, spacing collapsed. */
function visibleText(markdown: string): string {
  return htmlText(renderHtml(markdown).replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ');
}

function headings(markdown: string): string[] {
  return markdown.split('\n').filter((line) => /^#{1,6} /.test(line));
}

/** What must be visible on the page for each record: its name, role, text… */
function recordFacts(profile: Profile): string[] {
  return [
    ...profile.persons.map((p) => p.name),
    ...profile.organizations.map((o) => o.name),
    ...profile.memberships.map((m) => m.role),
    ...profile.events.flatMap((e) => [e.date, ...(e.voteShare === null ? [] : [String(e.voteShare)])]),
    ...profile.tasks.map((t) => t.text),
    ...profile.statistics.flatMap((s) => [s.subject, String(s.value)]),
    ...profile.groups.map((g) => g.name),
    ...profile.materials.map((m) => m.date),
    ...profile.notes.flatMap((n) => paragraphTexts(n.text)),
  ];
}

describe('renderProfile', () => {
  const sample = sampleProfile();
  const page = renderProfile(sample);

  it('should open with its language as front matter, the title and the generated-file note as an HTML comment, not shown to readers', () => {
    expect(page.split('\n').slice(0, 9)).toEqual([
      '---',
      'lang: en',
      '---',
      '',
      '# Kyrgyzstan: Executive branch',
      '',
      '<!-- Generated from raw/kg/executive-branch.html by country-profiles; do not edit by hand. -->',
      '',
      '## Source',
    ]);
    expect(page.match(/do not edit by hand/g)).toHaveLength(1);
  });

  it.each([
    { language: 'ru', frontMatter: 'lang: ru' },
    { language: 'kk', frontMatter: 'lang: kk' },
    { language: 'uz-Cyrl', frontMatter: 'lang: uz-Cyrl' },
    { language: 'no', frontMatter: 'lang: "no"' },
  ])('should record a page in $language as "$frontMatter", for tools, and say it in the source facts, for readers', ({ language, frontMatter }) => {
    const other = renderProfile({ ...sample, source: { ...sample.source, language } });
    expect(other.split('\n').slice(0, 5)).toEqual(['---', frontMatter, '---', '', '# Kyrgyzstan: Executive branch']);
    // The source facts are in the page's language where a catalog has it (labels.ts), else English.
    expect(other).toContain(`\n- ${language === 'ru' ? 'Язык' : 'Language'}: ${language}\n`);
  });

  it('should give the source facts, with the SHA-256 in full', () => {
    expect(page).toContain('- Publisher: Eurasian Home\n');
    expect(page).toContain('- URL: <http://www.example.org/profiles/kg/executive>\n');
    expect(page).toContain('- Retrieved: 2012-04-01\n');
    expect(page).toContain('- Latest date on the page: 2011-10\n');
    expect(page).toContain(`- SHA-256: \`${'0'.repeat(64)}\`\n`);
  });

  it('should name the head of state and its holder', () => {
    expect(page).toContain('## Head of state\n\n### President of the Kyrgyz Republic\n\n- President: Temirov Almaz Bekovich, since 2011-10-30\n');
  });

  it('should list elections and referendums in a table, oldest first, with the vote share', () => {
    expect(page).toContain(
      [
        '|Date|Kind|Who|Vote share %|Other candidates|Term (years)|Office|Outcome|Votes|Turnout %|As the page names it|',
        '|-|-|-|-|-|-|-|-|-|-|-|',
        '|2010-06-27|referendum||||||adopted a new Constitution|||the nation-wide referendum|',
        '|2011-10-30|election|Temirov Almaz Bekovich|63.2|Bakyt Sadykov (21.4%)|6|President of the Kyrgyz Republic||1261403|61.3||',
      ].join('\n'),
    );
  });

  it('should show every person, body, post and vote share of the sample', () => {
    for (const person of sample.persons) expect(page).toContain(person.name);
    for (const organization of sample.organizations) expect(page).toContain(organization.name);
    for (const membership of sample.memberships) expect(page).toContain(membership.role);
    for (const event of sample.events) if (event.voteShare !== null) expect(page).toContain(`|${event.voteShare}|`);
  });

  it('should keep the cabinet in a table with the pipe in a title escaped', () => {
    expect(page).toContain('|Prime Minister|Osmonova Gulnara|2011-12|Bakyt Sadykov|Government|Prime Minister \\| acting|');
  });

  it('should write page HTML as text, never as markup', () => {
    expect(page).not.toMatch(/(?<!\\)<(script|b)\b/);
    expect(page).toContain('\\<script>alert(1)\\</script>');
    expect(renderHtml(page)).not.toMatch(/<(script|b)\b/);
    expect(visibleText(page)).toContain('@mention and +plus and -minus <script>alert(1)</script>');
  });

  it('should escape @ and # so they do not become mentions or issue links', () => {
    expect(page).toContain('2. \\@mention and +plus');
    expect(page).not.toMatch(/(?<!\\)@mention/);
  });

  it('should list a body\'s tasks in the page\'s order, numbered', () => {
    expect(page).toContain('Tasks:\n\n1. to coordinate the power structures;\n2. ');
  });

  it('should show posts without a body and people without a post under Other posts', () => {
    expect(page).toContain('|Role|Person|Title|\n|-|-|-|\n');
    expect(page).toContain('|Human Rights Commissioner|Osmonova Gulnara|Human Rights Commissioner|');
    expect(page).toContain('|(no post on this page)|Bakyt Sadykov||');
  });

  it('should keep the sections in the outline order', () => {
    expect(headings(renderProfile(richProfile()))).toEqual([
      '# Kyrgyzstan: Executive branch',
      '## Source',
      '## Head of state',
      '### President of the Kyrgyz Republic',
      '## Elections and referendums',
      '## Administration',
      '### Presidential Administration (AP)',
      '## Advisory bodies',
      '### Security Council (SC)',
      '### Defence Council',
      '## Government',
      '### Government',
      '### Cabinet',
      '## Ministries and official sites',
      '### Ministry of Finance',
      '## Other bodies',
      '### Standing Meeting',
      '### Civic Forum',
      '## Other posts',
      '## Analysis',
      '### Groups',
      '### Figures (surveys and turnout)',
      '## Notes',
      '### Analysis',
      '### Termination of Authorities',
      '## Related materials',
      '## Not understood',
      '## Sources',
    ]);
  });

  it('should leave nothing in the dataset invisible', () => {
    const profile = richProfile();
    const text = visibleText(renderProfile(profile));
    const missing = recordFacts(profile).filter((fact) => !text.includes(fact));
    expect(missing).toEqual([]);
    expect(RECORD_COLLECTIONS.every((collection) => profile[collection].length > 0)).toBe(true);
  });

  it('should leave out sections with nothing to show', () => {
    const empty: Profile = { ...sample, persons: [], organizations: [], memberships: [], events: [], tasks: [], statistics: [], groups: [], materials: [], notes: [], issues: [] };
    expect(headings(renderProfile(empty))).toEqual(['# Kyrgyzstan: Executive branch', '## Source', '## Sources']);
  });

  it('should sort the cabinet by rank (head of government, first deputies, deputies, ministers), then page order', () => {
    const rows = renderProfile(richProfile())
      .split('## Ministries')[0]!
      .split('### Cabinet')[1]!
      .split('\n')
      .filter((line) => line.startsWith('|') && !line.startsWith('|Role|') && !line.startsWith('|-'));
    expect(rows.map((row) => row.split('|')[1])).toEqual(['Prime Minister', 'Deputy Prime Minister', 'Minister of Finance']);
  });
});
