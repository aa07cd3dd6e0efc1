// The materiallyAffected flag (Item 106(b)(2)) against the draft's own answer on both limbs; pointers and "may / could" do not answer.
import type { Span } from '../../model/disclosure.js';
import type { FactContext } from '../fact.js';
import type { ForwardLimb } from '../item-106/materiality-forward-limb.js';
import type { PastLimb } from '../item-106/materiality-past-limb.js';
import { quoteAt } from '../text/quote-at.js';
import { silent, type FlagAnswer, type FlagQuestion } from './flag-question.js';

export const materiallyAffectedQuestion: FlagQuestion = {
  flag: 'materiallyAffected',
  claim: 'risks from cybersecurity threats have materially affected the company or are reasonably likely to materially affect it',
  answer(context) {
    const past = context.get<PastLimb>('materiality.pastLimb');
    const forward = context.get<ForwardLimb>('materiality.forwardLimb');
    const affirmed = [...(past.value === 'affected' ? past.evidence : []), ...(forward.value === 'reasonably-likely' ? forward.evidence : [])];
    if (affirmed.length > 0) return { stance: 'affirms', evidence: affirmed };
    // A false flag asserts both limbs are denied; only both denials contradict a true one.
    if (past.value === 'not-affected' && forward.value === 'not-reasonably-likely') return { stance: 'denies', evidence: [...past.evidence, ...forward.evidence] };
    return silence(context, past, forward);
  },
};

// The closest the draft comes to an answer, so the message can say why it is not one.
function silence(context: FactContext, past: { value: PastLimb; evidence: Span[] }, forward: { value: ForwardLimb; evidence: Span[] }): FlagAnswer {
  const quote = (span: Span): string => `“${quoteAt(context.model, span)}”`;
  const pointer = context.get<boolean>('materiality.crossReferenceOnly').evidence[0];
  if (pointer) return silent([pointer], `it only points elsewhere for the answer: ${quote(pointer)}`);
  const hedge = forward.value === 'hedged-only' ? forward.evidence[0] : undefined;
  if (hedge) return silent([hedge], `it only says that the risks may or could affect the company: ${quote(hedge)}`);
  const denial = past.evidence[0] ?? forward.evidence[0];
  return denial ? silent([denial], `it only answers one limb, and in the negative: ${quote(denial)}`) : silent();
}
