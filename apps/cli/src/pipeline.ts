import { exportCsv } from '@profiles/export-csv';
import { exportJsonLd } from '@profiles/export-jsonld';
import { exportMarkdown } from '@profiles/export-markdown';
import { ingestPage } from '@profiles/ingest';
import { discoverRawPages, modelFiles, nestFiles, sortProfiles } from '@profiles/io';
import { isProfileError, ProfileError, type Exporter, type OutputFiles, type Profile } from '@profiles/model';

/** The exporters of a build, each with the `dist/` folder it owns (the same as its Turborepo task). */
export const EXPORTERS: ReadonlyArray<{ folder: string; exporter: Exporter }> = [
  { folder: 'csv', exporter: (profiles) => exportCsv(profiles) },
  { folder: 'jsonld', exporter: (profiles) => exportJsonLd(profiles) },
  { folder: 'markdown', exporter: (profiles) => exportMarkdown(profiles) },
];

/** Every problem of a build, one per bad page or record: the build writes nothing when there is any. */
export class BuildProblems extends Error {
  override readonly name = 'BuildProblems';
  constructor(readonly problems: ProfileError[]) {
    super(problems.map((p) => p.message).join('\n'));
  }
}

/**
 * Ingests every page under `rawDir` into validated profiles. Every page is tried, so one run reports
 * every bad page; if any fails, `BuildProblems` lists them all and nothing is returned.
 */
export async function ingestRawFolder(rawDir: string): Promise<Profile[]> {
  const pages = await discoverRawPages(rawDir);
  if (pages.length === 0) throw new BuildProblems([new ProfileError(rawDir, 'no profile pages found (expected <country>/<section>.html, .htm or .txt)')]);
  const profiles: Profile[] = [];
  const problems: ProfileError[] = [];
  for (const page of pages) {
    try {
      profiles.push(ingestPage(page));
    } catch (error) {
      if (!isProfileError(error)) throw error;
      // Name the file as the user sees it on disk, not its repository path.
      problems.push(error.file === page.file ? new ProfileError(page.diskPath, error.reason, error.line) : error);
    }
  }
  if (problems.length) throw new BuildProblems(problems);
  return sortProfiles(profiles);
}

/** Everything a build writes, by path inside the output folder: `model/…`, `csv/…`, `jsonld/…`, `markdown/…`. */
export function datasetFiles(profiles: readonly Profile[]): OutputFiles {
  const files: OutputFiles = new Map(nestFiles('model', modelFiles(profiles)));
  for (const { folder, exporter } of EXPORTERS) {
    for (const [path, content] of nestFiles(folder, exporter(profiles))) files.set(path, content);
  }
  return files;
}
