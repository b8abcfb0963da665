import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { SCHEMA_VERSION } from '@profiles/model';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../run-in-process.js';
import { readTree, REPO, tempDir, tempTree } from '../test-helpers.js';

const RESHUFFLED = readFileSync(join(REPO, 'packages/diff/src/fixtures/kz-executive-branch.reshuffled.txt'));

/** `profiles …` run in this process from the repository root. */
const cli = (args: string[]) => runInProcess(args, {}, { cwd: REPO });

async function release(args: string[]): Promise<string> {
  const out = join(tempDir(), 'release');
  const run = await cli(['release', '--out', out, ...args]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return out;
}

describe('profiles release', () => {
  let first: string; // the release of raw/ as 1.0.0, made once for the file
  beforeAll(async () => {
    first = await release(['--raw', join(REPO, 'raw'), '--version', '1.0.0']);
  });

  it('should write the dataset as profiles build does, plus the raw pages, schema, README, LICENSE, archive, index.html, manifest.json, SHA256SUMS and CHANGELOG.md', () => {
    const files = readTree(first);
    const dist = readTree(join(REPO, 'dist'));
    const added = ['CHANGELOG.md', 'LICENSE', 'README.md', 'SHA256SUMS', 'country-profiles-1.0.0.tar.gz', 'index.html', 'manifest.json', 'schema/profile.schema.json'];
    const raw = [...readTree(join(REPO, 'raw')).keys()].map((p) => `raw/${p}`);
    expect([...files.keys()].filter((p) => !added.includes(p) && !raw.includes(p))).toEqual([...dist.keys()]);
    for (const path of [...added, ...raw]) expect(files.has(path), path).toBe(true);
    for (const path of raw) expect(files.get(path)!.equals(readFileSync(join(REPO, path))), path).toBe(true);
    for (const [path, bytes] of dist) expect(files.get(path)!.equals(bytes), path).toBe(true);
    expect(files.has('csv/datapackage.json')).toBe(true);
    expect(files.get('CHANGELOG.md')!.toString()).toContain('## 1.0.0\n\nInitial release. 1 page (raw/kz/executive-branch.txt)');
  });

  it('should give byte-identical releases for the same raw pages', async () => {
    const again = readTree(await release(['--raw', join(REPO, 'raw'), '--version', '1.0.0']));
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

  it('should version an initial release 1.0.0, a data change after it 1.1.0, and the same pages again 1.1.1', async () => {
    const initial = await release(['--raw', join(REPO, 'raw')]);
    expect(JSON.parse(readFileSync(join(initial, 'manifest.json'), 'utf8')).version).toBe('1.0.0');
    const raw = tempTree({ 'kz/executive-branch.txt': RESHUFFLED });
    const out = join(tempDir(), 'release');
    const run = await cli(['release', '--raw', raw, '--out', out, '--previous', first]);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout).toMatch(/^released 1\.1\.0 into .*: \d+ files \(16 changes since 1\.0\.0: minor\)\n$/);
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'))).toMatchObject({ version: '1.1.0', previousVersion: '1.0.0', archive: 'country-profiles-1.1.0.tar.gz' });
    expect(readFileSync(join(out, 'CHANGELOG.md'), 'utf8')).toContain('## 1.1.0\n\nChanges since 1.0.0.');
    const again = await release(['--raw', raw, '--previous', out]);
    expect(JSON.parse(readFileSync(join(again, 'manifest.json'), 'utf8'))).toMatchObject({ version: '1.1.1', changes: { total: 0 } });
  });

  it('should refuse a --previous whose manifest does not validate, and a --version not later than its', async () => {
    const copy = tempTree(Object.fromEntries([...readTree(first)].map(([path, bytes]) => [path, bytes])));
    const manifestPath = join(copy, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    writeFileSync(manifestPath, `${JSON.stringify({ ...manifest, version: '1.20120305+7c7c8c7a' }, null, 2)}\n`);
    // Keep SHA256SUMS whole, so only the manifest is wrong.
    writeFileSync(join(copy, 'SHA256SUMS'), readFileSync(join(copy, 'SHA256SUMS'), 'utf8').replace(/^[0-9a-f]{64}(?=  manifest\.json$)/m, createHash('sha256').update(readFileSync(manifestPath)).digest('hex')));
    const bad = await cli(['release', '--raw', join(REPO, 'raw'), '--out', join(tempDir(), 'r'), '--previous', copy]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^profiles: .*manifest\.json: does not validate: version: must be MAJOR\.MINOR\.PATCH\n$/);
    const older = await cli(['release', '--raw', join(REPO, 'raw'), '--out', join(tempDir(), 'r'), '--previous', first, '--version', '1.0.0']);
    expect(older.status).toBe(2);
    expect(older.stderr).toMatch(/release version 1\.0\.0 must be later than the previous release's 1\.0\.0/);
  });

  it('should write the diff against --previous into the changelog, and diff as a dataset folder', async () => {
    const raw = tempTree({ 'kz/executive-branch.txt': RESHUFFLED });
    const second = await release(['--raw', raw, '--version', '1.1.0', '--previous', first]);
    const changelog = readFileSync(join(second, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toContain('## 1.1.0\n\nChanges since 1.0.0.');
    expect(changelog).toContain('- **Head (Administration of the President)**: Aslan Musin → Masimov Karim Kazhimkhanovich, since 2012-04');
    expect(changelog.indexOf('## 1.1.0')).toBeLessThan(changelog.indexOf('## 1.0.0'));
    const manifest = JSON.parse(readFileSync(join(second, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ version: '1.1.0', previousVersion: '1.0.0', changes: { posts: 3, moves: 1 } });
    expect((await cli(['diff', first, second])).status).toBe(1);
    expect((await cli(['diff', first, join(REPO, 'dist')])).status).toBe(0);
  });

  it.each([
    [['release', '--raw', 'raw']],
    [['release', '--raw', 'raw', '--out', 'raw']],
    [['release', '--out', '.']],
    [['release', '--out', '/tmp/x', '--version', 'a b']],
  ])('should exit 2 on the usage %j', async (args) => {
    const run = await cli(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--help/);
  });

  it('should exit 1 with one line when --previous is missing', async () => {
    const run = await cli(['release', '--out', join(tempDir(), 'r'), '--previous', join(tempDir(), 'nope')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^profiles: .*nope: dataset folder not found\n$/);
  });
});
