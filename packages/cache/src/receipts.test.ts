import { mkdirSync, mkdtempSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { sha256 } from './hash.js';
import { folderIsCurrent, readReceipt, recordFolder } from './receipts.js';
import { ContentStore } from './store.js';

let folder: string;
let store: ContentStore;
const FILES = { 'a.csv': 'x\n', 'kz/b.md': '# b\n' };
const shas = () => new Map(Object.entries(FILES).map(([path, text]) => [path, sha256(text)]));

beforeEach(async () => {
  const root = mkdtempSync(join(tmpdir(), 'profiles-receipt-'));
  folder = join(root, 'csv');
  mkdirSync(join(folder, 'kz'), { recursive: true });
  for (const [path, text] of Object.entries(FILES)) writeFileSync(join(folder, path), text);
  store = await ContentStore.open(join(root, 'cache'));
  await recordFolder(store, folder, 'key-1', shas());
});

describe('folder receipts', () => {
  it('should say a folder is current while nothing in it changed', async () => {
    expect(await folderIsCurrent(store, folder, 'key-1')).toBe(true);
    expect((await readReceipt(store, folder))?.files['kz/b.md']?.[0]).toBe(sha256('# b\n'));
  });

  it.each([
    ['another key', () => undefined, 'key-2'],
    ['a file written again', () => writeFileSync(join(folder, 'a.csv'), 'y\n'), 'key-1'],
    ['a file touched', () => utimesSync(join(folder, 'a.csv'), new Date(0), new Date(0)), 'key-1'],
    ['a file replaced by a copy', () => {
      writeFileSync(join(folder, 'copy'), 'x\n');
      renameSync(join(folder, 'copy'), join(folder, 'a.csv'));
    }, 'key-1'],
    ['a file removed', () => rmSync(join(folder, 'kz/b.md')), 'key-1'],
    ['a file added', () => writeFileSync(join(folder, 'c.csv'), ''), 'key-1'],
    ['the folder gone', () => rmSync(folder, { recursive: true }), 'key-1'],
  ])('should say it is not after %s', async (_, change, key) => {
    change();
    expect(await folderIsCurrent(store, folder, key)).toBe(false);
  });
});
