/**
 * The data dictionary of a release, read from the dataset's own table schema
 * (`csv/datapackage.json`, which @profiles/export-csv writes from the model): every table and
 * column is described once, there, and the README and the download page only render it.
 */

/** One column of a table, as its Table Schema field says. */
export interface DictionaryColumn {
  name: string;
  type: string;
  /** `format` of the field, where it has one (`uri`). */
  format: string | null;
  required: boolean;
  unique: boolean;
  description: string;
  /** Allowed values, pattern or bounds, in a few words; empty when there are none. */
  constraints: string;
}

export interface DictionaryTable {
  /** Resource name: `persons`. */
  name: string;
  title: string;
  /** Path inside the release: `csv/persons.csv`. */
  path: string;
  description: string;
  primaryKey: string[];
  /** `person_id → persons.id`. */
  foreignKeys: string[];
  columns: DictionaryColumn[];
}

export interface Dictionary {
  title: string;
  description: string;
  /** The licence names of the data package: `ODC-BY-1.0`. */
  licenses: string[];
  tables: DictionaryTable[];
}

/** The path of the table schema a dictionary is read from. */
export const DATAPACKAGE_PATH = 'csv/datapackage.json';

interface Field {
  name: string;
  type?: string;
  format?: string;
  description?: string;
  constraints?: { required?: boolean; unique?: boolean; pattern?: string; enum?: unknown[]; minimum?: number; maximum?: number };
}
interface Resource {
  name: string;
  path: string;
  title?: string;
  description?: string;
  schema?: { fields?: Field[]; primaryKey?: string | string[]; foreignKeys?: Array<{ fields: string | string[]; reference: { resource: string; fields: string | string[] } }> };
}

const list = (value: string | string[] | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

function constraintsOf(field: Field): string {
  const c = field.constraints ?? {};
  const parts: string[] = [];
  if (c.enum) parts.push(`one of ${c.enum.map((v) => String(v)).join(', ')}`);
  if (c.pattern !== undefined) parts.push(`pattern ${c.pattern}`);
  if (c.minimum !== undefined && c.maximum !== undefined) parts.push(`${c.minimum} to ${c.maximum}`);
  else if (c.minimum !== undefined) parts.push(`at least ${c.minimum}`);
  else if (c.maximum !== undefined) parts.push(`at most ${c.maximum}`);
  return parts.join('; ');
}

/**
 * Reads the data dictionary from a Data Package descriptor's text.
 *
 * @throws Error naming csv/datapackage.json when it is not JSON or has no resources
 */
export function readDictionary(descriptorText: string): Dictionary {
  let descriptor: { title?: string; description?: string; licenses?: Array<{ name?: string }>; resources?: Resource[] };
  try {
    descriptor = JSON.parse(descriptorText);
  } catch (error) {
    throw new Error(`${DATAPACKAGE_PATH}: not valid JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(descriptor.resources) || descriptor.resources.length === 0) throw new Error(`${DATAPACKAGE_PATH}: lists no tables`);
  return {
    title: descriptor.title ?? 'country-profiles',
    description: descriptor.description ?? '',
    licenses: (descriptor.licenses ?? []).flatMap((l) => (l.name ? [l.name] : [])),
    tables: descriptor.resources.map((resource) => ({
      name: resource.name,
      title: resource.title ?? resource.name,
      path: `csv/${resource.path}`,
      description: resource.description ?? '',
      primaryKey: list(resource.schema?.primaryKey),
      foreignKeys: (resource.schema?.foreignKeys ?? []).map(
        (fk) => `${list(fk.fields).join(', ')} → ${fk.reference.resource || resource.name}.${list(fk.reference.fields).join(', ')}`,
      ),
      columns: (resource.schema?.fields ?? []).map((field) => ({
        name: field.name,
        type: field.type ?? 'any',
        format: field.format ?? null,
        required: field.constraints?.required === true,
        unique: field.constraints?.unique === true,
        description: field.description ?? '',
        constraints: constraintsOf(field),
      })),
    })),
  };
}
