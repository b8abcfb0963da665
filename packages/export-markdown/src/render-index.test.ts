import { sampleProfile } from '@profiles/model';
import { describe, expect, it } from 'vitest';
import { richProfile } from './fixtures/profiles.js';
import { renderIndex } from './render-index.js';

describe('renderIndex', () => {
  it('should list every profile with its counts and a link to its page', () => {
    const index = renderIndex([sampleProfile()]);
    expect(index).toContain('|Country|Section|Language|Persons|Bodies|Posts|Warnings|Page|\n|-|-|-|-|-|-|-|-|\n|Kyrgyzstan|Executive branch|en|3|5|4|1|[kg/executive-branch.md](kg/executive-branch.md)|\n');
  });

  it('should list where each page came from', () => {
    const index = renderIndex([sampleProfile()]);
    expect(index).toContain(
      '|[Kyrgyzstan: Executive branch](kg/executive-branch.md)|Eurasian Home|<http://www.example.org/profiles/kg/executive>|2012-04-01|`raw/kg/executive-branch.html`|\n',
    );
  });

  it('should count a richer profile', () => {
    expect(renderIndex([richProfile()])).toContain('|Kyrgyzstan|Executive branch|en|7|9|8|');
  });

  it('should be in the project’s language, and say each page’s', () => {
    const russian = { ...sampleProfile(), source: { ...sampleProfile().source, language: 'ru', section: 'Исполнительная власть' } };
    const index = renderIndex([sampleProfile(), russian]);
    expect(index.startsWith('---\nlang: en\n---\n\n# Country profiles\n')).toBe(true);
    expect(index).toContain('|Kyrgyzstan|Executive branch|en|');
    expect(index).toContain('|Kyrgyzstan|Исполнительная власть|ru|');
    expect(renderIndex([]).startsWith('---\nlang: en\n---\n\n')).toBe(true);
  });

  it('should say so when there is no profile', () => {
    expect(renderIndex([])).toMatch(/\n\nNo profiles yet\.\n$/);
  });
});
