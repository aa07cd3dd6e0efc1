// Bundles the command line (and its worker thread) into dist/disclosure-lint.js and dist/lint-worker.js: one file to
// load instead of some three hundred modules, which is most of a one-file run's start-up time. Runs in `npm run build`.
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';

await build({
  entryPoints: { 'disclosure-lint': 'src/cli/main.ts', 'lint-worker': 'src/cli/lint-worker.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // jsonc-parser's "main" is a UMD build whose dynamic require() a bundler cannot follow; its ES module build bundles cleanly.
  mainFields: ['module', 'main'],
  // word-list answers the path of its data file, and recheck and ajv are loaded on demand with createRequire: all three
  // stay in node_modules.
  external: ['word-list', 'recheck', 'ajv'],
  legalComments: 'eof',
  logLevel: 'warning',
  // Bundled CommonJS packages call require() for Node built-ins; an ES module has no require of its own.
  banner: { js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
});

// The bin must be executable for `npx disclosure-lint` to run it from a clone.
chmodSync('dist/disclosure-lint.js', 0o755);
