// The dataset marker on its own (`@profiles/io/marker`): the pipeline's marker task compares it
// without loading the rest of this package, and with it the model's schemas (zod).
import { SCHEMA_VERSION } from '@profiles/model/version';

/**
 * The file in every folder this tool writes as a whole. A folder is replaced only when it is
 * missing, empty, or holds this file: never a folder of anything else.
 */
export const DATASET_MARKER = '.profiles-dataset';

/** The marker's content: the same bytes for the same schema version (no clock, no host). */
export const DATASET_MARKER_TEXT = `${JSON.stringify({ generator: 'country-profiles', schemaVersion: SCHEMA_VERSION })}\n`;
