// A worker thread of a build (see job-pool.ts): runs the country jobs it is sent.
import { parentPort } from 'node:worker_threads';
import { isProfileError } from '@profiles/model';
// Every job a worker is sent has pages to ingest: the ingest is loaded with the worker, before
// the first job comes (the job module itself loads it only when needed).
import '@profiles/ingest';
import { runCountryJob, type CountryJob } from './country-job.js';

parentPort?.on('message', (message: { id: number; job: CountryJob }) => {
  runCountryJob(message.job).then(
    (outcome) => parentPort!.postMessage({ id: message.id, outcome }),
    (error: unknown) => {
      const e = error as Error;
      const profile = isProfileError(error) ? { file: error.file, reason: error.reason, line: error.line } : undefined;
      parentPort!.postMessage({ id: message.id, error: { message: e?.message ?? String(error), stack: e?.stack, profile } });
    },
  );
});
