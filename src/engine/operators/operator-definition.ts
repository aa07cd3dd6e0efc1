// The contract of a rule operator: what it compares, the JSON Schema of its value, and how it explains itself.
import type { Span } from '../../model/disclosure.js';
import type { Lexicons } from '../../facts/text/lexicons.js';

/** Value kinds a fact can have, as read from its declared type (see fact-shape.ts). */
export type FactKind = 'boolean' | 'number' | 'string' | 'string[]' | 'array' | 'object' | 'null';

/** What an operator may read while it evaluates: the vocabularies of the linter it runs in. */
export interface OperatorContext {
  readonly lexicons: Lexicons;
}

/** A problem with a rule's value for an operator, found when the rule is loaded. */
export class OperatorValueError extends Error {
  constructor(
    readonly problem: string,
    readonly hint: string,
    /** Pointer below the condition's `value` where the problem is ("" for the value itself). */
    readonly pointer = '',
  ) {
    super(`${problem}. ${hint}`);
    this.name = 'OperatorValueError';
  }
}

/** What the reference and the rule loader know of every operator, json-rules-engine's included. */
export interface OperatorInfo {
  name: string;
  description: string;
  /** The fact kinds the operator reads; a rule using it on another kind of fact is rejected at load time. */
  factKinds: readonly FactKind[];
  /** JSON Schema (draft 2020-12) of the rule's `value`; checked at load time with located errors. */
  valueSchema: Record<string, unknown>;
  /** An example condition for the reference. */
  example: { fact: string; value: unknown };
}

/** One of disclosure-lint's own operators, registered on every engine. */
export interface OperatorDefinition<Compiled = unknown> extends OperatorInfo {  /** Turns a schema-valid value into what `evaluate` uses (a compiled pattern); throws OperatorValueError. */
  compile(value: unknown): Compiled;
  evaluate(factValue: unknown, compiled: Compiled, context: OperatorContext): boolean;
  /**
   * The fact's evidence narrowed to what matched (e.g. the sentences a pattern found), so passes quote them
   * and `each:` failures point at them. Absent: the fact's whole evidence is used, as for built-in operators.
   */
  matchedEvidence?(factValue: unknown, compiled: Compiled, factEvidence: readonly Span[], context: OperatorContext): Span[];
  /** A short stand-in for the fact value in explanations (the matches, a count) instead of, say, every sentence. */
  describeActual?(factValue: unknown, compiled: Compiled, context: OperatorContext): unknown;
}

export function defineOperator<Compiled>(definition: OperatorDefinition<Compiled>): OperatorDefinition<Compiled> {
  return definition;
}
