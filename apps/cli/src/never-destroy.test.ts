// Issue 13, "never destroy": destructive --out values, a build stopped at each step of its swap,
// Ctrl-C and SIGTERM mid-build, two builds into one folder, a full disk, a read-only folder.
import { execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repairOutputFolder } from '@profiles/io';
import { beforeAll, describe, expect, it, type ExpectStatic } from 'vitest';
import { buildDataset } from './pipeline.js';
import { runInProcess, start } from './run-in-process.js';
import { profiles, readTree, REPO, SEED, tempDir } from './test-helpers.js';

const RESHUFFLED = readFileSync(join(REPO, 'packages/diff/src/fixtures/kz-executive-branch.reshuffled.txt'));

/** A raw folder with one page. */
function rawWith(page: Buffer): string {
  const raw = join(tempDir(), 'raw');
  mkdirSync(join(raw, 'kz'), { recursive: true });
  writeFileSync(join(raw, 'kz/executive-branch.txt'), page);
  return raw;
}

function same(a: Map<string, Buffer>, b: Map<string, Buffer>): boolean {
  return a.size === b.size && [...a].every(([path, bytes]) => b.get(path)?.equals(bytes));
}

/** A scratch project: a git repository with raw/, a README and someone's documents. */
function scratchRepository(): string {
  const root = tempDir('profiles-scratch-');
  execFileSync('git', ['init', '-q', root]);
  mkdirSync(join(root, 'raw/kz'), { recursive: true });
  cpSync(SEED, join(root, 'raw/kz/executive-branch.txt'));
  writeFileSync(join(root, 'README.md'), '# my project\n');
  mkdirSync(join(root, 'documents'));
  writeFileSync(join(root, 'documents/thesis.md'), 'years of work\n');
  mkdirSync(join(root, 'sub'));
  return root;
}

describe('destructive --out values in a scratch repository', () => {
  let root: string;
  let before: Map<string, Buffer>;
  beforeAll(() => {
    root = scratchRepository();
    before = readTree(root);
  });

  it.each([
    ['the project itself', '.', (r: string) => r, /refusing to write \.: it is the current folder/],
    ['the raw folder', 'raw', (r: string) => r, /refusing to write raw: it is the raw folder /],
    ['a folder inside raw', 'raw/kz', (r: string) => r, /refusing to write raw\/kz: it is the raw folder raw|it is inside the raw folder/],
    ['a folder of documents', 'documents', (r: string) => r, /refusing to replace documents: it is not empty and was not written by profiles/],
    ['an empty string (an unset variable)', '', (r: string) => r, /--out is empty \(an unset variable\?\)/],
    ['a file', 'README.md', (r: string) => r, /refusing to write README\.md: it is a file, not a folder/],
    ['an ancestor of the current folder', '..', (r: string) => join(r, 'sub'), /refusing to write \.\.: it holds the current folder/],
    ['the repository root, from elsewhere', null, () => tempDir(), /it is a repository root|it holds the raw folder/],
  ])('should refuse %s with one line and exit 2, touching nothing', async (_name, out, cwd, message) => {
    const run = await runInProcess(['build', '--raw', join(root, 'raw'), '--out', out ?? root], {}, { cwd: cwd(root) });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toBe('');
    expect(same(readTree(root), before)).toBe(true);
  });

  it('should refuse the repository root even when the raw folder is elsewhere', async () => {
    const run = await runInProcess(['build', '--raw', rawWith(readFileSync(SEED)), '--out', root], {}, { cwd: tempDir() });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/refusing to write .*: it is a repository root\n$/);
    expect(same(readTree(root), before)).toBe(true);
  });

  it('should refuse the same for release, with the same exit code (a real process)', () => {
    const run = profiles(['release', '--raw', join(root, 'raw'), '--out', 'documents'], root);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/refusing to replace documents: it is not empty and was not written by profiles/);
    expect(same(readTree(root), before)).toBe(true);
  });

  it('should build into a new folder there, and again over its own output', async () => {
    const raw = join(root, 'raw');
    expect((await runInProcess(['build', '--raw', raw, '--out', 'out'], {}, { cwd: root })).status).toBe(0);
    expect((await runInProcess(['build', '--raw', raw, '--out', 'out'], {}, { cwd: root })).status).toBe(0);
    expect(readdirSync(join(root, 'out')).sort()).toEqual(['.profiles-dataset', 'csv', 'jsonld', 'markdown', 'model']);
    expect(readdirSync(root).sort()).toEqual(['.git', 'README.md', 'documents', 'out', 'raw', 'sub']);
  });
});

describe('a build killed at each step of the swap', () => {
  let previous: Map<string, Buffer>;
  let next: Map<string, Buffer>;
  let old: string; // the previous dataset, built once; each test gets a copy
  let newRaw: string;

  beforeAll(async () => {
    old = join(tempDir(), 'old');
    await buildDataset(rawWith(RESHUFFLED), old, { quiet: true, warn: () => undefined });
    previous = readTree(old);
    newRaw = rawWith(readFileSync(SEED));
    const b = join(tempDir(), 'new');
    await buildDataset(newRaw, b, { quiet: true, warn: () => undefined });
    next = readTree(b);
    expect(same(previous, next)).toBe(false);
  });

  /** A parent folder holding the previous dataset as `dist`. */
  function previousDist(): string {
    const parent = tempDir();
    cpSync(old, join(parent, 'dist'), { recursive: true });
    return parent;
  }

  /** A copy of a parent folder as a build left it (the swap journal names its siblings relative to it). */
  function copyOf(parent: string): string {
    const copy = tempDir();
    cpSync(parent, copy, { recursive: true });
    return copy;
  }

  /** Calls `atPause` (while the build waits: it prints nothing more until resumed) at each `paused at <point>` line of its stderr, then resumes it. */
  function resumeAtEachPause(child: ChildProcess, atPause: (point: string) => void | Promise<void>): void {
    let pending = '';
    child.stderr!.on('data', (chunk: string) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop()!;
      for (const line of lines) {
        const paused = /^profiles-test: paused at (.+)$/.exec(line);
        if (paused === null) continue;
        void Promise.resolve(atPause(paused[1]!)).finally(() => child.kill('SIGUSR2'));
      }
    });
  }

  /** Checks the folder right after a kill at `point`, then after a reader's repair (with the test's own `expect`). */
  async function afterKill(expect: ExpectStatic, parent: string, point: string, right: string, after: string) {
    const dist = join(parent, 'dist');
    const expected = { old: previous, new: next } as const;
    if (right === 'missing') expect(existsSync(dist)).toBe(false);
    else expect(same(readTree(dist), expected[right as 'old' | 'new']), `${point}: right after the kill`).toBe(true);
    // A reader repairs it (diff, release --previous, validate call this) ...
    await repairOutputFolder(dist);
    expect(same(readTree(dist), expected[after as 'old' | 'new'])).toBe(true);
    expect(readdirSync(parent)).toEqual(['dist']);
  }

  // A kill -9 at a step leaves the folder as it is there. One build paused at each step
  // (PROFILES_TEST_FAULT=pause@…) shows every such folder: a copy of it is taken at each pause and
  // checked once the build has exited, so its lock names a dead process as after a kill. A real
  // kill -9 (at moved-old) is below.
  const STEPS = [
    // point, what the folder is right after a kill there, what it is after the repair
    ['locked', 'old', 'old'],
    ['page', 'old', 'old'],
    ['staged', 'old', 'old'],
    ['journal', 'old', 'old'],
    ['moved-new', 'new', 'new'],
    ['removed-old', 'new', 'new'],
  ] as const;

  describe('one build paused at each step', () => {
    const left = new Map<string, string>(); // a step -> a copy of the parent folder as the build left it there
    let parent: string;
    // A second build into the same folder, run while the first waits at its first page (lock held,
    // pages being written), and the folder then: for the two-builds test below (no process of its own).
    let second: { status: number; stderr: string; untouched: boolean } | null = null;
    let exited: { code: number | null; signal: NodeJS.Signals | null };
    beforeAll(async () => {
      parent = previousDist();
      const dist = join(parent, 'dist');
      const build = start(['build', '--raw', newRaw, '--out', dist, '-q'], { env: { PROFILES_TEST_FAULT: STEPS.map(([point]) => `pause@${point}`).join(',') } });
      resumeAtEachPause(build.child, async (point) => {
        if (!left.has(point)) left.set(point, copyOf(parent));
        if (point !== 'page' || second !== null) return;
        const run = await runInProcess(['build', '--raw', newRaw, '--out', dist, '-q']);
        second = { status: run.status, stderr: run.stderr, untouched: same(readTree(dist), previous) };
      });
      exited = await build.exited;
      expect([...left.keys()]).toEqual(STEPS.map(([point]) => point));
    });

    it.for(STEPS)('kill -9 at %s: the folder is %s, and after the next run %s, with nothing left beside it', async ([point, right, after], { expect }) => {
      await afterKill(expect, left.get(point)!, point, right, after);
    });

    it('two builds into one folder: the second refuses clearly while the first writes, the first finishes alone', async () => {
      expect(second).not.toBeNull();
      expect(second!.status).toBe(2);
      expect(second!.stderr).toMatch(/^profiles: another build is writing .*dist \(process \d+\); wait for it to finish\n$/);
      expect(second!.untouched).toBe(true);
      expect(exited).toEqual({ code: 0, signal: null });
      const dist = join(parent, 'dist');
      expect(same(readTree(dist), next)).toBe(true);
      expect(readdirSync(parent)).toEqual(['dist']);
      // The lock went with the first build: a third one builds.
      const third = await runInProcess(['build', '--raw', newRaw, '--out', dist, '-q']);
      expect(third.status).toBe(0);
      expect(same(readTree(dist), next)).toBe(true);
    });
  });

  it.concurrent.for([
    ['SIGINT', 'page'],
    ['SIGTERM', 'page'],
    ['SIGINT', 'staged'],
  ])('%s at %s: the temporary folder and the lock are removed, the previous folder stays, the process dies of the signal', async ([signal, point], { expect }) => {
    const parent = previousDist();
    const dist = join(parent, 'dist');
    const build = start(['build', '--raw', newRaw, '--out', dist, '-q'], { env: { PROFILES_TEST_FAULT: `stop@${point}` } });
    await build.waitFor(`stopped at ${point}`);
    expect(readdirSync(parent).length).toBeGreaterThan(1); // the lock and the temporary folder
    build.child.kill(signal as NodeJS.Signals);
    expect(await build.exited).toEqual({ code: null, signal });
    expect(readdirSync(parent)).toEqual(['dist']);
    expect(same(readTree(dist), previous)).toBe(true);
  });

  describe('between the renames', () => {
    // One build killed at moved-old (the old folder moved aside, the new one not yet in place);
    // each test repairs its own copy of what it left, in its own way.
    let killedAt: string;
    beforeAll(async () => {
      killedAt = previousDist();
      const killed = start(['build', '--raw', newRaw, '--out', join(killedAt, 'dist'), '-q'], { env: { PROFILES_TEST_FAULT: 'kill@moved-old' } });
      expect(await killed.exited).toEqual({ code: null, signal: 'SIGKILL' });
      expect(readdirSync(killedAt).filter((n) => n !== 'dist').length).toBeGreaterThan(0);
    });

    it('kill -9 at moved-old: the folder is missing, and after the next run old, with nothing left beside it', async () => {
      await afterKill(expect, copyOf(killedAt), 'moved-old', 'missing', 'old');
    });

    it('kill -9 between the renames: the next build puts the old folder back, then builds', async () => {
      const parent = copyOf(killedAt);
      const dist = join(parent, 'dist');
      expect(readdirSync(parent).filter((n) => n !== 'dist').length).toBeGreaterThan(0);
      const run = await runInProcess(['build', '--raw', newRaw, '--out', dist, '-q']);
      expect(run.stderr).toMatch(/put the previous dataset back after a build that died/);
      expect(run.status).toBe(0);
      expect(same(readTree(dist), next)).toBe(true);
      expect(readdirSync(parent)).toEqual(['dist']);
    });

    it('kill -9 between the renames: diff repairs the folder before reading it', async () => {
      const dist = join(copyOf(killedAt), 'dist');
      const run = await runInProcess(['diff', dist, dist, '--format', 'json']);
      expect(run.status).toBe(0);
      expect(same(readTree(dist), previous)).toBe(true);
    });
  });
});

/** A real small filesystem (tmpfs) for this test, when this process may mount one (root on Linux), else null. */
function smallFilesystem(kilobytes: number): { dir: string; done: () => void } | null {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return null;
  const dir = tempDir('profiles-tmpfs-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${kilobytes}k`, 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    return null;
  }
  return { dir, done: () => execFileSync('umount', [dir], { stdio: 'ignore' }) };
}

describe('filesystem failures', () => {
  it('a real full filesystem (tmpfs, where it can be mounted): one line naming the file, exit 2, the previous folder untouched', async (context) => {
    // The previous dataset fits; a second one beside it does not.
    const fs = smallFilesystem(600);
    if (!fs) return context.skip();
    try {
      const dist = join(fs.dir, 'dist');
      await buildDataset(rawWith(RESHUFFLED), dist, { quiet: true, warn: () => undefined });
      const before = readTree(dist);
      const run = await runInProcess(['build', '--raw', rawWith(readFileSync(SEED)), '--out', dist, '-q']);
      expect(run.stderr).toMatch(new RegExp(`^profiles: no space left writing ${dist}/[a-z]+/\\S+\n$`));
      expect(run.status).toBe(2);
      expect(same(readTree(dist), before)).toBe(true);
      expect(readdirSync(fs.dir)).toEqual(['dist']);
    } finally {
      fs.done();
    }
  });

  it('a full disk: one line naming the file, exit 2, the previous folder untouched, nothing left beside it', async () => {
    const parent = tempDir();
    const dist = join(parent, 'dist');
    await buildDataset(rawWith(RESHUFFLED), dist, { quiet: true, warn: () => undefined });
    const before = readTree(dist);
    const run = await runInProcess(['build', '--raw', rawWith(readFileSync(SEED)), '--out', dist, '-q'], { PROFILES_TEST_FAULT: 'ENOSPC@csv/persons.csv' });
    expect(run.stderr).toBe(`profiles: no space left writing ${dist}/csv/persons.csv\n`);
    expect(run.status).toBe(2);
    expect(same(readTree(dist), before)).toBe(true);
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('a read-only folder: "permission denied" naming it, exit 2', async () => {
    const parent = tempDir();
    const dist = join(parent, 'dist');
    await buildDataset(rawWith(RESHUFFLED), dist, { quiet: true, warn: () => undefined });
    const raw = rawWith(readFileSync(SEED));
    const beside = await runInProcess(['build', '--raw', raw, '--out', dist, '-q'], { PROFILES_TEST_FAULT: 'EACCES@mkdir-staged' });
    expect(beside.stderr).toMatch(/^profiles: permission denied: .+ \(the new .*dist is written beside the old one\)\n$/);
    expect(beside.status).toBe(2);
    const replace = await runInProcess(['build', '--raw', raw, '--out', dist, '-q'], { PROFILES_TEST_FAULT: 'EACCES@rename-old' });
    expect(replace.stderr).toBe(`profiles: permission denied: ${dist}\n`);
    expect(replace.status).toBe(2);
    expect(readdirSync(parent)).toEqual(['dist']);
  });
});
