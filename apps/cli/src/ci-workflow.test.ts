// The GitHub Actions workflow calls the profiles command and finds its PR comment by a marker: keep
// both in step with the code, since GitHub is the only place the workflow itself runs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIFF_COMMENT_MARKER } from '@profiles/diff';
import { archiveName } from '@profiles/release';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from './commands/index.js';
import { REPO } from './test-helpers.js';

const workflow = readFileSync(join(REPO, '.github/workflows/ci.yml'), 'utf8');

describe('.github/workflows/ci.yml', () => {
  it('should find its PR comment by the marker the diff writes', () => {
    expect(workflow).toContain(`const marker = '${DIFF_COMMENT_MARKER}';`);
  });

  it('should call only commands and options the profiles command has', () => {
    const calls = [...workflow.matchAll(/\$PROFILES (\w+)([^\n]*)/g)];
    expect(calls.map((m) => m[1])).toEqual(expect.arrayContaining(['build', 'diff', 'release']));
    for (const [, name, rest] of calls) {
      const command = COMMANDS.find((c) => c.name === name);
      expect(command, name).toBeDefined();
      for (const [, option] of rest!.matchAll(/--([a-z-]+)/g)) expect(Object.keys(command!.options), `${name} --${option}`).toContain(option);
    }
  });

  it('should run on pull requests, pushes to main and v* tags, with the permissions it needs', () => {
    expect(workflow).toMatch(/^on:\n {2}pull_request:\n {2}push:\n {4}branches: \[main\]\n {4}tags: \['v\*'\]$/m);
    expect(workflow).toMatch(/^permissions:\n {2}contents: read$/m);
    expect(workflow).toContain('pull-requests: write');
    expect(workflow).toContain('contents: write');
    expect(workflow).not.toMatch(/\t/);
  });

  it('should publish the archive the release wrote and its download page, never an archive of its own', () => {
    const publish = workflow.slice(workflow.indexOf('\n  publish:'));
    // The release folder is named as the release names its archive, so "$dir/$name.tar.gz" is that file.
    expect(`${/name="(country-profiles-)\$version"/.exec(publish)?.[1]}1.2.3.tar.gz`).toBe(archiveName('1.2.3'));
    expect(publish).toContain('archive="$dir/$name.tar.gz"');
    // Extracting the previous release (tar -x) is fine; creating an archive (tar -c, gzip) is not.
    expect(publish).not.toMatch(/\btar\b[^\n]*\s-[a-zA-Z]*c|\bgzip\b/);
    expect(publish).toMatch(/files=\([^)]*"\$ARCHIVE"[^)]*"\$DIR\/index\.html"/);
  });
});
