#!/usr/bin/env node
// Launcher for the `profiles` command. It is committed (lib/ is compiled) so that `npm ci` can link
// the command before anything is built; it says what to do when lib/ is missing.
import { setFlagsFromString } from 'node:v8';

// The ingest's rules are a few hundred large Unicode patterns. V8 compiles each one to machine code
// on its second use ("tier-up"), which costs a fresh process about 1.5 s of CPU before its first
// page is read, and gains nothing measurable on later pages: its bytecode interpreter reads them as
// fast. Set before any pattern exists; worker threads share the process's flags. Outputs are the same.
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
