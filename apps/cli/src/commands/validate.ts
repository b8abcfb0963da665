import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { ingestPage } from '@profiles/ingest';
import { readSidecar } from '@profiles/io';
import { isProfileError, ProfileError, validateProfile, type Profile } from '@profiles/model';
import type { Command } from '../command.js';
import { UsageError } from '../cli-error.js';
import { coverageReport } from '../coverage.js';

const FORMATS: Record<string, 'html' | 'text'> = { '.html': 'html', '.htm': 'html', '.txt': 'text' };

/** What checking one file gave: the problems that stop it, the profile it builds, or what the file is. */
type Checked = { problems: ProfileError[] } | { profile: Profile } | { note: string };

/**
 * The files a FILE argument names: the file itself, or for a folder every raw page under it
 * (.html, .htm, .txt, at any depth, sorted by path; sidecars and other files are left out).
 */
export async function filesOf(argument: string): Promise<string[]> {
  let isFolder = false;
  try {
    isFolder = (await stat(argument)).isDirectory();
  } catch {
    return [argument];
  }
  if (!isFolder) return [argument];
  const pages: string[] = [];
  const walk = async (folder: string) => {
    const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (FORMATS[extname(entry.name).toLowerCase()]) pages.push(path);
    }
  };
  await walk(argument);
  return pages;
}

/** Checks one file: a raw page (.html/.htm/.txt) is ingested, a model (.json) is validated. */
async function checkFile(file: string): Promise<Checked> {
  const ext = extname(file).toLowerCase();
  try {
    if (!(await stat(file)).isFile()) return { problems: [new ProfileError(file, 'not a file')] };
  } catch {
    return { problems: [new ProfileError(file, 'file not found')] };
  }
  if (file.toLowerCase().endsWith('.meta.json')) {
    // A sidecar: what a page does not say about itself. Checked as the build reads it.
    try {
      await readSidecar(file, file);
    } catch (error) {
      if (isProfileError(error)) return { problems: [error] };
      throw error;
    }
    return { note: `a sidecar (what the page ${file.replace(/\.meta\.json$/i, '.<html|htm|txt>')} does not say about itself: publisher, title, url, language, retrieved, encoding, notes); ok` };
  }
  if (ext === '.json') {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      return { problems: [new ProfileError(file, `not valid JSON (${(error as Error).message})`)] };
    }
    // JSON that is no model at all gets one line, not a problem per missing field.
    if (json === null || typeof json !== 'object' || (!('schemaVersion' in json) && !('source' in json))) {
      return { problems: [new ProfileError(file, 'not a model file: a model (dist/model/<country>/<section>.json) has a schemaVersion and a source; give a raw page, a model or a folder of pages')] };
    }
    const result = validateProfile(json, file);
    return result.ok ? { profile: result.profile } : { problems: result.problems };
  }
  const format = FORMATS[ext];
  if (!format) return { problems: [new ProfileError(file, 'not a profile page (.html, .htm, .txt) or a model (.json)')] };
  // raw/<country>/<section>.<ext>, or a dated snapshot raw/<country>/<section>/<YYYY-MM-DD>.<ext>.
  const name = basename(file, extname(file));
  const snapshot = /^\d{4}-\d{2}-\d{2}$/.test(name);
  const country = basename(snapshot ? dirname(dirname(file)) : dirname(file)).toLowerCase();
  const section = snapshot ? basename(dirname(file)) : name;
  try {
    const sidecar = join(dirname(file), `${name}.meta.json`);
    const meta = await readSidecar(sidecar, sidecar);
    const profile = ingestPage({ file, country, section, format, bytes: await readFile(file), meta });
    // The ingest validates what it returns; a model it could not validate is an error of the page.
    const result = validateProfile(profile, file);
    return result.ok ? { profile: result.profile } : { problems: result.problems };
  } catch (error) {
    if (isProfileError(error)) return { problems: [error] };
    throw error;
  }
}

export const validate: Command = {
  name: 'validate',
  summary: 'check raw pages or model files and report every problem, writing nothing',
  help: `Usage: profiles validate FILE|FOLDER...

Checks each FILE without writing anything: a raw page (.html, .htm, .txt, in a folder named by
its ISO country code) is ingested and validated; a model file (.json) is validated against the
canonical model. A FOLDER stands for every raw page under it (raw/, raw/kz/).

For each page that builds it prints a coverage report on stdout:
  raw/kz/executive-branch.txt: ok, 2 warnings (no-publisher, unread-person-line)
    records: 14 persons, 24 organizations, 18 memberships, 3 events, …
    kept only as notes (8):            content blocks no rule turned into a record, with their lines
      raw/kz/executive-branch.txt:151: The Government of the Republic of Kazakhstan is not …
    warnings (2):                      what the ingest met but could not read
      raw/kz/executive-branch.txt:63: unread-person-line: a line that names a post but no person
    warning: head of government not found: no Prime Minister–like post in Government

Every error is one line on stderr: file:line: what is wrong. Warnings never fail a page.

Exit codes: 0 every page builds (warnings or not), 1 some page does not, 2 usage error.`,
  options: {},
  async run(_values, positionals) {
    if (!positionals.length) throw new UsageError('validate needs at least one FILE');
    let failed = 0;
    for (const argument of positionals) {
      const files = await filesOf(argument);
      if (!files.length) {
        process.stderr.write(`profiles: ${new ProfileError(argument, 'no profile pages (.html, .htm, .txt) in this folder').message}\n`);
        failed += 1;
      }
      for (const file of files) {
        const checked = await checkFile(file);
        if ('problems' in checked) {
          for (const problem of checked.problems) process.stderr.write(`profiles: ${problem.message}\n`);
          failed += 1;
        } else if ('note' in checked) {
          process.stdout.write(`${file}: ${checked.note}\n`);
        } else {
          process.stdout.write(`${coverageReport(file, checked.profile).join('\n')}\n`);
        }
      }
    }
    return failed ? 1 : 0;
  },
};
