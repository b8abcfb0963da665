#!/usr/bin/env node
// Launcher for the `profiles` command. It is committed (lib/ is compiled) so that `npm ci` can link
// the command before anything is built; it says what to do when lib/ is missing.
import { setFlagsFromString } from 'node:v8';

// The ingest's rules are a few hundred large Unicode patterns. By default V8 first compiles a
// pattern to bytecode for its interpreter and compiles it again to machine code on its next use;
// for these patterns the bytecode compile is the slow one, and a fresh process paid both for each
// before its first page was read (about 1.5 s of CPU). Without the tier-up V8 compiles straight to
// machine code: the same matches, warm pages as fast. Set before any pattern exists; worker threads
// share the process's flags.
setFlagsFromString('--no-regexp-tier-up');

const entry = new URL('../lib/bin.js', import.meta.url);
try {
  await import(entry.href);
} catch (error) {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes(entry.pathname)) {
    process.stderr.write("profiles: the command is not built yet: run 'npm run pipeline' (or 'npm run build') first\n");
    process.exit(2);
  }
  throw error;
}
