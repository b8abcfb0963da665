/**
 * @profiles/io — the pipeline's edge with the filesystem.
 *
 * Finds raw pages, reads and validates model files, and writes output folders all at once. Every
 * other package is pure: data in, data out.
 */
export type { RawPage, RawPageEntry } from './raw-pages.js';
export { discoverRawPages, listRawPages, loadRawPage, MAX_PAGE_BYTES } from './raw-pages.js';
export { nestFiles, StagedFolder, writeFolderAtomically } from './atomic-folder.js';
export { modelFilePath, modelFiles, readModels, sortProfiles } from './models.js';
export { reportFailure, runExportTask } from './task.js';
