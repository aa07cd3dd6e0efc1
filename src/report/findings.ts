// The failures of a report, flattened with their file: what the CI formatters (github, sarif, markdown) annotate.
import type { Severity } from '../engine/rule.js';
import type { FileReport, Report, RuleResult } from './report.js';

export interface Finding {
  file: FileReport;
  result: RuleResult;
}

/** Most severe first. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Failures in report order (file, then line); suppressed ones only when asked, since most outputs leave them out. */
export function findings(report: Report, options: { suppressed?: boolean } = {}): Finding[] {
  return report.files.flatMap((file) => file.results
    .filter((result) => result.status === 'fail' && (options.suppressed === true || !result.suppressed))
    .map((result) => ({ file, result })));
}

/** Report paths as forward-slash paths without a leading "./", the way repositories and diffs name files. */
export function repositoryPath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
}
