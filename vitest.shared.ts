import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { configDefaults, defineConfig, type ViteUserConfig } from 'vitest/config';

// Every package's tests: a generous per-test bound, because Turborepo runs the packages' suites
// side by side on a 2-core machine. It is a hang guard, not a speed test (speed lives in `npm run bench`).
const BOUNDS = { testTimeout: 60_000, hookTimeout: 60_000 };

/**
 * Another workspace package is its built `lib/` (compiled JS, which the `build` task that `test`
 * depends on makes): Node loads it as it is, as for any dependency, instead of Vite transforming
 * every module of it in every run. A package's own `src/` still goes through Vite, and a `vi.mock`
 * of a workspace package still holds for the modules of `src/` that import it.
 */
const WORKSPACE_LIBS = { server: { deps: { external: [/\/(packages|apps)\/[^/]+\/lib\//] } } };

/** A module mock holds only in a file whose imports are evaluated afresh: in a worker of its own. */
const MOCKS_A_MODULE = /\bvi\.(mock|doMock)\(/;

/** Every `*.test.ts` under `dir`, relative to `root`. */
function testFiles(root: string, dir = join(root, 'src')): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : testFiles(root, path);
    return entry.name.endsWith('.test.ts') ? [relative(root, path).split('\\').join('/')] : [];
  });
}

/**
 * The test config of the package in `dir`. Its test files share one worker and the modules it has
 * loaded (`isolate: false`): a fresh worker per file, importing the libraries again, cost more than
 * most files' tests. A file that mocks a module (`vi.mock`) runs isolated, in a project of its own,
 * because a module another file has already loaded would not see its mock; so does each file in
 * `options.isolated` (paths from the package folder), for a test that needs a fresh heap.
 */
export function packageConfig(dir: URL | string, options: { test?: NonNullable<ViteUserConfig['test']>; isolated?: readonly string[] } = {}): ViteUserConfig {
  const root = typeof dir === 'string' ? dir : fileURLToPath(dir);
  const files = testFiles(root);
  for (const file of options.isolated ?? []) if (!files.includes(file)) throw new Error(`vitest config of ${root}: no test file ${file} to isolate`);
  const isolated = files.filter((file) => options.isolated?.includes(file) || MOCKS_A_MODULE.test(readFileSync(join(root, file), 'utf8')));
  if (isolated.length === 0) return defineConfig({ test: { ...BOUNDS, ...WORKSPACE_LIBS, isolate: false, ...options.test } });
  const name = basename(root);
  return defineConfig({
    test: {
      ...BOUNDS,
      ...WORKSPACE_LIBS,
      ...options.test,
      projects: [
        { extends: true, test: { name, isolate: false, exclude: [...configDefaults.exclude, ...isolated] } },
        { extends: true, test: { name: `${name} (isolated)`, isolate: true, include: isolated } },
      ],
    },
  });
}

/** The workspace's packages: every folder under packages/ and apps/ with a vitest config. */
function workspacePackages(root: string): string[] {
  return ['packages', 'apps'].flatMap((group) => {
    let names: string[];
    try {
      names = readdirSync(join(root, group));
    } catch {
      return [];
    }
    return names.sort().filter((name) => readdirSync(join(root, group, name)).includes('vitest.config.ts')).map((name) => `${group}/${name}`);
  });
}

/**
 * The whole workspace's tests as one run (`npm test`): every package's files that need no fresh
 * module graph share ONE project and its workers, so the libraries (Cheerio, zod, the rules'
 * patterns, the SHACL shapes) load once per worker, not once per package and worker — on a
 * 2-core machine that start-up, repeated eleven times side by side, was a fifth of the suite's CPU.
 * A file that mocks a module, or that its package isolates, runs isolated in a project of its own.
 * Two workers: the machine's cores, so a test that waits on a child process leaves the other
 * running. A package's own `vitest run` (its vitest.config) still runs its files alone.
 */
export function workspaceConfig(dir: URL | string, isolatedByPackage: Record<string, readonly string[]> = {}): ViteUserConfig {
  const root = typeof dir === 'string' ? dir : fileURLToPath(dir);
  const shared: string[] = [];
  const isolated: string[] = [];
  for (const pkg of workspacePackages(root)) {
    for (const file of testFiles(join(root, pkg))) {
      const path = `${pkg}/${file}`;
      const alone = isolatedByPackage[pkg]?.includes(file) || MOCKS_A_MODULE.test(readFileSync(join(root, path), 'utf8'));
      (alone ? isolated : shared).push(path);
    }
  }
  return defineConfig({
    test: {
      ...BOUNDS,
      ...WORKSPACE_LIBS,
      maxWorkers: 2,
      projects: [
        { extends: true, test: { name: 'workspace', root, isolate: false, include: shared } },
        { extends: true, test: { name: 'workspace (isolated)', root, isolate: true, include: isolated } },
      ],
    },
  });
}

/** For a package whose vitest.config re-exports this default: the package is the current folder, as under npm and Turborepo. */
export default packageConfig(pathToFileURL(`${process.cwd()}/`));
