// The dataset task as Turborepo runs it (node lib/dataset-task.js <raw> <dist>): with its warm
// worker thread (an edit's page ingested there) or in one thread, it writes what a build from
// nothing writes. The script itself runs with its warm worker, as Turborepo runs it; in one thread
// the same task (runDatasetTask, which the script calls) runs in this process, for its output alone.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATASET_MARKER, DATASET_MARKER_TEXT } from '@profiles/io';
import { describe, expect, it } from 'vitest';
import { runDatasetTask } from './dataset-update.js';
import { datasetFiles, ingestRawFolder } from './pipeline.js';
import { readTree, tempDir } from './test-helpers.js';

const TASK = fileURLToPath(new URL('../lib/dataset-task.js', import.meta.url));

interface Page {
  country: string;
  section: string;
  html: string;
}

/** A raw folder of bench pages and an empty dist/ of every folder beside it. */
async function project(): Promise<{ raw: string; dist: string; pages: string[] }> {
  const corpus = new URL('../../../bench/corpus.mjs', import.meta.url).href;
  const { makeCorpus } = (await import(corpus)) as { makeCorpus: (count: number, seed?: number) => Page[] };
  const root = tempDir();
  const raw = join(root, 'raw');
  const pages: string[] = [];
  for (const page of makeCorpus(30, 31).slice(0, 3)) {
    mkdirSync(join(raw, page.country), { recursive: true });
    writeFileSync(join(raw, page.country, `${page.section}.html`), page.html);
    pages.push(join(raw, page.country, `${page.section}.html`));
  }
  const dist = join(root, 'dist');
  for (const folder of ['model', 'csv', 'jsonld', 'markdown']) mkdirSync(join(dist, folder), { recursive: true });
  return { raw, dist, pages };
}

function runScript(raw: string, dist: string, workers: string, cache: string): void {
  execFileSync(process.execPath, [TASK, raw, dist], { env: { ...process.env, VITEST: '', PROFILES_CACHE_DIR: cache, PROFILES_WORKERS: workers }, stdio: 'pipe' });
}

/** The script's task, in this process (no node start-up), with its environment set for the run only. */
async function runHere(raw: string, dist: string, workers: string, cache: string): Promise<void> {
  const env = { PROFILES_CACHE_DIR: cache, PROFILES_WORKERS: workers };
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    expect(await runDatasetTask(raw, dist)).toBe(0);
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

async function fullBuild(raw: string): Promise<Array<[string, string]>> {
  const files = datasetFiles(await ingestRawFolder(raw, { quiet: true, warn: () => undefined }));
  files.set(DATASET_MARKER, DATASET_MARKER_TEXT);
  return [...files].sort(([a], [b]) => (a < b ? -1 : 1));
}

const written = (dist: string) => [...readTree(dist)].map(([path, bytes]) => [path, bytes.toString('utf8')] as [string, string]).sort(([a], [b]) => (a < b ? -1 : 1));

describe('the dataset task as a script', () => {
  for (const [label, workers, runTask] of [
    ['with its warm worker', '2', runScript],
    ['in one thread', '0', runHere],
  ] as const) {
    it(`should write what a full build writes, before and after an edit, ${label}`, async () => {
      const { raw, dist, pages } = await project();
      const cache = tempDir('profiles-cache-');
      await runTask(raw, dist, workers, cache);
      expect(written(dist)).toEqual(await fullBuild(raw));
      writeFileSync(pages[1]!, readFileSync(pages[1]!, 'utf8').replace('</p>', ' Edited in a test.</p>'));
      await runTask(raw, dist, workers, cache);
      expect(written(dist)).toEqual(await fullBuild(raw));
    });
  }
});
