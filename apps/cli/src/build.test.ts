import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from './run-in-process.js';
import { profiles, readTree, REPO, SEED, tempDir, tempTree } from './test-helpers.js';

const seed = readFileSync(SEED);

/** `profiles …` run in this process from the repository root, as `profiles` (test-helpers) runs the binary. */
const cli = (args: string[]) => runInProcess(args, {}, { cwd: REPO });

// The built binary itself: that it starts, writes to the real stdout and exits 0 (never-destroy
// and never-hide run it for exit codes 2 and 1). What each command says and returns is tested in
// this process below: a real process costs a second a run.
describe('profiles (the built binary)', () => {
  it('should list the commands with --help and exit 0', () => {
    const run = profiles(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/build/);
    expect(run.stdout).toMatch(/validate/);
  });
});

describe('profiles (usage)', () => {
  it('should list the commands with --help and exit 0', async () => {
    const run = await cli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/build/);
    expect(run.stdout).toMatch(/validate/);
  });

  it.each([[[]], [['frobnicate']], [['build', '--nope']], [['build', 'extra']], [['validate']]])('should exit 2 with a hint for %j', async (args) => {
    const run = await cli(args);
    expect(run.status).toBe(2);
  });

  it('should explain build with build --help', async () => {
    const run = await cli(['build', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/--raw DIR/);
    expect(run.stdout).toMatch(/--out DIR/);
  });
});

describe('profiles build', () => {
  // One build of raw/ for the file: the committed dist/ is checked against it, and every test that
  // needs a previous output starts from a copy of it.
  let built: string;
  beforeAll(async () => {
    built = join(tempDir(), 'dist');
    const run = await cli(['build', '--raw', 'raw', '--out', built]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('should write files byte-identical to the committed dist/ (the Turborepo pipeline’s output)', () => {
    const files = readTree(built);
    const committed = readTree(join(REPO, 'dist'));
    expect([...files.keys()]).toEqual([...committed.keys()]);
    for (const [path, bytes] of files) expect(bytes.equals(committed.get(path)!), path).toBe(true);
  });

  it('should give the same bytes twice', async () => {
    const again = join(tempDir(), 'b');
    expect((await cli(['build', '--out', again])).status).toBe(0); // the default raw/
    const ta = readTree(built);
    const tb = readTree(again);
    expect([...ta.keys()]).toEqual([...tb.keys()]);
    for (const [path, bytes] of ta) expect(bytes.equals(tb.get(path)!), path).toBe(true);
  });

  describe('on bad input', () => {
    /** Builds into a folder that already holds a previous output, and checks it survives untouched. */
    async function buildOver(raw: string) {
      const out = join(tempDir(), 'dist');
      cpSync(built, out, { recursive: true });
      writeFileSync(join(out, 'marker.txt'), 'previous build');
      const before = readTree(out);
      const run = await cli(['build', '--raw', raw, '--out', out]);
      const after = readTree(out);
      return { run, untouched: before.size === after.size && [...before].every(([p, b]) => after.get(p)?.equals(b)) };
    }

    it.each([
      ['an empty page', 'kz/empty.txt', Buffer.alloc(0), /kz\/empty\.txt: page is empty$/m],
      ['a binary file named .html', 'kz/image.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]), /kz\/image\.html: not a text page/m],
      ['a 404 page', 'kz/missing.html', Buffer.from('<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1><p>The requested URL was not found on this server.</p></body></html>'), /kz\/missing\.html(:\d+)?: not a country profile/m],
      ['a page in the wrong country folder', 'tj/executive-branch.txt', seed, /tj\/executive-branch\.txt:\d+: the page is about Kazakhstan \(kz\) but sits in raw\/tj\//m],
    ])('should refuse %s with one line naming the file, write nothing, and keep the good page out too', async (_name, path, bytes, message) => {
      const raw = tempTree({ 'kz/executive-branch.txt': seed, [path]: bytes });
      const { run, untouched } = await buildOver(raw);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(run.stderr.trim().split('\n')).toHaveLength(2); // the problem, then "1 problem; nothing was written"
      expect(untouched).toBe(true);
    });

    it('should report every bad page in one run', async () => {
      const raw = tempTree({ 'kz/a.txt': Buffer.alloc(0), 'kz/b.html': Buffer.from('<p>hello</p>'), 'kz/executive-branch.txt': seed });
      const run = await cli(['build', '--raw', raw, '--out', join(tempDir(), 'out')]);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/a\.txt: page is empty/);
      expect(run.stderr).toMatch(/b\.html(:\d+)?: not a country profile/);
      expect(run.stderr).toMatch(/2 problems; nothing was written/);
    });

    it('should refuse a page over the size limit with a clear message', async () => {
      const huge = Buffer.concat([seed, Buffer.alloc(20 * 1024 * 1024, 'lorem ipsum dolor sit amet. ')]);
      const raw = tempTree({ 'kz/executive-branch.txt': huge });
      const run = await cli(['build', '--raw', raw, '--out', join(tempDir(), 'out')]);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/executive-branch\.txt: page is 2\d\.\d MB, over the 8 MB limit for one profile page/);
    });

    it('should name a missing raw folder', async () => {
      const run = await cli(['build', '--raw', '/nonexistent/raw', '--out', join(tempDir(), 'out')]);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/\/nonexistent\/raw: raw folder not found/);
    });
  });
});

describe('profiles build on other encodings and line ends', () => {
  /** The model a build writes for one page, without the fields that describe the bytes themselves. */
  async function modelOf(bytes: Buffer) {
    const out = join(tempDir(), 'out');
    const run = await cli(['build', '--raw', tempTree({ 'kz/executive-branch.txt': bytes }), '--out', out]);
    expect(run.stderr).toBe('');
    const model = JSON.parse(readFileSync(join(out, 'model/kz/executive-branch.json'), 'utf8'));
    const { sha256: _s, encoding: _e, ...source } = model.source;
    return { ...model, source };
  }

  let seedModel: unknown; // the seed as saved in raw/: UTF-8, LF
  beforeAll(async () => {
    seedModel = await modelOf(seed);
  });

  it('should read the seed saved as windows-1251 with no charset as the same dataset', async () => {
    const win1251 = iconv.encode(seed.toString('utf8'), 'windows-1251');
    expect(win1251.equals(seed)).toBe(false);
    expect(await modelOf(win1251)).toEqual(seedModel);
  });

  it('should read the seed with CRLF line ends and a UTF-8 BOM as the same dataset', async () => {
    const crlf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed.toString('utf8').replace(/\n/g, '\r\n'), 'utf8')]);
    expect(await modelOf(crlf)).toEqual(seedModel);
  });
});

describe('profiles validate', () => {
  it('should accept the seed and a model file, writing nothing', async () => {
    const run = await cli(['validate', 'raw/kz/executive-branch.txt', 'dist/model/kz/executive-branch.json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('should report the same problems as build, one line each', async () => {
    const raw = tempTree({ 'kz/empty.txt': Buffer.alloc(0), 'kz/model.json': '{"schemaVersion": 1}' });
    const run = await cli(['validate', join(raw, 'kz/empty.txt'), join(raw, 'kz/model.json'), join(raw, 'kz/none.txt')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/empty\.txt: page is empty/);
    expect(run.stderr).toMatch(/model\.json: profile field source: /);
    expect(run.stderr).toMatch(/none\.txt: file not found/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(raw, 'dist'))).toBe(false);
  });
});
