// `npm run docs`: writes the generated reference and presets (docs/facts.md, rules/presets/*.json).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { packageRoot } from '../engine/paths.js';
import { generatedFiles } from './generated-files.js';

for (const file of generatedFiles()) {
  mkdirSync(dirname(file.path), { recursive: true });
  writeFileSync(file.path, file.content);
  process.stdout.write(`wrote ${relative(packageRoot(), file.path)}\n`);
}
