/**
 * @profiles/io — the pipeline's edge with the filesystem.
 *
 * Finds raw pages, reads and validates model files, and writes output folders all at once, never
 * over a folder it did not write and never half. Every other package is pure: data in, data out.
 */
export type { PageStamp, RawFolderScan, RawPage, RawPageEntry } from './raw-pages.js';
export { discoverRawPages, fileLanguage, listRawPages, loadRawPage, MAX_PAGE_BYTES, pageStamp, readSidecar, scanRawPages, sectionSlug } from './raw-pages.js';
export type { OutputOptions, ProtectedFolder } from './atomic-folder.js';
export {
  checkOutputPath,
  DATASET_MARKER,
  DATASET_MARKER_TEXT,
  describeFsError,
  fsReason,
  isOutputFolderError,
  nestFiles,
  OutputFolderError,
  repairOutputFolder,
  StagedFolder,
  writeFolderAtomically,
} from './atomic-folder.js';
export { testFault } from './faults.js';
export { showPath } from './show.js';
export { modelFilePath, modelFiles, readModels, sortProfiles } from './models.js';
export { reportFailure, runExportTask } from './task.js';
