// One worker thread started before anything else is loaded: a process that builds once (the
// pipeline's dataset task) has the ingest loading there while its own thread loads the rest and
// reads the pages. Nothing heavy is imported here.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** The worker's script, built: from `src/` (tests) and `lib/` alike, the package's `lib/`. */
export const WORKER_SCRIPT = new URL('../lib/country-worker.js', import.meta.url);

let warm: Worker | null = null;

/** How many worker threads a build may use: `PROFILES_WORKERS` (0: none), else one per core (at most 4). */
export function workerCount(env: NodeJS.ProcessEnv = process.env): number {
  const asked = Number.parseInt(env.PROFILES_WORKERS ?? '', 10);
  return Number.isInteger(asked) && asked >= 0 ? asked : Math.min(availableParallelism(), 4);
}

/** Starts the warm worker, when a build may use two threads or more. */
export function startWarmWorker(): void {
  if (warm === null && workerCount() >= 2) warm = new Worker(WORKER_SCRIPT);
}

/** The warm worker, for the build to use (once), or null when none was started. */
export function takeWarmWorker(): Worker | null {
  const worker = warm;
  warm = null;
  return worker;
}
