// Incremental builds: whatever the edits (pages changed, added, removed, renamed, a sidecar set,
// a package's code changed), a build into the previous dataset with the build cache writes exactly
// what a build from nothing writes.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASET_MARKER, DATASET_MARKER_TEXT } from '@profiles/io';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExporterFolder } from './exporters.js';
import { buildDataset, datasetFiles, ingestRawFolder } from './pipeline.js';
import { readTree, tempDir } from './test-helpers.js';

interface Page {
  country: string;
  section: string;
  html: string;
}

const quiet = { quiet: true, warn: () => undefined };
let pool: Page[] = [];
const saved = process.env.PROFILES_CACHE_DIR;
const savedWorkers = process.env.PROFILES_WORKERS;

beforeAll(async () => {
  // The benchmark's corpus: pages of the template in many countries. Keep two countries' pages,
  // so that edits meet countries of several pages (merged) and of one.
  const corpus = new URL('../../../bench/corpus.mjs', import.meta.url).href;
  const { makeCorpus } = (await import(corpus)) as { makeCorpus: (count: number, seed?: number) => Page[] };
  const pages = makeCorpus(60, 17);
  const counts = new Map<string, number>();
  for (const page of pages) counts.set(page.country, (counts.get(page.country) ?? 0) + 1);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]).map(([country]) => country);
  pool = [...pages.filter((p) => p.country === first).slice(0, 4), ...pages.filter((p) => p.country === second).slice(0, 3), ...pages.filter((p) => p.country !== first && p.country !== second).slice(0, 2)];
});

afterAll(() => {
  if (saved === undefined) delete process.env.PROFILES_CACHE_DIR;
  else process.env.PROFILES_CACHE_DIR = saved;
  if (savedWorkers === undefined) delete process.env.PROFILES_WORKERS;
  else process.env.PROFILES_WORKERS = savedWorkers;
});

/** What a build from nothing writes for `raw`: the dataset in memory, with dist/'s own marker. */
async function fullBuild(raw: string): Promise<Map<string, string>> {
  const files = datasetFiles(await ingestRawFolder(raw, quiet));
  files.set(DATASET_MARKER, DATASET_MARKER_TEXT);
  return files;
}

/**
 * fullBuild of the raw folder as it is now, made again only when its files changed: a code edit
 * (or an edit with nothing to do) leaves the pages as they were, and a build from nothing
 * depends on them alone.
 */
function fullBuildOnChange(): (raw: string) => Promise<Map<string, string>> {
  let last: { key: string; files: Map<string, string> } | null = null;
  return async (raw) => {
    const key = JSON.stringify(sorted(asBytes(readTree(raw))));
    if (last?.key !== key) last = { key, files: await fullBuild(raw) };
    return last.files;
  };
}

function asText(tree: Map<string, Buffer>): Map<string, string> {
  return new Map([...tree].map(([path, bytes]) => [path, bytes.toString('utf8')]));
}

/** Each file's bytes as a string, one char a byte, so that no two contents compare equal. */
function asBytes(tree: Map<string, Buffer>): Map<string, string> {
  return new Map([...tree].map(([path, bytes]) => [path, bytes.toString('latin1')]));
}

const sorted = (files: Map<string, string>) => [...files].sort(([a], [b]) => (a < b ? -1 : 1));

type Edit =
  | { kind: 'change'; at: number }
  | { kind: 'add'; from: number }
  | { kind: 'remove'; at: number }
  | { kind: 'rename'; at: number }
  | { kind: 'sidecar'; at: number }
  | { kind: 'code'; of: 'ingest' | ExporterFolder };

const edits: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('change' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('add' as const), from: fc.nat() }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('rename' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('sidecar' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('code' as const), of: fc.constantFrom('ingest' as const, 'csv' as const, 'jsonld' as const, 'markdown' as const) }),
);

/** The raw folder's pages, by path under raw/. */
function pagesIn(raw: string): string[] {
  return readdirSync(raw).flatMap((country) => readdirSync(join(raw, country)).filter((n) => n.endsWith('.html')).map((n) => `${country}/${n}`)).sort();
}

/** Applies one edit to the raw folder (and to the code salts); n numbers the edit. */
function apply(raw: string, edit: Edit, n: number, salt: Record<string, string>): void {
  const present = pagesIn(raw);
  const pick = (at: number) => present[at % present.length]!;
  if (edit.kind === 'change') {
    const path = join(raw, pick(edit.at));
    writeFileSync(path, readFileSync(path, 'utf8').replace('</p>', ` Changed ${n}.</p>`));
  } else if (edit.kind === 'add') {
    const page = pool[edit.from % pool.length]!;
    mkdirSync(join(raw, page.country), { recursive: true });
    writeFileSync(join(raw, page.country, `added-${n}.html`), page.html);
  } else if (edit.kind === 'remove' && present.length > 1) {
    const page = pick(edit.at);
    unlinkSync(join(raw, page));
    rmSync(join(raw, page.replace(/\.html$/, '.meta.json')), { force: true });
    if (!readdirSync(join(raw, page.split('/')[0]!)).length) rmSync(join(raw, page.split('/')[0]!), { recursive: true });
  } else if (edit.kind === 'rename') {
    const page = pick(edit.at);
    renameSync(join(raw, page), join(raw, page.replace(/\.html$/, `-renamed-${n}.html`)));
    rmSync(join(raw, page.replace(/\.html$/, '.meta.json')), { force: true });
  } else if (edit.kind === 'sidecar') {
    writeFileSync(join(raw, pick(edit.at).replace(/\.html$/, '.meta.json')), `${JSON.stringify({ publisher: `Publisher ${n}` })}\n`);
  } else if (edit.kind === 'code') {
    salt[edit.of] = `edit ${n}`;
  }
}

describe('incremental builds', () => {
  it('should write, after any edits, exactly what a build from nothing writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edits, { minLength: 1, maxLength: 4 }), async (steps) => {
        process.env.PROFILES_CACHE_DIR = tempDir('profiles-cache-');
        const raw = tempDir('profiles-raw-');
        for (const page of pool.slice(0, 3).concat(pool.slice(4, 5))) {
          mkdirSync(join(raw, page.country), { recursive: true });
          writeFileSync(join(raw, page.country, `${page.section}.html`), page.html);
        }
        const out = join(tempDir(), 'dist');
        const salt: Record<string, string> = {};
        const expected = fullBuildOnChange();
        await buildDataset(raw, out, quiet);
        for (const [n, step] of steps.entries()) {
          apply(raw, step, n, salt);
          await buildDataset(raw, out, { ...quiet, codeSalt: { ...salt } });
          expect(sorted(asText(readTree(out))), `after ${JSON.stringify(steps.slice(0, n + 1))}`).toEqual(sorted(await expected(raw)));
        }
      }),
      { numRuns: 4 },
    );
  });

  it('should write the same bytes with its country jobs on worker threads', async () => {
    process.env.PROFILES_CACHE_DIR = tempDir('profiles-cache-');
    // Two workers (the fewest a build runs its jobs on), whatever the machine: most of the cost is
    // their start-up. Four pages of three countries, one of two pages; the edit adds a second
    // page to another.
    process.env.PROFILES_WORKERS = '2';
    const raw = tempDir('profiles-raw-');
    for (const page of [pool[0]!, pool[1]!, pool[4]!, pool[7]!]) {
      mkdirSync(join(raw, page.country), { recursive: true });
      writeFileSync(join(raw, page.country, `${page.section}.html`), page.html);
    }
    const out = join(tempDir(), 'dist');
    await buildDataset(raw, out, { ...quiet, workersFrom: 1 });
    expect(sorted(asText(readTree(out)))).toEqual(sorted(await fullBuild(raw)));
    apply(raw, { kind: 'change', at: 0 }, 1, {});
    apply(raw, { kind: 'add', from: 5 }, 2, {});
    await buildDataset(raw, out, { ...quiet, workersFrom: 1 });
    expect(sorted(asText(readTree(out)))).toEqual(sorted(await fullBuild(raw)));
    delete process.env.PROFILES_WORKERS;
  });

  it('should keep every file of a build with nothing changed (the same file, not a copy), and nothing of the cache in the dataset', async () => {
    const cache = tempDir('profiles-cache-');
    process.env.PROFILES_CACHE_DIR = cache;
    const raw = tempDir('profiles-raw-');
    const page = pool[0]!;
    mkdirSync(join(raw, page.country));
    writeFileSync(join(raw, page.country, `${page.section}.html`), page.html);
    const out = join(tempDir(), 'dist');
    await buildDataset(raw, out, quiet);
    const inodes = new Map([...readTree(out).keys()].map((path) => [path, statSync(join(out, path)).ino]));
    await buildDataset(raw, out, quiet);
    const unchanged = [...inodes].filter(([path, ino]) => statSync(join(out, path)).ino === ino).map(([path]) => path);
    // Every file but the tables, assembled from the countries' rows each time, and dist/'s marker.
    const rebuilt = (p: string) => p.startsWith('csv/') || p === DATASET_MARKER;
    expect(unchanged.filter((p) => !rebuilt(p)).sort()).toEqual([...inodes.keys()].filter((p) => !rebuilt(p)).sort());
    expect([...readTree(out).keys()].sort()).toEqual([...(await fullBuild(raw)).keys()].sort());
    expect(readdirSync(join(out, '..'))).toEqual(['dist']);
  });

  it('should build again, correctly, when the cache lost a file it names', async () => {
    const cache = tempDir('profiles-cache-');
    process.env.PROFILES_CACHE_DIR = cache;
    const raw = tempDir('profiles-raw-');
    for (const page of pool.slice(0, 3)) {
      mkdirSync(join(raw, page.country), { recursive: true });
      writeFileSync(join(raw, page.country, `${page.section}.html`), page.html);
    }
    await buildDataset(raw, join(tempDir(), 'dist'), quiet);
    rmSync(join(cache, 'objects'), { recursive: true });
    const out = join(tempDir(), 'dist');
    await buildDataset(raw, out, quiet);
    expect(sorted(asText(readTree(out)))).toEqual(sorted(await fullBuild(raw)));
  });

  it('should report a bad page on every build, cache or not, and write nothing', async () => {
    process.env.PROFILES_CACHE_DIR = tempDir('profiles-cache-');
    const raw = tempDir('profiles-raw-');
    const page = pool[0]!;
    mkdirSync(join(raw, page.country));
    writeFileSync(join(raw, page.country, `${page.section}.html`), page.html);
    const out = join(tempDir(), 'dist');
    await buildDataset(raw, out, quiet);
    // As strings of their bytes (latin1: one char a byte): toEqual walks a Buffer byte by byte, slowly.
    const before = sorted(asBytes(readTree(out)));
    writeFileSync(join(raw, page.country, 'empty.html'), '');
    for (let run = 0; run < 2; run += 1) {
      await expect(buildDataset(raw, out, quiet)).rejects.toThrow(/empty\.html/);
      expect(sorted(asBytes(readTree(out)))).toEqual(before);
    }
  });
});
