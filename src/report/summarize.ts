// Counts and orders results: the summary numbers every formatter and the exit code rely on.
import type { FileReport, Report, RuleResult, Summary } from './report.js';

export function emptySummary(): Summary {
  return { errors: 0, warnings: 0, infos: 0, passed: 0, skipped: 0, suppressed: 0 };
}

export function summarize(results: readonly RuleResult[]): Summary {
  const summary = emptySummary();
  for (const result of results) {
    if (result.suppressed) summary.suppressed++;
    else if (result.status === 'pass') summary.passed++;
    else if (result.status === 'skip') summary.skipped++;
    else if (result.severity === 'error') summary.errors++;
    else if (result.severity === 'warning') summary.warnings++;
    else summary.infos++;
  }
  return summary;
}

export function summarizeFiles(files: readonly FileReport[]): Report['summary'] {
  const total = { ...emptySummary(), files: files.length };
  for (const file of files) {
    for (const key of Object.keys(file.summary) as Array<keyof Summary>) total[key] += file.summary[key];
  }
  return total;
}

/** Deterministic order: line, column, rule id (the file order is the caller's). */
export function sortResults(results: RuleResult[]): RuleResult[] {
  return results.sort((a, b) => a.location.start.line - b.location.start.line
    || a.location.start.column - b.location.start.column
    || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}
