import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import { bytesOf, byPath, type ReleaseFiles } from './files.js';

/** Where the model's JSON Schema lives in a release. */
export const SCHEMA_PATH = 'schema/profile.schema.json';

function describeError(error: ErrorObject): string {
  const where = error.instancePath === '' ? '(the file)' : error.instancePath;
  const extra = error.keyword === 'additionalProperties' ? ` (${String((error.params as { additionalProperty?: unknown }).additionalProperty)})` : '';
  return `${where} ${error.message ?? error.keyword}${extra}`;
}

/** Compiled validators by schema text: compiling the model's schema costs far more than a validation, and releases (and their tests) check against the same few schemas again and again. */
const validators = new Map<string, ValidateFunction>();

/** The compiled validator of `schema` (draft 2020-12, formats, strict mode), compiled once per distinct schema text. */
function validatorOf(schema: Record<string, unknown>): ValidateFunction {
  const key = JSON.stringify(schema);
  let validate = validators.get(key);
  if (validate === undefined) {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    (addFormats as unknown as (ajv: Ajv2020) => void)(ajv);
    validate = ajv.compile(schema);
    validators.set(key, validate);
  }
  return validate;
}

/**
 * Validates every model file (`model/…/*.json`) of a release against a JSON Schema with Ajv, a
 * JSON Schema validator that is not zod (draft 2020-12, formats from ajv-formats, strict mode). One
 * line per problem, `model/kz/executive-branch.json: /persons/0/name must be string`; empty when all
 * files validate. A file that is not JSON is one problem.
 *
 * @param schema the model's JSON Schema (see `profileJsonSchema` of @profiles/model)
 */
export function modelSchemaProblems(schema: Record<string, unknown>, files: ReleaseFiles): string[] {
  const validate = validatorOf(schema);
  const problems: string[] = [];
  for (const path of [...files.keys()].filter((p) => p.startsWith('model/') && p.endsWith('.json')).sort(byPath)) {
    let data: unknown;
    try {
      data = JSON.parse(bytesOf(files.get(path)!).toString('utf8'));
    } catch (error) {
      problems.push(`${path}: not valid JSON (${(error as Error).message})`);
      continue;
    }
    if (!validate(data)) for (const error of validate.errors ?? []) problems.push(`${path}: ${describeError(error)}`);
  }
  return problems;
}
