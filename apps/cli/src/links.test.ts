// Issue 13: only http: and https: addresses from a page's links (and its sidecar) reach an output.
// Sidecar URLs are checked in @profiles/io; page links are the ingest's (packages/ingest).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from './run-in-process.js';
import { readTree, REPO, tempDir, tempTree } from './test-helpers.js';

const PAGE = readFileSync(join(REPO, 'apps/cli/src/fixtures/corpus/kz-html/raw/kz/executive-branch.html'), 'latin1');

describe('links that are not web addresses', () => {
  it.each([
    ['javascript:', 'http://www.akorda.kz/', 'javascript:alert(document.cookie)'],
    ['data:', 'http://www.minagri.kz/', 'data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['vbscript:', 'http://www.government.kz/', 'vbscript:msgbox(1)'],
  ])('should never reach an output: a %s link is refused with a clear error or dropped', async (scheme, from, to) => {
    expect(PAGE).toContain(`href="${from}"`);
    const raw = tempTree({ 'kz/executive-branch.html': Buffer.from(PAGE.replace(`href="${from}"`, `href="${to}"`), 'latin1') });
    const out = join(tempDir(), 'dist');
    const run = await runInProcess(['build', '--raw', raw, '--out', out, '-q']);
    if (run.status !== 0) {
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(scheme);
      return;
    }
    for (const [path, bytes] of readTree(out)) expect(bytes.toString('utf8').toLowerCase(), path).not.toContain(scheme);
  });
});
