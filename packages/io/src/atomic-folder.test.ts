import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATASET_MARKER, DATASET_MARKER_TEXT, nestFiles, StagedFolder, writeFolderAtomically } from './atomic-folder.js';

const temp = () => mkdtempSync(join(tmpdir(), 'io-'));

describe('writeFolderAtomically', () => {
  it('should replace the folder with exactly the given files', async () => {
    const dir = join(temp(), 'out');
    mkdirSync(dir);
    writeFileSync(join(dir, DATASET_MARKER), DATASET_MARKER_TEXT);
    writeFileSync(join(dir, 'stale.txt'), 'old');
    await writeFolderAtomically(dir, new Map([['a.txt', 'A'], ['sub/b.txt', 'B']]));
    expect(readdirSync(dir).sort()).toEqual([DATASET_MARKER, 'a.txt', 'sub']);
    expect(readFileSync(join(dir, DATASET_MARKER), 'utf8')).toBe(DATASET_MARKER_TEXT);
    expect(readFileSync(join(dir, 'sub/b.txt'), 'utf8')).toBe('B');
  });

  it('should leave the previous folder untouched and no temporary folder behind when writing fails', async () => {
    const parent = temp();
    const dir = join(parent, 'out');
    mkdirSync(dir);
    writeFileSync(join(dir, DATASET_MARKER), DATASET_MARKER_TEXT);
    writeFileSync(join(dir, 'keep.txt'), 'previous');
    await expect(writeFolderAtomically(dir, new Map([['ok.txt', 'x'], ['../escape.txt', 'y']]))).rejects.toThrow(/outside the output folder/);
    expect(readdirSync(dir).sort()).toEqual([DATASET_MARKER, 'keep.txt']);
    expect(readdirSync(parent)).toEqual(['out']);
    expect(existsSync(join(parent, 'escape.txt'))).toBe(false);
  });

  it('should create a folder that did not exist', async () => {
    const dir = join(temp(), 'a', 'b');
    await writeFolderAtomically(dir, new Map([['x.json', '{}\n']]));
    expect(readFileSync(join(dir, 'x.json'), 'utf8')).toBe('{}\n');
  });
});

describe('StagedFolder', () => {
  it('should keep appended chunks in order, in files that are complete once committed', async () => {
    const dir = join(temp(), 'out');
    const staged = await StagedFolder.open(dir);
    for (let page = 0; page < 50; page += 1) {
      await Promise.all([staged.append('csv/a.csv', `a${page}\r\n`), staged.append('csv/b.csv', `b${page}\r\n`), staged.write(`pages/${page}.md`, `# ${page}\n`)]);
    }
    expect(existsSync(dir)).toBe(false);
    await staged.commit();
    const lines = (name: string) => readFileSync(join(dir, 'csv', name), 'utf8').split('\r\n').slice(0, -1);
    expect(lines('a.csv')).toEqual(Array.from({ length: 50 }, (_, page) => `a${page}`));
    expect(lines('b.csv')).toEqual(Array.from({ length: 50 }, (_, page) => `b${page}`));
    expect(readdirSync(join(dir, 'pages'))).toHaveLength(50);
    expect(readdirSync(dir).sort()).toEqual([DATASET_MARKER, 'csv', 'pages']);
    expect(readdirSync(join(dir, '..'))).toEqual(['out']);
  });

  it('should append in call order even when appends to one file overlap', async () => {
    const dir = join(temp(), 'out');
    const staged = await StagedFolder.open(dir);
    await Promise.all(Array.from({ length: 30 }, (_, i) => staged.append('t.csv', `${i},`)));
    await staged.commit();
    expect(readFileSync(join(dir, 't.csv'), 'utf8')).toBe(Array.from({ length: 30 }, (_, i) => `${i},`).join(''));
  });

  it('should leave nothing behind when aborted with files open for appending', async () => {
    const parent = temp();
    const staged = await StagedFolder.open(join(parent, 'out'));
    await staged.append('csv/a.csv', 'x\r\n');
    await staged.abort();
    expect(readdirSync(parent)).toEqual([]);
  });
});

describe('nestFiles', () => {
  it('should put files under a folder', () => {
    expect([...nestFiles('csv', new Map([['persons.csv', 'x']]))]).toEqual([['csv/persons.csv', 'x']]);
  });
});
