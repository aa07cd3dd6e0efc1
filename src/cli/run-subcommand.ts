// The subcommands for rule authors and setup: facts, rules test, rules validate, init.
import { factsCommand } from './commands/facts-command.js';
import { initCommand } from './commands/init-command.js';
import { rulesTestCommand } from './commands/rules-test-command.js';
import { rulesValidateCommand } from './commands/rules-validate-command.js';
import { UsageError } from './parse-args.js';
import type { CliIo } from './run-cli.js';

export async function runSubcommand(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'facts') return factsCommand(rest, io);
  if (command === 'init') return initCommand(rest, io);
  const [action, ...args] = rest;
  if (action === 'test') return rulesTestCommand(args, io);
  if (action === 'validate') return rulesValidateCommand(args, io);
  throw new UsageError(`"disclosure-lint rules" takes "test" or "validate"${action ? `, not "${action}"` : ''}. See disclosure-lint --help.`);
}
