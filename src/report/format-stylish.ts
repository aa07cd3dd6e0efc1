// The `stylish` formatter: a readable checklist per file, failures first, then passes and skips.
import { Chalk, type ChalkInstance } from 'chalk';
import type { Report, FileReport, RuleResult, Summary } from './report.js';
import { writeWholeReport, type ReportWriter } from './report-writer.js';
import { SEVERITY_RANK } from './findings.js';
import { terminalSafe } from './terminal-safe.js';

export interface StylishOptions {
  color: boolean;
  /** Only error-level failures (the CLI's --quiet). */
  quiet?: boolean;
}

export function stylishWriter(options: StylishOptions): ReportWriter {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  return {
    start: () => '',
    file: (file) => {
      const block = formatFile(file, chalk, options.quiet ?? false);
      return block === '' ? '' : `${block}\n`;
    },
    end: (summary) => `${formatTotals(summary, summary.files, chalk)}\n`,
  };
}

export function formatStylish(report: Report, options: StylishOptions): string {
  return writeWholeReport(stylishWriter(options), report);
}

function formatFile(file: FileReport, chalk: ChalkInstance, quiet: boolean): string {
  const failures = file.results
    .filter((result) => result.status === 'fail' && !result.suppressed && (!quiet || result.severity === 'error'))
    .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.location.start.line - b.location.start.line);
  // Quiet output lists only files with something to fix, as other linters do.
  if (quiet && failures.length === 0) return '';
  const lines = [chalk.underline(terminalSafe(file.path)) + chalk.dim(`  (${file.form ? `Form ${file.form}, ` : ''}${file.format})`)];
  for (const result of failures) lines.push(...formatFailure(result, chalk));
  if (!quiet) {
    for (const result of file.results.filter((candidate) => candidate.suppressed)) lines.push(formatOther(result, chalk.dim('⊘ suppressed'), chalk, ` (${terminalSafe(result.suppressed?.reason ?? '')})`));
    for (const result of file.results.filter((candidate) => candidate.status === 'pass' && !candidate.suppressed)) lines.push(formatOther(result, chalk.green('✔ pass'), chalk));
    for (const result of file.results.filter((candidate) => candidate.status === 'skip' && !candidate.suppressed)) lines.push(formatOther(result, chalk.dim('– skip'), chalk));
  }
  return `${lines.join('\n')}\n`;
}

function formatFailure(result: RuleResult, chalk: ChalkInstance): string[] {
  const mark = result.severity === 'error' ? chalk.red('✖ error  ') : result.severity === 'warning' ? chalk.yellow('⚠ warning') : chalk.blue('ℹ info   ');
  const place = chalk.dim(`${result.location.start.line}:${result.location.start.column}`.padEnd(7));
  const citation = result.citation ? chalk.dim(`  ${result.citation.source} ${result.citation.section}`) : '';
  const lines = [`  ${place} ${mark}  ${terminalSafe(result.message)}  ${chalk.dim(result.ruleId)}${citation}`];
  const quoted = result.evidence[0]?.text;
  if (quoted) lines.push(chalk.dim(`            “${terminalSafe(quoted)}”`));
  if (result.fix) lines.push(chalk.dim(`            fix: ${terminalSafe(result.fix)}`));
  return lines;
}

function formatOther(result: RuleResult, mark: string, chalk: ChalkInstance, suffix = ''): string {
  const place = result.status === 'pass' ? chalk.dim(` (line ${result.location.start.line})`) : '';
  const reason = result.status === 'skip' ? chalk.dim(` — ${terminalSafe(result.message)}`) : '';
  return `  ${mark}  ${terminalSafe(result.title)}  ${chalk.dim(result.ruleId)}${place}${reason}${suffix}`;
}

function formatTotals(summary: Summary, files: number, chalk: ChalkInstance): string {
  const parts = [
    `${summary.errors} error${summary.errors === 1 ? '' : 's'}`,
    `${summary.warnings} warning${summary.warnings === 1 ? '' : 's'}`,
    ...(summary.infos > 0 ? [`${summary.infos} info`] : []),
    `${summary.passed} passed`,
    `${summary.skipped} skipped`,
    ...(summary.suppressed > 0 ? [`${summary.suppressed} suppressed`] : []),
  ];
  const line = `${parts.join(', ')} in ${files} file${files === 1 ? '' : 's'}`;
  if (summary.errors > 0) return chalk.red.bold(`✖ ${line}`);
  if (summary.warnings > 0) return chalk.yellow.bold(`⚠ ${line}`);
  return chalk.green.bold(`✔ ${line}`);
}
