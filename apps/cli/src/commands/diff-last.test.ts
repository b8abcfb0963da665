import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInProcess, type Captured } from '../run-in-process.js';

const repo = (path: string) => fileURLToPath(new URL(`../../../../${path}`, import.meta.url));

describe('profiles diff --last', () => {
  let snapshots: Captured;
  let single: Captured;
  let json: Captured;

  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'diff-last-'));
    // The seed as its first retrieval, and a later one with a reshuffled cabinet.
    mkdirSync(join(root, 'raw/kz/executive-branch'), { recursive: true });
    copyFileSync(repo('raw/kz/executive-branch.txt'), join(root, 'raw/kz/executive-branch/2012-03-05.txt'));
    copyFileSync(repo('packages/timeline/src/fixtures/kz-executive-branch.2012-10-01.txt'), join(root, 'raw/kz/executive-branch/2012-10-01.txt'));
    expect((await runInProcess(['build', '--raw', join(root, 'raw'), '--out', join(root, 'dist'), '-q'])).status).toBe(0);
    snapshots = await runInProcess(['diff', '--last', join(root, 'dist')]);
    json = await runInProcess(['diff', '--last', join(root, 'dist'), '--format', 'json']);
    single = await runInProcess(['diff', '--last', repo('dist')]);
  });

  it('should name the posts that changed hands between the last two snapshots, and exit 1', () => {
    expect(snapshots.status).toBe(1);
    expect(snapshots.stdout).toContain('### kz/executive-branch: 2012-03-05 → 2012-10-01');
    expect(snapshots.stdout).toContain('- **Prime Minister (Government)**: Masimov Karim Kazhimkhanovich → Akhmetov Serik Nigmetovich, since 2012-09');
    expect(snapshots.stdout).toContain('- **Masimov Karim Kazhimkhanovich**: Prime Minister (Government) → Head (Administration of the President), since 2012-09');
  });

  it('should give the same change as JSON for machines', () => {
    const parsed = JSON.parse(json.stdout) as { version: number; changes: Array<{ page: string; posts: unknown[]; moves: unknown[] }> };
    expect(parsed.version).toBe(1);
    expect(parsed.changes.map((c) => [c.page, c.posts.length, c.moves.length])).toEqual([['kz/executive-branch', 4, 1]]);
  });

  it('should say so, and exit 0, when no page has two snapshots', () => {
    expect(single.status).toBe(0);
    expect(single.stdout).toContain('No page has two snapshots.');
  });
});
