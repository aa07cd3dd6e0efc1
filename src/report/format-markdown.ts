// The `markdown` formatter: the job summary on a run's page (counts, each file's failed rules as a checklist, passes collapsed).
import type { Citation } from '../engine/rule.js';
import { escapeMarkdown, safeUrl } from './escape-markdown.js';
import { SEVERITY_RANK } from './findings.js';
import type { FileReport, Report, RuleResult, Summary } from './report.js';
import type { RuleDoc } from './rule-doc.js';

export interface MarkdownOptions {
  rules?: readonly RuleDoc[];
  /** What the annotations left out (from formatGithub), so the summary can say it. */
  annotations?: { overLimit: number; outsideChangedLines: number; limitPerLevel: number };
  /** GitHub refuses a step summary over 1 MiB; the summary is cut, with a note, to stay under this. */
  maxBytes?: number;
}

export const SUMMARY_MAX_BYTES = 1024 * 1024;

interface Chunk {
  text: string;
  failures: number;
  file: number;
}

// Room kept for the truncation note itself.
const NOTE_RESERVE = 1024;

export function formatMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const docs = new Map((options.rules ?? []).map((rule) => [rule.id, rule]));
  const maxBytes = options.maxBytes ?? SUMMARY_MAX_BYTES;
  const parts = [head(report, options)];
  let bytes = byteLength(parts[0] ?? '');
  const chunks = report.files.flatMap((file, index) => fileChunks(file, index, docs));
  let next = 0;
  for (; next < chunks.length; next++) {
    const chunk = chunks[next] as Chunk;
    const size = byteLength(chunk.text);
    const room = next === chunks.length - 1 ? maxBytes : maxBytes - NOTE_RESERVE;
    if (bytes + size > room) break;
    parts.push(chunk.text);
    bytes += size;
  }
  if (next < chunks.length) parts.push(truncationNote(chunks.slice(next)));
  return parts.join('');
}

function head(report: Report, options: MarkdownOptions): string {
  const { summary } = report;
  const lines = [
    `## ${summary.errors > 0 ? '✖' : summary.warnings > 0 ? '⚠' : '✔'} disclosure-lint: ${totals(summary)} in ${plural(summary.files, 'file')}`,
    '',
    '| Files | Errors | Warnings | Info | Passed | Skipped | Suppressed |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| ${summary.files} | ${summary.errors} | ${summary.warnings} | ${summary.infos} | ${summary.passed} | ${summary.skipped} | ${summary.suppressed} |`,
    '',
    ...annotationNote(options.annotations),
  ];
  return `${lines.join('\n')}\n`;
}

function annotationNote(annotations: MarkdownOptions['annotations']): string[] {
  if (!annotations || (annotations.overLimit === 0 && annotations.outsideChangedLines === 0)) return [];
  const lines = ['> [!NOTE]'];
  if (annotations.overLimit > 0) lines.push(`> ${plural(annotations.overLimit, 'finding')} ${annotations.overLimit === 1 ? 'is' : 'are'} not annotated on the diff: GitHub shows at most ${annotations.limitPerLevel} annotations of each level per step, so the most severe come first and the rest are listed here.`);
  if (annotations.outsideChangedLines > 0) lines.push(`${lines.length > 1 ? '>\n' : ''}> ${plural(annotations.outsideChangedLines, 'finding')} ${annotations.outsideChangedLines === 1 ? 'is' : 'are'} outside the lines this pull request changes: listed here, not annotated.`);
  return [...lines, ''];
}

function fileChunks(file: FileReport, index: number, docs: ReadonlyMap<string, RuleDoc>): Chunk[] {
  // Most severe first, as a reviewer works through them; the results are already in line order.
  const failures = file.results.filter((result) => result.status === 'fail' && !result.suppressed).sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  const chunks: Chunk[] = [{ text: fileHeading(file, failures.length), failures: 0, file: index }];
  for (const result of failures) chunks.push({ text: failureItem(result, docs.get(result.ruleId)), failures: 1, file: index });
  const others = file.results.filter((result) => result.status !== 'fail' || result.suppressed);
  chunks.push({ text: `${failures.length > 0 ? '\n' : ''}${othersDetails(file.summary, others)}\n`, failures: 0, file: index });
  return chunks;
}

function fileHeading(file: FileReport, failures: number): string {
  const mark = failures > 0 ? (file.summary.errors > 0 ? '✖' : '⚠') : '✔';
  const facts = [...(file.form ? [`Form ${file.form}`] : []), file.format, totals(file.summary), `${file.summary.passed} passed`];
  return `### ${mark} ${escapeMarkdown(file.path)}\n\n${facts.map(escapeMarkdown).join(' · ')}\n\n`;
}

function failureItem(result: RuleResult, doc: RuleDoc | undefined): string {
  const { line, column } = result.location.start;
  const lines = [`- [ ] **${result.severity}** \`${result.ruleId}\` line ${line}, column ${column}: ${escapeMarkdown(result.message)}`];
  const quoted = result.evidence[0]?.text;
  if (quoted) lines.push(`  - “${escapeMarkdown(quoted)}”`);
  if (result.fix) lines.push(`  - Fix: ${escapeMarkdown(result.fix)}`);
  const sources = [...(result.citation ? [citation(result.citation)] : []), ...(safeUrl(doc?.helpUri) ? [`[rule documentation](${safeUrl(doc?.helpUri) ?? ''})`] : [])];
  if (sources.length > 0) lines.push(`  - ${sources.join(' · ')}`);
  return `${lines.join('\n')}\n`;
}

function citation(cited: Citation): string {
  const label = escapeMarkdown(`${cited.source}, ${cited.section}`);
  const url = safeUrl(cited.url);
  return url ? `[${label}](${url})` : label;
}

function othersDetails(summary: Summary, others: RuleResult[]): string {
  if (others.length === 0) return '';
  const counts = [`${summary.passed} passed`, `${summary.skipped} skipped`, ...(summary.suppressed > 0 ? [`${summary.suppressed} suppressed`] : [])];
  const items = others.map((result) => `- ${otherItem(result)}`);
  return `<details><summary>${counts.join(', ')}</summary>\n\n${items.join('\n')}\n\n</details>\n`;
}

function otherItem(result: RuleResult): string {
  const named = `${escapeMarkdown(result.title)} (\`${result.ruleId}\`)`;
  if (result.suppressed) return `⊘ Suppressed: ${named}, line ${result.location.start.line}: ${escapeMarkdown(result.suppressed.reason)}`;
  if (result.status === 'skip') return `➖ ${named}: ${escapeMarkdown(result.message)}`;
  return `[x] ${named}`;
}

function truncationNote(rest: Chunk[]): string {
  const failures = rest.reduce((sum, chunk) => sum + chunk.failures, 0);
  const files = new Set(rest.map((chunk) => chunk.file)).size;
  return `\n> [!WARNING]\n> This summary was cut to stay under GitHub's 1 MiB limit for a step summary: ${plural(failures, 'more finding')} in ${plural(files, 'file')} ${failures === 1 ? 'is' : 'are'} not shown. The step log, the annotations and the JSON or SARIF report have every result.\n`;
}

function totals(summary: Summary): string {
  return [plural(summary.errors, 'error'), plural(summary.warnings, 'warning'), ...(summary.infos > 0 ? [`${summary.infos} info`] : [])].join(', ');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
