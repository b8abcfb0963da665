import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../run-in-process.js';
import { REPO, tempDir, tempTree } from '../test-helpers.js';

const RESHUFFLED = readFileSync(join(REPO, 'packages/diff/src/fixtures/kz-executive-branch.reshuffled.txt'));

/** `profiles …` run in this process from the repository root. */
const cli = (args: string[]) => runInProcess(args, {}, { cwd: REPO });

describe('profiles diff', () => {
  // The seed and the reshuffled seed, built once for the file.
  let base: string;
  let head: string;
  beforeAll(async () => {
    base = join(tempDir(), 'base');
    head = join(tempDir(), 'head');
    expect((await cli(['build', '--raw', join(REPO, 'raw'), '--out', base])).status).toBe(0);
    const raw = tempTree({ 'kz/executive-branch.txt': RESHUFFLED });
    expect((await cli(['build', '--raw', raw, '--out', head])).status).toBe(0);
  });

  it('should exit 0 and say so when the datasets are equal', async () => {
    const run = await cli(['diff', base, join(REPO, 'dist')]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('**No changes** in the dataset.');
  });

  it('should exit 1 and write one marked PR comment when they differ', async () => {
    const run = await cli(['diff', base, head]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout.split('\n')[0]).toBe('<!-- country-profiles-diff -->');
    expect(run.stdout).toContain('- **Prime Minister (Government)**: Masimov Karim Kazhimkhanovich → Sagintayev Bakytzhan Abdirovich, since 2012-04');
  });

  it('should write the JSON structure with --format json', async () => {
    const run = await cli(['diff', base, head, '--format', 'json']);
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({ version: 1, equal: false, summary: { posts: 3, moves: 1 } });
    expect(json.moves[0].name).toBe('Masimov Karim Kazhimkhanovich');
  });

  it('should read a model folder itself as well as a dataset folder', async () => {
    expect((await cli(['diff', join(base, 'model'), head])).status).toBe(1);
  });

  it.each([
    ['a missing folder', (b: string) => ['diff', join(b, 'nope'), b], /^profiles: .*nope: dataset folder not found\n$/],
    ['a folder without a model', () => ['diff', tempDir(), join(REPO, 'dist')], /^profiles: .*: not a built dataset: no model\/ folder/],
  ])('should exit 2 with one line and no stack on %s', async (_name, args, message) => {
    const run = await cli(args(base));
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('should exit 2 on an invalid model file', async () => {
    const broken = tempTree({ 'model/kz/executive-branch.json': '{"schemaVersion": 1}' });
    const run = await cli(['diff', broken, base]);
    expect(run.status).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it.each([[['diff', 'a']], [['diff', 'a', 'b', 'c']], [['diff', 'a', 'b', '--format', 'html']]])('should exit 2 on the usage %j', async (args) => {
    const run = await cli(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--help/);
  });
});
