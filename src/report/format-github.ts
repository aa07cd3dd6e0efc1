// The `github` formatter: workflow commands (`::error file=...::message`) that GitHub Actions shows as annotations.
import type { ChangedLines } from './changed-lines.js';
import { touchesChangedLines } from './changed-lines.js';
import { findings, repositoryPath, SEVERITY_RANK, type Finding } from './findings.js';
import type { Report, RuleResult } from './report.js';

/** Which findings become annotations: all of them, only those on lines the pull request changed, or none. */
export type AnnotationScope = 'all' | 'changed-lines' | 'none';

export interface GithubOptions {
  scope?: AnnotationScope;
  /** Lines the pull request changed; unknown (a push, no git history) means every line counts as changed. */
  changedLines?: ChangedLines;
  /** GitHub shows at most 10 annotations of each level per step and drops the rest silently. */
  limitPerLevel?: number;
}

export interface GithubAnnotations {
  /** The workflow commands, one per line. */
  text: string;
  annotated: number;
  /** Findings left out because their level already had `limitPerLevel` annotations. */
  overLimit: number;
  /** Findings left out because they are not on a changed line (scope `changed-lines`). */
  outsideChangedLines: number;
}

export const GITHUB_ANNOTATION_LIMIT = 10;

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

export function formatGithub(report: Report, options: GithubOptions = {}): GithubAnnotations {
  const scope = options.scope ?? 'all';
  const all = findings(report);
  if (scope === 'none') return { text: '', annotated: 0, overLimit: 0, outsideChangedLines: 0 };
  const changed = options.changedLines;
  const onChanged = (finding: Finding): boolean => !changed || touchesChangedLines(changed, finding.file.path, finding.result.location);
  const candidates = scope === 'changed-lines' ? all.filter(onChanged) : all;
  const limit = options.limitPerLevel ?? GITHUB_ANNOTATION_LIMIT;
  const chosen = pickWithinLimit(prioritize(candidates, onChanged), limit);
  const overLimit = candidates.length - chosen.length;
  const lines = chosen.map(annotation);
  // A plain log line, not a command: the step log says why some findings have no annotation.
  if (overLimit > 0) lines.push(`disclosure-lint: ${overLimit} more finding${overLimit === 1 ? ' was' : 's were'} not annotated (GitHub shows at most ${limit} per level in a step); the job summary and the report list them all.`);
  return { text: lines.map((line) => `${line}\n`).join(''), annotated: chosen.length, overLimit, outsideChangedLines: all.length - candidates.length };
}

// Most severe first, then findings on changed lines, then report order (the sort is stable).
function prioritize(candidates: Finding[], onChanged: (finding: Finding) => boolean): Finding[] {
  return candidates
    .map((finding) => ({ finding, changed: onChanged(finding) }))
    .sort((a, b) => SEVERITY_RANK[a.finding.result.severity] - SEVERITY_RANK[b.finding.result.severity] || Number(b.changed) - Number(a.changed))
    .map(({ finding }) => finding);
}

function pickWithinLimit(ordered: Finding[], limit: number): Finding[] {
  const used = { error: 0, warning: 0, info: 0 };
  return ordered.filter(({ result }) => used[result.severity]++ < limit);
}

function annotation({ file, result }: Finding): string {
  const { start, end } = result.location;
  const properties = [
    `file=${escapeProperty(repositoryPath(file.path))}`,
    `line=${start.line}`,
    `endLine=${end.line}`,
    `col=${start.column}`,
    `endColumn=${end.column}`,
    `title=${escapeProperty(title(result))}`,
  ];
  return `::${COMMAND[result.severity]} ${properties.join(',')}::${escapeData(body(result))}`;
}

function title(result: RuleResult): string {
  return result.citation ? `${result.ruleId} (${result.citation.source}, ${result.citation.section})` : result.ruleId;
}

function body(result: RuleResult): string {
  const quoted = result.evidence[0]?.text;
  return [result.message, ...(quoted ? [`“${quoted}”`] : []), ...(result.fix ? [`Fix: ${result.fix}`] : [])].join('\n');
}

/** Escapes the message of a workflow command, so draft text can neither end the line nor start another command. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value (file, title), where `:` ends the properties and `,` separates them. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
