// The command line, as a function of arguments, streams and environment, so scenarios can be tested in-process.
import { resolve } from 'node:path';
import { ProjectLinter } from '../config/project-linter.js';
import { InputError } from '../model/input-error.js';
import { repositoryWebUrl } from '../package-manifest.js';
import type { FormatContext } from '../report/format-report.js';
import type { FileReport, Report } from '../report/report.js';
import { jsonWriter } from '../report/format-json.js';
import { stylishWriter } from '../report/format-stylish.js';
import { PLAIN_STYLES, textStyles, type TextStyles } from '../report/text-styles.js';
import { OutputStream } from './output-stream.js';
import { progressReporter } from './progress.js';
import { ruleDocs } from '../report/rule-doc.js';
import { toolVersion } from '../tool-version.js';
import { isSubcommand } from './subcommand-names.js';
import { exitCode } from './exit-code.js';
import { HELP } from './help.js';
import { lintInputs, type RunPlan } from './lint-inputs.js';
import { parseCliArgs, UsageError, type CliOptions, type OutputRequest } from './parse-args.js';
import { writeOutputFile } from './write-output-file.js';

export interface CliIo {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** Standard input's bytes, checked as a file's are (empty, binary, not UTF-8) before they are read as a draft. */
  readStdin(): Promise<Uint8Array>;
  /** Told how a lint will run before it starts (the real process tunes V8 with it). */
  onPlan?(plan: RunPlan): void;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    // What a lint does not need is loaded only when asked for: the subcommands, print-config and the whole-report
    // formats (a SARIF report alone loads node:crypto), so a one-draft lint starts sooner.
    if (isSubcommand(argv[0])) return await (await import('./run-subcommand.js')).runSubcommand(argv, io);
    const options = parseCliArgs(argv);
    if (options.help) return write(io.stdout, HELP, 0);
    if (options.version) return write(io.stdout, `${toolVersion()}\n`, 0);
    if (options.printConfig !== undefined) return await showConfig(options.printConfig, options, io);
    if (options.inputs.length === 0) throw new UsageError('No drafts given. Pass files, directories or globs (or - for standard input); see --help.');
    return await lint(options, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError) return write(io.stderr, `disclosure-lint: ${error.message}\n`, 2);
    return write(io.stderr, `disclosure-lint: internal error: ${(error as Error).stack ?? String(error)}\n`, 2);
  }
}

async function lint(options: CliOptions, io: CliIo): Promise<number> {
  // Stylish and JSON are written as files complete, so memory stays flat however many drafts a run has.
  // Colour is for standard output only, and chalk is loaded only when it is on.
  const painted = await textStyles(useColor(options, io));
  const stylesFor = (output: OutputRequest): TextStyles => (output.path === undefined ? painted : PLAIN_STYLES);
  const streams = options.outputs.every((output) => STREAMED.has(output.format)) ? options.outputs.map((output) => openStream(output, stylesFor(output), options, io)) : undefined;
  let progress: ((done: number) => void) | undefined | null = null;
  const run = await lintInputs({
    inputs: options.inputs,
    cwd: io.cwd,
    readStdin: io.readStdin,
    concurrency: options.concurrency,
    keepFiles: streams === undefined,
    ...(streams ? { onFile: (file: FileReport) => streams.forEach((stream) => stream.file(file)) } : {}),
    onProgress: (done, total) => {
      if (progress === null) progress = progressReporter(io.stderr, io.env, total);
      progress?.(done);
    },
    ...(io.onPlan ? { onPlan: io.onPlan } : {}),
    ...(options.ruleIds ? { ruleIds: options.ruleIds } : {}),
    ...(options.config !== undefined ? { config: options.config } : {}),
    ...(options.stdinFilename !== undefined ? { stdinFilename: options.stdinFilename } : {}),
  });
  for (const problem of run.problems) io.stderr.write(`disclosure-lint: ${problem}\n`);
  if (streams) {
    for (const stream of streams) stream.end(run.report.summary);
  } else {
    const context = { rules: ruleDocs(run.rules), informationUri: repositoryWebUrl(), quiet: options.quiet };
    for (const output of options.outputs) await emit(run.report, output, { ...context, styles: stylesFor(output) }, io);
  }
  const code = exitCode(run.report.summary, run.brokenInput, options);
  return run.problems.length > 0 ? 2 : code;
}

const STREAMED = new Set<OutputRequest['format']>(['stylish', 'json']);

function openStream(output: OutputRequest, styles: TextStyles, options: CliOptions, io: CliIo): OutputStream {
  const writer = output.format === 'json'
    ? jsonWriter({ name: 'disclosure-lint', version: toolVersion() })
    : stylishWriter({ styles, quiet: options.quiet });
  return new OutputStream(writer, { cwd: io.cwd, stdout: io.stdout, ...(output.path !== undefined ? { path: output.path } : {}) });
}

async function showConfig(draft: string, options: CliOptions, io: CliIo): Promise<number> {
  const { printConfig } = await import('../config/print-config.js');
  const project = new ProjectLinter(options.config !== undefined ? { configFile: resolve(io.cwd, options.config) } : {});
  return write(io.stdout, `${JSON.stringify(printConfig(project, draft, io.cwd), null, 2)}\n`, 0);
}

async function emit(report: Report, output: OutputRequest, context: FormatContext, io: CliIo): Promise<void> {
  const { formatReport } = await import('../report/format-report.js');
  const text = formatReport(output.format, report, context);
  if (output.path === undefined) io.stdout.write(text);
  else await writeOutputFile(io.cwd, output.path, text);
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
