import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { ingestPage } from '@profiles/ingest';
import { isProfileError, PageMetaSchema, ProfileError, validateProfile, type PageMeta } from '@profiles/model';
import type { Command } from '../command.js';
import { UsageError } from '../cli-error.js';

const FORMATS: Record<string, 'html' | 'text'> = { '.html': 'html', '.htm': 'html', '.txt': 'text' };

/** Reads a sidecar next to a page, if any; a broken sidecar is a problem of its own. */
async function readSidecar(path: string): Promise<PageMeta | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = PageMetaSchema.safeParse(JSON.parse(text));
    if (!parsed.success) throw new ProfileError(path, `sidecar field ${parsed.error.issues[0]!.path.join('.')}: ${parsed.error.issues[0]!.message}`);
    return parsed.data;
  } catch (error) {
    if (isProfileError(error)) throw error;
    throw new ProfileError(path, `sidecar is not valid JSON (${(error as Error).message})`);
  }
}

/** Checks one file: a raw page (.html/.htm/.txt) is ingested, a model (.json) is validated. */
async function checkFile(file: string): Promise<ProfileError[]> {
  const ext = extname(file).toLowerCase();
  try {
    if (!(await stat(file)).isFile()) return [new ProfileError(file, 'not a file')];
  } catch {
    return [new ProfileError(file, 'file not found')];
  }
  if (ext === '.json') {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      return [new ProfileError(file, `not valid JSON (${(error as Error).message})`)];
    }
    const result = validateProfile(json, file);
    return result.ok ? [] : result.problems;
  }
  const format = FORMATS[ext];
  if (!format) return [new ProfileError(file, 'not a profile page (.html, .htm, .txt) or a model (.json)')];
  const country = basename(dirname(file)).toLowerCase();
  const section = basename(file, extname(file));
  try {
    const meta = await readSidecar(join(dirname(file), `${section}.meta.json`));
    ingestPage({ file, country, section, format, bytes: await readFile(file), meta });
    return [];
  } catch (error) {
    if (isProfileError(error)) return [error];
    throw error;
  }
}

export const validate: Command = {
  name: 'validate',
  summary: 'check raw pages or model files and report every problem, writing nothing',
  help: `Usage: profiles validate FILE...

Checks each FILE without writing anything: a raw page (.html, .htm, .txt, in a folder named by
its ISO country code) is ingested and validated; a model file (.json) is validated against the
canonical model. Every problem is one line on stderr: file:line: what is wrong.

Exit codes: 0 all valid, 1 problems found, 2 usage error.`,
  options: {},
  async run(_values, positionals) {
    if (!positionals.length) throw new UsageError('validate needs at least one FILE');
    let failed = 0;
    for (const file of positionals) {
      const problems = await checkFile(file);
      for (const problem of problems) process.stderr.write(`profiles: ${problem.message}\n`);
      if (problems.length) failed += 1;
      else process.stdout.write(`${file}: ok\n`);
    }
    return failed ? 1 : 0;
  },
};
