import { mkdirSync, mkdtempSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { sha256 } from './hash.js';
import { folderIsCurrent, outputOfInputsIsCurrent, readReceipt, recordFolder, recordInputFolder } from './receipts.js';
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

describe('input receipts', () => {
  it('should say an output is current while its inputs and it are as the build left them', async () => {
    const root = mkdtempSync(join(tmpdir(), 'profiles-inputs-'));
    const raw = join(root, 'raw');
    mkdirSync(join(raw, 'kz'), { recursive: true });
    writeFileSync(join(raw, 'kz/a.txt'), 'page');
    const model = join(root, 'dist/model');
    mkdirSync(model, { recursive: true });
    writeFileSync(join(model, 'a.json'), '{}');
    const saved = process.env.PROFILES_CACHE_DIR;
    process.env.PROFILES_CACHE_DIR = join(root, 'cache');
    try {
      const cache = await ContentStore.open(join(root, 'cache'));
      await recordInputFolder(cache, raw, 'model-key');
      await recordFolder(cache, model, 'model-key', new Map([['a.json', sha256('{}')]]));
      expect(await outputOfInputsIsCurrent(raw, model)).toBe(true);
      writeFileSync(join(raw, 'kz/b.txt'), 'another page');
      expect(await outputOfInputsIsCurrent(raw, model)).toBe(false);
      rmSync(join(raw, 'kz/b.txt'));
      expect(await outputOfInputsIsCurrent(raw, model)).toBe(true);
      await recordFolder(cache, model, 'other-key', new Map([['a.json', sha256('{}')]]));
      expect(await outputOfInputsIsCurrent(raw, model)).toBe(false);
    } finally {
      if (saved === undefined) delete process.env.PROFILES_CACHE_DIR;
      else process.env.PROFILES_CACHE_DIR = saved;
    }
  });
});
