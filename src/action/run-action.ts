// The GitHub Action: runner environment in; the CLI's lint path; annotations, job summary, report files and outputs out.
import { randomUUID } from 'node:crypto';
import { isAbsolute, relative } from 'node:path';
import { lintInputs, type LintRun } from '../cli/lint-inputs.js';
import { UsageError } from '../cli/parse-args.js';
import { writeOutputFile } from '../cli/write-output-file.js';
import { InputError } from '../model/input-error.js';
import { repositoryWebUrl } from '../package-manifest.js';
import { formatGithub, escapeData, GITHUB_ANNOTATION_LIMIT, type GithubAnnotations } from '../report/format-github.js';
import { formatJson } from '../report/format-json.js';
import { formatMarkdown } from '../report/format-markdown.js';
import { formatSarif } from '../report/format-sarif.js';
import { formatStylish } from '../report/format-stylish.js';
import { textStyles } from '../report/text-styles.js';
import { ruleDocs, type RuleDoc } from '../report/rule-doc.js';
import { actionExitCode } from './action-exit-code.js';
import { readActionInputs, type ActionInputs } from './action-inputs.js';
import { pullRequestChanges } from './pull-request-changes.js';
import { appendSummary, setOutputs } from './workflow-files.js';

export interface ActionIo {
  env: Readonly<Record<string, string | undefined>>;
  /** The step log: where workflow commands are read. */
  stdout: { write(text: string): unknown };
  /** Used when GITHUB_WORKSPACE is not set. */
  cwd: string;
}

export async function runAction(io: ActionIo): Promise<number> {
  try {
    const inputs = readActionInputs(io.env);
    const workspace = io.env.GITHUB_WORKSPACE || io.cwd;
    const run = workspaceRelative(await lintInputs({ inputs: inputs.files, cwd: workspace, ...(inputs.config ? { config: inputs.config } : {}) }), workspace);
    const rules = ruleDocs(run.rules);
    for (const problem of run.problems) io.stdout.write(`::error title=disclosure-lint::${escapeData(problem)}\n`);
    await printLog(run, io);
    const annotations = annotate(run, inputs, workspace, io);
    const files = await writeReports(run, rules, inputs, workspace);
    appendSummary(io.env.GITHUB_STEP_SUMMARY, formatMarkdown(run.report, { rules, annotations: { ...annotations, limitPerLevel: GITHUB_ANNOTATION_LIMIT } }));
    const { summary } = run.report;
    setOutputs(io.env.GITHUB_OUTPUT, { errors: summary.errors, warnings: summary.warnings, passed: summary.passed, 'sarif-file': files.sarif, 'report-file': files.json });
    return actionExitCode(run.report, { failOn: inputs.failOn, problems: run.problems, brokenInput: run.brokenInput, ...(inputs.maxWarnings !== undefined ? { maxWarnings: inputs.maxWarnings } : {}) });
  } catch (error) {
    const message = error instanceof UsageError || error instanceof InputError ? error.message : `internal error: ${(error as Error).stack ?? String(error)}`;
    io.stdout.write(`::error title=disclosure-lint::${escapeData(message)}\n`);
    return 2;
  }
}

/**
 * The readable checklist, for the step log. Draft text in it could read as a workflow command (the runner trims
 * leading spaces before looking for "::"), so commands are switched off around it with a one-time token.
 */
async function printLog(run: LintRun, io: ActionIo): Promise<void> {
  const token = randomUUID();
  const styles = await textStyles(io.env.NO_COLOR === undefined || io.env.NO_COLOR === '');
  io.stdout.write(`::stop-commands::${token}\n${formatStylish(run.report, { styles })}::${token}::\n`);
}

function annotate(run: LintRun, inputs: ActionInputs, workspace: string, io: ActionIo): Omit<GithubAnnotations, 'text'> {
  const changes = inputs.annotations === 'none' ? { kind: 'not-a-pull-request' as const } : pullRequestChanges(io.env.GITHUB_EVENT_PATH, workspace);
  if (changes.kind === 'unknown') io.stdout.write(`disclosure-lint: annotating every finding: ${changes.reason}.\n`);
  const { text, ...counts } = formatGithub(run.report, { scope: inputs.annotations, ...(changes.kind === 'known' ? { changedLines: changes.changedLines } : {}) });
  io.stdout.write(text);
  return counts;
}

/** Annotations and SARIF need repository paths, also for drafts named by absolute path (`${{ github.workspace }}/drafts`). */
function workspaceRelative(run: LintRun, workspace: string): LintRun {
  const files = run.report.files.map((file) => {
    const inside = relative(workspace, file.path);
    return isAbsolute(file.path) && !inside.startsWith('..') && !isAbsolute(inside) ? { ...file, path: inside } : file;
  });
  return { ...run, report: { ...run.report, files } };
}

async function writeReports(run: LintRun, rules: RuleDoc[], inputs: ActionInputs, workspace: string): Promise<{ sarif: string; json: string }> {
  const informationUri = repositoryWebUrl();
  if (inputs.sarifFile) await writeOutputFile(workspace, inputs.sarifFile, formatSarif(run.report, { rules, ...(informationUri ? { informationUri } : {}) }));
  if (inputs.jsonFile) await writeOutputFile(workspace, inputs.jsonFile, formatJson(run.report));
  return { sarif: inputs.sarifFile ?? '', json: inputs.jsonFile ?? '' };
}
