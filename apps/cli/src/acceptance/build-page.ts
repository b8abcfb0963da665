// Builds one acceptance page in process, as `profiles build --raw <raw>` would, and keeps the CSV
// tables and the profiles (for their warnings): shared by the acceptance test and the report script.
import type { Profile } from '@profiles/model';
import { datasetFiles, ingestRawFolder } from '../pipeline.js';
import { parseTables, type Tables } from './expected.js';

export interface BuiltPage {
  /** The build's problems, one per line, when the page did not build; null when it did. */
  error: string | null;
  tables: Tables;
  profiles: Profile[];
  /** Warnings the ingest kept (`profile.issues`), over every profile of the folder. */
  warnings: number;
}

/** Ingests every page of `rawDir` and renders the dataset's files in memory (no disk writes). */
export async function buildPage(rawDir: string): Promise<BuiltPage> {
  try {
    const profiles = await ingestRawFolder(rawDir);
    const files = datasetFiles(profiles);
    const csv = [...files].filter(([path]) => path.startsWith('csv/'));
    return { error: null, tables: parseTables(csv), profiles, warnings: profiles.reduce((n, p) => n + (p.issues?.length ?? 0), 0) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { error: message, tables: new Map(), profiles: [], warnings: 0 };
  }
}
