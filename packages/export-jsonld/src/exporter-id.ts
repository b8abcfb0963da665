import { DEFAULT_BASE, DEFAULT_VOCAB } from './options.js';

/** The JSON-LD exporter's identity in the build cache's keys (`CountryExporter.id`): its namespaces. */
export function jsonLdExporterId(base = DEFAULT_BASE, vocab = DEFAULT_VOCAB): string {
  return `jsonld ${base} ${vocab}`;
}
