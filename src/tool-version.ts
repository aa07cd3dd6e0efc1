// The version printed by --version and stamped into reports: the package's own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './engine/paths.js';

let version: string | undefined;

export function toolVersion(): string {
  version ??= (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
  return version;
}
