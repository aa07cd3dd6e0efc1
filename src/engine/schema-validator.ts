// Compiles a JSON Schema of schemas/ once (ajv, draft 2020-12) and hands out its validator.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import { schemasDir } from './paths.js';

const validators = new Map<string, ValidateFunction>();

/** `verbose` so error hints can quote the schema's descriptions and allowed values. */
export function schemaValidator(fileName: string): ValidateFunction {
  let validator = validators.get(fileName);
  if (!validator) {
    const schema = JSON.parse(readFileSync(join(schemasDir(), fileName), 'utf8')) as object;
    const ajv = new Ajv2020.default({ allErrors: true, verbose: true, strict: true, validateFormats: false });
    validator = ajv.compile(schema);
    validators.set(fileName, validator);
  }
  return validator;
}
