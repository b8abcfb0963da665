// The Turborepo "ingest" task: node lib/task.js <raw-dir> <model-dir>
import { discoverRawPages, modelFiles, reportFailure, sortProfiles, writeFolderAtomically } from '@profiles/io';
import { isProfileError, ProfileError, type Profile } from '@profiles/model';
import { ingestPage } from './ingest.js';
import { pageWarningLine } from './warnings.js';

const [rawDir, modelDir] = process.argv.slice(2);
if (!rawDir || !modelDir) {
  process.stderr.write('usage: ingest <raw-dir> <model-dir>\n');
  process.exitCode = 2;
} else {
  try {
    const profiles: Profile[] = [];
    const problems: ProfileError[] = [];
    for (const page of await discoverRawPages(rawDir)) {
      try {
        profiles.push(ingestPage(page));
      } catch (error) {
        if (!isProfileError(error)) throw error;
        problems.push(error);
      }
    }
    for (const problem of problems) process.stderr.write(`ingest: ${problem.message}\n`);
    // A page with warnings builds; one line says what was not understood on it.
    for (const profile of profiles) {
      const line = pageWarningLine(profile);
      if (line) process.stderr.write(`ingest: ${line}\n`);
    }
    if (problems.length) process.exitCode = 1;
    else await writeFolderAtomically(modelDir, modelFiles(sortProfiles(profiles)));
  } catch (error) {
    reportFailure(error, 'ingest');
  }
}
