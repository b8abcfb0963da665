// npm run bench:worst: issue 13's bound, "any page within the size limit builds or is refused in
// under a minute and 1 GB". Runs `profiles build` through the CLI, with wall time and peak RSS from
// GNU time, on the worst case of distinct "Name - Title" lines (apps/cli/src/worst-case.ts): the
// 7.9 MB page (refused: over the records limit) and the largest page under the records limit
// (built). Exits 1 when a run misses the bound or ends otherwise than expected.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const { nameTitlePage } = await import(here('../apps/cli/lib/worst-case.js'));
const { MAX_RECORDS_PER_PAGE } = await import(here('../packages/ingest/lib/index.js'));
const BIN = here('../apps/cli/bin/profiles.js');
const seed = readFileSync(here('../raw/kz/executive-branch.txt'), 'utf8');
const BOUND_S = 60;
const BOUND_MB = 1024;

const cases = [
  { name: '7.9 MB of distinct "Name - Title" lines', page: nameTitlePage(seed, { bytes: 7.9 * 1024 * 1024 }), expect: 'refused' },
  { name: 'just under the records limit', page: nameTitlePage(seed, { lines: Math.floor(MAX_RECORDS_PER_PAGE / 2) - 150 }), expect: 'built' },
];

process.stdout.write('| page | MB | outcome | wall time (s) | peak RSS (MB) | bound |\n|---|---:|---|---:|---:|---|\n');
let failed = false;
for (const { name, page, expect } of cases) {
  const root = mkdtempSync(join(tmpdir(), 'bench-worst-'));
  mkdirSync(join(root, 'raw/kz'), { recursive: true });
  writeFileSync(join(root, 'raw/kz/executive-branch.txt'), page);
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, BIN, 'build', '--raw', join(root, 'raw'), '--out', join(root, 'dist'), '-q'], { encoding: 'utf8' });
  const lines = run.stderr.trim().split('\n');
  const [wall, rssKb] = lines.pop().split(' ').map(Number);
  const outcome = run.status === 0 ? 'built' : run.status === 1 && /too many records/.test(run.stderr) ? 'refused' : `exit ${run.status}`;
  const met = wall < BOUND_S && rssKb / 1024 < BOUND_MB && outcome === expect;
  failed ||= !met;
  process.stdout.write(`| ${name} | ${(page.length / 1048576).toFixed(1)} | ${outcome} | ${wall.toFixed(1)} | ${(rssKb / 1024).toFixed(0)} | ${met ? 'met' : 'NOT MET'} |\n`);
  if (outcome !== expect) process.stdout.write(`  stderr: ${lines.slice(0, 3).join(' / ')}\n`);
  rmSync(root, { recursive: true, force: true });
}
process.stdout.write(`\nbound: under ${BOUND_S} s and ${BOUND_MB} MB per page within the size limit\n`);
process.exit(failed ? 1 : 0);
