#!/usr/bin/env node
// Launcher for the `profiles` command. It is committed (lib/ is compiled) so that `npm ci` can link
// the command before anything is built; it says what to do when lib/ is missing.
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
