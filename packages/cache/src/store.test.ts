import { chmodSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256 } from './hash.js';
import { ContentStore } from './store.js';

const dir = () => mkdtempSync(join(tmpdir(), 'profiles-store-'));

describe('ContentStore', () => {
  it('should keep blobs by their SHA-256 and records by their key', async () => {
    const store = await ContentStore.open(dir());
    const ref = await store.putBlob('a table row\n');
    expect(ref).toEqual({ sha256: sha256('a table row\n'), size: 12 });
    expect((await store.readBlob(ref.sha256))?.toString()).toBe('a table row\n');
    expect(await store.hasBlobs([ref])).toBe(true);
    expect(await store.hasBlobs([{ sha256: sha256('other'), size: 5 }])).toBe(false);
    await store.putRecord('page', 'k1', { model: ref });
    expect(await store.getRecord('page', 'k1')).toEqual({ model: ref });
    expect(await store.getRecord('page', 'k2')).toBeNull();
    await store.dropRecord('page', 'k1');
    expect(await store.getRecord('page', 'k1')).toBeNull();
  });

  it('should never fail a build: a store it cannot write is a store that forgets', async (context) => {
    if (process.getuid?.() === 0) return context.skip(); // root writes anywhere
    const root = dir();
    chmodSync(root, 0o500);
    const store = await ContentStore.open(join(root, 'cache'));
    await expect(store.putBlob('x')).resolves.toEqual({ sha256: sha256('x'), size: 1 });
    await expect(store.putRecord('page', 'k', {})).resolves.toBeUndefined();
    expect(await store.getRecord('page', 'k')).toBeNull();
  });

  it('should remove a temporary store on close, and leave a shared one', async () => {
    const temporary = await ContentStore.temporary();
    await temporary.putBlob('x');
    await temporary.close();
    expect(existsSync(temporary.dir)).toBe(false);
    const shared = await ContentStore.open(dir());
    await shared.putBlob('x');
    await shared.close();
    expect(existsSync(shared.blobPath(sha256('x')))).toBe(true);
  });

  it('should keep what the last builds used and remove the rest when it sweeps', async () => {
    const store = await ContentStore.open(dir());
    const refs = [];
    for (let build = 1; build <= 4; build += 1) {
      const ref = await store.putBlob(`table of build ${build}\n`);
      await store.putRecord('part', `key-${build}`, { ref });
      refs.push(ref);
      await store.keepRoots({ records: [['part', `key-${build}`]], blobs: [ref.sha256] }, 2, 4);
    }
    // The fourth build swept: only builds 3 and 4 are kept.
    expect(await store.hasBlobs([refs[0]!])).toBe(false);
    expect(await store.getRecord('part', 'key-2')).toBeNull();
    expect(await store.hasBlobs([refs[2]!, refs[3]!])).toBe(true);
    expect(await store.getRecord('part', 'key-4')).toEqual({ ref: refs[3] });
  });
});
