/** The Markdown exporter's identity in the build cache's keys (`CountryExporter.id`): it has no options. */
export const MARKDOWN_EXPORTER_ID = 'markdown';
