import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATASET_MARKER, DATASET_MARKER_TEXT, isOutputFolderError, repairOutputFolder, StagedFolder, writeFolderAtomically } from './atomic-folder.js';

const temp = () => mkdtempSync(join(tmpdir(), 'io-safety-'));
const ONE = new Map([['a.txt', 'new']]);

/** A folder that a previous run of this tool wrote: its marker and one file. */
function dataset(dir: string, content = 'old'): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, DATASET_MARKER), DATASET_MARKER_TEXT);
  writeFileSync(join(dir, 'a.txt'), content);
  return dir;
}

/** The pid of a process that has exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout as unknown as number;
}

async function refusal(dir: string, options = {}): Promise<string> {
  try {
    await writeFolderAtomically(dir, ONE, options);
  } catch (error) {
    expect(isOutputFolderError(error), String(error)).toBe(true);
    return (error as Error).message;
  }
  throw new Error(`writing ${dir} was not refused`);
}

afterEach(() => {
  delete process.env.PROFILES_TEST_FAULT;
});

describe('an output folder is written only when it is missing, empty or a dataset of this tool', () => {
  it('should refuse a folder of someone else\'s files and leave every one of them', async () => {
    const dir = join(temp(), 'documents');
    mkdirSync(dir);
    writeFileSync(join(dir, 'thesis.docx'), 'years of work');
    expect(await refusal(dir)).toMatch(/refusing to replace .*documents: it is not empty and was not written by profiles \(no \.profiles-dataset in it\)/);
    expect(readdirSync(dir)).toEqual(['thesis.docx']);
    expect(readdirSync(join(dir, '..'))).toEqual(['documents']);
  });

  it('should refuse a marker it did not write', async () => {
    const dir = join(temp(), 'out');
    mkdirSync(dir);
    writeFileSync(join(dir, DATASET_MARKER), 'something else');
    writeFileSync(join(dir, 'keep.txt'), 'x');
    expect(await refusal(dir)).toMatch(/not written by profiles/);
  });

  it.each([
    ['an empty string', () => '', /the output folder is an empty string/],
    ['blanks', () => '  ', /the output folder is an empty string/],
    ['the current folder', () => '.', /it is the current folder/],
    ['an ancestor of the current folder', () => '..', /it holds the current folder/],
    ['the filesystem root', () => '/', /it is the filesystem root|it holds the current folder/],
  ])('should refuse %s', async (_name, dir, message) => {
    expect(await refusal(dir())).toMatch(message);
  });

  it('should refuse the raw folder, a folder holding it and a folder inside it', async () => {
    const root = temp();
    const raw = join(root, 'raw');
    dataset(raw); // even with a marker in it
    const protect = [{ path: raw, name: 'the raw folder' }];
    expect(await refusal(raw, { protect })).toMatch(/it is the raw folder/);
    expect(await refusal(root, { protect })).toMatch(/it holds the raw folder/);
    expect(await refusal(join(raw, 'dist'), { protect })).toMatch(/it is inside the raw folder/);
    expect(readFileSync(join(raw, 'a.txt'), 'utf8')).toBe('old');
  });

  it('should refuse a repository root, a file and a symbolic link', async () => {
    const repo = dataset(join(temp(), 'repo'));
    mkdirSync(join(repo, '.git'));
    expect(await refusal(repo)).toMatch(/it is a repository root/);
    const file = join(temp(), 'file.txt');
    writeFileSync(file, 'x');
    expect(await refusal(file)).toMatch(/it is a file, not a folder/);
    const link = join(temp(), 'link');
    symlinkSync(dataset(join(temp(), 'real')), link);
    expect(await refusal(link)).toMatch(/it is a symbolic link/);
  });

  it('should write a missing folder, an empty one and its own dataset, with the marker', async () => {
    const parent = temp();
    const empty = join(parent, 'empty');
    mkdirSync(empty);
    for (const dir of [join(parent, 'missing'), empty, dataset(join(parent, 'ours'))]) {
      await writeFolderAtomically(dir, ONE);
      expect(readdirSync(dir).sort()).toEqual([DATASET_MARKER, 'a.txt']);
      expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('new');
    }
    expect(readdirSync(parent).sort()).toEqual(['empty', 'missing', 'ours']);
  });
});

describe('one build at a time', () => {
  it('should refuse a second writer of the same folder while the first holds it, then let the next one in', async () => {
    const dir = dataset(join(temp(), 'dist'));
    const first = await StagedFolder.open(dir);
    await expect(StagedFolder.open(dir)).rejects.toThrow(/another build is writing .*dist \(process \d+\); wait for it to finish/);
    await first.write('a.txt', 'first');
    await first.commit();
    await writeFolderAtomically(dir, ONE);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('new');
  });

  it('should take over the lock of a process that died', async () => {
    const parent = temp();
    const dir = dataset(join(parent, 'dist'));
    writeFileSync(join(parent, '.dist.profiles-lock'), JSON.stringify({ pid: Number(deadPid()), host: hostname() }));
    await writeFolderAtomically(dir, ONE);
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('should refuse while a live process holds the lock', async () => {
    const parent = temp();
    const dir = dataset(join(parent, 'dist'));
    writeFileSync(join(parent, '.dist.profiles-lock'), JSON.stringify({ pid: process.ppid, host: hostname() }));
    expect(await refusal(dir)).toMatch(/another build is writing/);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('old');
  });
});

describe('a run that died is repaired by the next', () => {
  /** The state a run killed after moving the previous folder aside leaves: no output folder, the journal, both versions beside it. */
  function cutSwap(parent: string) {
    dataset(join(parent, '.dist.profiles-old-99999-abcd'), 'old');
    dataset(join(parent, '.dist.profiles-new-99999-abcd'), 'new');
    writeFileSync(join(parent, '.dist.profiles-swap'), JSON.stringify({ staged: '.dist.profiles-new-99999-abcd', old: '.dist.profiles-old-99999-abcd' }));
  }

  it('should put the previous folder back when the swap was cut between its renames (repairOutputFolder)', async () => {
    const parent = temp();
    cutSwap(parent);
    expect(await repairOutputFolder(join(parent, 'dist'))).toEqual([
      expect.stringMatching(/dist: put the previous dataset back/),
      expect.stringMatching(/dist: removed 1 temporary folder/),
    ]);
    expect(readdirSync(parent)).toEqual(['dist']);
    expect(readFileSync(join(parent, 'dist/a.txt'), 'utf8')).toBe('old');
    expect(await repairOutputFolder(join(parent, 'dist'))).toEqual([]);
  });

  it('should repair before writing, then write', async () => {
    const parent = temp();
    cutSwap(parent);
    await writeFolderAtomically(join(parent, 'dist'), ONE);
    expect(readdirSync(parent)).toEqual(['dist']);
    expect(readFileSync(join(parent, 'dist/a.txt'), 'utf8')).toBe('new');
  });

  it('should remove the temporary folders of dead runs, and put back what an older version left as *.tmp-*.old', async () => {
    const parent = temp();
    const dead = Number(deadPid());
    dataset(join(parent, `dist.tmp-${dead}-1700000000000.old`), 'old');
    dataset(join(parent, `dist.tmp-${dead}-1700000000000`), 'half');
    await repairOutputFolder(join(parent, 'dist'));
    expect(readdirSync(parent)).toEqual(['dist']);
    expect(readFileSync(join(parent, 'dist/a.txt'), 'utf8')).toBe('old');
  });
});

describe('filesystem failures name the real path and leave the previous folder', () => {
  it('should say "no space left writing dist/csv/persons.csv" when the disk is full', async () => {
    const parent = temp();
    const dir = dataset(join(parent, 'dist'));
    process.env.PROFILES_TEST_FAULT = 'ENOSPC@csv/persons.csv';
    const staged = await StagedFolder.open(dir);
    await staged.write('csv/sources.csv', 'x');
    await expect(staged.write('csv/persons.csv', 'x')).rejects.toThrow(/^no space left writing .*dist\/csv\/persons\.csv$/);
    await staged.abort();
    expect(readdirSync(parent)).toEqual(['dist']);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('old');
  });

  it('should say the same for an append', async () => {
    const dir = join(temp(), 'dist');
    process.env.PROFILES_TEST_FAULT = 'ENOSPC@csv/persons.csv';
    const staged = await StagedFolder.open(dir);
    await expect(staged.append('csv/persons.csv', 'x')).rejects.toThrow(/^no space left writing .*dist\/csv\/persons\.csv$/);
    await staged.abort();
    expect(existsSync(dir)).toBe(false);
  });

  it('should say "permission denied" naming the folder when the folder cannot be written beside or replaced', async () => {
    const parent = temp();
    const dir = dataset(join(parent, 'dist'));
    process.env.PROFILES_TEST_FAULT = 'EACCES@mkdir-staged';
    expect(await refusal(dir)).toMatch(/^permission denied: .* \(the new .*dist is written beside the old one\)$/);
    process.env.PROFILES_TEST_FAULT = 'EACCES@rename-old';
    expect(await refusal(dir)).toMatch(/^permission denied: .*dist$/);
    expect(readdirSync(parent)).toEqual(['dist']);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('old');
  });

  it.runIf(process.getuid?.() !== 0)('should say "permission denied" for a real read-only folder (not as root)', async () => {
    const { chmodSync } = await import('node:fs');
    const parent = temp();
    const dir = dataset(join(parent, 'dist'));
    chmodSync(parent, 0o555);
    try {
      expect(await refusal(dir)).toMatch(/permission denied/);
    } finally {
      chmodSync(parent, 0o755);
    }
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('old');
  });
});
