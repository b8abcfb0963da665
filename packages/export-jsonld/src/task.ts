// The Turborepo "export" task: node lib/task.js <model-dir> <out-dir>
import { runExportTask } from '@profiles/io';
import { exportJsonLd } from './index.js';

await runExportTask('export-jsonld', (profiles) => exportJsonLd(profiles));
