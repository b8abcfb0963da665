/**
 * Bumped when the canonical model changes shape; exporters and the diff read it. Its own module
 * (`@profiles/model/version`), so that a task that only compares a marker loads no schema.
 */
export const SCHEMA_VERSION = 6;
