import type { Command } from '../command.js';
import { UsageError } from '../cli-error.js';
import { buildDataset } from '../pipeline.js';

export const build: Command = {
  name: 'build',
  summary: 'ingest every raw page and write the whole dataset (model, CSV, JSON-LD, Markdown)',
  help: `Usage: profiles build [--raw DIR] [--out DIR]

Ingests every page raw/<country>/<section>.(html|htm|txt), validates it, runs every exporter
in-process and replaces the output folder all at once: nothing is written if any page is bad,
and the previous output stays as it was.

Options:
  --raw DIR   folder of raw pages (default: raw)
  --out DIR   output folder, replaced as a whole (default: dist)
  -h, --help  show this help

Exit codes: 0 built, 1 invalid input (one line per problem on stderr), 2 usage error.`,
  options: { raw: { type: 'string' }, out: { type: 'string' } },
  async run(values, positionals) {
    if (positionals.length) throw new UsageError(`unexpected argument: ${positionals[0]}`);
    const rawDir = (values.raw as string | undefined) ?? 'raw';
    const outDir = (values.out as string | undefined) ?? 'dist';
    const built = await buildDataset(rawDir, outDir);
    process.stdout.write(`built ${built.profiles} profile${built.profiles === 1 ? '' : 's'} into ${outDir} (${built.files} files)\n`);
    return 0;
  },
};
