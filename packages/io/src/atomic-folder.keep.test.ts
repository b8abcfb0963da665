import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATASET_MARKER, DATASET_MARKER_TEXT, StagedFolder } from './atomic-folder.js';

/** A previous dataset folder `out` holding `kz/a.json` and `b.csv`, in a fresh parent. */
function previous(): { parent: string; dir: string } {
  const parent = mkdtempSync(join(tmpdir(), 'io-keep-'));
  const dir = join(parent, 'out');
  mkdirSync(join(dir, 'kz'), { recursive: true });
  writeFileSync(join(dir, DATASET_MARKER), DATASET_MARKER_TEXT);
  writeFileSync(join(dir, 'kz/a.json'), 'A');
  writeFileSync(join(dir, 'b.csv'), 'old B');
  return { parent, dir };
}

describe('StagedFolder: keeping unchanged files', () => {
  it('should keep a file of the previous folder without copying it, write the others, and swap', async () => {
    const { parent, dir } = previous();
    const inode = statSync(join(dir, 'kz/a.json')).ino;
    const cached = join(parent, 'cached-b');
    writeFileSync(cached, 'new B');
    const staged = await StagedFolder.open(dir);
    await staged.keep('kz/a.json', join(dir, 'kz/a.json'));
    await staged.copy('b.csv', cached);
    await staged.commit();
    expect(readFileSync(join(dir, 'kz/a.json'), 'utf8')).toBe('A');
    expect(statSync(join(dir, 'kz/a.json')).ino).toBe(inode);
    expect(statSync(join(dir, 'kz/a.json')).nlink).toBe(1);
    expect(readFileSync(join(dir, 'b.csv'), 'utf8')).toBe('new B');
    expect(readdirSync(parent).sort()).toEqual(['cached-b', 'out']);
  });

  it('should leave the previous folder as it was when the build is dropped', async () => {
    const { parent, dir } = previous();
    const staged = await StagedFolder.open(dir);
    await staged.keep('kz/a.json', join(dir, 'kz/a.json'));
    await staged.abort();
    expect(readFileSync(join(dir, 'kz/a.json'), 'utf8')).toBe('A');
    expect(statSync(join(dir, 'kz/a.json')).nlink).toBe(1);
    expect(readdirSync(parent)).toEqual(['out']);
  });

  it('should name the file when the one to keep is gone', async () => {
    const { dir } = previous();
    const staged = await StagedFolder.open(dir);
    await expect(staged.keep('kz/c.json', join(dir, 'kz/c.json'))).rejects.toThrow(/not found: .*out\/kz\/c\.json/);
    await staged.abort();
  });
});
