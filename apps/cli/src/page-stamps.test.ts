// A build keys a page by its bytes; a page whose stamp (size, inode, modification and change times)
// is the one the last build saw keeps the key worked out then, without being read again. The
// output is the same either way.
import { mkdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASET_MARKER, DATASET_MARKER_TEXT } from '@profiles/io';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { buildDataset, datasetFiles, ingestRawFolder } from './pipeline.js';
import { readTree, tempDir } from './test-helpers.js';

interface Page {
  country: string;
  section: string;
  html: string;
}

const quiet = { quiet: true, warn: () => undefined };
const saved = process.env.PROFILES_CACHE_DIR;
let raw = '';
let out = '';
let files: string[] = [];

/** The pages an incremental build read, in path order (its onPageRead seam: no module mock, so this file shares a worker). */
async function pagesReadByBuild(): Promise<string[]> {
  const pages: string[] = [];
  await buildDataset(raw, out, { ...quiet, onPageRead: (file) => pages.push(file) });
  return pages.sort();
}

async function fullBuild(): Promise<Map<string, string>> {
  const built = datasetFiles(await ingestRawFolder(raw, quiet));
  built.set(DATASET_MARKER, DATASET_MARKER_TEXT);
  return built;
}

const asText = (tree: Map<string, Buffer>) => new Map([...tree].map(([path, bytes]) => [path, bytes.toString('utf8')] as const));
const sorted = (tree: Map<string, string>) => [...tree].sort(([a], [b]) => (a < b ? -1 : 1));

/** Sets a page's modification time an hour back: a stamp older than the build's clock tick. */
function settle(path: string): void {
  const hourAgo = new Date(Date.now() - 3_600_000);
  utimesSync(path, hourAgo, hourAgo);
}

beforeEach(async () => {
  const corpus = new URL('../../../bench/corpus.mjs', import.meta.url).href;
  const { makeCorpus } = (await import(corpus)) as { makeCorpus: (count: number, seed?: number) => Page[] };
  process.env.PROFILES_CACHE_DIR = tempDir('profiles-cache-');
  raw = tempDir('profiles-raw-');
  out = join(tempDir(), 'dist');
  files = [];
  for (const page of makeCorpus(40, 23).slice(0, 3)) {
    mkdirSync(join(raw, page.country), { recursive: true });
    const path = join(raw, page.country, `${page.section}.html`);
    writeFileSync(path, page.html);
    settle(path);
    files.push(`raw/${page.country}/${page.section}.html`);
  }
  files.sort();
});

afterAll(() => {
  if (saved === undefined) delete process.env.PROFILES_CACHE_DIR;
  else process.env.PROFILES_CACHE_DIR = saved;
});

const diskPath = (file: string) => join(raw, file.slice('raw/'.length));

describe('page stamps', () => {
  it('should read every page on the first build, then only the page that was edited', async () => {
    expect(await pagesReadByBuild()).toEqual(files);
    expect(await pagesReadByBuild()).toEqual([]);
    const edited = files[1]!;
    writeFileSync(diskPath(edited), readFileSync(diskPath(edited), 'utf8').replace('</p>', ' Edited.</p>'));
    expect(await pagesReadByBuild()).toEqual([edited]);
    expect(sorted(asText(readTree(out)))).toEqual(sorted(await fullBuild()));
  });

  it('should read again a page changed in the two seconds before a build, until its stamp is older', async () => {
    await pagesReadByBuild();
    const edited = files[0]!;
    writeFileSync(diskPath(edited), readFileSync(diskPath(edited), 'utf8').replace('</p>', ' Edited.</p>'));
    expect(await pagesReadByBuild()).toEqual([edited]);
    expect(await pagesReadByBuild()).toEqual([edited]);
    settle(diskPath(edited));
    expect(await pagesReadByBuild()).toEqual([edited]);
    expect(await pagesReadByBuild()).toEqual([]);
  });

  it('should read again a page rewritten with its old size and modification time (its change time moved)', async () => {
    await pagesReadByBuild();
    const edited = files[2]!;
    const before = statSync(diskPath(edited));
    const text = readFileSync(diskPath(edited), 'utf8');
    const swapped = text.replace(/<p>(.)(.)/, '<p>$2$1');
    expect(swapped).not.toBe(text);
    writeFileSync(diskPath(edited), swapped);
    utimesSync(diskPath(edited), before.atime, before.mtime);
    expect(statSync(diskPath(edited)).size).toBe(before.size);
    expect(await pagesReadByBuild()).toEqual([edited]);
    expect(sorted(asText(readTree(out)))).toEqual(sorted(await fullBuild()));
  });
});
