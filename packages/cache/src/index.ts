/**
 * @profiles/cache — what makes an edit cost what it changes.
 *
 * A content-addressed store a build owns (page models, per-country exporter parts), the code hash
 * that keys them, and receipts of the folders a build wrote. Every key is made of content (page
 * bytes, sidecar, a hash of the code that made it), never of a time.
 */
export type { BlobRef, BuildRoots } from './store.js';
export type { CountryData, CountryExporter, CountryPart, CountryParts, FileDigest, OutputPart, PagePart } from './parts.js';
export type { FileStamp, FolderReceipt } from './receipts.js';
export type { PageInput } from './keys.js';

export { ContentStore } from './store.js';
export { cacheDirFor } from './location.js';
export { codeHash } from './code-hash.js';
export { hashKey, sha256 } from './hash.js';
export { exportFolderKey, modelFolderKey, pageKey, partKey } from './keys.js';
export { assembleParts, countryParts, groupCountries, runByCountry, sharedFile } from './parts.js';
export { exportFolderIsCurrent, folderIsCurrent, outputOfInputsIsCurrent, readReceipt, recordFolder, recordInputFolder, stillStamped } from './receipts.js';
