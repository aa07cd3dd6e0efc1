// Bundles the GitHub Action (src/action/main.ts and everything it imports) into dist-action/index.js, which is committed:
// a JavaScript action runs from its repository as checked out, without npm install. rules/, schemas/ and package.json are
// read at run time from the action's root (the folder of action.yml), found by walking up from the bundle.
import { build } from 'esbuild';
import { copyFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ACTION_BUNDLE = 'dist-action/index.js';

/**
 * Packages whose default export is the path of a data file they ship (word-list: its words.txt). Bundled, that path
 * would be computed beside the bundle, so the file is copied there (and committed with it) and the import answers it.
 */
const DATA_PACKAGES = ['word-list'];

/** [package, data file in node_modules, its copy beside the bundle]. */
export const actionDataFiles = await Promise.all(DATA_PACKAGES.map(async (name) => {
  const source = (await import(name)).default;
  return { name, source, target: join(dirname(ACTION_BUNDLE), basename(source)) };
}));

const dataPackages = {
  name: 'data-packages',
  setup(builder) {
    builder.onResolve({ filter: new RegExp(`^(?:${DATA_PACKAGES.join('|')})$`) }, (args) => ({ path: args.path, namespace: 'data-package' }));
    builder.onLoad({ filter: /.*/, namespace: 'data-package' }, (args) => {
      const file = basename(actionDataFiles.find((data) => data.name === args.path).source);
      return { contents: `import { fileURLToPath } from 'node:url';\nexport default fileURLToPath(new URL(${JSON.stringify(`./${file}`)}, import.meta.url));\n`, loader: 'js' };
    });
  },
};

/**
 * recheck (the ReDoS checker for custom rules' patterns) reaches its worker file and native binary through synckit,
 * neither of which can sit inside one bundle, and synckit fails at load time when bundled. The action runs recheck's
 * pure JavaScript checker instead (src/action/main.ts sets RECHECK_SYNC_BACKEND=pure), so synckit becomes a stub that
 * says so if it is ever called.
 */
const synckitStub = {
  name: 'synckit-stub',
  setup(builder) {
    builder.onResolve({ filter: /^synckit$/ }, () => ({ path: 'synckit', namespace: 'synckit-stub' }));
    builder.onLoad({ filter: /.*/, namespace: 'synckit-stub' }, () => ({
      contents: "export function createSyncFn() { throw new Error('synckit is not bundled: the action runs recheck with RECHECK_SYNC_BACKEND=pure'); }\n",
      loader: 'js',
    }));
  },
};

/**
 * src/engine/lazy-modules.ts loads recheck and ajv with createRequire on first use, to keep the command line's
 * start-up short; a bundle cannot follow createRequire, so the action takes lazy-modules.bundled.ts instead,
 * the same functions over static imports.
 */
const bundledLazyModules = {
  name: 'bundled-lazy-modules',
  setup(builder) {
    builder.onResolve({ filter: /\/lazy-modules\.js$/ }, (args) => ({ path: join(args.resolveDir, args.path.replace(/lazy-modules\.js$/, 'lazy-modules.bundled.ts')) }));
  },
};

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
  plugins: [dataPackages, synckitStub, bundledLazyModules],
};

/** The bundle's text, built in memory. */
export async function buildActionBundle() {
  const result = await build({ ...actionBuildOptions, write: false });
  const [output] = result.outputFiles;
  return output.text;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await build(actionBuildOptions);
  for (const { source, target } of actionDataFiles) copyFileSync(source, target);
}
