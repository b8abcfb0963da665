import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { readModels } from '@profiles/io';
import { ProfileError, type Profile } from '@profiles/model';

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Reads the validated profiles of a built dataset folder: a `dist/` or a release folder (both keep
 * the canonical model in `<dir>/model/`), or a model folder itself (`dist/model`).
 *
 * @throws ProfileError when the folder is missing or holds no model, or a model file is invalid
 */
export async function readDatasetFolder(dir: string): Promise<Profile[]> {
  if (!(await isDirectory(dir))) throw new ProfileError(dir, 'dataset folder not found');
  if (await isDirectory(join(dir, 'model'))) return readModels(join(dir, 'model'));
  if (/(^|[/\\])model[/\\]?$/.test(dir)) return readModels(dir);
  throw new ProfileError(dir, 'not a built dataset: no model/ folder (expected a dist/ or a release folder)');
}
