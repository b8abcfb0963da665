// The folders of a dataset, each written by its own Turborepo task: nothing heavy is imported here,
// so a task that only needs the names (the dataset marker) loads nothing else.

/** An exporter's folder. */
export type ExporterFolder = 'csv' | 'jsonld' | 'markdown';

/** The folders of a dataset: the models, then each exporter's. */
export type DatasetFolder = 'model' | ExporterFolder;

/** The exporters' folders, in the order a build writes them (the same as their Turborepo tasks). */
export const EXPORTER_FOLDERS: readonly ExporterFolder[] = ['csv', 'jsonld', 'markdown'];

/** The folders of a dataset, each with its own marker (the Turborepo tasks write them one by one). */
export const DATASET_FOLDERS: readonly DatasetFolder[] = ['model', ...EXPORTER_FOLDERS];
