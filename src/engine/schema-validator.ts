// Compiles a JSON Schema (a file of schemas/, or one held in code such as an operator's value schema) once, with ajv (draft 2020-12).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { loadAjv2020 } from './lazy-modules.js';
import { schemasDir } from './paths.js';

const validators = new Map<string, ValidateFunction>();
const inline = new WeakMap<object, ValidateFunction>();

/** `verbose` so error hints can quote the schema's descriptions and allowed values. */
export function schemaValidator(fileName: string): ValidateFunction {
  let validator = validators.get(fileName);
  if (!validator) {
    const schema = JSON.parse(readFileSync(join(schemasDir(), fileName), 'utf8')) as object;
    validator = newAjv().compile(schema);
    validators.set(fileName, validator);
  }
  return validator;
}

/** A validator for a schema object held in code; union types (a string or an object) are allowed there. */
export function inlineSchemaValidator(schema: object): ValidateFunction {
  let validator = inline.get(schema);
  if (!validator) {
    validator = newAjv().compile(schema);
    inline.set(schema, validator);
  }
  return validator;
}

function newAjv(): InstanceType<ReturnType<typeof loadAjv2020>> {
  const Ajv = loadAjv2020();
  return new Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true, validateFormats: false });
}
