// Discovers the drafts that inputs name and lints each under its configuration into one Report: the code path the CLI and the GitHub Action share.
import { resolve } from 'node:path';
import { ProjectLinter, type ProjectOptions } from '../config/project-linter.js';
import type { LoadedRule } from '../engine/rule.js';
import type { FileReport, Report } from '../report/report.js';
import { discoverFiles } from './discover-files.js';
import { lintInPool, workerCount, workerScript, type Concurrency } from './lint-pool.js';
import { UsageError } from './parse-args.js';
import { ReportCollector } from './report-collector.js';
import { uniqueRules } from '../engine/unique-rules.js';

export interface LintRequest {
  /** Files, directories, globs, or "-" for standard input. */
  inputs: readonly string[];
  /** Inputs are relative to this directory, and so are the paths in the report. */
  cwd: string;
  ruleIds?: readonly string[];
  /** A configuration file that overrides the one found next to the drafts. */
  config?: string;
  stdinFilename?: string;
  readStdin?(): Promise<Uint8Array>;
  /** Worker threads for large batches (default `auto`). */
  concurrency?: Concurrency;
  /** Called with each file report, in input order, as soon as it and those before it are done. */
  onFile?(file: FileReport): void;
  /** Keep every file report in the returned report (default true); streaming callers turn it off to bound memory. */
  keepFiles?: boolean;
  /** Called after each file with the number done and the total (progress display). */
  onProgress?(done: number, total: number): void;
  /** Called once the drafts are found, before the first is linted. */
  onPlan?(plan: RunPlan): void;
}

/** How a run will lint: how many drafts, and how many worker threads besides the main thread. */
export interface RunPlan {
  drafts: number;
  workers: number;
}

export interface LintRun {
  /** The report; its `files` are empty when `keepFiles` was false, its summary always complete. */
  report: Report;
  /** The rules that ran. */
  rules: readonly LoadedRule[];
  /** Inputs that named nothing to lint (each a usage problem, exit code 2); the rest was still linted. */
  problems: string[];
  /** Whether some draft could not be analysed (exit code 2). */
  brokenInput: boolean;
}

/** Throws an InputError for an invalid configuration or custom rule (exit code 2), a UsageError for an unknown --rule. */
export async function lintInputs(request: LintRequest): Promise<LintRun> {
  const discovery = await discoverFiles(request.inputs, request.cwd);
  const projectOptions: ProjectOptions = {
    ...(request.config !== undefined ? { configFile: resolve(request.cwd, request.config) } : {}),
    ...(request.ruleIds ? { ruleIds: request.ruleIds } : {}),
  };
  const project = new ProjectLinter(projectOptions);
  const stdinPath = resolve(request.cwd, request.stdinFilename ?? '<stdin>');
  const files = discovery.files.filter((file) => file === '-' || !project.isIgnored(resolve(request.cwd, file)));
  const paths = files.map((file) => (file === '-' ? stdinPath : resolve(request.cwd, file)));
  checkRuleIds(request.ruleIds ?? [], project, paths.length > 0 ? paths : [stdinPath]);
  let done = 0;
  const collector = new ReportCollector({
    keepFiles: request.keepFiles ?? true,
    onFile: (file) => {
      request.onFile?.(file);
      request.onProgress?.(++done, files.length);
    },
  });
  const workers = files.includes('-') ? 0 : workerCount(request.concurrency ?? 'auto', files.length);
  const script = workers > 0 ? workerScript() : undefined;
  request.onPlan?.({ drafts: files.length, workers: script ? workers : 0 });
  let rules: readonly LoadedRule[];
  if (script) {
    const lintHere = (index: number): Promise<FileReport> => lintOne(files[index] as string, project, request, stdinPath);
    const workerRules = await lintInPool(paths, projectOptions, workers, script, lintHere, (index, report) => collector.add(index, { ...report, path: files[index] as string }));
    rules = uniqueRules([...project.rules, ...workerRules]);
  } else {
    for (const [index, file] of files.entries()) collector.add(index, await lintOne(file, project, request, stdinPath));
    rules = project.rules;
  }
  return { report: collector.report(), rules, problems: discovery.problems, brokenInput: collector.brokenInput };
}

function checkRuleIds(ruleIds: readonly string[], project: ProjectLinter, paths: readonly string[]): void {
  const known = new Set(paths.flatMap((path) => project.knownRules(path).map((rule) => rule.id)));
  const unknown = ruleIds.filter((id) => !known.has(id));
  if (unknown.length > 0) throw new UsageError(`Unknown rule ${unknown.map((id) => `"${id}"`).join(', ')}. The rules are listed in the README (rules/<family>/<id>); custom rules must be listed in the configuration's "customRules".`);
}

async function lintOne(file: string, project: ProjectLinter, request: LintRequest, stdinPath: string): Promise<FileReport> {
  if (file === '-') {
    const report = await project.lintBytes(stdinPath, request.readStdin ? await request.readStdin() : new Uint8Array());
    return { ...report, path: request.stdinFilename ?? '<stdin>' };
  }
  const report = await project.lintFile(resolve(request.cwd, file));
  return { ...report, path: file };
}
