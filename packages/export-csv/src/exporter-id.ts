/** The CSV exporter's identity in the build cache's keys (`CountryExporter.id`): it has no options. */
export const CSV_EXPORTER_ID = 'csv';
