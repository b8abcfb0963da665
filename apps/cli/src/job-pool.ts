// Worker threads for a build's country jobs: a full build ingests and exports countries on every
// core; the bytes out are the same as in one thread (the same job function runs either way).
import { Worker } from 'node:worker_threads';
import { ProfileError } from '@profiles/model';
import type { CountryJob, CountryOutcome } from './country-records.js';
import { WORKER_SCRIPT } from './worker-threads.js';

interface Reply {
  id: number;
  outcome?: CountryOutcome;
  error?: { message: string; stack?: string; profile?: { file: string; reason: string; line?: number } };
}

interface Pending {
  job: CountryJob;
  resolve: (outcome: CountryOutcome) => void;
  reject: (error: unknown) => void;
}


/** The error a worker reported, as it was thrown there: a ProfileError stays one. */
function revive(error: NonNullable<Reply['error']>): Error {
  if (error.profile) return new ProfileError(error.profile.file, error.profile.reason, error.profile.line);
  return Object.assign(new Error(error.message), { stack: error.stack });
}

/** A fixed set of worker threads, each running one country job at a time. */
export class JobPool {
  private readonly idle: Worker[] = [];
  private readonly waiting: Pending[] = [];
  private readonly running = new Map<number, { worker: Worker; pending: Pending }>();
  private nextId = 0;
  private failure: unknown = null;

  constructor(size: number) {
    for (let i = 0; i < size; i += 1) {
      const worker = new Worker(WORKER_SCRIPT);
      worker.on('message', (reply: Reply) => this.settle(worker, reply));
      worker.on('error', (error) => this.fail(error));
      this.idle.push(worker);
    }
  }

  /** Runs a job on the next free worker. */
  run(job: CountryJob): Promise<CountryOutcome> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting.push({ job, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    const workers = [...this.idle, ...[...this.running.values()].map((r) => r.worker)];
    this.idle.length = 0;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    while (this.idle.length && this.waiting.length) {
      const worker = this.idle.pop()!;
      const pending = this.waiting.shift()!;
      const id = this.nextId++;
      this.running.set(id, { worker, pending });
      worker.postMessage({ id, job: pending.job });
    }
  }

  private settle(worker: Worker, reply: Reply): void {
    const running = this.running.get(reply.id);
    if (!running) return;
    this.running.delete(reply.id);
    this.idle.push(worker);
    if (reply.error) running.pending.reject(revive(reply.error));
    else running.pending.resolve(reply.outcome!);
    this.dispatch();
  }

  /** A worker that died takes every job with it: the build fails with its error. */
  private fail(error: unknown): void {
    this.failure = error;
    for (const { pending } of this.running.values()) pending.reject(error);
    for (const pending of this.waiting.splice(0)) pending.reject(error);
    this.running.clear();
  }
}
