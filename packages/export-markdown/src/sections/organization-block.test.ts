import { sampleProfile } from '@profiles/model';
import { describe, expect, it } from 'vitest';
import { profileContext } from '../context.js';
import { serializeMarkdown } from '../serialize.js';
import { memberLine, NO_DETAILS, organizationBlock, roleLabel, tenureCell } from './organization-block.js';

describe('memberLine', () => {
  const profile = sampleProfile();
  const context = profileContext(profile);
  it.each([
    { index: 0, expected: 'President: Temirov Almaz Bekovich, since 2011-10-30' },
    { index: 1, expected: 'Chair: Temirov Almaz Bekovich' },
    { index: 2, expected: 'Prime Minister: Osmonova Gulnara, since 2011-12; preceded by Bakyt Sadykov' },
  ])('should write membership $index as "$expected"', ({ index, expected }) => {
    expect(memberLine(profile.memberships[index]!, context)).toBe(expected);
  });
});

describe('a past post', () => {
  it.each([
    { startDate: '2000', endDate: '2005', line: 'Prime Minister (past): Osmonova Gulnara, since 2000, until 2005; preceded by Bakyt Sadykov', cell: '2000, until 2005' },
    { startDate: null, endDate: '2012-11-06', line: 'Prime Minister (past): Osmonova Gulnara, until 2012-11-06; preceded by Bakyt Sadykov', cell: 'until 2012-11-06' },
    { startDate: null, endDate: null, line: 'Prime Minister (past): Osmonova Gulnara; preceded by Bakyt Sadykov', cell: '' },
  ])('should read as past from $startDate to $endDate: "$line"', ({ startDate, endDate, line, cell }) => {
    const profile = sampleProfile();
    const post = Object.assign(profile.memberships[2]!, { startDate, endDate, status: 'ended' as const });
    expect(memberLine(post, profileContext(profile))).toBe(line);
    expect(tenureCell(post)).toBe(cell);
  });

  it('should leave a current post unmarked', () => {
    const post = sampleProfile().memberships[2]!;
    expect([roleLabel(post), tenureCell(post)]).toEqual(['Prime Minister', '2011-12']);
  });
});

describe('organizationBlock', () => {
  it('should show posts and facts in one list, then the description and tasks', () => {
    const profile = sampleProfile();
    const context = profileContext(profile);
    const markdown = serializeMarkdown({ type: 'root', children: organizationBlock(profile.organizations[1]!, context, { depth: 3, members: true }) });
    expect(markdown).toBe(
      [
        '### Security Council (SC)',
        '',
        '- Chair: Temirov Almaz Bekovich',
        '- Founded: 1994-03',
        '- Predecessor: Defence Council',
        '- Part of: President of the Kyrgyz Republic',
        '',
        'Coordinates | the power structures.',
        '',
        'Tasks:',
        '',
        '1. to coordinate the power structures;',
        '2. \\@mention and +plus and -minus \\<script>alert(1)\\</script>',
        '',
      ].join('\n'),
    );
  });

  it('should say so when the page gives nothing but the name', () => {
    const profile = sampleProfile();
    profile.organizations[1]!.predecessorId = null;
    const markdown = serializeMarkdown({ type: 'root', children: organizationBlock(profile.organizations[2]!, profileContext(profile), { depth: 3, members: true }) });
    expect(markdown).toBe(`### Defence Council\n\n${NO_DETAILS}\n`);
  });
});
