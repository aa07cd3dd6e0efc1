// Finds the configuration that governs a folder: the nearest disclosure-lint.config.json at or above it.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CONFIG_FILE_NAME } from './config-file.js';

/** Absolute path of the nearest configuration file, or undefined; `cache` remembers every folder visited. */
export function findConfigFile(dir: string, cache: Map<string, string | undefined>): string | undefined {
  if (cache.has(dir)) return cache.get(dir);
  const candidate = join(dir, CONFIG_FILE_NAME);
  const parent = dirname(dir);
  const found = existsSync(candidate) ? candidate : parent === dir ? undefined : findConfigFile(parent, cache);
  cache.set(dir, found);
  return found;
}
