import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { REPO } from './test-helpers.js';

// The Turborepo task graph is the pipeline: check what it hashes and how its stages depend.
interface DryTask {
  taskId: string;
  dependencies: string[];
  inputs: Record<string, string>;
  outputs: string[] | null;
}

const dry = JSON.parse(
  execFileSync('npx', ['turbo', 'run', 'build', 'ingest', 'export', '--filter=@profiles/ingest', '--filter=@profiles/export-*', '--dry=json'], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
  }),
) as { tasks: DryTask[]; globalCacheInputs: { files: Record<string, string> } };
const task = (id: string) => dry.tasks.find((t) => t.taskId === id)!;
const EXPORTS = ['csv', 'jsonld', 'markdown'].map((name) => `@profiles/export-${name}#export`);

describe('the pipeline’s task graph', () => {
  it('should hash the raw pages into the ingest task', () => {
    expect(Object.keys(task('@profiles/ingest#ingest').inputs)).toEqual(expect.arrayContaining(['../../raw/kz/executive-branch.txt', '../../raw/kz/executive-branch.meta.json']));
    expect(task('@profiles/ingest#ingest').outputs).toEqual(['../../dist/model/**']);
  });

  it('should hash tsconfig.base.json for every task', () => {
    expect(Object.keys(dry.globalCacheInputs.files)).toContain('tsconfig.base.json');
  });

  it('should give each exporter its own task and its own dist folder, after the ingest', () => {
    for (const id of EXPORTS) {
      expect(task(id).dependencies).toContain('@profiles/ingest#ingest');
      expect(task(id).outputs).toEqual([`../../dist/${id.replace(/^@profiles\/export-(\w+)#export$/, '$1')}/**`]);
    }
  });

  it('should not make one exporter depend on another, so each caches separately', () => {
    for (const id of EXPORTS) {
      const others = EXPORTS.filter((other) => other !== id).map((other) => other.replace('#export', ''));
      expect(task(id).dependencies.some((dep) => others.some((o) => dep.startsWith(o)))).toBe(false);
      expect(Object.keys(task(id).inputs).some((input) => input.startsWith('../export-'))).toBe(false);
    }
  });
});
