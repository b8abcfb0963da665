import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { showPath, writeFolderAtomically } from '@profiles/io';
import { ProfileError, type OutputFiles, type Profile } from '@profiles/model';
import type { Manifest, PreviousRelease } from '@profiles/release';
import type { Command } from '../command.js';
import { UsageError } from '../cli-error.js';
import { datasetFiles, ingestRawFolder } from '../pipeline.js';
import { folderOption } from './build.js';
import { readDatasetFolder } from './dataset-folder.js';

async function readOptional(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return null;
  }
}

/**
 * The release library, loaded when a release is made: its JSON Schema validator and version
 * tools cost every other command's start-up about 0.4 s (measured on the CLI's edit build).
 */
const releaseLibrary = () => import('@profiles/release');

/**
 * Reads the release a new one is compared with: its model, its manifest (validated, and every file
 * it lists present with that hash: the version is worked out from it), its JSON Schema and its
 * changelog. A `dist/` works too: it has no manifest, no version and no changelog.
 */
export async function readPreviousRelease(dir: string): Promise<PreviousRelease> {
  const { parseManifest, SCHEMA_PATH } = await releaseLibrary();
  const profiles = await readDatasetFolder(dir);
  const manifestPath = showPath(join(dir, 'manifest.json'));
  const manifestText = await readOptional(join(dir, 'manifest.json'));
  let manifest: Manifest | null = null;
  if (manifestText !== null) {
    try {
      // It goes into the new changelog and version: only a valid manifest, with a plain semantic version.
      manifest = parseManifest(manifestText);
    } catch (error) {
      throw new ProfileError(manifestPath, showPath((error as Error).message.slice(0, 300)));
    }
    for (const file of manifest.files) {
      let bytes: Buffer;
      try {
        bytes = await readFile(join(dir, file.path));
      } catch {
        throw new ProfileError(manifestPath, `lists ${showPath(file.path)}, which is missing`);
      }
      if (createHash('sha256').update(bytes).digest('hex') !== file.sha256) throw new ProfileError(manifestPath, `lists ${showPath(file.path)} with another sha256 than the file has`);
    }
  }
  const schemaText = await readOptional(join(dir, SCHEMA_PATH));
  let schema: Record<string, unknown> | null = null;
  if (schemaText !== null) {
    try {
      schema = JSON.parse(schemaText) as Record<string, unknown>;
    } catch (error) {
      throw new ProfileError(showPath(join(dir, SCHEMA_PATH)), `not valid JSON (${(error as Error).message})`);
    }
  }
  return { version: manifest?.version ?? null, profiles, changelog: await readOptional(join(dir, 'CHANGELOG.md')), manifest, schema };
}

/** The raw pages the profiles were read from, and their sidecars, by path in the release (`raw/kz/x.txt`); each page checked against the hash the ingest read. */
async function readRawPages(rawDir: string, profiles: readonly Profile[]): Promise<Map<string, Uint8Array>> {
  const raw = new Map<string, Uint8Array>();
  for (const { source } of profiles) {
    const inRaw = source.file.replace(/^raw\//, '');
    const bytes = await readFile(join(rawDir, inRaw));
    if (createHash('sha256').update(bytes).digest('hex') !== source.sha256) throw new ProfileError(showPath(join(rawDir, inRaw)), 'changed while the release was being built: run it again');
    raw.set(source.file, bytes);
    const sidecar = source.file.replace(/\.[^./]+$/, '.meta.json');
    const meta = await readFile(join(rawDir, sidecar.replace(/^raw\//, ''))).catch(() => null);
    if (meta !== null) raw.set(sidecar, meta);
  }
  return raw;
}

/** True when `inner` is `outer` or lies inside it. */
function within(inner: string, outer: string): boolean {
  const path = relative(resolve(outer), resolve(inner));
  return path === '' || (!path.startsWith('..') && !path.startsWith(sep) && !/^[A-Za-z]:/.test(path));
}

export const release: Command = {
  name: 'release',
  summary: 'build a reproducible release folder: dataset, raw pages, schema, README, LICENSE, archive, index.html, manifest.json, SHA256SUMS, CHANGELOG.md',
  help: `Usage: profiles release --out DIR [--raw DIR] [--previous DIR] [--version V] [-q]

Ingests every raw page and writes a release folder, replaced as a whole: the dataset (model/,
csv/ with datapackage.json, jsonld/, markdown/), raw/ (the pages), schema/profile.schema.json (the
model's JSON Schema), README.md (with the data dictionary), LICENSE, CHANGELOG.md (whose new entry
is the diff against the previous release), manifest.json (version, schema version, the raw pages'
sha256, every file's sha256, size and CSV row count), country-profiles-<version>.tar.gz (all of
those), index.html (an offline download page) and SHA256SUMS (check it with
'sha256sum -c SHA256SUMS' inside the folder). The same raw pages give the same bytes: nothing
depends on the clock.

Options:
  --out DIR       release folder to write (required; replaced as a whole)
  --raw DIR       folder of raw pages (default: raw)
  --previous DIR  the previous release folder (or a dist/), checked whole against its SHA256SUMS
                  (or its data package's checksums) and its manifest validated first: its
                  changelog is kept below the new entry, made inert (no HTML, no mentions);
                  without it the entry says "Initial release"
  --version V     release version, MAJOR.MINOR.PATCH, later than the previous release's; default:
                  the previous release's version with the major bumped when the schema breaks,
                  the minor when the data changes, the patch otherwise; 1.0.0 without one
  -q, --quiet     no progress line (it is shown only when stderr is a terminal)
  -h, --help      show this help

The output folder must be missing, empty, or a dataset profiles wrote (see 'profiles build --help').
Exit codes: 0 released, 1 invalid input (one line per problem on stderr), 2 usage error, output
folder refused or busy, or a filesystem failure.`,
  options: { raw: { type: 'string' }, out: { type: 'string' }, previous: { type: 'string' }, version: { type: 'string' }, quiet: { type: 'boolean', short: 'q' } },
  async run(values, positionals) {
    if (positionals.length) throw new UsageError(`unexpected argument: ${positionals[0]}`);
    const outDir = folderOption(values, 'out');
    if (!outDir) throw new UsageError('release needs --out DIR');
    const rawDir = folderOption(values, 'raw', 'raw')!;
    const previousDir = folderOption(values, 'previous');
    const version = values.version as string | undefined;
    if (version !== undefined && !/^[\w.+-]+$/.test(version)) throw new UsageError(`--version must be letters, digits and . + - _ only: '${version}'`);
    // The output folder is replaced as a whole: never let that be the input or something holding it.
    for (const input of [rawDir, previousDir, process.cwd()]) {
      if (input !== undefined && within(input, outDir)) throw new UsageError(`--out ${showPath(outDir)} would replace ${input === process.cwd() ? 'the current folder' : showPath(input)}`);
    }
    const previous = previousDir === undefined ? null : await readPreviousRelease(previousDir);
    const profiles = await ingestRawFolder(rawDir, { quiet: values.quiet === true });
    const { buildRelease } = await releaseLibrary();
    let result;
    try {
      result = await buildRelease({ profiles, dataset: datasetFiles(profiles), raw: await readRawPages(rawDir, profiles), ...(version !== undefined ? { version } : {}), previous });
    } catch (error) {
      if (error instanceof ProfileError) throw error;
      if (/^release version /.test((error as Error).message)) throw new UsageError(`--version: ${(error as Error).message}`);
      throw new ProfileError(previousDir !== undefined && /previous release/.test((error as Error).message) ? showPath(previousDir) : showPath(rawDir), (error as Error).message);
    }
    const protect = [{ path: rawDir, name: `the raw folder ${showPath(rawDir)}` }];
    if (previousDir !== undefined) protect.push({ path: previousDir, name: `the previous release ${showPath(previousDir)}` });
    // Raw pages and the archive are bytes: the folder writer passes each file's content to writeFile as it is.
    await writeFolderAtomically(outDir, result.files as unknown as OutputFiles, { protect });
    const since = previous ? ` (${result.diff!.equal ? 'no changes' : `${result.diff!.summary.total} changes`} since ${previous.version ?? showPath(previousDir!)}${result.bump ? `: ${result.bump}` : ''})` : ' (initial release)';
    process.stdout.write(`released ${result.version} into ${showPath(outDir)}: ${result.files.size} files${since}\n`);
    return 0;
  },
};
