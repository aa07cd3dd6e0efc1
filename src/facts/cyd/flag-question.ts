// What the text says about one cyd flag's question, read from the Item 106 facts: the contract between a flag and its prose.
import type { FlagName, Span } from '../../model/disclosure.js';
import type { FactContext, FactResult, FactValue } from '../fact.js';

/** `affirms`: the text says what a `true` flag claims; `denies`: it says the opposite; `silent`: neither. */
export type FlagStance = 'affirms' | 'denies' | 'silent';

export interface FlagAnswer {
  stance: FlagStance;
  /** The sentences the stance rests on; for silence, the closest statements (a hedge, a cross-reference), if any. */
  evidence: Span[];
  /** For silence: what the closest statements do say, to end the message ("it only says that it may engage them: “…”"). */
  note?: string;
}

export interface FlagQuestion {
  flag: FlagName;
  /** What a `true` flag asserts, as a clause: "the company engages assessors, consultants, auditors or other third parties ...". */
  claim: string;
  answer(context: FactContext): FlagAnswer;
}

/** No answer either way; the closest sentence and a note, when given, say what the draft says instead. */
export function silent(closest: readonly Span[] = [], note?: string): FlagAnswer {
  return { stance: 'silent', evidence: closest.slice(0, 1), ...(note ? { note } : {}) };
}

/** The answer an Item 106 fact gives when its value is one that affirms, or one that denies, the flag's claim. */
export function answerOf<T extends FactValue>(fact: FactResult<T>, affirming: readonly T[], denying: readonly T[] = []): FlagAnswer | undefined {
  if (affirming.includes(fact.value)) return { stance: 'affirms', evidence: fact.evidence };
  if (denying.includes(fact.value)) return { stance: 'denies', evidence: fact.evidence };
  return undefined;
}
