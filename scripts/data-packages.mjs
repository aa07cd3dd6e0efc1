// An esbuild plugin for packages whose default export is the path of a data file they ship (word-list: its words.txt).
// They are ES modules, which a CommonJS bundle cannot require on every Node 20, so the bundle finds the same file
// itself, from its own place at run time, wherever npm put the package.
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';

const require = createRequire(import.meta.url);
const DATA_PACKAGES = ['word-list'];

/**
 * The module the bundle holds for a data package: `fromPackage` is the file's place in the package's folder,
 * `fromEntry` its place beside the package's entry. Node's resolution (some 3 ms at start-up, mostly the package's
 * "exports") looks in the node_modules folders from the bundle's folder upwards first; the first of them that holds
 * the package is looked in directly, and Node is asked only when none does or the file is not where it was.
 */
export function dataFileModule(name, fromPackage, fromEntry) {
  return [
    "const { dirname, join } = require('node:path');",
    "const { existsSync } = require('node:fs');",
    "const { createRequire } = require('node:module');",
    'function locate() {',
    '  for (let folder = __dirname; ; folder = dirname(folder)) {',
    `    const installed = join(folder, 'node_modules', ${JSON.stringify(name)});`,
    `    if (existsSync(installed)) { const file = join(installed, ${JSON.stringify(fromPackage)}); if (existsSync(file)) return file; break; }`,
    '    if (dirname(folder) === folder) break;',
    '  }',
    `  return join(dirname(createRequire(__filename).resolve(${JSON.stringify(name)})), ${JSON.stringify(fromEntry)});`,
    '}',
    'module.exports = locate();',
    '',
  ].join('\n');
}

// The folder npm installed a package in (node_modules/<name>), from the path of its entry.
function packageFolder(entry, name) {
  let folder = dirname(entry);
  while (!folder.endsWith(join('node_modules', name)) && dirname(folder) !== folder) folder = dirname(folder);
  return folder;
}

export const dataPackages = {
  name: 'data-packages',
  setup(builder) {
    builder.onResolve({ filter: new RegExp(`^(?:${DATA_PACKAGES.join('|')})$`) }, (args) => ({ path: args.path, namespace: 'data-package' }));
    builder.onLoad({ filter: /.*/, namespace: 'data-package' }, async (args) => {
      const dataFile = (await import(args.path)).default;
      const entry = require.resolve(args.path);
      return { contents: dataFileModule(args.path, relative(packageFolder(entry, args.path), dataFile), relative(dirname(entry), dataFile)), loader: 'js' };
    });
  },
};
