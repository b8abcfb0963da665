import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pageStem, ProfileError, serializeProfile, validateProfile, type OutputFiles, type Profile } from '@profiles/model';

/**
 * Where a profile's canonical model lives inside the model folder: `kz/executive-branch.json`, or
 * `kz/executive-branch/2012-03-05.json` for a dated snapshot (the raw layout, without `raw/`).
 */
export function modelFilePath(profile: Profile): string {
  return `${pageStem(profile.source)}.json`;
}

/** The model folder's files for a set of profiles. */
export function modelFiles(profiles: readonly Profile[]): OutputFiles {
  const files: OutputFiles = new Map();
  for (const profile of profiles) files.set(modelFilePath(profile), serializeProfile(profile));
  return files;
}

async function listJsonFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await listJsonFiles(full)));
    else if (entry.name.endsWith('.json')) found.push(full);
  }
  return found;
}

/**
 * Reads and validates every model file under `modelDir`, sorted by source file. An invalid file is
 * a `ProfileError` naming it: exporters never see unvalidated data.
 */
export async function readModels(modelDir: string): Promise<Profile[]> {
  let files: string[];
  try {
    files = await listJsonFiles(modelDir);
  } catch {
    throw new ProfileError(modelDir, 'model folder not found: run the ingest first');
  }
  const profiles: Profile[] = [];
  for (const file of files.sort()) {
    const shown = relative(process.cwd(), file) || file;
    let json: unknown;
    try {
      json = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      throw new ProfileError(shown, `not valid JSON (${(error as Error).message})`);
    }
    const result = validateProfile(json, shown);
    if (!result.ok) throw result.problems[0]!;
    profiles.push(result.profile);
  }
  return sortProfiles(profiles);
}

/** Profiles in the one order every output uses: by source file path, code-point order. */
export function sortProfiles(profiles: readonly Profile[]): Profile[] {
  return [...profiles].sort((a, b) => (a.source.file < b.source.file ? -1 : a.source.file > b.source.file ? 1 : 0));
}
