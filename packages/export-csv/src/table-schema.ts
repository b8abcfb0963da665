import type { Column } from './columns.js';
import type { Table } from './table.js';

/** A Frictionless Table Schema field descriptor. */
export interface TableSchemaField {
  name: string;
  type: 'string' | 'integer' | 'number';
  format?: 'uri';
  description: string;
  constraints?: {
    required?: true;
    unique?: true;
    pattern?: string;
    enum?: string[];
    minimum?: number;
    maximum?: number;
  };
}

/** A Frictionless Table Schema (v2) descriptor. */
export interface TableSchema {
  fields: TableSchemaField[];
  missingValues: string[];
  primaryKey: string[];
  foreignKeys: { fields: string[]; reference: { resource: string; fields: string[] } }[];
}

/** The Table Schema field for a column: its type, its description, and only the constraints that hold. */
export function toField(column: Column): TableSchemaField {
  const type = column.kind === 'integer' || column.kind === 'number' ? column.kind : 'string';
  const constraints: NonNullable<TableSchemaField['constraints']> = {
    ...(column.required ? { required: true as const } : {}),
    ...(column.unique ? { unique: true as const } : {}),
    ...(column.pattern === undefined ? {} : { pattern: column.pattern }),
    ...(column.enum === undefined ? {} : { enum: [...column.enum] }),
    ...(column.minimum === undefined ? {} : { minimum: column.minimum }),
    ...(column.maximum === undefined ? {} : { maximum: column.maximum }),
  };
  return {
    name: column.name,
    type,
    ...(column.kind === 'url' ? { format: 'uri' as const } : {}),
    description: column.description,
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

/**
 * The Frictionless Table Schema of a table, made from the same column list the CSV header is
 * written from. An empty cell is a missing value (`null` in the model).
 */
export function toTableSchema(table: Table): TableSchema {
  return {
    fields: table.columns.map(toField),
    missingValues: [''],
    primaryKey: [...table.primaryKey],
    foreignKeys: table.foreignKeys.map((fk) => ({
      fields: [...fk.fields],
      reference: { resource: fk.reference.resource, fields: [...fk.reference.fields] },
    })),
  };
}
