// The worker threads of a build: their script and how many a build may use. Nothing heavy is
// imported here.
import { availableParallelism } from 'node:os';

/** The worker's script, built: from `src/` (tests) and `lib/` alike, the package's `lib/`. */
export const WORKER_SCRIPT = new URL('../lib/country-worker.js', import.meta.url);

/** How many worker threads a build may use: `PROFILES_WORKERS` (0: none), else one per core (at most 4). */
export function workerCount(env: NodeJS.ProcessEnv = process.env): number {
  const asked = Number.parseInt(env.PROFILES_WORKERS ?? '', 10);
  return Number.isInteger(asked) && asked >= 0 ? asked : Math.min(availableParallelism(), 4);
}
