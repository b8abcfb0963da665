import { showPath } from '@profiles/io';
import type { Command } from '../command.js';
import { UsageError } from '../cli-error.js';
import { buildDataset } from '../pipeline.js';

/** A folder option's value; an empty one (`--out "$OUT"` with OUT unset) is a usage error, never the current folder. */
export function folderOption(values: Record<string, unknown>, name: string, fallback?: string): string | undefined {
  const value = values[name] as string | undefined;
  if (value !== undefined && value.trim() === '') throw new UsageError(`--${name} is empty (an unset variable?): give the folder`);
  return value ?? fallback;
}

export const build: Command = {
  name: 'build',
  summary: 'ingest every raw page and write the whole dataset (model, CSV, JSON-LD, Markdown)',
  help: `Usage: profiles build [--raw DIR] [--out DIR] [-q]

Ingests every page raw/<country>/<section>.(html|htm|txt), validates it, runs every exporter
in-process and replaces the output folder all at once: nothing is written if any page is bad,
and the previous output stays as it was. Every problem is reported in the same run.

The build is incremental: what did not change since the last build (a page's bytes and sidecar,
the code) comes from the build cache in node_modules/.cache/profiles (PROFILES_CACHE_DIR moves
it; empty or off: none), files of the previous output are kept, and the result is byte for byte
what a build from nothing writes. PROFILES_WORKERS=N uses N worker threads for a full build
(default: one per core; 0: none).

The output folder must be missing, empty, or a dataset profiles wrote (it holds a
.profiles-dataset file): a folder of anything else, the raw folder or a folder holding it, the
current folder or one holding it, and a repository root are refused. One build at a time writes a
folder; a build that was killed is cleaned up by the next one.

Options:
  --raw DIR    folder of raw pages (default: raw)
  --out DIR    output folder, replaced as a whole (default: dist)
  -q, --quiet  no progress line (it is shown only when stderr is a terminal)
  -h, --help   show this help

Pages with warnings are built; each gets one line on stderr.
Exit codes: 0 built, 1 invalid input (one line per problem on stderr), 2 usage error, output
folder refused or busy, or a filesystem failure.`,
  options: { raw: { type: 'string' }, out: { type: 'string' }, quiet: { type: 'boolean', short: 'q' } },
  async run(values, positionals) {
    if (positionals.length) throw new UsageError(`unexpected argument: ${positionals[0]}`);
    const rawDir = folderOption(values, 'raw', 'raw')!;
    const outDir = folderOption(values, 'out', 'dist')!;
    const built = await buildDataset(rawDir, outDir, { quiet: values.quiet === true });
    process.stdout.write(`built ${built.profiles} profile${built.profiles === 1 ? '' : 's'} into ${showPath(outDir)} (${built.files} files)\n`);
    return 0;
  },
};
