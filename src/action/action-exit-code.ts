// When the action fails the check: on error findings (the default), on any warning too, or never; misuse always fails.
import { exitCode } from '../cli/exit-code.js';
import type { Report } from '../report/report.js';
import type { FailOn } from './action-inputs.js';

export function actionExitCode(report: Report, options: { failOn: FailOn; maxWarnings?: number; problems: readonly string[]; brokenInput: boolean }): 0 | 1 | 2 {
  // Inputs that name nothing are a broken workflow, not a finding: `never` must not hide them.
  if (options.problems.length > 0) return 2;
  if (options.failOn === 'never') return 0;
  const code = exitCode(report.summary, options.brokenInput, { quiet: false, ...(options.maxWarnings !== undefined ? { maxWarnings: options.maxWarnings } : {}) });
  if (code === 0 && options.failOn === 'warning' && report.summary.warnings > 0) return 1;
  return code;
}
