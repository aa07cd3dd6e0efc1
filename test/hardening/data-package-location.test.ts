// The bundle finds the word list wherever npm put it: beside the package, hoisted above it, or (else) through Node.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { dataFileModule } from '../../scripts/data-packages.mjs';
import { makeTempDir } from '../helpers/temp-dir.js';

// Runs the module the bundle holds for word-list as if the bundle were at `bundle`, and answers the path it exports.
function locatedFrom(bundle: string): string {
  const module = { exports: '' };
  runInNewContext(dataFileModule('word-list', 'words.txt', 'words.txt'), { require: createRequire(bundle), module, __dirname: join(bundle, '..'), __filename: bundle });
  return module.exports;
}

function installedWordList(root: string): string {
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'word-list', type: 'module', exports: './index.js' }));
  writeFileSync(join(root, 'index.js'), "export default new URL('./words.txt', import.meta.url).pathname;\n");
  writeFileSync(join(root, 'words.txt'), 'aa\n');
  return join(root, 'words.txt');
}

describe('where the bundle finds a data package', () => {
  it('finds it beside the package, as npm installs it for a clone', () => {
    const project = makeTempDir('disclosure-lint-layout-');
    const words = installedWordList(join(project, 'node_modules', 'word-list'));
    expect(locatedFrom(join(project, 'dist', 'disclosure-lint.cjs'))).toBe(words);
  });

  it('finds it hoisted above the package, as npm installs it for a dependent project', () => {
    const project = makeTempDir('disclosure-lint-layout-');
    const words = installedWordList(join(project, 'node_modules', 'word-list'));
    expect(locatedFrom(join(project, 'node_modules', 'disclosure-lint', 'dist', 'disclosure-lint.cjs'))).toBe(words);
  });

  it('takes the nearest copy, as Node does', () => {
    const project = makeTempDir('disclosure-lint-layout-');
    installedWordList(join(project, 'node_modules', 'word-list'));
    const nested = installedWordList(join(project, 'node_modules', 'disclosure-lint', 'node_modules', 'word-list'));
    expect(locatedFrom(join(project, 'node_modules', 'disclosure-lint', 'dist', 'disclosure-lint.cjs'))).toBe(nested);
  });

  it('asks Node when no node_modules folder above it holds the package', () => {
    const project = makeTempDir('disclosure-lint-layout-');
    expect(() => locatedFrom(join(project, 'dist', 'disclosure-lint.cjs'))).toThrow(/Cannot find module 'word-list'/);
  });
});
