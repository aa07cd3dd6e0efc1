// Bundles the GitHub Action (src/action/main.ts and everything it imports) into dist-action/index.js, which is committed:
// a JavaScript action runs from its repository as checked out, without npm install. rules/, schemas/ and package.json are
// read at run time from the action's root (the folder of action.yml), found by walking up from the bundle.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export const ACTION_BUNDLE = 'dist-action/index.js';

/** The same options for the committed bundle and for the staleness test, so both produce the same bytes. */
export const actionBuildOptions = {
  entryPoints: ['src/action/main.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: ACTION_BUNDLE,
  // jsonc-parser's "main" is a UMD build whose dynamic require() a bundler cannot follow; its ES module build bundles cleanly.
  mainFields: ['module', 'main'],
  legalComments: 'eof',
  logLevel: 'warning',
  // Bundled CommonJS packages call require() for Node built-ins; an ES module has no require of its own.
  banner: { js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
};

/** The bundle's text, built in memory. */
export async function buildActionBundle() {
  const result = await build({ ...actionBuildOptions, write: false });
  const [output] = result.outputFiles;
  return output.text;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await build(actionBuildOptions);
}
