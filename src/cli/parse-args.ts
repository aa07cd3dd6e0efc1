// Command-line options: parsed with node:util, checked, and turned into a plain options object.
import { parseArgs } from 'node:util';
import type { Concurrency } from './lint-pool.js';
import { FORMATS, type FormatName } from '../report/format-names.js';

export { FORMATS, type FormatName };

export interface OutputRequest {
  format: FormatName;
  /** Write to this file instead of standard output. */
  path?: string;
}

export interface CliOptions {
  inputs: string[];
  outputs: OutputRequest[];
  ruleIds?: string[];
  quiet: boolean;
  maxWarnings?: number;
  stdinFilename?: string;
  /** A configuration file used instead of the nearest one. */
  config?: string;
  /** Print the configuration resolved for this draft instead of linting. */
  printConfig?: string;
  color?: boolean;
  /** Worker threads: `auto` (for large batches), `off`, or a number. */
  concurrency: Concurrency;
  help: boolean;
  version: boolean;
}

function parseConcurrency(text: string): Concurrency {
  if (text === 'auto' || text === 'off') return text;
  if (/^[1-9]\d{0,2}$/.test(text)) return Number(text);
  throw new UsageError(`--concurrency takes auto, off or a number of worker threads, not "${text}".`);
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f', multiple: true },
        output: { type: 'string', short: 'o' },
        rule: { type: 'string', multiple: true },
        quiet: { type: 'boolean', short: 'q', default: false },
        'max-warnings': { type: 'string' },
        'stdin-filename': { type: 'string' },
        config: { type: 'string', short: 'c' },
        'print-config': { type: 'string' },
        concurrency: { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.replace(/\. To specify a positional.*$/s, '')}. Run disclosure-lint --help for the options.`);
  }
  const { values, positionals } = parsed;
  return {
    inputs: positionals,
    outputs: parseOutputs(values.format ?? [], values.output),
    ...(values.rule ? { ruleIds: values.rule } : {}),
    concurrency: parseConcurrency(values.concurrency ?? 'auto'),
    quiet: values.quiet ?? false,
    ...(values['max-warnings'] !== undefined ? { maxWarnings: parseCount(values['max-warnings'], '--max-warnings') } : {}),
    ...(values['stdin-filename'] !== undefined ? { stdinFilename: values['stdin-filename'] } : {}),
    ...(values.config !== undefined ? { config: values.config } : {}),
    ...(values['print-config'] !== undefined ? { printConfig: values['print-config'] } : {}),
    ...(values['no-color'] ? { color: false } : values.color !== undefined ? { color: values.color } : {}),
    help: values.help ?? false,
    version: values.version ?? false,
  };
}

// `--format json:report.json` writes that format to a file; `--output` applies to a format given without a path.
function parseOutputs(formats: string[], output: string | undefined): OutputRequest[] {
  const requests: OutputRequest[] = (formats.length > 0 ? formats : ['stylish']).map((spec) => {
    const colon = spec.indexOf(':');
    const name = colon < 0 ? spec : spec.slice(0, colon);
    if (!(FORMATS as readonly string[]).includes(name)) throw new UsageError(`Unknown format "${name}". Use one of: ${FORMATS.join(', ')}.`);
    return colon < 0 ? { format: name as FormatName } : { format: name as FormatName, path: spec.slice(colon + 1) };
  });
  if (output !== undefined) {
    const target = requests.find((request) => request.path === undefined);
    if (!target) throw new UsageError('--output was given but every --format already names its file (name:path).');
    target.path = output;
  }
  if (requests.filter((request) => request.path === undefined).length > 1) {
    throw new UsageError('Only one format can go to standard output; give the others a file with --format name:path.');
  }
  return requests;
}

function parseCount(text: string, option: string): number {
  if (!/^\d+$/.test(text)) throw new UsageError(`${option} takes a whole number, not "${text}".`);
  return Number(text);
}
