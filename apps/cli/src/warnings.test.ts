// A page with warnings never fails a build: `build` (and the in-process pipeline) print one line per
// page that has some (pageWarningLine) on stderr and exit 0.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeId, type Profile } from '@profiles/model';
import { describe, expect, it, vi } from 'vitest';
import { runInProcess } from './run-in-process.js';
import { SEED, tempDir, tempTree } from './test-helpers.js';

// The ingest decides which pages have warnings; here every page named warned-* gets two.
vi.mock('@profiles/ingest', async (importOriginal) => {
  const ingest = await importOriginal<typeof import('@profiles/ingest')>();
  return {
    ...ingest,
    ingestPage: (page: Parameters<typeof ingest.ingestPage>[0]): Profile => {
      const profile = ingest.ingestPage(page);
      if (!page.section.startsWith('warned')) return profile;
      const issue = (code: string, n: number) => ({
        ...(profile.issues[0] ?? {}),
        id: makeId('issue', profile.source.country.code, [code, String(n)]),
        level: 'warning',
        code,
        message: `test warning ${n}`,
        provenance: profile.persons[0]!.provenance,
      });
      return { ...profile, issues: [...profile.issues, issue('unread-person-line', 1), issue('unread-person-line', 2), issue('no-publisher', 3)] } as Profile;
    },
  };
});

describe('pages with warnings', () => {
  it('should be built, with one line each on stderr, and exit 0', async () => {
    const seed = readFileSync(SEED);
    const raw = tempTree({ 'kz/executive-branch.txt': seed, 'kz/warned-page.txt': seed });
    const run = await runInProcess(['build', '--raw', raw, '--out', join(tempDir(), 'dist'), '-q']);
    expect(run.stderr).toBe('profiles: raw/kz/warned-page.txt: 3 warnings (no-publisher, unread-person-line ×2)\n');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^built 2 profiles/);
  });

  it('should be released too, with the same lines', async () => {
    const raw = tempTree({ 'kz/warned-page.txt': readFileSync(SEED) });
    const run = await runInProcess(['release', '--raw', raw, '--out', join(tempDir(), 'release'), '-q']);
    expect(run.stderr).toBe('profiles: raw/kz/warned-page.txt: 3 warnings (no-publisher, unread-person-line ×2)\n');
    expect(run.status).toBe(0);
  });
});
