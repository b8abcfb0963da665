// The Turborepo "export" task: node lib/task.js <model-dir> <out-dir>
import { runExportTask } from '@profiles/io';
import { exportCsv } from './index.js';

await runExportTask('export-csv', (profiles) => exportCsv(profiles));
