// Parses a subcommand's arguments with node:util, turning its errors into usage errors that point at --help.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './parse-args.js';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseCommandArgs<T extends Options>(argv: readonly string[], options: T, command: string) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.replace(/\. To specify a positional.*$/s, '')}. Run disclosure-lint ${command} --help for the options.`);
  }
}
