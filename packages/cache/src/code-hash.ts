import { existsSync } from 'node:fs';
import { readdir, readFile, realpath } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { hashKey } from './hash.js';

interface PackageJson {
  name?: string;
  version?: string;
  dependencies?: Record<string, string>;
}

const known = new Map<string, Promise<string>>();

/** Files whose bytes make a package's behaviour: sources (no tests, no fixtures) and the built code. */
function isCode(path: string): boolean {
  if (path.endsWith('.tsbuildinfo') || path.endsWith('.test.ts')) return false;
  return !path.split('/').includes('fixtures');
}

async function listFiles(dir: string, root: string, into: string[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) await listFiles(full, root, into);
    else if (entry.isFile()) {
      const path = relative(root, full).split(sep).join('/');
      if (isCode(path)) into.push(path);
    }
  }
}

/** The folder a dependency resolves to from `from`, as Node would find it, or null. */
function dependencyDir(from: string, name: string): string | null {
  for (let at = from; ; at = dirname(at)) {
    const candidate = join(at, 'node_modules', ...name.split('/'));
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(at) === at) return null;
  }
}

async function hashPackage(dir: string): Promise<string> {
  const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as PackageJson;
  const files: string[] = [];
  await listFiles(join(dir, 'src'), dir, files);
  await listFiles(join(dir, 'lib'), dir, files);
  files.sort();
  const parts: Array<string | Uint8Array> = ['package', manifest.name ?? dir, await readFile(join(dir, 'package.json'))];
  const contents = await Promise.all(files.map((file) => readFile(join(dir, file))));
  files.forEach((file, i) => parts.push(file, contents[i]!));
  for (const name of Object.keys(manifest.dependencies ?? {}).sort()) {
    const found = dependencyDir(dir, name);
    if (found === null) {
      parts.push(name, 'missing');
      continue;
    }
    const real = await realpath(found);
    // A workspace package is a link out of node_modules: its code counts, whole. An installed one
    // counts by its version (the lockfile pins its files).
    if (!real.split(sep).includes('node_modules')) parts.push(name, await codeHash(real));
    else parts.push(name, (JSON.parse(await readFile(join(real, 'package.json'), 'utf8')) as PackageJson).version ?? '?');
  }
  return hashKey(parts);
}

/**
 * A hash of the code that makes a package's output: its `src/` (without tests and fixtures) and
 * `lib/` files, its `package.json`, the same of every workspace package it depends on, and the
 * version of every installed one. Both sources and built files count, so a test run (which runs
 * the sources) and a built run never share a stale result. Worked out once per package per process.
 *
 * @param packageDir the package's folder (the one holding its `package.json`)
 * @returns a SHA-256 in hex
 */
export async function codeHash(packageDir: string): Promise<string> {
  const dir = await realpath(packageDir);
  let hash = known.get(dir);
  if (!hash) {
    hash = hashPackage(dir);
    known.set(dir, hash);
  }
  return hash;
}
