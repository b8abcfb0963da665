import { sampleProfile } from '@profiles/model';
import { describe, expect, it } from 'vitest';
import { richProfile } from './fixtures/profiles.js';
import { renderIndex } from './render-index.js';

describe('renderIndex', () => {
  it('should list every profile with its counts and a link to its page', () => {
    const index = renderIndex([sampleProfile()]);
    expect(index).toContain('|Country|Section|Persons|Bodies|Posts|Warnings|Page|\n|-|-|-|-|-|-|-|\n|Kyrgyzstan|Executive branch|3|5|4|1|[kg/executive-branch.md](kg/executive-branch.md)|\n');
  });

  it('should list where each page came from', () => {
    const index = renderIndex([sampleProfile()]);
    expect(index).toContain(
      '|[Kyrgyzstan: Executive branch](kg/executive-branch.md)|Eurasian Home|<http://www.example.org/profiles/kg/executive>|2012-04-01|`raw/kg/executive-branch.html`|\n',
    );
  });

  it('should count a richer profile', () => {
    expect(renderIndex([richProfile()])).toContain('|Kyrgyzstan|Executive branch|7|9|8|');
  });

  it('should say so when there is no profile', () => {
    expect(renderIndex([])).toMatch(/\n\nNo profiles yet\.\n$/);
  });
});
