// The command line, as a function of arguments, streams and environment, so scenarios can be tested in-process.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { Linter, makeReport } from '../lint.js';
import { InputError } from '../model/input-error.js';
import { formatJson } from '../report/format-json.js';
import { formatStylish } from '../report/format-stylish.js';
import type { FileReport, Report } from '../report/report.js';
import { toolVersion } from '../tool-version.js';
import { discoverFiles } from './discover-files.js';
import { exitCode } from './exit-code.js';
import { HELP } from './help.js';
import { parseCliArgs, UsageError, type CliOptions, type OutputRequest } from './parse-args.js';

export interface CliIo {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  readStdin(): Promise<string>;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const options = parseCliArgs(argv);
    if (options.help) return write(io.stdout, HELP, 0);
    if (options.version) return write(io.stdout, `${toolVersion()}\n`, 0);
    if (options.inputs.length === 0) throw new UsageError('No drafts given. Pass files, directories or globs (or - for standard input); see --help.');
    return await lint(options, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError) return write(io.stderr, `disclosure-lint: ${error.message}\n`, 2);
    return write(io.stderr, `disclosure-lint: internal error: ${(error as Error).stack ?? String(error)}\n`, 2);
  }
}

async function lint(options: CliOptions, io: CliIo): Promise<number> {
  const discovery = await discoverFiles(options.inputs, io.cwd);
  for (const problem of discovery.problems) io.stderr.write(`disclosure-lint: ${problem}\n`);
  const linter = new Linter(options.ruleIds ? { ruleIds: options.ruleIds } : {});
  checkRuleIds(options, linter);
  const files: FileReport[] = [];
  for (const file of discovery.files) files.push(await lintOne(file, linter, options, io));
  const report = makeReport(files);
  for (const output of options.outputs) await emit(report, output, options, io);
  const code = exitCode(report, options);
  return discovery.problems.length > 0 ? 2 : code;
}

function checkRuleIds(options: CliOptions, linter: Linter): void {
  const unknown = (options.ruleIds ?? []).filter((id) => !linter.rules.some((rule) => rule.id === id));
  if (unknown.length > 0) throw new UsageError(`Unknown rule ${unknown.map((id) => `"${id}"`).join(', ')}. The rules are listed in the README (rules/<family>/<id>).`);
}

async function lintOne(file: string, linter: Linter, options: CliOptions, io: CliIo): Promise<FileReport> {
  if (file === '-') return linter.lintText(options.stdinFilename ?? '<stdin>', await io.readStdin());
  const report = await linter.lintFile(resolve(io.cwd, file));
  return { ...report, path: file };
}

async function emit(report: Report, output: OutputRequest, options: CliOptions, io: CliIo): Promise<void> {
  const toFile = output.path !== undefined;
  const color = !toFile && useColor(options, io);
  const text = output.format === 'json' ? formatJson(report) : formatStylish(report, { color, quiet: options.quiet });
  if (output.path === undefined) {
    io.stdout.write(text);
    return;
  }
  const target = resolve(io.cwd, output.path);
  try {
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text);
  } catch (error) {
    throw new UsageError(`Cannot write ${output.path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}. Choose a writable path.`);
  }
}

function useColor(options: CliOptions, io: CliIo): boolean {
  if (options.color !== undefined) return options.color;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.stdout.isTTY === true;
}

function write(stream: { write(text: string): unknown }, text: string, code: number): number {
  stream.write(text);
  return code;
}
