// The Turborepo "export" task: node lib/task.js <model-dir> <out-dir>
import { fileURLToPath } from 'node:url';
import { runExportTask } from '@profiles/io';
import { CSV_EXPORTER_ID } from './exporter-id.js';

// The exporter is loaded only when the folder must be written: in the pipeline the dataset task
// has written it already, and the receipts say so.
await runExportTask('export-csv', { load: async () => (await import('./index.js')).exportCsv }, process.argv.slice(2), {
  id: CSV_EXPORTER_ID,
  packageDir: fileURLToPath(new URL('..', import.meta.url)),
});
