// The Turborepo "export" task: node lib/task.js <model-dir> <out-dir>
//
// In the pipeline the dataset task has written the folder already, and the build cache's receipts
// say so: that is checked first, loading nothing but @profiles/cache. Only a folder that must be
// written loads the exporter (and @profiles/io).
import { fileURLToPath } from 'node:url';
import { exportFolderIsCurrent } from '@profiles/cache';
import { jsonLdExporterId } from './exporter-id.js';

const argv = process.argv.slice(2);
const cache = { id: jsonLdExporterId(), packageDir: fileURLToPath(new URL('..', import.meta.url)) };
if (argv.length !== 2 || !(await exportFolderIsCurrent(argv[0]!, argv[1]!, cache.id, cache.packageDir).catch(() => false))) {
  const { runExportTask } = await import('@profiles/io');
  await runExportTask('export-jsonld', { load: async () => (await import('./index.js')).exportJsonLd }, argv, cache);
}
