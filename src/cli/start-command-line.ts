// What the executable does (the main thread and every worker), shared with the benchmark so that it measures the same process: set the heap's growth,
// then run the bundled command line through its code cache.
import { limitHeapGrowth } from './heap-growth.js';
import { runBundle } from './run-bundle.js';

/** Runs `bundle` (dist/disclosure-lint.cjs) as the command line; answers whether V8 took its code cache. */
export function startCommandLine(bundle: string): { cacheAccepted: boolean } {
  // Before the bundle is compiled: V8 takes a code cache only under the flags it was written with, and the build's
  // warm-up run, which writes it, starts here too.
  limitHeapGrowth();
  return runBundle(bundle);
}
