import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASET_MARKER_TEXT } from '@profiles/io';
import { describe, expect, it } from 'vitest';
import { markDatasetFolder } from './dataset-marker-task.js';
import { REPO, tempDir, tempTree } from './test-helpers.js';

describe('the pipeline task that marks dist/', () => {
  it('should write the same marker profiles build writes, and the committed dist/ has it', async () => {
    const dist = join(tempDir(), 'dist');
    mkdirSync(join(dist, 'csv'), { recursive: true });
    await markDatasetFolder(dist);
    expect(readFileSync(join(dist, '.profiles-dataset'), 'utf8')).toBe(DATASET_MARKER_TEXT);
    await markDatasetFolder(dist);
    expect(readdirSync(dist).sort()).toEqual(['.profiles-dataset', 'csv']);
    for (const folder of ['', 'model/', 'csv/', 'jsonld/', 'markdown/']) {
      expect(readFileSync(join(REPO, `dist/${folder}.profiles-dataset`), 'utf8'), folder).toBe(DATASET_MARKER_TEXT);
    }
  });

  it('should refuse a folder holding what a dataset does not', async () => {
    const dir = tempTree({ 'csv/persons.csv': 'id\r\n', 'thesis.md': 'mine' });
    await expect(markDatasetFolder(dir)).rejects.toThrow(/refusing to mark .* as a dataset: it holds thesis\.md, which profiles does not write/);
    expect(readdirSync(dir).sort()).toEqual(['csv', 'thesis.md']);
  });
});
