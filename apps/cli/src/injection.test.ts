import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from './run-in-process.js';
import { SEED, tempDir, tempTree } from './test-helpers.js';

// Page text that would turn into a spreadsheet formula or live HTML must stay text in every output.
const FORMULA_TASK = '=HYPERLINK("http://evil.example","click") to supervise the ministries;';
const PLUS_TASK = '+1 to the budget and -2 to the deficit;';
const AT_TASK = '@SUM(A1:A9) of the regional reports;';
const MARKUP_NOTE = 'Observers quoted <script>alert(1)</script> and <img src=x onerror=alert(2)> in their reports.';

async function injectedBuild() {
  const seed = readFileSync(SEED, 'utf8')
    .replace('  • enhancing human rights provision and protection mechanisms.', `  • enhancing human rights provision and protection mechanisms.\n  • ${FORMULA_TASK}\n  • ${PLUS_TASK}\n  • ${AT_TASK}`)
    .replace('Domination of the interest political', `${MARKUP_NOTE}\n\nDomination of the interest political`);
  const out = join(tempDir(), 'dist');
  const run = await runInProcess(['build', '--raw', tempTree({ 'kz/executive-branch.txt': seed }), '--out', out]);
  expect(run.stderr).toBe('');
  return (path: string) => readFileSync(join(out, path), 'utf8');
}

describe('page text that looks like code', () => {
  let read: (path: string) => string; // the injected page, built once for the file
  beforeAll(async () => {
    read = await injectedBuild();
  });

  it('should keep the text itself in the model', () => {
    const model = JSON.parse(read('model/kz/executive-branch.json'));
    expect(model.tasks.map((t: { text: string }) => t.text)).toEqual(expect.arrayContaining([FORMULA_TASK, PLUS_TASK, AT_TASK]));
    expect(model.notes.map((n: { text: string }) => n.text)).toContain(MARKUP_NOTE);
  });

  it('should neutralize formulas in CSV cells, recoverably, without touching numbers', () => {
    const tasks = parse(read('csv/tasks.csv'), { columns: true }) as Array<Record<string, string>>;
    const texts = tasks.map((r) => r.text);
    for (const text of [FORMULA_TASK, PLUS_TASK, AT_TASK]) {
      expect(texts).toContain(`'${text}`);
      expect(texts).not.toContain(text);
    }
    const events = parse(read('csv/events.csv'), { columns: true }) as Array<Record<string, string>>;
    expect(events.map((r) => r.vote_share).filter(Boolean).sort()).toEqual(['79.78', '91.1']);
  });

  it('should escape markup in the Markdown', () => {
    const page = read('markdown/kz/executive-branch.md');
    // Escaped as \<script>: CommonMark shows it as text, never as a tag.
    expect(page).not.toMatch(/(?<!\\)<script/);
    expect(page).not.toMatch(/(?<!\\)<img/);
    expect(page).toContain('alert(1)');
  });

  it('should keep the JSON-LD valid JSON with the text as written, in its page’s language', () => {
    // Tasks are in the country's document, notes in the page's; each text is {"@language": "en", "@value": …}.
    const texts = ['jsonld/kz.jsonld', 'jsonld/kz/executive-branch.jsonld']
      .flatMap((path) => (JSON.parse(read(path))['@graph'] as Array<Record<string, unknown>>).map((n) => n.text as { '@language': string; '@value': string } | undefined))
      .filter((text) => text !== undefined)
      .map((text) => `${text['@value']}@${text['@language']}`);
    expect(texts).toContain(`${MARKUP_NOTE}@en`);
    expect(texts).toContain(`${FORMULA_TASK}@en`);
  });
});
