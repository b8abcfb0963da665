import { readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { showPath, writeFolderAtomically } from '@profiles/io';
import { ProfileError } from '@profiles/model';
import { buildRelease, type PreviousRelease } from '@profiles/release';
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
 * Reads the release a new one is compared with: its model, its manifest's version and its
 * changelog. A `dist/` works too: it has no version and no changelog.
 */
export async function readPreviousRelease(dir: string): Promise<PreviousRelease> {
  const profiles = await readDatasetFolder(dir);
  const manifestText = await readOptional(join(dir, 'manifest.json'));
  let version: string | null = null;
  if (manifestText !== null) {
    let manifest: unknown;
    try {
      manifest = JSON.parse(manifestText);
    } catch (error) {
      throw new ProfileError(showPath(join(dir, 'manifest.json')), `not valid JSON (${(error as Error).message})`);
    }
    const found = (manifest as { version?: unknown } | null)?.version;
    if (typeof found !== 'string') throw new ProfileError(showPath(join(dir, 'manifest.json')), 'has no version');
    // It goes into the new changelog: only a plain version, never markup.
    if (!/^[\w.+-]{1,100}$/.test(found)) throw new ProfileError(showPath(join(dir, 'manifest.json')), `version ${showPath(JSON.stringify(found).slice(0, 60))} is not letters, digits and . + - _`);
    version = found;
  }
  return { version, profiles, changelog: await readOptional(join(dir, 'CHANGELOG.md')) };
}

/** True when `inner` is `outer` or lies inside it. */
function within(inner: string, outer: string): boolean {
  const path = relative(resolve(outer), resolve(inner));
  return path === '' || (!path.startsWith('..') && !path.startsWith(sep) && !/^[A-Za-z]:/.test(path));
}

export const release: Command = {
  name: 'release',
  summary: 'build a reproducible release folder: dataset, manifest.json, SHA256SUMS, CHANGELOG.md',
  help: `Usage: profiles release --out DIR [--raw DIR] [--previous DIR] [--version V] [-q]

Ingests every raw page and writes a release folder, replaced as a whole: the dataset (model/,
csv/ with datapackage.json, jsonld/, markdown/), manifest.json (version, schema version, the raw
pages' sha256, every file's sha256, size and CSV row count), SHA256SUMS (check it with
'sha256sum -c SHA256SUMS' inside the folder) and CHANGELOG.md, whose new entry is the diff against
the previous release. The same raw pages give the same bytes: nothing depends on the clock.

Options:
  --out DIR       release folder to write (required; replaced as a whole)
  --raw DIR       folder of raw pages (default: raw)
  --previous DIR  the previous release folder (or a dist/), checked whole against its SHA256SUMS
                  (or its data package's checksums) first: its changelog is kept below the new
                  entry, made inert (no HTML, no mentions); without it the entry says "Initial release"
  --version V     release version (letters, digits, . + - _); default: the schema version, the
                  newest date any page mentions and a short hash of the raw pages, e.g.
                  2.20120305+3f2a9c1b
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
    const result = buildRelease({ profiles, dataset: datasetFiles(profiles), ...(version !== undefined ? { version } : {}), previous });
    const protect = [{ path: rawDir, name: `the raw folder ${showPath(rawDir)}` }];
    if (previousDir !== undefined) protect.push({ path: previousDir, name: `the previous release ${showPath(previousDir)}` });
    await writeFolderAtomically(outDir, result.files, { protect });
    const since = previous ? ` (${result.diff!.equal ? 'no changes' : `${result.diff!.summary.total} changes`} since ${previous.version ?? showPath(previousDir!)})` : ' (initial release)';
    process.stdout.write(`released ${result.version} into ${showPath(outDir)}: ${result.files.size} files${since}\n`);
    return 0;
  },
};
