// The exit code contract: 0 clean, 1 errors or too many warnings, 2 usage, configuration, input or internal failure.
import type { Report } from '../report/report.js';

const BROKEN_INPUT = new Set(['invalid-input', 'internal-error']);

export function exitCode(report: Report, options: { maxWarnings?: number; quiet: boolean }): 0 | 1 | 2 {
  const broken = report.files.some((file) => file.results.some((result) => BROKEN_INPUT.has(result.ruleId)));
  if (broken) return 2;
  if (report.summary.errors > 0) return 1;
  if (!options.quiet && options.maxWarnings !== undefined && report.summary.warnings > options.maxWarnings) return 1;
  return 0;
}
