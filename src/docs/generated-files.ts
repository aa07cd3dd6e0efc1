// Every file `npm run docs` writes, with its content: one list for the script and for the test that keeps them current.
import { join } from 'node:path';
import { loadBuiltinRules } from '../engine/load-rules.js';
import { packageRoot } from '../engine/paths.js';
import { factsReference } from './facts-reference.js';
import { presetConfigs } from './preset-configs.js';

export function generatedFiles(): Array<{ path: string; content: string }> {
  const root = packageRoot();
  const presets = Object.entries(presetConfigs(loadBuiltinRules())).map(([name, config]) => ({
    path: join(root, 'rules', 'presets', `${name}.json`),
    content: `${JSON.stringify(config, null, 2)}\n`,
  }));
  return [{ path: join(root, 'docs', 'facts.md'), content: factsReference() }, ...presets];
}
