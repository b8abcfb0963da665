// npm run bench:cli: whole `profiles build` runs through the CLI over growing corpora, with wall
// time and peak RSS from GNU time, to show how time and memory grow with the number of pages.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeCorpus } from './corpus.mjs';

const SIZES = (process.env.BENCH_CLI_SIZES ?? '1000,2500,5000,10000').split(',').map(Number);
const BIN = fileURLToPath(new URL('../apps/cli/bin/profiles.js', import.meta.url));
const pages = makeCorpus(Math.max(...SIZES));

process.stdout.write('| pages | MB of HTML | wall time (s) | ms per page | peak RSS (MB) | exit |\n|---:|---:|---:|---:|---:|---:|\n');
for (const size of SIZES) {
  const root = mkdtempSync(join(tmpdir(), 'bench-cli-'));
  let bytes = 0;
  for (const page of pages.slice(0, size)) {
    mkdirSync(join(root, 'raw', page.country), { recursive: true });
    writeFileSync(join(root, 'raw', page.country, `${page.section}.html`), page.html);
    bytes += Buffer.byteLength(page.html);
  }
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, BIN, 'build', '--raw', join(root, 'raw'), '--out', join(root, 'dist')], { encoding: 'utf8' });
  const [wall, rssKb] = run.stderr.trim().split('\n').pop().split(' ').map(Number);
  process.stdout.write(`| ${size} | ${(bytes / 1e6).toFixed(1)} | ${wall.toFixed(1)} | ${((wall * 1000) / size).toFixed(1)} | ${(rssKb / 1024).toFixed(0)} | ${run.status} |\n`);
  if (run.status !== 0) process.stdout.write(`  stderr: ${run.stderr.split('\n').slice(0, 3).join(' / ')}\n`);
  rmSync(root, { recursive: true, force: true });
}
