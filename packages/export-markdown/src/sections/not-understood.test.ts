import { sampleProfile, type Issue, type Profile } from '@profiles/model';
import { describe, expect, it } from 'vitest';
import { htmlText, renderHtml } from '../fixtures/render-html.js';
import { renderIndex } from '../render-index.js';
import { renderProfile } from '../render-profile.js';
import { issueLine, shortQuote } from './not-understood.js';

const FILE = 'raw/kg/executive-branch.html';

function issue(id: string, code: string, line: number, quote: string, message = 'not read', endLine = line, file = FILE): Issue {
  return { id: `kg-issue-${id.padStart(12, '0')}`, level: 'warning', code, message, provenance: [{ file, line, endLine, element: null, quote }] };
}

/** The sample with these warnings instead of its own. */
function withIssues(...issues: Issue[]): Profile {
  return { ...sampleProfile(), issues };
}

/** The page's "Not understood" section, up to the next section. */
function section(markdown: string): string {
  const start = markdown.indexOf('## Not understood\n');
  if (start < 0) return '';
  return markdown.slice(start, markdown.indexOf('\n\n## ', start + 1) + 1);
}

describe('the "Not understood" section', () => {
  it('should list each warning with its line, code, message and quoted text, in page order', () => {
    const page = renderProfile(
      withIssues(
        issue('2', 'unread-person-line', 63, 'Minister of Finance –', 'a line that names a post but no person'),
        issue('1', 'no-publisher', 1, 'Country profile / Kyrgyzstan', 'no masthead and no sidecar: publisher unknown'),
        issue('3', 'duplicate-mention', 40, 'Osmonova Gulnara – Prime Minister\n\nOsmonova Gulnara – Prime Minister', 'the same post twice', 42),
      ),
    );
    expect(section(page)).toBe(`## Not understood

Text the ingest met on the page but could not read (3 warnings); the sections above may lack what it says.

|Line|Code|Message|Page text|
|-|-|-|-|
|1|\`no-publisher\`|no masthead and no sidecar: publisher unknown|Country profile / Kyrgyzstan|
|40–42|\`duplicate-mention\`|the same post twice|Osmonova Gulnara – Prime Minister Osmonova Gulnara – Prime Minister|
|63|\`unread-person-line\`|a line that names a post but no person|Minister of Finance –|
`);
  });

  it('should stand after the content and before the sources', () => {
    const headings = renderProfile(sampleProfile()).split('\n').filter((l) => l.startsWith('## '));
    expect(headings.slice(-3)).toEqual(['## Related materials', '## Not understood', '## Sources']);
  });

  it('should say one warning in the singular', () => {
    expect(section(renderProfile(sampleProfile()))).toContain('could not read (one warning);');
  });

  it('should be left out when the page has no warnings', () => {
    const page = renderProfile(withIssues());
    expect(page).not.toContain('Not understood');
    expect(section(page)).toBe('');
  });

  it('should show page text as text: no markup, no mentions, the table intact', () => {
    const hostile = issue('9', 'odd-line', 5, '*Minister* – |<script>alert(1)</script>\n\nsecond @admin #12', 'a | pipe <b>x</b> @user');
    const text = section(renderProfile(withIssues(hostile)));
    expect(text).toContain('|5|`odd-line`|a \\| pipe \\<b>x\\</b> \\@user|\\*Minister\\* – \\|\\<script>alert(1)\\</script> second \\@admin \\#12|\n');
    const html = renderHtml(text);
    expect(html).not.toMatch(/<script|<b>|<em>/);
    expect(htmlText(html)).toContain('*Minister* – |<script>alert(1)</script> second @admin #12');
  });

  it('should shorten a long quote at a word, and name another file than the page’s', () => {
    const long = issue('4', 'unread-paragraph', 70, `${'word '.repeat(60)}end`, 'a paragraph no rule read', 70, 'raw/kg/executive-branch.meta.json');
    const row = section(renderProfile(withIssues(long))).split('\n').find((l) => l.includes('unread-paragraph'))!;
    expect(row.startsWith('|raw/kg/executive-branch.meta.json:70|')).toBe(true);
    expect(row.endsWith(`|${'word '.repeat(31).trimEnd()}…|`)).toBe(true);
  });
});

describe('shortQuote and issueLine', () => {
  it.each([
    ['short', 'short'],
    ['two\nlines', 'two lines'],
    [`${'a'.repeat(200)}`, `${'a'.repeat(159)}…`],
    [`${'ab '.repeat(60)}`, `${'ab '.repeat(53).trimEnd()}…`],
  ])('should shorten %j', (input, expected) => {
    expect(shortQuote(input)).toBe(expected);
    expect([...shortQuote(input)].length).toBeLessThanOrEqual(160);
  });

  it('should give a line, a range, or a file and line', () => {
    expect(issueLine(issue('1', 'x', 7, 'q'), FILE)).toBe('7');
    expect(issueLine(issue('1', 'x', 7, 'q', 'm', 9), FILE)).toBe('7–9');
    expect(issueLine(issue('1', 'x', 7, 'q', 'm', 7, 'raw/kg/other.txt'), FILE)).toBe('raw/kg/other.txt:7');
  });
});

describe('unknown publisher and pollster', () => {
  const profile = sampleProfile();
  profile.source.publisher = null;
  profile.statistics[0]!.author = null;
  const page = renderProfile(profile);

  it('should say the publisher is not recorded, and cite the page by its title alone', () => {
    expect(page).toContain('- Publisher: not recorded\n');
    expect(page).toContain('\n“Country profile / Kyrgyzstan / Executive branch”, <http://www.example.org/profiles/kg/executive>, retrieved 2012-04-01.\n');
    expect(page).not.toMatch(/null/);
  });

  it('should show a survey figure whose pollster the page does not name', () => {
    expect(page).toContain('|not named|influential lobby groups|the Governmental lobby|55.5|\n');
  });

  it('should leave out the index’s publisher column when no page names one', () => {
    expect(renderIndex([profile])).toContain('|Page|URL|Retrieved|Raw file|\n');
    expect(renderIndex([profile])).toContain('|[Kyrgyzstan: Executive branch](kg/executive-branch.md)|<http://www.example.org/profiles/kg/executive>|');
  });
});

describe('the index', () => {
  it('should count each page’s warnings', () => {
    const three = withIssues(issue('1', 'a', 1, 'q'), issue('2', 'b', 2, 'q'), issue('3', 'c', 3, 'q'));
    expect(renderIndex([three])).toContain('|Kyrgyzstan|Executive branch|en|3|5|4|3|[kg/executive-branch.md](kg/executive-branch.md)|\n');
    expect(renderIndex([withIssues()])).toContain('|Kyrgyzstan|Executive branch|en|3|5|4|0|');
  });
});
