// npm run bench, last step: how long the README's test command takes on this machine (issue 17:
// under 45 s). Two runs, both printed, since a single wall time swings with the machine's load.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_TEST_RUNS ?? 2);
const TARGET_S = 45;

// vitest's summary line, without colours: "Tests  6951 passed | 70 expected fail | 2 skipped (7023)"
export function testSummary(output) {
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  const line = plain.split('\n').find((text) => /^\s*Tests\s+\d/.test(text));
  return line ? line.trim().replace(/^Tests\s+/, '') : 'no summary line';
}

const walls = [];
let summary = '';
for (let run = 0; run < RUNS; run += 1) {
  const started = process.hrtime.bigint();
  const result = spawnSync('npm', ['test'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  walls.push(Number(process.hrtime.bigint() - started) / 1e9);
  summary = testSummary(`${result.stdout}\n${result.stderr}`);
  if (result.status !== 0) {
    process.stderr.write(`bench: npm test failed (exit ${result.status}): ${summary}\n`);
    process.exit(1);
  }
}
const worst = Math.max(...walls);
process.stdout.write(
  `npm test: ${walls.map((wall) => wall.toFixed(1)).join(' ')} s wall (target: under ${TARGET_S} s, ${worst < TARGET_S ? 'met' : 'NOT met'} by the slowest run); ${summary}\n`,
);
