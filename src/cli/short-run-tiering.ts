// Runs of a few drafts stay on V8's baseline compilers.
//
// V8 optimises a hot function with TurboFan on a background thread. A run of a few drafts ends before that code pays
// back its compile, and the process then waits at exit for the compile jobs still running: 10 to 25 ms of a one-draft
// run, and about 75 ms of CPU on the other core. Measured over interleaved runs, keeping to Ignition and Sparkplug
// took the same wall time as TurboFan at 8 drafts and half as long again at 32.
import { setFlagsFromString } from 'node:v8';
import { WRITE_CODE_CACHE } from './code-cache-warm-up.js';
import type { RunPlan } from './lint-inputs.js';

export const SHORT_RUN_DRAFTS = 4;

/**
 * Whether a run keeps to the baseline compilers: a short run on the main thread alone, and not the build's warm-up. V8
 * takes a code cache only under the flags it was written with, so the warm-up, which writes it, and every worker
 * thread, which compiles the bundle under the process's flags, keep the defaults.
 */
export function keepsBaselineTier(plan: RunPlan, env: Record<string, string | undefined>): boolean {
  return plan.drafts <= SHORT_RUN_DRAFTS && plan.workers === 0 && env[WRITE_CODE_CACHE] !== '1';
}

/** For the command line's own process only: V8's flags hold for the whole process. */
export function tierForRun(plan: RunPlan, env: Record<string, string | undefined>): void {
  if (keepsBaselineTier(plan, env)) setFlagsFromString('--max-opt=1');
}
