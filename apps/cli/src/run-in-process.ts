// For the CLI's tests: run `profiles …` in this process (no node start-up), with its output captured.
import { spawn, type ChildProcess } from 'node:child_process';
import { main } from './main.js';
import { BIN } from './test-helpers.js';

export interface Captured {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `main(args)` with stdout and stderr captured, as `profiles` would run in `cwd` (the current
 * folder by default; the test runner's workers are processes, so chdir works); env entries are set
 * for the run only, and PROFILES_DEBUG is unset as for a spawned `profiles`.
 */
export async function runInProcess(args: string[], env: Record<string, string> = {}, options: { cwd?: string } = {}): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const writeOut = process.stdout.write;
  const writeErr = process.stderr.write;
  const runEnv = { PROFILES_DEBUG: '', ...env };
  const saved = Object.fromEntries(Object.keys(runEnv).map((k) => [k, process.env[k]]));
  const back = process.cwd();
  if (options.cwd !== undefined) process.chdir(options.cwd);
  Object.assign(process.env, runEnv);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  }) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  }) as typeof process.stderr.write;
  try {
    const status = await main(args);
    return { status, stdout, stderr };
  } finally {
    process.stdout.write = writeOut;
    process.stderr.write = writeErr;
    process.chdir(back);
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/** A `profiles` process started as a user would, for what needs a real process: signals, kills, exit codes. */
export interface Started {
  child: ChildProcess;
  stderr: () => string;
  /** Resolves when stderr has printed `text`. */
  waitFor(text: string): Promise<void>;
  /** Resolves with the exit code and signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function start(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Started {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd, env: { ...process.env, PROFILES_DEBUG: '', ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  const waiters: Array<{ text: string; done: () => void }> = [];
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => {
    err += chunk;
    for (const w of [...waiters]) if (err.includes(w.text)) (waiters.splice(waiters.indexOf(w), 1), w.done());
  });
  child.stdout!.resume();
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.on('close', (code, signal) => done({ code, signal })));
  return {
    child,
    stderr: () => err,
    waitFor: (text) =>
      new Promise<void>((done, fail) => {
        if (err.includes(text)) return done();
        waiters.push({ text, done });
        void exited.then(() => (err.includes(text) ? done() : fail(new Error(`exited before printing ${JSON.stringify(text)}; stderr: ${err}`))));
      }),
    exited,
  };
}
