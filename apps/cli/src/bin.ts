#!/usr/bin/env node
import { main } from './main.js';

// A reader that stops early (`profiles diff A B --format json | head`) closes the pipe: that ends
// the output quietly, as for any Unix tool, never with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await main(process.argv.slice(2));
