import { readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sampleProfile, type OutputFiles, makeId } from '@profiles/model';
import { main } from 'markdownlint-cli2';
import { afterEach, describe, expect, it } from 'vitest';
import { richProfile } from './fixtures/profiles.js';
import { exportMarkdown } from './index.js';

/** The committed config, used exactly as the README tells people to run it. */
const CONFIG = fileURLToPath(new URL('../.markdownlint-cli2.jsonc', import.meta.url));

const folders: string[] = [];

afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

/** Writes `files` to a fresh temporary folder and lints every `.md` file in it; returns the problems. */
async function lint(files: OutputFiles): Promise<{ code: number; problems: string[] }> {
  const folder = await mkdtemp(join(tmpdir(), 'export-markdown-lint-'));
  folders.push(folder);
  for (const [path, content] of files) {
    await mkdir(dirname(join(folder, path)), { recursive: true });
    await writeFile(join(folder, path), content);
  }
  const problems: string[] = [];
  const code = await main({
    directory: folder,
    argv: ['--config', CONFIG, '**/*.md'],
    logMessage: () => {},
    logError: (message) => problems.push(message),
  });
  return { code, problems };
}

describe('markdownlint', () => {
  it('should find no problem in the pages of sampleProfile()', async () => {
    expect(await lint(exportMarkdown([sampleProfile()]))).toEqual({ code: 0, problems: [] });
  });

  it('should find no problem in the pages of a profile with every section filled', async () => {
    expect(await lint(exportMarkdown([sampleProfile(), { ...richProfile(), source: { ...richProfile().source, id: makeId('source', 'kg', ['raw/kg/rich.html']), file: 'raw/kg/rich.html' } }]))).toEqual({
      code: 0,
      problems: [],
    });
  });

  it.each(['ru', 'no', 'uz-Cyrl'])('should find no problem in pages whose front matter records the language %s', async (language) => {
    const profile = sampleProfile();
    profile.source.language = language;
    expect(await lint(exportMarkdown([profile]))).toEqual({ code: 0, problems: [] });
  });

  it('should find no problem in the committed dist/markdown pages', async () => {
    const dist = fileURLToPath(new URL('../../../dist/markdown/', import.meta.url));
    const problems: string[] = [];
    const messages: string[] = [];
    const code = await main({ directory: dist, argv: ['--config', CONFIG, '**/*.md'], logMessage: (m) => messages.push(m), logError: (m) => problems.push(m) });
    expect({ code, problems }).toEqual({ code: 0, problems: [] });
    // Every page: the index, the country's page and each section's page.
    expect(messages).toContain(`Linting: ${readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith('.md')).length} file(s)`);
    expect(messages).toContain('Linting: 3 file(s)');
  });

  it('should report a badly formed page, so a pass above means the linter ran with the config', async () => {
    const long = 'word '.repeat(40).trim();
    const page = `# One\n\n# Two\n\n${long}\n\n## A\n\n### Tasks\n\n## B\n\n### Tasks\n`;
    const { code, problems } = await lint(new Map([['bad.md', page]]));
    expect(code).toBe(1);
    // Only MD025 (two top-level headings): the config turns MD013 (the long line) off and limits
    // MD024 to siblings (the two "Tasks" headings have different parents).
    expect(problems.map((p) => p.match(/MD\d{3}/)?.[0])).toEqual(['MD025']);
  });
});
