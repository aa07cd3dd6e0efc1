// The pipeline as one function: files in, a Report out (read → parse → facts → rules → results).
import { computeFacts, type FactResults } from './facts/compute-facts.js';
import { extendLexicons, loadBuiltinLexicons, type Lexicons } from './facts/text/lexicons.js';
import { applySuppressions, type SuppressionOptions } from './config/apply-suppressions.js';
import { buildResults } from './engine/build-results.js';
import { loadBuiltinRules } from './engine/load-rules.js';
import { RuleEngine } from './engine/rule-engine.js';
import type { LoadedRule } from './engine/rule.js';
import type { Disclosure, InputFormat } from './model/disclosure.js';
import { InputError } from './model/input-error.js';
import { detectFormat } from './parse/detect-format.js';
import { parseSource } from './parse/parse-source.js';
import { decodeSource, readSource, type DraftOrigin } from './parse/read-source.js';
import { sortResults, summarize, summarizeFiles } from './report/summarize.js';
import { REPORT_VERSION, type FileReport, type Report, type RuleResult } from './report/report.js';
import { toolVersion } from './tool-version.js';

export interface LintOptions {
  /** Run only these rule ids (all loaded rules when absent). */
  ruleIds?: readonly string[];
  /** Rules to run instead of the built-in ones. */
  rules?: readonly LoadedRule[];
  /** Ids of rules that exist but do not run (turned off by configuration): suppressions may name them. */
  inactiveRuleIds?: readonly string[];
  /** Terms added to the built-in lexicons. */
  lexicons?: Record<string, readonly string[]>;
  /** Severities of the findings inline suppressions produce (unused-suppression, ...), 'off' to drop them. */
  suppressionSeverities?: SuppressionOptions['severities'];
}

/** A configured linter: rules loaded and the engine built once, then any number of documents. */
export class Linter {
  private readonly engine: RuleEngine;
  private readonly lexicons: Lexicons;
  private readonly suppressions: SuppressionOptions;

  constructor(options: LintOptions = {}) {
    const rules = options.rules ?? loadBuiltinRules();
    const selected = options.ruleIds ? rules.filter((rule) => options.ruleIds?.includes(rule.id)) : rules;
    this.lexicons = extendLexicons(loadBuiltinLexicons(), options.lexicons);
    this.engine = new RuleEngine(selected, { lexicons: this.lexicons });
    this.suppressions = {
      ranRuleIds: new Set(selected.map((rule) => rule.id)),
      knownRuleIds: new Set([...rules.map((rule) => rule.id), ...(options.inactiveRuleIds ?? [])]),
      ...(options.suppressionSeverities ? { severities: options.suppressionSeverities } : {}),
    };
  }

  get rules(): readonly LoadedRule[] {
    return this.engine.rules;
  }

  async lintFile(path: string): Promise<FileReport> {
    try {
      return await this.lintText(path, readSource(path));
    } catch (error) {
      return failedFile(path, 'unknown', error);
    }
  }

  /** Lints a draft's bytes (standard input), refusing what a file would be refused for: empty, binary, not UTF-8. */
  async lintBytes(path: string, bytes: Uint8Array, origin: DraftOrigin = 'stdin'): Promise<FileReport> {
    try {
      return await this.lintText(path, decodeSource(path, bytes, origin));
    } catch (error) {
      return failedFile(path, 'unknown', error);
    }
  }

  /** Lints text already in memory (stdin, editors); `path` names it in the report and picks the format. */
  async lintText(path: string, text: string, format?: InputFormat): Promise<FileReport> {
    let model: Disclosure;
    try {
      model = parseSource(path, text, format ?? detectFormat(path, text));
    } catch (error) {
      return failedFile(path, format ?? 'unknown', error);
    }
    try {
      return await this.lintModel(model);
    } catch (error) {
      return failedFile(path, model.source.format, error, model.meta.form ?? null);
    }
  }

  /** Every fact of a draft as this linter's rules see it (with its lexicons). */
  factsOf(model: Disclosure): FactResults {
    return computeFacts(model, this.lexicons);
  }

  async lintModel(model: Disclosure): Promise<FileReport> {
    const facts = this.factsOf(model);
    const values = Object.fromEntries(Object.entries(facts).map(([id, result]) => [id, result.value]));
    const outcomes = this.engine.evaluate(values);
    const results = sortResults(applySuppressions(buildResults(outcomes, model, facts, { lexicons: this.lexicons }), model, this.suppressions));
    return { path: model.source.path, format: model.source.format, form: model.meta.form ?? null, results, summary: summarize(results) };
  }
}

export async function lintFiles(paths: readonly string[], options: LintOptions = {}): Promise<Report> {
  const linter = new Linter(options);
  const files: FileReport[] = [];
  for (const path of paths) files.push(await linter.lintFile(path));
  return makeReport(files);
}

export function makeReport(files: FileReport[]): Report {
  return { version: REPORT_VERSION, tool: { name: 'disclosure-lint', version: toolVersion() }, files, summary: summarizeFiles(files) };
}

/** A file that could not be read or analysed still gets a report: one failing result that says why. */
function failedFile(path: string, format: InputFormat | 'unknown', error: unknown, form: FileReport['form'] = null): FileReport {
  const input = error instanceof InputError;
  const at = input && error.at ? error.at : { line: 1, column: 1, offset: 0 };
  const result: RuleResult = {
    ruleId: input ? 'invalid-input' : 'internal-error',
    title: input ? 'The file can be read as a disclosure draft' : 'disclosure-lint analysed the file without an internal error',
    status: 'fail',
    severity: 'error',
    message: input ? `${error.problem}${error.pointer !== undefined ? ` (at ${error.pointer || '/'})` : ''}. ${error.hint}` : `Internal error: ${error instanceof Error ? error.message : String(error)}. Please report this with the draft that caused it.`,
    location: { start: at, end: at },
    evidence: [],
    explanation: [],
  };
  return { path, format, form, results: [result], summary: summarize([result]) };
}
