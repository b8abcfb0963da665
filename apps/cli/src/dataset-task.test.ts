// The pipeline's dataset task: it brings every existing folder of dist/ up to date, incrementally,
// leaves a missing one to its own task, and records receipts the folders' tasks check.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentStore, folderIsCurrent, outputOfInputsIsCurrent, readReceipt } from '@profiles/cache';
import { DATASET_MARKER } from '@profiles/io';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateDataset } from './dataset-task.js';
import { datasetFiles, ingestRawFolder } from './pipeline.js';
import { readTree, SEED, tempDir } from './test-helpers.js';

const quiet = { quiet: true, warn: () => undefined };
const saved = process.env.PROFILES_CACHE_DIR;
let cache: string;

beforeAll(() => {
  cache = tempDir('profiles-cache-');
  process.env.PROFILES_CACHE_DIR = cache;
});

afterAll(() => {
  if (saved === undefined) delete process.env.PROFILES_CACHE_DIR;
  else process.env.PROFILES_CACHE_DIR = saved;
});

/** A raw folder with the seed page, and a dist/ beside it holding the given (empty) folders. */
function project(folders: readonly string[]): { raw: string; dist: string } {
  const root = tempDir();
  const raw = join(root, 'raw');
  mkdirSync(join(raw, 'kz'), { recursive: true });
  writeFileSync(join(raw, 'kz/executive-branch.txt'), readFileSync(SEED));
  const dist = join(root, 'dist');
  for (const folder of folders) mkdirSync(join(dist, folder), { recursive: true });
  return { raw, dist };
}

/** What a build from nothing writes, the folder `folder` of it. */
async function expected(raw: string, folder: string): Promise<Map<string, string>> {
  const files = datasetFiles(await ingestRawFolder(raw, quiet));
  return new Map([...files].filter(([path]) => path.startsWith(`${folder}/`)).map(([path, content]) => [path.slice(folder.length + 1), content]));
}

const text = (tree: Map<string, Buffer>) => new Map([...tree].map(([path, bytes]) => [path, bytes.toString('utf8')]));

describe('the dataset task', () => {
  it('should bring every existing folder up to date, with receipts the folders’ tasks check', async () => {
    const { raw, dist } = project(['model', 'csv', 'jsonld', 'markdown']);
    expect(await updateDataset(raw, dist, () => undefined)).toBe(0);
    for (const folder of ['model', 'csv', 'jsonld', 'markdown']) {
      expect(text(readTree(join(dist, folder)))).toEqual(await expected(raw, folder));
      const store = await ContentStore.open(cache);
      const receipt = await readReceipt(store, join(dist, folder));
      expect(receipt && (await folderIsCurrent(store, join(dist, folder), receipt.key))).toBe(true);
    }
    // dist/'s own marker is the task's (as a script), not updateDataset's: the ingest task repairs with it.
    expect(existsSync(join(dist, DATASET_MARKER))).toBe(false);
    // The ingest task's check: the raw pages are the ones the model folder was made from.
    expect(await outputOfInputsIsCurrent(raw, join(dist, 'model'))).toBe(true);
    // An edit: the same build again, into the folders as they are.
    writeFileSync(join(raw, 'kz/executive-branch.txt'), readFileSync(SEED, 'utf8').replace('Oksikbayev Omarkhan Nurtaevitch', 'Oksikbayev Omarkhan Editedvitch'));
    expect(await outputOfInputsIsCurrent(raw, join(dist, 'model'))).toBe(false);
    expect(await updateDataset(raw, dist, () => undefined)).toBe(0);
    for (const folder of ['model', 'csv', 'jsonld', 'markdown']) expect(text(readTree(join(dist, folder)))).toEqual(await expected(raw, folder));
    expect(await outputOfInputsIsCurrent(raw, join(dist, 'model'))).toBe(true);
  });

  it('should leave a missing folder to its own task, and make one it is asked to', async () => {
    const { raw, dist } = project(['csv']);
    expect(await updateDataset(raw, dist, () => undefined)).toBe(0);
    expect(existsSync(join(dist, 'model'))).toBe(false);
    expect(existsSync(join(dist, 'markdown'))).toBe(false);
    expect(text(readTree(join(dist, 'csv')))).toEqual(await expected(raw, 'csv'));
    expect(await updateDataset(raw, dist, () => undefined, ['model'])).toBe(0);
    expect(text(readTree(join(dist, 'model')))).toEqual(await expected(raw, 'model'));
  });

  it('should write nothing and say why when a page is bad', async () => {
    const { raw, dist } = project(['model']);
    writeFileSync(join(raw, 'kz/empty.txt'), '');
    const lines: string[] = [];
    expect(await updateDataset(raw, dist, (line) => lines.push(line))).toBe(1);
    expect(lines.join('\n')).toMatch(/empty\.txt: page is empty/);
    expect(readTree(join(dist, 'model')).size).toBe(0);
    rmSync(join(raw, 'kz/empty.txt'));
  });
});
