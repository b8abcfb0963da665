/**
 * @profiles/export-csv — the canonical models as CSV tables and a Frictionless Data Package.
 *
 * One table per record kind across all profiles, a provenance table, and `datapackage.json` whose
 * Table Schemas come from the same column list as the CSV headers. Free-text cells are guarded
 * against spreadsheet formulas; numbers, IDs and dates are written exactly.
 */
export type { Column, ColumnKind } from './columns.js';
export type { ForeignKey, Table } from './table.js';
export type { TableName } from './schema.js';
export type { TableSchema, TableSchemaField } from './table-schema.js';
export type { DataPackage, DataResource } from './datapackage.js';

export { csvPages, DATA_PACKAGE_FILE, exportCsv } from './export-csv.js';
export { TABLES } from './schema.js';
export { isFreeText } from './columns.js';
export { toTableSchema } from './table-schema.js';
export { CSV_DIALECT } from './dialect.js';
export { DATA_PACKAGE_VERSION } from './datapackage.js';
export { neutralizeFormula, restoreNeutralized } from './neutralize.js';
