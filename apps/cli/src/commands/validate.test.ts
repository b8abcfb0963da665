import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeId, sampleProfile, serializeProfile } from '@profiles/model';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../run-in-process.js';
import { REPO, SEED, tempTree } from '../test-helpers.js';

const seed = readFileSync(SEED);
const meta = readFileSync(join(REPO, 'raw/kz/executive-branch.meta.json'));

/** The sample model with a second warning, and its Prime Minister gone. */
function warnedModel(): string {
  const profile = sampleProfile();
  profile.issues.unshift({
    id: makeId('issue', 'kg', ['no-publisher', '1']),
    level: 'warning',
    code: 'no-publisher',
    message: 'no masthead and no sidecar',
    provenance: [{ file: profile.source.file, line: 1, endLine: 1, element: null, quote: 'Country profile' }],
  });
  profile.memberships = profile.memberships.filter((m) => m.role !== 'Prime Minister');
  return serializeProfile(profile);
}

/** `profiles …` run in this process from the repository root. */
const cli = (args: string[]) => runInProcess(args, {}, { cwd: REPO });

describe('profiles validate: the coverage report', () => {
  it('should print, for a page that builds, its counts, its notes with their lines, and no warning lines when there are none', async () => {
    const run = await cli(['validate', 'raw/kz/executive-branch.txt']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^raw\/kz\/executive-branch\.txt: ok(, \d+ warnings? \(.+\))?$/);
    expect(lines[1]).toMatch(/^ {2}records: \d+ persons, \d+ organizations, \d+ memberships, \d+ events, \d+ tasks, \d+ statistics?, \d+ groups?, \d+ materials?$/);
    expect(run.stdout).toMatch(/\n {2}kept only as notes \(\d+\):\n {4}raw\/kz\/executive-branch\.txt:\d+(–\d+)?: \S/);
    expect(run.stdout).not.toMatch(/warning: head of (state|government) not found/);
  });

  it('should print a model’s warnings one per line, and warn about a missing head of government, yet exit 0', async () => {
    const folder = tempTree({ 'kg/model.json': warnedModel() });
    const run = await cli(['validate', join(folder, 'kg/model.json')]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`${join(folder, 'kg/model.json')}: ok, 2 warnings (no-publisher, unread-person-line)\n`);
    expect(run.stdout).toContain(
      [
        '  warnings (2):',
        '    raw/kg/executive-branch.html:1: no-publisher: no masthead and no sidecar',
        '    raw/kg/executive-branch.html:63: unread-person-line: a line that names a post but no person this ingest can read',
        '  warning: head of government not found: no Prime Minister–like post in Government',
        '',
      ].join('\n'),
    );
  });

  it('should take a folder as every page under it, in path order, and fail only for the page that does not build', async () => {
    const raw = tempTree({
      'kz/executive-branch.txt': seed,
      'kz/executive-branch.meta.json': meta,
      'kz/README.md': '# not a page',
      'kz/empty.txt': Buffer.alloc(0),
    });
    const run = await cli(['validate', raw]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`profiles: ${join(raw, 'kz/empty.txt')}: page is empty\n`);
    const heads = run.stdout.split('\n').filter((line) => !line.startsWith(' ') && line !== '');
    expect(heads).toHaveLength(1);
    expect(heads[0]).toMatch(new RegExp(`^${join(raw, 'kz/executive-branch.txt').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ok`));
  });

  it('should say so for a folder with no pages in it', async () => {
    const folder = tempTree({ 'kz/notes.md': 'x' });
    const run = await cli(['validate', folder]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`profiles: ${folder}: no profile pages (.html, .htm, .txt) in this folder\n`);
  });
});

describe('profiles validate: other files it is given', () => {
  it('should say what a sidecar is and check it as the build reads it', async () => {
    const ok = await cli(['validate', 'raw/kz/executive-branch.meta.json']);
    expect([ok.status, ok.stdout]).toEqual([0, expect.stringMatching(/^raw\/kz\/executive-branch\.meta\.json: a sidecar \(what the page .* does not say about itself: publisher, title, url/)]);
    const root = tempTree({ 'kz/executive-branch.meta.json': '{"publisher": "x", "colour": "red"}' });
    const bad = await cli(['validate', join(root, 'kz/executive-branch.meta.json')]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/executive-branch\.meta\.json: sidecar field `colour` is not known; known fields: publisher, title/);
  });

  it('should refuse JSON that is no model in one line', async () => {
    const root = tempTree({ 'x.json': '{"a": 1}' });
    const run = await cli(['validate', join(root, 'x.json')]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/x\.json: not a model file/);
  });

  it('should read a dated snapshot’s country, section and sidecar from its folders', async () => {
    const root = tempTree({ 'kz/executive-branch/2012-03-05.txt': seed.toString('utf8'), 'kz/executive-branch/2012-03-05.meta.json': meta.toString('utf8') });
    const run = await cli(['validate', join(root, 'kz/executive-branch/2012-03-05.txt')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/2012-03-05\.txt: ok/);
  });
});
