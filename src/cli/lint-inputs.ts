// Discovers the drafts that inputs name and lints each under its configuration into one Report: the code path the CLI and the GitHub Action share.
import { resolve } from 'node:path';
import { ProjectLinter } from '../config/project-linter.js';
import type { LoadedRule } from '../engine/rule.js';
import { makeReport } from '../lint.js';
import type { FileReport, Report } from '../report/report.js';
import { discoverFiles } from './discover-files.js';
import { UsageError } from './parse-args.js';

export interface LintRequest {
  /** Files, directories, globs, or "-" for standard input. */
  inputs: readonly string[];
  /** Inputs are relative to this directory, and so are the paths in the report. */
  cwd: string;
  ruleIds?: readonly string[];
  /** A configuration file that overrides the one found next to the drafts. */
  config?: string;
  stdinFilename?: string;
  readStdin?(): Promise<string>;
}

export interface LintRun {
  report: Report;
  /** The rules that ran. */
  rules: readonly LoadedRule[];
  /** Inputs that named nothing to lint (each a usage problem, exit code 2); the rest was still linted. */
  problems: string[];
}

/** Throws an InputError for an invalid configuration or custom rule (exit code 2), a UsageError for an unknown --rule. */
export async function lintInputs(request: LintRequest): Promise<LintRun> {
  const discovery = await discoverFiles(request.inputs, request.cwd);
  const project = new ProjectLinter({
    ...(request.config !== undefined ? { configFile: resolve(request.cwd, request.config) } : {}),
    ...(request.ruleIds ? { ruleIds: request.ruleIds } : {}),
  });
  const stdinPath = resolve(request.cwd, request.stdinFilename ?? '<stdin>');
  const files = discovery.files.filter((file) => file === '-' || !project.isIgnored(resolve(request.cwd, file)));
  const paths = files.map((file) => (file === '-' ? stdinPath : resolve(request.cwd, file)));
  checkRuleIds(request.ruleIds ?? [], project, paths.length > 0 ? paths : [stdinPath]);
  const reports: FileReport[] = [];
  for (const file of files) reports.push(await lintOne(file, project, request, stdinPath));
  return { report: makeReport(reports), rules: project.rules, problems: discovery.problems };
}

function checkRuleIds(ruleIds: readonly string[], project: ProjectLinter, paths: readonly string[]): void {
  const known = new Set(paths.flatMap((path) => project.knownRules(path).map((rule) => rule.id)));
  const unknown = ruleIds.filter((id) => !known.has(id));
  if (unknown.length > 0) throw new UsageError(`Unknown rule ${unknown.map((id) => `"${id}"`).join(', ')}. The rules are listed in the README (rules/<family>/<id>); custom rules must be listed in the configuration's "customRules".`);
}

async function lintOne(file: string, project: ProjectLinter, request: LintRequest, stdinPath: string): Promise<FileReport> {
  if (file === '-') {
    const report = await project.lintText(stdinPath, request.readStdin ? await request.readStdin() : '');
    return { ...report, path: request.stdinFilename ?? '<stdin>' };
  }
  const report = await project.lintFile(resolve(request.cwd, file));
  return { ...report, path: file };
}
