// Issue 13, "never hide a problem" and "a CLI people know": one report of every problem, names
// shown safely, sidecars in plain words, whole datasets only, a quiet closed pipe, --version, progress.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_PAGE_BYTES } from '@profiles/io';
import { buildDataset } from './pipeline.js';
import { Progress } from './progress.js';
import { runInProcess, start } from './run-in-process.js';
import { REPO, SEED, tempDir, tempTree } from './test-helpers.js';

const seed = readFileSync(SEED);
const RESHUFFLED = readFileSync(join(REPO, 'packages/diff/src/fixtures/kz-executive-branch.reshuffled.txt'));
const quiet = { quiet: true, warn: () => undefined };

describe('one report of every problem of a run', () => {
  it('should list every bad folder, page, link and sidecar, one line each, then the count, and write nothing', async () => {
    const raw = tempTree({
      'kz/executive-branch.txt': seed,
      'KZ/executive-branch.txt': seed,
      'kaz/executive-branch.txt': seed,
      'xx/executive-branch.txt': seed,
      'kg/empty.txt': '',
      'am/executive-branch.txt': seed,
      'am/executive-branch.meta.json': '{"publisher": "x", "colour": "red"}',
      'by/executive-branch.txt': seed,
      'by/executive-branch.meta.json': Buffer.from('{"title": "\xcf\xf0\xe5\xe7\xe8\xe4\xe5\xed\xf2"}', 'latin1'),
      'ge/executive-branch.txt': seed,
      'ge/executive-branch.meta.json': '{"url": "javascript:alert(1)"}',
    });
    writeFileSync(join(raw, 'kg/big.txt'), Buffer.alloc(MAX_PAGE_BYTES + 1, 0x61));
    symlinkSync('missing.txt', join(raw, 'kz/dangling.txt'));
    symlinkSync('loop.txt', join(raw, 'kz/loop.txt'));
    symlinkSync('user@host.4242:1700000000', join(raw, 'kz/.#executive-branch.txt'));
    const out = join(tempDir(), 'dist');
    const run = await runInProcess(['build', '--raw', raw, '--out', out, '-q']);
    expect(run.status).toBe(1);
    const lines = run.stderr.replaceAll(raw, 'RAW').trimEnd().split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        "profiles: RAW/kz/.#executive-branch.txt: skipped an editor's lock file",
        'profiles: RAW/KZ: country folder must be in lower case: "kz", not "KZ"',
        'profiles: RAW/kaz: country folder must be a two-letter ISO 3166-1 alpha-2 code, like "kz", not the three-letter "kaz"',
        'profiles: RAW/xx: "xx" is not an ISO 3166-1 alpha-2 country code',
        'profiles: RAW/kg/big.txt: page is 8.0 MB, over the 8 MB limit for one profile page',
        'profiles: RAW/kz/dangling.txt: dangling symbolic link: it points to missing.txt, which does not exist',
        'profiles: RAW/kz/loop.txt: symbolic link loop: it points back to itself',
        'profiles: RAW/am/executive-branch.meta.json: sidecar field `colour` is not known; known fields: publisher, title, url, language, retrieved, encoding, notes',
        'profiles: RAW/by/executive-branch.meta.json: sidecar is not UTF-8 text (save it as UTF-8: JSON is always UTF-8)',
        'profiles: RAW/ge/executive-branch.meta.json: sidecar field `url` must be an http: or https: address, not javascript:',
        expect.stringMatching(/^profiles: RAW\/kg\/empty\.txt: page is empty$/),
      ]),
    );
    expect(lines.at(-1)).toBe('profiles: 10 problems; nothing was written');
    expect(lines).toHaveLength(12); // the warning, ten problems, the count
    expect(() => readFileSync(join(out, '.profiles-dataset'))).toThrow();
  });

  it('should escape a line break or control character in a file name, so one problem stays one line', async () => {
    const raw = tempTree({ 'kz/executive-branch.txt': seed, 'kz/evil\nprofiles: all good\u001b[2K.txt': '' });
    const run = await runInProcess(['build', '--raw', raw, '--out', join(tempDir(), 'dist'), '-q']);
    expect(run.status).toBe(1);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('kz/evil\\nprofiles: all good\\x1b[2K.txt: page is empty');
  });

  it('should print nothing but its result when all is well and stderr is not a terminal', async () => {
    const run = await runInProcess(['build', '--raw', tempTree({ 'kz/executive-branch.txt': seed }), '--out', join(tempDir(), 'dist')]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^built 1 profile into .*dist \(\d+ files\)\n$/);
    expect(run.status).toBe(0);
  });
});

describe('diff and release --previous trust only a whole dataset', () => {
  let base: string;
  let head: string;
  let release: string;

  beforeAll(async () => {
    base = join(tempDir(), 'base');
    head = join(tempDir(), 'head');
    await buildDataset(tempTree({ 'kz/executive-branch.txt': seed }), base, quiet);
    await buildDataset(tempTree({ 'kz/executive-branch.txt': RESHUFFLED }), head, quiet);
    release = join(tempDir(), 'release');
    const released = await runInProcess(['release', '--raw', tempTree({ 'kz/executive-branch.txt': seed }), '--out', release, '--version', '1.0.0', '-q']);
    expect(released.stderr).toBe('');
    expect(released.status).toBe(0);
  });

  /** A copy of a dataset folder, changed by `change`. */
  function tampered(dir: string, change: (copy: string) => void): string {
    const copy = join(tempDir(), 'copy');
    cpSync(dir, copy, { recursive: true });
    change(copy);
    return copy;
  }

  it('should diff whole datasets as before', async () => {
    expect((await runInProcess(['diff', base, head, '--format', 'json'])).status).toBe(1);
    expect((await runInProcess(['diff', release, base])).status).toBe(0);
  });

  it.each([
    ['a table changed after the build', (d: string) => writeFileSync(join(d, 'csv/persons.csv'), 'id\r\n'), /not a whole dataset: csv\/persons\.csv has \d+ bytes, csv\/datapackage\.json says \d+/],
    ['a table cut short', (d: string) => rmSync(join(d, 'csv/events.csv')), /not a whole dataset: csv\/events\.csv is missing \(csv\/datapackage\.json lists it\)/],
    ['a model file missing', (d: string) => rmSync(join(d, 'model/kz/executive-branch.json')), /not a whole dataset: model\/kz\/executive-branch\.json is missing \(csv\/datapackage\.json lists its page\)/],
    ['an older schema', (d: string) => writeFileSync(join(d, '.profiles-dataset'), '{"generator":"country-profiles","schemaVersion":1}\n'), /built with model schema version 1; this profiles reads version \d+: build it again/],
    ['no checksums at all', (d: string) => rmSync(join(d, 'csv'), { recursive: true }), /not a whole dataset: no SHA256SUMS and no csv\/datapackage\.json to check it by/],
  ])('diff should refuse a dist with %s, exit 2', async (_name, change, message) => {
    const run = await runInProcess(['diff', tampered(base, change), head]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it.each([
    ['a file changed', (d: string) => writeFileSync(join(d, 'markdown/index.md'), '# edited\n'), /not a whole dataset: markdown\/index\.md does not match its checksum in SHA256SUMS/],
    ['a file missing', (d: string) => rmSync(join(d, 'jsonld/context.jsonld')), /not a whole dataset: jsonld\/context\.jsonld is missing \(SHA256SUMS lists it\)/],
    ['a model file added', (d: string) => (mkdirSync(join(d, 'model/kg')), writeFileSync(join(d, 'model/kg/x.json'), '{}')), /not a whole dataset: model\/kg\/x\.json is not in SHA256SUMS/],
  ])('release --previous should refuse a release with %s, exit 1; diff exits 2', async (_name, change, message) => {
    const previous = tampered(release, change);
    const run = await runInProcess(['release', '--raw', tempTree({ 'kz/executive-branch.txt': RESHUFFLED }), '--out', join(tempDir(), 'next'), '--previous', previous, '-q']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
    expect((await runInProcess(['diff', previous, base])).status).toBe(2);
  });

  it('should refuse a previous release whose version is markup, not a version', async () => {
    const previous = tampered(release, (d) => {
      const manifest = JSON.parse(readFileSync(join(d, 'manifest.json'), 'utf8'));
      manifest.version = '<img src=x onerror=alert(1)>';
      const text = JSON.stringify(manifest);
      writeFileSync(join(d, 'manifest.json'), text);
      // A consistent forgery: its checksum updated too.
      const sums = readFileSync(join(d, 'SHA256SUMS'), 'utf8').replace(/^[0-9a-f]{64}(  manifest\.json)$/m, `${createHash('sha256').update(text).digest('hex')}$1`);
      writeFileSync(join(d, 'SHA256SUMS'), sums);
    });
    const run = await runInProcess(['release', '--raw', tempTree({ 'kz/executive-branch.txt': RESHUFFLED }), '--out', join(tempDir(), 'next'), '--previous', previous, '-q']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/manifest\.json: does not validate: version: must be MAJOR\.MINOR\.PATCH\n$/);
    expect(run.stderr).not.toContain('<img');
  });

  it('a closed pipe (profiles diff A B --format json | head) ends quietly, with the command\'s own exit code', async () => {
    const diff = start(['diff', base, head, '--format', 'json']);
    diff.child.stdout!.destroy(); // the reader is gone before the first byte
    const { code } = await diff.exited;
    expect(diff.stderr()).toBe('');
    expect(code).toBe(1);
  });
});

describe('a CLI people know', () => {
  it('should print its version with --version', async () => {
    const run = await runInProcess(['--version']);
    expect(run.stdout).toMatch(/^profiles \d+\.\d+\.\d+ \(model schema version \d+\)\n$/);
    expect(run.status).toBe(0);
  });

  it('should use one exit code per kind of problem: 1 bad input, 2 usage or a refused folder, in build and release alike', async () => {
    const bad = tempTree({ 'kz/empty.txt': '' });
    expect((await runInProcess(['build', '--raw', bad, '--out', join(tempDir(), 'o')])).status).toBe(1);
    expect((await runInProcess(['release', '--raw', bad, '--out', join(tempDir(), 'o')])).status).toBe(1);
    const foreign = tempTree({ 'notes.txt': 'mine' });
    expect((await runInProcess(['build', '--raw', join(REPO, 'raw'), '--out', foreign])).status).toBe(2);
    expect((await runInProcess(['release', '--raw', join(REPO, 'raw'), '--out', foreign])).status).toBe(2);
    expect((await runInProcess(['build', '--out', ''])).status).toBe(2);
    expect((await runInProcess(['release', '--out', ''])).status).toBe(2);
  });

  it('should show progress as pages done, rate and time left', () => {
    expect(Progress.line(250, 1000, 5000)).toBe('250/1000 pages, 50 pages/s, 15 s left');
    expect(Progress.line(10, 10000, 2000)).toBe('10/10000 pages, 5.0 pages/s, 33 min 18 s left');
    expect(Progress.line(1000, 1000, 10000)).toBe('1000/1000 pages, 100 pages/s');
    let clock = 0;
    let text = '';
    const progress = Progress.into(3, (t) => (text += t), () => clock);
    clock = 1000;
    progress.tick();
    clock = 1050;
    progress.tick(); // within a tenth of a second: not redrawn
    clock = 3000;
    progress.tick();
    progress.done();
    expect(text.split('\r\x1b[2K').filter(Boolean)).toEqual(['1/3 pages, 1.0 pages/s, 2 s left', '3/3 pages, 1.0 pages/s']);
    expect(text.endsWith('\r\x1b[2K')).toBe(true);
  });
});
