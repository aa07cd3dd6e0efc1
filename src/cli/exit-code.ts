// The exit code contract: 0 clean, 1 errors or too many warnings, 2 usage, configuration, input or internal failure.
import type { Summary } from '../report/report.js';

/** `brokenInput`: some draft could not be analysed (invalid input or an internal error). */
export function exitCode(summary: Summary, brokenInput: boolean, options: { maxWarnings?: number; quiet: boolean }): 0 | 1 | 2 {
  if (brokenInput) return 2;
  if (summary.errors > 0) return 1;
  if (!options.quiet && options.maxWarnings !== undefined && summary.warnings > options.maxWarnings) return 1;
  return 0;
}
