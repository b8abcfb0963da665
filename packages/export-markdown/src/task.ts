// The Turborepo "export" task: node lib/task.js <model-dir> <out-dir>
import { fileURLToPath } from 'node:url';
import { runExportTask } from '@profiles/io';
import { exportMarkdown, markdownPages } from './index.js';

await runExportTask('export-markdown', (profiles) => exportMarkdown(profiles), process.argv.slice(2), {
  countries: markdownPages.countries,
  packageDir: fileURLToPath(new URL('..', import.meta.url)),
});
