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
});
