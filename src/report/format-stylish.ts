// The `stylish` formatter: a readable checklist per file, failures first, then passes and skips.
import type { Report, FileReport, RuleResult, Summary } from './report.js';
import { writeWholeReport, type ReportWriter } from './report-writer.js';
import { SEVERITY_RANK } from './findings.js';
import { terminalSafe } from './terminal-safe.js';
import type { TextStyles } from './text-styles.js';

export interface StylishOptions {
  /** PLAIN_STYLES, or textStyles(true) for colour (see text-styles.ts). */
  styles: TextStyles;
  /** Only error-level failures (the CLI's --quiet). */
  quiet?: boolean;
}

export function stylishWriter(options: StylishOptions): ReportWriter {
  const paint = options.styles;
  return {
    start: () => '',
    file: (file) => {
      const block = formatFile(file, paint, options.quiet ?? false);
      return block === '' ? '' : `${block}\n`;
    },
    end: (summary) => `${formatTotals(summary, summary.files, paint)}\n`,
  };
}

export function formatStylish(report: Report, options: StylishOptions): string {
  return writeWholeReport(stylishWriter(options), report);
}

function formatFile(file: FileReport, paint: TextStyles, quiet: boolean): string {
  const failures = file.results
    .filter((result) => result.status === 'fail' && !result.suppressed && (!quiet || result.severity === 'error'))
    .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.location.start.line - b.location.start.line);
  // Quiet output lists only files with something to fix, as other linters do.
  if (quiet && failures.length === 0) return '';
  const lines = [paint.underline(terminalSafe(file.path)) + paint.dim(`  (${file.form ? `Form ${file.form}, ` : ''}${file.format})`)];
  for (const result of failures) lines.push(...formatFailure(result, paint));
  if (!quiet) {
    for (const result of file.results.filter((candidate) => candidate.suppressed)) lines.push(formatOther(result, paint.dim('⊘ suppressed'), paint, ` (${terminalSafe(result.suppressed?.reason ?? '')})`));
    for (const result of file.results.filter((candidate) => candidate.status === 'pass' && !candidate.suppressed)) lines.push(formatOther(result, paint.green('✔ pass'), paint));
    for (const result of file.results.filter((candidate) => candidate.status === 'skip' && !candidate.suppressed)) lines.push(formatOther(result, paint.dim('– skip'), paint));
  }
  return `${lines.join('\n')}\n`;
}

function formatFailure(result: RuleResult, paint: TextStyles): string[] {
  const mark = result.severity === 'error' ? paint.red('✖ error  ') : result.severity === 'warning' ? paint.yellow('⚠ warning') : paint.blue('ℹ info   ');
  const place = paint.dim(`${result.location.start.line}:${result.location.start.column}`.padEnd(7));
  const citation = result.citation ? paint.dim(`  ${result.citation.source} ${result.citation.section}`) : '';
  const lines = [`  ${place} ${mark}  ${terminalSafe(result.message)}  ${paint.dim(result.ruleId)}${citation}`];
  const quoted = result.evidence[0]?.text;
  if (quoted) lines.push(paint.dim(`            “${terminalSafe(quoted)}”`));
  if (result.fix) lines.push(paint.dim(`            fix: ${terminalSafe(result.fix)}`));
  return lines;
}

function formatOther(result: RuleResult, mark: string, paint: TextStyles, suffix = ''): string {
  const place = result.status === 'pass' ? paint.dim(` (line ${result.location.start.line})`) : '';
  const reason = result.status === 'skip' ? paint.dim(` — ${terminalSafe(result.message)}`) : '';
  return `  ${mark}  ${terminalSafe(result.title)}  ${paint.dim(result.ruleId)}${place}${reason}${suffix}`;
}

function formatTotals(summary: Summary, files: number, paint: TextStyles): string {
  const parts = [
    `${summary.errors} error${summary.errors === 1 ? '' : 's'}`,
    `${summary.warnings} warning${summary.warnings === 1 ? '' : 's'}`,
    ...(summary.infos > 0 ? [`${summary.infos} info`] : []),
    `${summary.passed} passed`,
    `${summary.skipped} skipped`,
    ...(summary.suppressed > 0 ? [`${summary.suppressed} suppressed`] : []),
  ];
  const line = `${parts.join(', ')} in ${files} file${files === 1 ? '' : 's'}`;
  if (summary.errors > 0) return paint.redBold(`✖ ${line}`);
  if (summary.warnings > 0) return paint.yellowBold(`⚠ ${line}`);
  return paint.greenBold(`✔ ${line}`);
}
