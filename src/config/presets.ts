// The built-in configurations `extends` can name: rules/presets/<name>.json, configuration files like any other.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { builtinRulesDir } from '../engine/paths.js';

export function presetsDir(): string {
  return join(builtinRulesDir(), 'presets');
}

export function presetNames(): string[] {
  const dir = presetsDir();
  return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.json')).map((name) => name.replace(/\.json$/, '')).sort() : [];
}

/** The preset's file, or undefined when `name` is not a preset (then it is a path). */
export function presetFile(name: string): string | undefined {
  return /^[a-z][a-z0-9-]*$/.test(name) && presetNames().includes(name) ? join(presetsDir(), `${name}.json`) : undefined;
}

export function isBuiltinPreset(file: string): boolean {
  return dirname(resolve(file)) === resolve(presetsDir());
}
