// Reads one configuration file: strict JSON, validated against schemas/config.schema.json, errors located by line and column.
import { readFileSync } from 'node:fs';
import type { ErrorObject } from 'ajv';
import { schemaValidator } from '../engine/schema-validator.js';
import { InputError } from '../model/input-error.js';
import { combineInputErrors, formatAjvErrors, parseJsonSource, toJsonPointer, type JsonSource } from '../parse/json-source.js';
import type { ConfigFile } from './config-file.js';
import { isBuiltinPreset } from './presets.js';

export interface LoadedConfigFile {
  file: string;
  config: ConfigFile;
  source: JsonSource;
}

export function loadConfigFile(file: string): LoadedConfigFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(file, code === 'ENOENT' ? 'No such configuration file' : `Cannot read the configuration file (${code ?? String(error)})`, 'Check the path; a relative path is taken from the folder of the file or command that names it.');
  }
  const source = parseJsonSource(file, text);
  // The built-in presets ship with the tool and are validated by its tests; skipping them spares ajv at start-up.
  if (isBuiltinPreset(file)) return { file, config: source.value as ConfigFile, source };
  const validate = schemaValidator('config.schema.json');
  if (!validate(source.value)) throw combineInputErrors(formatAjvErrors(file, keyErrorsOnKeys(validate.errors ?? []), source)) as InputError;
  return { file, config: source.value as ConfigFile, source };
}

// A bad key (a rule id or lexicon name that breaks the naming pattern) is reported at that key, not at its parent object.
function keyErrorsOnKeys(errors: readonly ErrorObject[]): ErrorObject[] {
  return errors
    .filter((error) => error.keyword !== 'propertyNames')
    .map((error) => (error.propertyName !== undefined ? { ...error, instancePath: `${error.instancePath}${toJsonPointer([error.propertyName])}`, data: error.propertyName } : error));
}
