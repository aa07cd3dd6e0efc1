// The executable runs its bundle through V8's code cache: written only when asked (the build's warm-up), taken when it
// matches, and harmless when it does not.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WRITE_CODE_CACHE } from '../../src/cli/code-cache-warm-up.js';
import { codeCacheFile } from '../../src/cli/run-bundle.js';
import { makeTempDir } from '../helpers/temp-dir.js';

// tsc's output (npm run build): a child process cannot import TypeScript.
const RUN_BUNDLE = resolve('dist/cli/run-bundle.js');

// Runs a bundle in a fresh Node process (a cache is per process), printing what the bundle did and whether the cache was taken.
function runInChild(bundle: string, writeCache: boolean): string {
  const script = `import { runBundle } from ${JSON.stringify(RUN_BUNDLE)}; const { cacheAccepted } = runBundle(${JSON.stringify(bundle)}); console.log('cache ' + cacheAccepted);`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    env: { ...process.env, [WRITE_CODE_CACHE]: writeCache ? '1' : '' },
  });
  return run.stdout + run.stderr;
}

describe('the code cache of the bundled command line', () => {
  const dir = makeTempDir('disclosure-lint-cache-');
  const bundle = join(dir, 'tool.cjs');
  writeFileSync(bundle, "const { basename } = require('node:path');\nconsole.log('ran ' + basename(__filename) + ' ' + typeof module.exports);\n");

  it('is written by a warm-up run only, then taken by the next run', () => {
    expect(existsSync(RUN_BUNDLE), 'dist/ is built by npm ci (prepare) or npm run build').toBe(true);
    expect(runInChild(bundle, false)).toContain('cache false');
    expect(existsSync(codeCacheFile(bundle))).toBe(false);
    expect(runInChild(bundle, true)).toBe('ran tool.cjs object\ncache false\n');
    expect(existsSync(codeCacheFile(bundle))).toBe(true);
    expect(runInChild(bundle, false)).toBe('ran tool.cjs object\ncache true\n');
  });

  it("is taken by the built command line, which sets V8's flags before compiling its bundle", () => {
    // A flag set after the cache was read, but before the warm-up wrote it, made V8 reject the cache on every run.
    const start = resolve('dist/cli/start-command-line.js');
    const script = `import { startCommandLine } from ${JSON.stringify(start)}; const { cacheAccepted } = startCommandLine(${JSON.stringify(resolve('dist/disclosure-lint.cjs'))}); console.log('cache ' + cacheAccepted);`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script, 'disclosure-lint', '--version'], { encoding: 'utf8', env: { ...process.env, [WRITE_CODE_CACHE]: '' } });
    expect(run.stdout).toMatch(/^cache true\n\d+\.\d+\.\d+\n$/);
  });

  it('is rejected, and the bundle still runs, once the bundle changed', () => {
    runInChild(bundle, true);
    writeFileSync(bundle, "console.log('ran the new bundle');\n");
    expect(runInChild(bundle, false)).toBe('ran the new bundle\ncache false\n');
  });
});
