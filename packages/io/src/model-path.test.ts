import { describe, expect, it } from 'vitest';
import { sampleProfile } from '@profiles/model';
import { modelFilePath } from './models.js';

describe('modelFilePath', () => {
  it.each([
    ['raw/kz/executive-branch.txt', 'kz/executive-branch.json'],
    ['raw/kz/executive-branch.html', 'kz/executive-branch.json'],
    ['raw/kz/executive-branch/2012-03-05.txt', 'kz/executive-branch/2012-03-05.json'],
    ['raw/kz/legislative-branch/2012-03-05.html', 'kz/legislative-branch/2012-03-05.json'],
  ])('should place the model of %s at %s', (file, path) => {
    const profile = sampleProfile();
    expect(modelFilePath({ ...profile, source: { ...profile.source, file, country: { code: 'kz', name: 'Kazakhstan' } } })).toBe(path);
  });
});
