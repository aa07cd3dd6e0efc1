// The contract every fact implements: a pure function of the model that returns a small value and its evidence.
import type { Disclosure, Span } from '../model/disclosure.js';
import type { Lexicons } from './text/lexicons.js';

export type FactValue = boolean | number | string | string[] | null | Record<string, unknown> | unknown[];

export interface FactResult<T extends FactValue = FactValue> {
  value: T;
  /** Source spans that justify the value (the sentences read); empty when the value rests on an absence. */
  evidence: Span[];
}

export interface FactContext {
  readonly model: Disclosure;
  readonly lexicons: Lexicons;
  /** Another fact's result, computed once per document and memoised. */
  get<T extends FactValue>(id: string): FactResult<T>;
  /** The facts of another model (a part of this one, e.g. one cyd text block's paragraphs), with the same lexicons. */
  within(model: Disclosure): FactContext;
}

export interface Fact<T extends FactValue = FactValue> {
  /** A question, dotted by topic: `board.oversightDescribed`. */
  id: string;
  /** What the value means, for the generated facts reference. */
  description: string;
  /** The value's type as shown in the reference, e.g. `boolean`, `string[]`, `'affected' | 'not-affected' | 'none'`. */
  type: string;
  /** An example value for the reference. */
  example: T;
  compute(context: FactContext): FactResult<T>;
}

export function defineFact<T extends FactValue>(fact: Fact<T>): Fact<T> {
  return fact;
}
