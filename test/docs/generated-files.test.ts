// The generated reference (docs/facts.md) and presets (rules/presets/*.json) match the registry: run `npm run docs` when this fails.
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from '../../src/docs/generated-files.js';
import { packageRoot } from '../../src/engine/paths.js';
import { FACTS } from '../../src/facts/registry.js';
import { CUSTOM_OPERATORS } from '../../src/engine/operators.js';
import { schemaValidator } from '../../src/engine/schema-validator.js';
import { presetFile, presetNames } from '../../src/config/presets.js';

describe('generated files', () => {
  it.each(generatedFiles().map((file) => [relative(packageRoot(), file.path), file] as const))('%s is current', (name, file) => {
    const current = existsSync(file.path) ? readFileSync(file.path, 'utf8') : '';
    expect(current === file.content, `${name} is stale: run \`npm run docs\` and commit the result.`).toBe(true);
  });

  // The presets are trusted at run time (not validated, to keep start-up short), so they are validated here.
  it.each(presetNames())('the %s preset is a valid configuration', (name) => {
    const validate = schemaValidator('config.schema.json');
    const valid = validate(JSON.parse(readFileSync(presetFile(name) ?? '', 'utf8')));
    expect(valid, JSON.stringify(validate.errors)).toBe(true);
  });

  it('the reference lists every fact and operator', () => {
    const reference = generatedFiles()[0]?.content ?? '';
    for (const fact of FACTS) expect(reference).toContain(`| \`${fact.id}\` |`);
    for (const operator of CUSTOM_OPERATORS) expect(reference).toContain(`### \`${operator.name}\``);
  });
});
