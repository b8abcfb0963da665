// The exporters of a dataset, each with the folder it owns and the package whose code it is.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { CountryExporter } from '@profiles/cache';
import { csvPages } from '@profiles/export-csv';
import { jsonLdPages } from '@profiles/export-jsonld';
import { markdownPages } from '@profiles/export-markdown';
import type { PagedExporter } from '@profiles/model';

import type { ExporterFolder } from './dataset-folders.js';

export type { ExporterFolder } from './dataset-folders.js';
export { EXPORTER_FOLDERS } from './dataset-folders.js';

const BY_FOLDER: Record<ExporterFolder, { exporter: PagedExporter & { countries: CountryExporter }; packageName: string }> = {
  csv: { exporter: csvPages, packageName: '@profiles/export-csv' },
  jsonld: { exporter: jsonLdPages(), packageName: '@profiles/export-jsonld' },
  markdown: { exporter: markdownPages, packageName: '@profiles/export-markdown' },
};

/** The exporter that writes `folder`, with the default options (the pipeline's). */
export function datasetExporter(folder: ExporterFolder): PagedExporter & { countries: CountryExporter } {
  return BY_FOLDER[folder].exporter;
}

const require = createRequire(import.meta.url);

/** The folder of a workspace package (the one holding its package.json), as Node resolves it from here. */
export function packageDir(name: string): string {
  // `main` is lib/index.js: its package is the folder above lib/.
  return dirname(dirname(require.resolve(name)));
}

/** The package whose code makes `folder`. */
export function exporterPackage(folder: ExporterFolder): string {
  return BY_FOLDER[folder].packageName;
}
