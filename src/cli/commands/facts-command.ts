// `disclosure-lint facts <file>`: every fact's value and evidence for a draft, as rules see them (for rule authors).
import { resolve } from 'node:path';
import { ProjectLinter } from '../../config/project-linter.js';
import { evidenceAt } from '../../engine/build-results.js';
import type { FactResults } from '../../facts/compute-facts.js';
import type { Disclosure } from '../../model/disclosure.js';
import { parseSource } from '../../parse/parse-source.js';
import { readSource } from '../../parse/read-source.js';
import { terminalSafe } from '../../report/terminal-safe.js';
import type { Evidence } from '../../report/report.js';
import { UsageError } from '../parse-args.js';
import { parseCommandArgs } from '../parse-command-args.js';
import type { CliIo } from '../run-cli.js';

export const FACTS_HELP = `Usage: disclosure-lint facts <file> [--format table|json] [--config <file>]

Prints every fact disclosure-lint computes for the draft, with its value and evidence
(line:column and the text), using the lexicons of the draft's configuration.
`;

// A table row shows this much of a value or of a piece of evidence; the JSON format has everything.
const CELL = 70;
const EVIDENCE_SHOWN = 3;

interface FactEntry {
  value: unknown;
  evidence: Evidence[];
}

export async function factsCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { format: { type: 'string', short: 'f', default: 'table' }, config: { type: 'string', short: 'c' }, help: { type: 'boolean', short: 'h' } }, 'facts');
  if (values.help) return writeOut(io, FACTS_HELP);
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) throw new UsageError('disclosure-lint facts takes one draft. See disclosure-lint facts --help.');
  if (values.format !== 'table' && values.format !== 'json') throw new UsageError(`Unknown format "${values.format}". Use table or json.`);
  const path = resolve(io.cwd, file);
  const project = new ProjectLinter(values.config !== undefined ? { configFile: resolve(io.cwd, values.config) } : {});
  const model = parseSource(path, readSource(path));
  const facts = entries(model, project.linterFor(path).factsOf(model));
  const header = { path: file, format: model.source.format, form: model.meta.form ?? null };
  return writeOut(io, values.format === 'json' ? `${JSON.stringify({ ...header, facts }, null, 2)}\n` : table(header, facts));
}

function entries(model: Disclosure, facts: FactResults): Record<string, FactEntry> {
  return Object.fromEntries(Object.entries(facts).map(([id, result]) => [id, { value: result.value, evidence: result.evidence.map((span) => evidenceAt(model, span)) }]));
}

function table(header: { path: string; format: string; form: string | null }, facts: Record<string, FactEntry>): string {
  const width = Math.max(...Object.keys(facts).map((id) => id.length));
  const lines = [`${terminalSafe(header.path)}  (${header.form ? `Form ${header.form}, ` : ''}${header.format})`, ''];
  for (const [id, entry] of Object.entries(facts)) {
    lines.push(`${id.padEnd(width)}  ${clip(terminalSafe(JSON.stringify(entry.value)))}`);
    for (const item of entry.evidence.slice(0, EVIDENCE_SHOWN)) {
      lines.push(`${''.padEnd(width)}    ${item.location.start.line}:${item.location.start.column}  “${clip(terminalSafe(item.text))}”`);
    }
    if (entry.evidence.length > EVIDENCE_SHOWN) lines.push(`${''.padEnd(width)}    … ${entry.evidence.length - EVIDENCE_SHOWN} more (--format json lists all)`);
  }
  return `${lines.join('\n')}\n`;
}

function clip(text: string): string {
  return text.length > CELL ? `${text.slice(0, CELL - 1)}…` : text;
}

function writeOut(io: CliIo, text: string): number {
  io.stdout.write(text);
  return 0;
}
