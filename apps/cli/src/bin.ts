#!/usr/bin/env node
import { main } from './main.js';

// A reader that stops early (`profiles diff A B --format json | head`) closes the pipe: the rest
// of the output is dropped quietly, as by any Unix tool, never with a stack trace, and the command
// still exits with its own code.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
    throw error;
  });
}

process.exitCode = await main(process.argv.slice(2));
