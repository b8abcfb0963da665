import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { REPO } from './test-helpers.js';

// The pipeline after an edit: the dataset task does the work first; each folder's task hashes its
// folder just in time (after the dataset task wrote it), so the next run is a full cache hit.
interface DryTask {
  taskId: string;
  hash: string | null;
  hashReason?: string;
  dependencies: string[];
  inputs: Record<string, string>;
  outputs: string[] | null;
  command: string;
}

const dry = JSON.parse(
  execFileSync('node_modules/.bin/turbo', ['run', 'build', 'ingest', 'export', '--filter=@profiles/ingest', '--filter=@profiles/export-*', '--filter=@profiles/cli', '--dry=json'], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
  }),
) as { tasks: DryTask[] };
const task = (id: string) => dry.tasks.find((t) => t.taskId === id)!;
const FOLDER_TASKS = ['@profiles/ingest#ingest', '@profiles/cli#export', ...['csv', 'jsonld', 'markdown'].map((name) => `@profiles/export-${name}#export`)];

describe('the pipeline after an edit', () => {
  it('should run the dataset task first, on the raw pages, writing no output of its own', () => {
    const dataset = task('@profiles/cli#dataset');
    expect(Object.keys(dataset.inputs)).toContain('../../raw/kz/executive-branch.txt');
    expect(dataset.outputs ?? []).toEqual([]);
    expect(task('@profiles/ingest#ingest').dependencies).toContain('@profiles/cli#dataset');
    expect(task('@profiles/cli#export').dependencies).toContain('@profiles/cli#dataset');
  });

  it('should hash every folder task just in time, after the dataset task wrote the folder', () => {
    for (const id of FOLDER_TASKS) {
      expect(task(id).hash, id).toBeNull();
      expect(task(id).hashReason, id).toMatch(/JIT/);
    }
  });

  it('should run the tasks’ commands directly, not through npm', () => {
    for (const id of ['@profiles/cli#dataset', ...FOLDER_TASKS]) expect(task(id).command, id).toMatch(/^node lib\//);
  });
});
