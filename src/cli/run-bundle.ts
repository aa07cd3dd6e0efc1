// Runs the command line's CommonJS bundle through V8's code cache: the functions a lint needs were compiled when the
// package was built, so a run starts executing them instead of parsing and compiling them again (Node 20 offers no
// compile cache for ES modules). A cache from another Node or V8 version is rejected by V8 and the bundle simply
// compiles as usual.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';
// Set by `npm run build` for one warm-up run, which writes the cache; a user's run never writes it.
import { WRITE_CODE_CACHE } from './code-cache-warm-up.js';

export function codeCacheFile(bundle: string): string {
  return bundle.replace(/\.cjs$/, '.code-cache');
}

/** Runs `bundle` (a .cjs file) as CommonJS; answers whether V8 took the code cache. */
export function runBundle(bundle: string): { cacheAccepted: boolean } {
  const cacheFile = codeCacheFile(bundle);
  const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${readFileSync(bundle, 'utf8')}\n})`;
  const script = new Script(wrapped, { filename: bundle, ...(cachedData ? { cachedData } : {}) });
  // Written at exit, so the cache also holds the functions compiled while the warm-up run linted.
  if (process.env[WRITE_CODE_CACHE] === '1') process.once('exit', () => writeFileSync(cacheFile, script.createCachedData()));
  const module = { exports: {} };
  const run = script.runInThisContext() as (exports: object, require: NodeRequire, module: object, filename: string, dirname: string) => void;
  run.call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  return { cacheAccepted: cachedData !== undefined && !script.cachedDataRejected };
}
