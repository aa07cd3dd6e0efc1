// The JSON report contract (schemas/report.schema.json); every formatter is a pure function of a Report.
import type { FormType, InputFormat, Span } from '../model/disclosure.js';
import type { Citation, Severity } from '../engine/rule.js';

export const REPORT_VERSION = '1.0.0';

export type RuleStatus = 'pass' | 'fail' | 'skip';

export interface Evidence {
  text: string;
  location: Span;
}

/** One failing (or evaluated) condition of a rule, with the value the fact actually had. */
export interface ExplanationItem {
  fact: string;
  operator: string;
  expected: unknown;
  actual: unknown;
  result: boolean;
}

export interface RuleResult {
  ruleId: string;
  title: string;
  status: RuleStatus;
  severity: Severity;
  message: string;
  fix?: string;
  citation?: Citation;
  location: Span;
  evidence: Evidence[];
  explanation: ExplanationItem[];
  suppressed?: { reason: string; location: Span };
}

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
  passed: number;
  skipped: number;
  suppressed: number;
}

export interface FileReport {
  path: string;
  format: InputFormat | 'unknown';
  form: FormType | null;
  results: RuleResult[];
  summary: Summary;
}

export interface Report {
  version: string;
  tool: { name: string; version: string };
  files: FileReport[];
  summary: Summary & { files: number };
}
