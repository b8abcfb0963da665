import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DATASET_MARKER, readModels, repairOutputFolder, showPath } from '@profiles/io';
import { ProfileError, SCHEMA_VERSION, type Profile } from '@profiles/model';

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** A file's bytes, or null when it is missing. */
async function readOptional(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return null;
    throw error;
  }
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Every file under `dir`, as POSIX paths relative to it. */
async function filesUnder(dir: string, prefix = ''): Promise<string[]> {
  const found: string[] = [];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return found;
  }
  for (const entry of entries) {
    if (entry.isDirectory()) found.push(...(await filesUnder(join(dir, entry.name), `${prefix}${entry.name}/`)));
    else found.push(`${prefix}${entry.name}`);
  }
  return found.sort();
}

/** The model files a dataset must hold: one per model JSON under model/ (markers aside). */
async function modelJsonFiles(dir: string): Promise<string[]> {
  return (await filesUnder(join(dir, 'model'), 'model/')).filter((path) => path.endsWith('.json'));
}

/**
 * Checks that a built dataset folder is whole before anything trusts it: its schema version is the
 * one this `profiles` reads, and every file its checksums list is there with those bytes — a
 * release's `SHA256SUMS` (and its manifest's schema version), or a `dist/`'s
 * `csv/datapackage.json` (each table's bytes and sha256, and a model file for every source page).
 * A model folder given on its own has no checksums: only its files' validation speaks for it.
 * A swap that a dead build left cut is repaired first.
 *
 * @throws ProfileError naming the folder and the first thing that is wrong
 */
export async function checkDatasetWhole(dir: string): Promise<void> {
  const shown = showPath(dir);
  const notWhole = (why: string) => new ProfileError(shown, `not a whole dataset: ${why}`);
  for (const line of await repairOutputFolder(dir)) process.stderr.write(`profiles: ${showPath(line)}\n`);
  const marker = await readOptional(join(dir, DATASET_MARKER));
  if (marker !== null) {
    let version: unknown;
    try {
      version = (JSON.parse(marker.toString('utf8')) as { schemaVersion?: unknown }).schemaVersion;
    } catch {
      throw notWhole(`${DATASET_MARKER} is not valid JSON`);
    }
    if (version !== SCHEMA_VERSION) throw new ProfileError(shown, `built with model schema version ${String(version)}; this profiles reads version ${SCHEMA_VERSION}: build it again`);
  }
  const sums = await readOptional(join(dir, 'SHA256SUMS'));
  if (sums !== null) {
    const listed = new Set<string>();
    for (const [index, line] of sums.toString('utf8').split('\n').entries()) {
      if (line === '') continue;
      const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
      if (!match || match[2]!.split('/').includes('..') || match[2]!.startsWith('/')) throw notWhole(`SHA256SUMS line ${index + 1} is not "<sha256>  <path>"`);
      const [, hash, path] = match as unknown as [string, string, string];
      listed.add(path);
      const bytes = await readOptional(join(dir, path));
      if (bytes === null) throw notWhole(`${showPath(path)} is missing (SHA256SUMS lists it)`);
      if (sha256(bytes) !== hash) throw notWhole(`${showPath(path)} does not match its checksum in SHA256SUMS`);
    }
    for (const path of await modelJsonFiles(dir)) if (!listed.has(path)) throw notWhole(`${showPath(path)} is not in SHA256SUMS`);
    const manifest = await readOptional(join(dir, 'manifest.json'));
    if (manifest !== null) {
      let version: unknown;
      try {
        version = (JSON.parse(manifest.toString('utf8')) as { schemaVersion?: unknown }).schemaVersion;
      } catch {
        throw notWhole('manifest.json is not valid JSON');
      }
      if (version !== SCHEMA_VERSION) throw new ProfileError(shown, `a release of model schema version ${String(version)}; this profiles reads version ${SCHEMA_VERSION}`);
    }
    return;
  }
  const descriptor = await readOptional(join(dir, 'csv', 'datapackage.json'));
  if (descriptor === null) throw notWhole('no SHA256SUMS and no csv/datapackage.json to check it by');
  let dataPackage: { resources?: Array<{ path?: unknown; bytes?: unknown; hash?: unknown }>; sources?: Array<{ path?: unknown }> };
  try {
    dataPackage = JSON.parse(descriptor.toString('utf8'));
  } catch {
    throw notWhole('csv/datapackage.json is not valid JSON');
  }
  for (const resource of dataPackage.resources ?? []) {
    if (typeof resource.path !== 'string' || resource.path.includes('..') || resource.path.startsWith('/')) throw notWhole('csv/datapackage.json lists a resource without a plain path');
    const path = `csv/${resource.path}`;
    const bytes = await readOptional(join(dir, path));
    if (bytes === null) throw notWhole(`${showPath(path)} is missing (csv/datapackage.json lists it)`);
    if (typeof resource.bytes === 'number' && bytes.length !== resource.bytes) throw notWhole(`${showPath(path)} has ${bytes.length} bytes, csv/datapackage.json says ${resource.bytes}`);
    if (typeof resource.hash === 'string' && resource.hash.replace(/^sha256:/, '') !== sha256(bytes)) throw notWhole(`${showPath(path)} does not match its checksum in csv/datapackage.json`);
  }
  // One model file per source page, no more, no less.
  const expected = new Set(
    (dataPackage.sources ?? []).flatMap((source) => {
      // raw/<country>/<section>.<ext> or a dated snapshot raw/<country>/<section>/<date>.<ext>.
      const match = typeof source.path === 'string' ? /^raw\/([^/]+)\/((?:[^/]+\/)?[^/]+)\.[^./]+$/.exec(source.path) : null;
      return match ? [`model/${match[1]}/${match[2]}.json`] : [];
    }),
  );
  const present = await modelJsonFiles(dir);
  for (const path of expected) if (!present.includes(path)) throw notWhole(`${showPath(path)} is missing (csv/datapackage.json lists its page)`);
  for (const path of present) if (!expected.has(path)) throw notWhole(`${showPath(path)} is not a page csv/datapackage.json lists`);
}

/**
 * Reads the validated profiles of a built dataset folder: a `dist/` or a release folder (both keep
 * the canonical model in `<dir>/model/`), checked whole first (see `checkDatasetWhole`), or a
 * model folder itself (`dist/model`).
 *
 * @throws ProfileError when the folder is missing, not whole, or holds no model, or a model file is invalid
 */
export async function readDatasetFolder(dir: string): Promise<Profile[]> {
  const shown = showPath(dir);
  if (!(await isDirectory(dir))) {
    // A build that died while swapping it in: the next look finds it again.
    await repairOutputFolder(dir);
    if (!(await isDirectory(dir))) throw new ProfileError(shown, 'dataset folder not found');
  }
  if (await isDirectory(join(dir, 'model'))) {
    await checkDatasetWhole(dir);
    return readModels(join(dir, 'model'));
  }
  if (/(^|[/\\])model[/\\]?$/.test(dir)) return readModels(dir);
  throw new ProfileError(shown, 'not a built dataset: no model/ folder (expected a dist/ or a release folder)');
}
