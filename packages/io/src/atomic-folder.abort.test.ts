import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { StagedFolder } from './atomic-folder.js';

// Making a folder takes a while, so a build that fails has writes still running when it aborts:
// one that made its folder after the removal would leave a stray temporary folder behind.
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...fs,
    mkdir: async (...args: Parameters<typeof fs.mkdir>) => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      return fs.mkdir(...args);
    },
  };
});

describe('StagedFolder.abort', () => {
  it('should wait for the writes still running, so none lands after the folder is removed', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'io-abort-'));
    const staged = await StagedFolder.open(join(parent, 'out'));
    const writes = Array.from({ length: 10 }, (_, page) => staged.write(`markdown/p${page}/page.md`, '# page\n'));
    await staged.abort();
    await Promise.allSettled(writes);
    expect(readdirSync(parent)).toEqual([]);
    expect(existsSync(join(parent, 'out'))).toBe(false);
  });
});
