import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { SCHEMA_VERSION } from '@profiles/model';
import { describe, expect, it } from 'vitest';
import { profiles, readTree, REPO, tempDir, tempTree } from '../test-helpers.js';

const RESHUFFLED = readFileSync(join(REPO, 'packages/diff/src/fixtures/kz-executive-branch.reshuffled.txt'));

function release(args: string[]): string {
  const out = join(tempDir(), 'release');
  const run = profiles(['release', '--out', out, ...args]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return out;
}

describe('profiles release', () => {
  const first = release(['--raw', join(REPO, 'raw'), '--version', '1.0.0']);

  it('should write the dataset as profiles build does, plus manifest.json, SHA256SUMS and CHANGELOG.md', () => {
    const files = readTree(first);
    const dist = readTree(join(REPO, 'dist'));
    expect([...files.keys()].filter((p) => !['CHANGELOG.md', 'manifest.json', 'SHA256SUMS'].includes(p))).toEqual([...dist.keys()]);
    for (const [path, bytes] of dist) expect(files.get(path)!.equals(bytes), path).toBe(true);
    expect(files.has('csv/datapackage.json')).toBe(true);
    expect(files.get('CHANGELOG.md')!.toString()).toContain('## 1.0.0\n\nInitial release. 1 page (raw/kz/executive-branch.txt)');
  });

  it('should give byte-identical releases for the same raw pages', () => {
    const again = readTree(release(['--raw', join(REPO, 'raw'), '--version', '1.0.0']));
    const files = readTree(first);
    expect([...again.keys()]).toEqual([...files.keys()]);
    for (const [path, bytes] of files) expect(again.get(path)!.equals(bytes), path).toBe(true);
  });

  it('should write a SHA256SUMS that sha256sum -c accepts', () => {
    if (spawnSync('sha256sum', ['--version']).status !== 0) return;
    const out = execFileSync('sha256sum', ['-c', '--strict', 'SHA256SUMS'], { cwd: first, encoding: 'utf8' });
    expect(out.trimEnd().split('\n').every((line) => line.endsWith(': OK'))).toBe(true);
    expect(out).toContain('manifest.json: OK');
  });

  it('should count every CSV\'s rows in the manifest as a CSV reader does', () => {
    const manifest = JSON.parse(readFileSync(join(first, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ name: 'country-profiles', version: '1.0.0', schemaVersion: SCHEMA_VERSION, previousVersion: null });
    expect(manifest.pages).toEqual([expect.objectContaining({ file: 'raw/kz/executive-branch.txt', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) })]);
    const csvs = manifest.files.filter((f: { path: string }) => f.path.endsWith('.csv'));
    expect(csvs.length).toBeGreaterThan(3);
    for (const file of csvs) {
      const records = parse(readFileSync(join(first, file.path)), { bom: true }) as unknown[];
      expect(file.rows, file.path).toBe(records.length - 1);
    }
  });

  it('should take a deterministic default version from the pages', () => {
    const a = JSON.parse(readFileSync(join(release(['--raw', join(REPO, 'raw')]), 'manifest.json'), 'utf8')).version;
    const b = JSON.parse(readFileSync(join(release(['--raw', join(REPO, 'raw')]), 'manifest.json'), 'utf8')).version;
    expect(a).toBe(b);
    expect(a).toMatch(new RegExp(`^${SCHEMA_VERSION}\\.\\d{4,8}\\+[0-9a-f]{8}$`));
  });

  it('should write the diff against --previous into the changelog, and diff as a dataset folder', () => {
    const raw = tempTree({ 'kz/executive-branch.txt': RESHUFFLED });
    const second = release(['--raw', raw, '--version', '1.1.0', '--previous', first]);
    const changelog = readFileSync(join(second, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toContain('## 1.1.0\n\nChanges since 1.0.0.');
    expect(changelog).toContain('- **Head (Administration of the President)**: Aslan Musin → Masimov Karim Kazhimkhanovich, since 2012-04');
    expect(changelog.indexOf('## 1.1.0')).toBeLessThan(changelog.indexOf('## 1.0.0'));
    const manifest = JSON.parse(readFileSync(join(second, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ version: '1.1.0', previousVersion: '1.0.0', changes: { posts: 3, moves: 1 } });
    expect(profiles(['diff', first, second]).status).toBe(1);
    expect(profiles(['diff', first, join(REPO, 'dist')]).status).toBe(0);
  });

  it.each([
    [['release', '--raw', 'raw']],
    [['release', '--raw', 'raw', '--out', 'raw']],
    [['release', '--out', '.']],
    [['release', '--out', '/tmp/x', '--version', 'a b']],
  ])('should exit 2 on the usage %j', (args) => {
    const run = profiles(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--help/);
  });

  it('should exit 1 with one line when --previous is missing', () => {
    const run = profiles(['release', '--out', join(tempDir(), 'r'), '--previous', join(tempDir(), 'nope')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^profiles: .*nope: dataset folder not found\n$/);
  });
});
