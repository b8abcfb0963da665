// npm run bench (second part): what an edit costs. In a clone of this repository with a
// deterministic corpus of BENCH_PAGES pages (default 1,000) committed in raw/ and its dist/, times
//
// - `npm run pipeline`: a full run (the build cache empty, every task misses) against a run after
//   one page is edited (the cache warm), then checks that the next run is `>>> FULL TURBO`;
// - `profiles build`: a full build into a new folder (no cache) against a build after one page is
//   edited, into the previous dataset; and a full build on worker threads against one in one thread;
//
// and checks that every incremental dist/ is byte for byte what a full build from nothing makes.
// Prints `edit/full ratio: X (1 of N pages changed)` for each; median of BENCH_EDIT_ROUNDS edits.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeCorpus } from './corpus.mjs';

const PAGES = Number(process.env.BENCH_PAGES ?? 1000);
const ROUNDS = Number(process.env.BENCH_EDIT_ROUNDS ?? 3);
const REPO = fileURLToPath(new URL('..', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'bench-edit-'));
const repo = join(root, 'repo');
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', PROFILES_CACHE_DIR: join(repo, 'node_modules/.cache/profiles') };
delete env.VITEST;

function sh(cmd, args, cwd = repo, extra = {}) {
  return execFileSync(cmd, args, { cwd, env: { ...env, ...extra }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 });
}

/**
 * Wall time of a command in seconds, the CPU time it and its children used (user + system, from
 * GNU time: steadier than wall time on a machine others share), and its output.
 */
function timed(cmd, args, extra = {}) {
  const start = process.hrtime.bigint();
  const run = spawnSync('/usr/bin/time', ['-f', 'bench-cpu %U %S', cmd, ...args], { cwd: repo, env: { ...env, ...extra }, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${run.stdout}\n${run.stderr}`);
  const [user, system] = /bench-cpu ([\d.]+) ([\d.]+)/.exec(run.stderr).slice(1).map(Number);
  return { seconds, cpu: user + system, output: run.stdout + run.stderr };
}

const pipeline = () => timed('npm', ['run', 'pipeline']);
const cli = (args, extra) => timed(process.execPath, [join(repo, 'apps/cli/bin/profiles.js'), ...args], extra);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// One page edited: a name on it changes (the page still ingests; its country's outputs change).
let edits = 0;
function editPage(page) {
  const path = join(repo, 'raw', page.country, `${page.section}.html`);
  edits += 1;
  writeFileSync(path, readFileSync(path, 'utf8').replace('</p>', ` Edit${edits}.</p>`));
}

// The clone: HEAD of this repository, its installed node_modules (no build cache), the corpus.
process.stderr.write(`bench: cloning into ${repo} and writing ${PAGES} pages\n`);
sh('git', ['clone', '--quiet', '--no-local', REPO, repo], root);
cpSync(join(REPO, 'node_modules'), join(repo, 'node_modules'), { recursive: true, verbatimSymlinks: true, filter: (src) => !src.includes('node_modules/.cache') });
rmSync(join(repo, 'raw'), { recursive: true, force: true });
const pages = makeCorpus(PAGES);
for (const page of pages) {
  mkdirSync(join(repo, 'raw', page.country), { recursive: true });
  writeFileSync(join(repo, 'raw', page.country, `${page.section}.html`), page.html);
}
process.stderr.write('bench: first pipeline (builds the packages)\n');
pipeline();
sh('git', ['add', '-A', 'raw', 'dist']);
sh('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.org', 'commit', '--quiet', '-m', 'corpus']);

const report = [];
const check = (label, ok) => {
  if (!ok) throw new Error(`bench: ${label}`);
};

// Pipeline, full (nothing cached, one page edited: every task runs) and edit (one page edited, the
// cache warm), alternating so that the machine's other load weighs on both alike; after each, the
// next run must be FULL TURBO.
const pipelineFulls = [];
const pipelineEdits = [];
for (let round = 0; round < ROUNDS; round += 1) {
  rmSync(env.PROFILES_CACHE_DIR, { recursive: true, force: true });
  editPage(pages[(round * 101) % pages.length]);
  pipelineFulls.push(pipeline());
  check('the run after a full pipeline is FULL TURBO', pipeline().output.includes('FULL TURBO'));
  editPage(pages[(round * 337 + 11) % pages.length]);
  pipelineEdits.push(pipeline());
  check('the run after an edit is FULL TURBO', pipeline().output.includes('FULL TURBO'));
}
const fresh = join(root, 'fresh');
cli(['build', '--raw', 'raw', '--out', join(fresh, 'dist'), '-q'], { PROFILES_CACHE_DIR: '' });
const same = spawnSync('diff', ['-rq', join(repo, 'dist'), join(fresh, 'dist')], { encoding: 'utf8' });
check(`the pipeline's dist/ after the edits is what a full build makes:\n${same.stdout}`, same.status === 0);
report.push(['npm run pipeline', pipelineFulls, pipelineEdits]);

// profiles build, full: into a new folder, no cache. Edit: into the previous dataset, cache warm.
const out = join(root, 'out', 'dist');
const cache = join(root, 'cli-cache');
const buildFulls = [];
const oneThread = [];
const buildEdits = [];
cli(['build', '--raw', 'raw', '--out', out, '-q'], { PROFILES_CACHE_DIR: cache });
for (let round = 0; round < ROUNDS; round += 1) {
  // Alternating full builds (on worker threads, and in one thread) and edits.
  for (const [times, workers] of [[buildFulls, undefined], [oneThread, '0']]) {
    rmSync(join(root, 'full'), { recursive: true, force: true });
    const extra = workers === undefined ? { PROFILES_CACHE_DIR: '' } : { PROFILES_CACHE_DIR: '', PROFILES_WORKERS: workers };
    times.push(cli(['build', '--raw', 'raw', '--out', join(root, 'full', 'dist'), '-q'], extra));
  }
  editPage(pages[(round * 211 + 5) % pages.length]);
  buildEdits.push(cli(['build', '--raw', 'raw', '--out', out, '-q'], { PROFILES_CACHE_DIR: cache }));
}
rmSync(join(root, 'full'), { recursive: true, force: true });
cli(['build', '--raw', 'raw', '--out', join(root, 'full', 'dist'), '-q'], { PROFILES_CACHE_DIR: '' });
const again = spawnSync('diff', ['-rq', out, join(root, 'full', 'dist')], { encoding: 'utf8' });
check(`profiles build after the edits is what a full build makes:\n${again.stdout}`, again.status === 0);
report.push(['profiles build', buildFulls, buildEdits]);

const seconds = (runs) => median(runs.map((r) => r.seconds));
const cpu = (runs) => median(runs.map((r) => r.cpu));
for (const [label, fulls, edits] of report) {
  process.stdout.write(
    `${label}: full ${fulls.map((r) => r.seconds.toFixed(2)).join(' ')} s, edit ${edits.map((r) => r.seconds.toFixed(2)).join(' ')} s; CPU (median): full ${cpu(fulls).toFixed(2)} s, edit ${cpu(edits).toFixed(2)} s\n`,
  );
  process.stdout.write(`${label}: edit/full ratio: ${(seconds(edits) / seconds(fulls)).toFixed(3)} (1 of ${PAGES} pages changed; CPU ${(cpu(edits) / cpu(fulls)).toFixed(3)})\n`);
}
process.stdout.write(
  `worker threads: a full profiles build in ${seconds(buildFulls).toFixed(2)} s with ${Math.min(availableParallelism(), 4)} workers, ${seconds(oneThread).toFixed(2)} s in one thread: ${(seconds(oneThread) / seconds(buildFulls)).toFixed(2)}x\n`,
);
process.stdout.write('after every edit the next npm run pipeline was >>> FULL TURBO; every incremental dist/ was byte-identical to a full build\n');
rmSync(root, { recursive: true, force: true });
