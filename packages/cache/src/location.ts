import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The nearest folder at or above `start` that holds a `node_modules` folder, or null. */
function nearestNodeModules(start: string): string | null {
  for (let at = resolve(start); ; at = dirname(at)) {
    if (existsSync(join(at, 'node_modules'))) return join(at, 'node_modules');
    if (dirname(at) === at) return null;
  }
}

/**
 * Where a build keeps its cache: `PROFILES_CACHE_DIR` when set (empty, `0` or `off`: none), else
 * `node_modules/.cache/profiles` of the project the output folder is in (the nearest
 * `node_modules` above it), else of the current folder's project. Null means no cache: every build
 * is a full one, in a temporary store. Test runs (`VITEST` set) get none unless they ask, so a
 * mocked module never meets a cache made by the real one.
 *
 * The cache is never inside the output folder: a dataset holds only its own files, the same
 * whether it was built whole or from the cache.
 *
 * @param outDir the folder a build writes (`dist`)
 * @param env the environment to read (default `process.env`)
 */
export function cacheDirFor(outDir: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const asked = env.PROFILES_CACHE_DIR;
  if (asked !== undefined) return ['', '0', 'off'].includes(asked.trim()) ? null : resolve(asked);
  if (env.VITEST) return null;
  const modules = nearestNodeModules(dirname(resolve(outDir))) ?? nearestNodeModules(process.cwd());
  return modules === null ? null : join(modules, '.cache', 'profiles');
}
