// Bundles the command line into dist/disclosure-lint.cjs (one file to load instead of some three hundred modules) with
// a small executable beside it, dist/disclosure-lint.js, that runs the bundle through V8's code cache; then lints the
// bundled examples once to write that cache (dist/disclosure-lint.code-cache). Runs in `npm run build`.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { chmodSync, readdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fdirWithoutPicomatch } from './fdir-without-picomatch.mjs';
import { dataPackages } from './data-packages.mjs';

rmSync('dist/lint-worker.js', { force: true });

await build({
  entryPoints: { 'disclosure-lint': 'src/cli/bundle-entry.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // jsonc-parser's "main" is a UMD build whose dynamic require() a bundler cannot follow; its ES module build bundles cleanly.
  mainFields: ['module', 'main'],
  // recheck and ajv are loaded on demand with createRequire: they stay in node_modules.
  external: ['recheck', 'ajv'],
  plugins: [dataPackages, fdirWithoutPicomatch],
  // The sources are ES modules that find the package from their own URL; in the bundle that is the bundle's.
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  legalComments: 'eof',
  logLevel: 'warning',
});

await build({
  entryPoints: { 'disclosure-lint': 'src/cli/bin.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
});

// The bin must be executable for `npx disclosure-lint` to run it from a clone.
chmodSync('dist/disclosure-lint.js', 0o755);

// The warm-up: linting the example drafts compiles what a run needs, and the cache is written as the process exits.
const examples = readdirSync('examples').filter((name) => name.endsWith('.md')).map((name) => join('examples', name));
const warmUp = spawnSync(process.execPath, ['dist/disclosure-lint.js', '--concurrency', 'off', '--format', 'json', ...examples], {
  env: { ...process.env, DISCLOSURE_LINT_WRITE_CODE_CACHE: '1' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (warmUp.status !== 0 && warmUp.status !== 1) throw new Error(`The code cache warm-up run failed (exit code ${warmUp.status}).`);
console.log(`dist/${basename('disclosure-lint.code-cache')}: written by linting ${examples.length} examples`);
