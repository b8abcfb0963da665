// The Turborepo "export" task: node lib/task.js <model-dir> <out-dir>
import { runExportTask } from '@profiles/io';
import { exportMarkdown } from './index.js';

await runExportTask('export-markdown', (profiles) => exportMarkdown(profiles));
