// Helpers for the CLI's tests: run the built `profiles` binary, make throwaway raw folders, compare trees.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../lib/bin.js', import.meta.url));
export const SEED = join(REPO, 'raw/kz/executive-branch.txt');

export interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs `profiles …` as a user would, in `cwd`. */
export function profiles(args: string[], cwd = REPO): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, PROFILES_DEBUG: '' } });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary folder. */
export function tempDir(prefix = 'profiles-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes files (path → content) under a new temporary folder and returns it. */
export function tempTree(files: Record<string, string | Buffer>): string {
  const root = tempDir();
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

/** Every file under `root`, by relative path, with its bytes. */
export function readTree(root: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.set(relative(root, full).split('\\').join('/'), readFileSync(full));
    }
  };
  walk(root);
  return files;
}
