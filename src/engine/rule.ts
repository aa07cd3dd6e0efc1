// A rule as written in rules/<family>/<id>/rule.json (built-in and custom rules share this format).
import type { FormType } from '../model/disclosure.js';

export type Severity = 'error' | 'warning' | 'info';

export interface Citation {
  source: string;
  section: string;
  url?: string;
}

export interface ConditionLeaf {
  fact: string;
  operator: string;
  value: unknown;
}

export type Condition = ConditionLeaf | { all: Condition[] } | { any: Condition[] } | { not: Condition };

export interface RuleDefinition {
  id: string;
  title: string;
  severity: Severity;
  citation?: Citation;
  forms?: FormType[];
  when?: Condition;
  expect: Condition;
  message: string;
  fix?: string;
  /**
   * Where a failure points: `section:<kind>` (the section of that kind, else the item heading),
   * `item` (the item heading, else the start), `evidence:<fact>` (the first evidence span of a fact) or
   * `each:<fact>` (one failure per evidence span of a fact, e.g. one per placeholder).
   */
  locate?: string;
}

/** A rule as loaded: its definition plus where it came from. */
export interface LoadedRule extends RuleDefinition {
  family: string;
  /** Absolute path of the rule.json file. */
  file: string;
  /** The folder's README.md, for documentation links. */
  readme?: string;
}
