// The Turborepo "export" task: node lib/task.js <model-dir> <out-dir>
import { fileURLToPath } from 'node:url';
import { runExportTask } from '@profiles/io';
import { csvPages, exportCsv } from './index.js';

await runExportTask('export-csv', (profiles) => exportCsv(profiles), process.argv.slice(2), {
  countries: csvPages.countries,
  packageDir: fileURLToPath(new URL('..', import.meta.url)),
});
