import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheDirFor } from './location.js';

describe('cacheDirFor', () => {
  const project = mkdtempSync(join(tmpdir(), 'profiles-project-'));
  mkdirSync(join(project, 'node_modules'));

  it.each([
    ['the project of the output folder', {}, join(project, 'node_modules/.cache/profiles')],
    ['PROFILES_CACHE_DIR when set', { PROFILES_CACHE_DIR: '/tmp/c' }, '/tmp/c'],
    ['none for an empty PROFILES_CACHE_DIR', { PROFILES_CACHE_DIR: '' }, null],
    ['none for PROFILES_CACHE_DIR=off', { PROFILES_CACHE_DIR: 'off' }, null],
    ['none in a test run', { VITEST: 'true' }, null],
    ['PROFILES_CACHE_DIR in a test run that asks', { VITEST: 'true', PROFILES_CACHE_DIR: '/tmp/c' }, '/tmp/c'],
  ])('should be %s', (_, env, expected) => {
    expect(cacheDirFor(join(project, 'dist'), env)).toBe(expected);
  });

  it('should never be inside the output folder', () => {
    expect(cacheDirFor(join(project, 'dist'), {})!.startsWith(join(project, 'dist'))).toBe(false);
  });
});
