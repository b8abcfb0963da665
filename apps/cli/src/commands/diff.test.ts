import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profiles, REPO, tempDir, tempTree } from '../test-helpers.js';

const RESHUFFLED = readFileSync(join(REPO, 'packages/diff/src/fixtures/kz-executive-branch.reshuffled.txt'));

/** Builds the seed and the reshuffled seed into two dataset folders. */
function buildBoth(): { base: string; head: string } {
  const base = join(tempDir(), 'base');
  const head = join(tempDir(), 'head');
  expect(profiles(['build', '--raw', join(REPO, 'raw'), '--out', base]).status).toBe(0);
  const raw = tempTree({ 'kz/executive-branch.txt': RESHUFFLED });
  expect(profiles(['build', '--raw', raw, '--out', head]).status).toBe(0);
  return { base, head };
}

describe('profiles diff', () => {
  const { base, head } = buildBoth();

  it('should exit 0 and say so when the datasets are equal', () => {
    const run = profiles(['diff', base, join(REPO, 'dist')]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('**No changes** in the dataset.');
  });

  it('should exit 1 and write one marked PR comment when they differ', () => {
    const run = profiles(['diff', base, head]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout.split('\n')[0]).toBe('<!-- country-profiles-diff -->');
    expect(run.stdout).toContain('- **Prime Minister (Government)**: Masimov Karim Kazhimkhanovich → Sagintayev Bakytzhan Abdirovich, since 2012-04');
  });

  it('should write the JSON structure with --format json', () => {
    const run = profiles(['diff', base, head, '--format', 'json']);
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({ version: 1, equal: false, summary: { posts: 3, moves: 1 } });
    expect(json.moves[0].name).toBe('Masimov Karim Kazhimkhanovich');
  });

  it('should read a model folder itself as well as a dataset folder', () => {
    expect(profiles(['diff', join(base, 'model'), head]).status).toBe(1);
  });

  it.each([
    ['a missing folder', (b: string) => ['diff', join(b, 'nope'), b], /^profiles: .*nope: dataset folder not found\n$/],
    ['a folder without a model', () => ['diff', tempDir(), join(REPO, 'dist')], /^profiles: .*: not a built dataset: no model\/ folder/],
  ])('should exit 2 with one line and no stack on %s', (_name, args, message) => {
    const run = profiles(args(base));
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('should exit 2 on an invalid model file', () => {
    const broken = tempTree({ 'model/kz/executive-branch.json': '{"schemaVersion": 1}' });
    const run = profiles(['diff', broken, base]);
    expect(run.status).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it.each([[['diff', 'a']], [['diff', 'a', 'b', 'c']], [['diff', 'a', 'b', '--format', 'html']]])('should exit 2 on the usage %j', (args) => {
    const run = profiles(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--help/);
  });
});
