import { sampleProfile } from '@profiles/model';
import { describe, expect, it } from 'vitest';
import { pagePath } from './page-path.js';

describe('pagePath', () => {
  it.each([
    { file: 'raw/kg/executive-branch.html', expected: 'kg/executive-branch.md' },
    { file: 'raw/kg/executive-branch.txt', expected: 'kg/executive-branch.md' },
    { file: 'raw/kg/parliament.v2.htm', expected: 'kg/parliament.v2.md' },
    { file: 'raw/kg/notes', expected: 'kg/notes.md' },
  ])('should place $file at $expected', ({ file, expected }) => {
    const profile = sampleProfile();
    profile.source.file = file;
    expect(pagePath(profile)).toBe(expected);
  });
});
