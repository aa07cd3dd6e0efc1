// Discovers the drafts that inputs name and lints them into one Report: the code path the CLI and the GitHub Action share.
import { resolve } from 'node:path';
import type { LoadedRule } from '../engine/rule.js';
import { Linter, makeReport } from '../lint.js';
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

export async function lintInputs(request: LintRequest): Promise<LintRun> {
  // Configuration files arrive with issue 6; until then a given one must not be silently ignored.
  if (request.config !== undefined) throw new UsageError(`Configuration files are not supported by this version (${request.config}). Remove the config input.`);
  const discovery = await discoverFiles(request.inputs, request.cwd);
  const linter = new Linter(request.ruleIds ? { ruleIds: request.ruleIds } : {});
  checkRuleIds(request.ruleIds ?? [], linter);
  const files: FileReport[] = [];
  for (const file of discovery.files) files.push(await lintOne(file, linter, request));
  return { report: makeReport(files), rules: linter.rules, problems: discovery.problems };
}

function checkRuleIds(ruleIds: readonly string[], linter: Linter): void {
  const unknown = ruleIds.filter((id) => !linter.rules.some((rule) => rule.id === id));
  if (unknown.length > 0) throw new UsageError(`Unknown rule ${unknown.map((id) => `"${id}"`).join(', ')}. The rules are listed in the README (rules/<family>/<id>).`);
}

async function lintOne(file: string, linter: Linter, request: LintRequest): Promise<FileReport> {
  if (file === '-') return linter.lintText(request.stdinFilename ?? '<stdin>', request.readStdin ? await request.readStdin() : '');
  const report = await linter.lintFile(resolve(request.cwd, file));
  return { ...report, path: file };
}
