// The Turborepo "export" task: node lib/task.js <model-dir> <out-dir>
import { fileURLToPath } from 'node:url';
import { runExportTask } from '@profiles/io';
import { exportJsonLd, jsonLdPages } from './index.js';

await runExportTask('export-jsonld', (profiles) => exportJsonLd(profiles), process.argv.slice(2), {
  countries: jsonLdPages().countries,
  packageDir: fileURLToPath(new URL('..', import.meta.url)),
});
