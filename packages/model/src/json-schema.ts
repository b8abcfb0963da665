import { z } from 'zod';
import { ProfileSchema, SCHEMA_VERSION } from './profile.js';

/**
 * The JSON Schema (draft 2020-12) of a model file (`model/<country>/<section>.json`), generated
 * from the zod schemas with `z.toJSONSchema`, so it is never written twice. It checks the shape:
 * types, required fields, patterns, enums, no unknown fields. What zod checks in code (a date that
 * exists, one trimmed line of text, references between records) is not in it: `validateProfile`
 * remains the whole check. The same model gives the same schema, key for key.
 *
 * @example
 * const schema = profileJsonSchema();
 * new Ajv2020().compile(schema)(JSON.parse(modelText)); // true
 */
export function profileJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(ProfileSchema, { target: 'draft-2020-12', unrepresentable: 'throw', io: 'output' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: `Country profile model, schema version ${SCHEMA_VERSION}`,
    description: 'One profile page as a validated dataset: its source and every record found on it (model/<country>/<section>.json).',
    ...rest,
  };
}
