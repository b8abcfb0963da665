import { diffDatasets, renderDiffJson, renderDiffMarkdown, renderSnapshotChangesMarkdown } from '@profiles/diff';
import { lastChanges, mergeCountries } from '@profiles/timeline';
import type { Command } from '../command.js';
import { describeFailure, UsageError } from '../cli-error.js';
import { readDatasetFolder } from './dataset-folder.js';

/** Exit codes of `profiles diff`, as `diff(1)` uses them. */
export const DIFF_EXIT = { equal: 0, differ: 1, error: 2 } as const;

export const diff: Command = {
  name: 'diff',
  summary: 'compare two built datasets and name what changed (posts, moves, added, removed, changed)',
  help: `Usage: profiles diff BASE HEAD [--format markdown|json]
       profiles diff --last DATASET [--format markdown|json]

Compares two built datasets entity by entity and names the changes as a reviewer thinks of them:
posts that changed hands, persons who moved between posts, memberships started or ended, records
added or removed, fields changed (old → new). Changes only in provenance (text moved on the page)
are not changes. BASE and HEAD are dataset folders: a dist/ or a release folder (their model/ is
read, after checking the folder is whole: every file its SHA256SUMS or csv/datapackage.json lists
is there with its checksum, and the schema version is this one's), or a model folder itself.

With --last, compares the last two dated snapshots of each page inside one dataset (raw pages
kept as raw/<country>/<section>/<YYYY-MM-DD>.<ext>): posts that changed hands, people who moved,
posts whose title or start changed.

Options:
  --last           the change between the last two snapshots inside DATASET
  --format FORMAT  markdown (one PR comment, capped at 60,000 characters; default) or json
                   (every change, the structure documented in packages/diff/README.md)
  -h, --help       show this help

Exit codes: 0 the datasets are equal, 1 they differ, 2 error (missing folder, invalid model,
usage) — like diff(1).`,
  options: { format: { type: 'string' }, last: { type: 'boolean' } },
  async run(values, positionals) {
    const format = (values.format as string | undefined) ?? 'markdown';
    if (format !== 'markdown' && format !== 'json') throw new UsageError(`--format must be markdown or json, not '${format}'`);
    if (values.last) {
      if (positionals.length !== 1) throw new UsageError('diff --last needs one dataset folder: DATASET');
      let changes;
      try {
        changes = mergeCountries(await readDatasetFolder(positionals[0]!)).flatMap(lastChanges);
      } catch (error) {
        process.stderr.write(`profiles: ${describeFailure(error).line}\n`);
        return DIFF_EXIT.error;
      }
      process.stdout.write(format === 'json' ? `${JSON.stringify({ version: 1, changes }, null, 2)}\n` : renderSnapshotChangesMarkdown(changes));
      return changes.every((c) => c.equal) ? DIFF_EXIT.equal : DIFF_EXIT.differ;
    }
    if (positionals.length !== 2) throw new UsageError('diff needs two dataset folders: BASE HEAD');
    const [baseDir, headDir] = positionals as [string, string];
    let result;
    try {
      result = diffDatasets(await readDatasetFolder(baseDir), await readDatasetFolder(headDir));
    } catch (error) {
      // Every failure is exit 2 here: exit 1 means "the datasets differ".
      process.stderr.write(`profiles: ${describeFailure(error).line}\n`);
      return DIFF_EXIT.error;
    }
    process.stdout.write(format === 'json' ? renderDiffJson(result) : renderDiffMarkdown(result));
    return result.equal ? DIFF_EXIT.equal : DIFF_EXIT.differ;
  },
};
