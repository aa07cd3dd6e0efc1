// An esbuild plugin for fdir (tinyglobby's crawler). At load, fdir tries to require picomatch through createRequire, for
// its own glob matching; a bundle cannot follow that, so Node's loader compiled picomatch from node_modules, outside the
// code cache, at every start (3 to 5 ms in profiles). tinyglobby matches with its own filters and never calls fdir's
// glob, so the bundle leaves fdir without picomatch, as fdir itself does when picomatch is not installed.
import { readFile } from 'node:fs/promises';

const OPTIONAL_PICOMATCH = /try \{\s*__require\.resolve\("picomatch"\);\s*pm = __require\("picomatch"\);\s*\} catch \{\}/;

export const fdirWithoutPicomatch = {
  name: 'fdir-without-picomatch',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]fdir[\\/]dist[\\/]index\.mjs$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      // A new fdir that loads picomatch some other way must be looked at again, not bundled as it is.
      if (!OPTIONAL_PICOMATCH.test(source)) throw new Error(`${args.path}: fdir no longer loads picomatch as this plugin expects; review scripts/fdir-without-picomatch.mjs.`);
      return { contents: source.replace(OPTIONAL_PICOMATCH, '/* picomatch left out: tinyglobby never uses fdir\'s glob */'), loader: 'js' };
    });
  },
};
