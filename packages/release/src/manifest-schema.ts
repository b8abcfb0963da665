import { z } from 'zod';
import { isSemver } from './version.js';
import type { Manifest } from './manifest.js';

const Hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const Count = z.number().int().min(0);
const Version = z.string().refine(isSemver, 'must be MAJOR.MINOR.PATCH');
const PlainPath = z
  .string()
  .min(1)
  .refine((p) => !p.startsWith('/') && !p.split('/').some((part) => part === '' || part === '.' || part === '..'), 'must be a plain relative path');
const Counts = z.record(z.string(), Count);

/** The shape every `manifest.json` of a release has; a previous release whose manifest fails it is refused. */
export const ManifestSchema = z.object({
  name: z.literal('country-profiles'),
  version: Version,
  schemaVersion: z.number().int().min(1),
  previousVersion: Version.nullable(),
  archive: z.string().regex(/^country-profiles-[\w.+-]+\.tar\.gz$/).optional(),
  changes: z
    .object({ added: Counts, removed: Counts, changed: Counts, total: Count, posts: Count, moves: Count })
    .loose()
    .nullable(),
  pages: z.array(z.object({ file: PlainPath, country: z.string().regex(/^[a-z]{2}$/), section: z.string(), sha256: Hex64, latestDate: z.string().nullable() })),
  files: z.array(z.object({ path: PlainPath, sha256: Hex64, bytes: Count, rows: Count.optional() })).min(1),
});

/**
 * Reads a previous release's `manifest.json`: JSON of the manifest's shape, with a semantic
 * version, every file once.
 *
 * @throws Error with the first problem in one line (`files.3.sha256: …`)
 */
export function parseManifest(text: string): Manifest {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`not valid JSON (${(error as Error).message})`);
  }
  const result = ManifestSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.length ? issue.path.join('.') : '(the manifest)';
    throw new Error(`does not validate: ${where}: ${issue.message}`);
  }
  const seen = new Set<string>();
  for (const file of result.data.files) {
    if (seen.has(file.path)) throw new Error(`does not validate: files lists ${file.path} twice`);
    seen.add(file.path);
  }
  return result.data as unknown as Manifest;
}
