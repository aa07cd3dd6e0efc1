// The action's inputs, read from the INPUT_* variables the runner sets, checked, with their defaults.
import type { AnnotationScope } from '../report/format-github.js';
import { UsageError } from '../cli/parse-args.js';

export type FailOn = 'error' | 'warning' | 'never';

export interface ActionInputs {
  /** Files, directories or globs, one per line; the whole workspace when empty. */
  files: string[];
  config?: string;
  sarifFile?: string;
  jsonFile?: string;
  failOn: FailOn;
  maxWarnings?: number;
  annotations: AnnotationScope;
}

const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'never'];
const SCOPES: readonly AnnotationScope[] = ['changed-lines', 'all', 'none'];

export function readActionInputs(env: Readonly<Record<string, string | undefined>>): ActionInputs {
  const files = input(env, 'files').split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
  const maxWarnings = input(env, 'max-warnings');
  if (maxWarnings !== '' && maxWarnings !== '-1' && !/^\d+$/.test(maxWarnings)) throw new UsageError(`The max-warnings input takes a whole number (or -1 for no limit), not "${maxWarnings}".`);
  return {
    files: files.length > 0 ? files : ['.'],
    ...optional('config', input(env, 'config')),
    ...optional('sarifFile', input(env, 'sarif-file')),
    ...optional('jsonFile', input(env, 'json-file')),
    failOn: oneOf(env, 'fail-on', FAIL_ON, 'error'),
    ...(maxWarnings !== '' && maxWarnings !== '-1' ? { maxWarnings: Number(maxWarnings) } : {}),
    annotations: oneOf(env, 'annotations', SCOPES, 'changed-lines'),
  };
}

/** The runner names an input INPUT_ + its name in upper case with spaces as underscores (hyphens stay). */
function input(env: Readonly<Record<string, string | undefined>>, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

function optional<K extends string>(key: K, value: string): Partial<Record<K, string>> {
  return value === '' ? {} : ({ [key]: value } as Record<K, string>);
}

function oneOf<T extends string>(env: Readonly<Record<string, string | undefined>>, name: string, allowed: readonly T[], fallback: T): T {
  const value = input(env, name);
  if (value === '') return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`The ${name} input must be one of ${allowed.join(', ')}, not "${value}".`);
  return value as T;
}
