// Whether the draft answers Item 106(b)(2) only by pointing to Risk Factors, with no answer of its own.
import { defineFact } from '../fact.js';
import { materialitySentences } from '../text/materiality-sentences.js';
import type { ForwardLimb } from './materiality-forward-limb.js';
import type { PastLimb } from './materiality-past-limb.js';

export const materialityCrossReferenceOnly = defineFact<boolean>({
  id: 'materiality.crossReferenceOnly',
  description: 'Whether the only material-effect content is a cross-reference (usually to Item 1A Risk Factors): the draft points elsewhere but answers neither limb of Item 106(b)(2) itself.',
  type: 'boolean',
  example: false,
  compute(context) {
    const past = context.get<PastLimb>('materiality.pastLimb').value;
    const forward = context.get<ForwardLimb>('materiality.forwardLimb').value;
    const answered = past !== 'none' || forward === 'reasonably-likely' || forward === 'not-reasonably-likely';
    const pointers = materialitySentences(context.model, context.lexicons).filter((entry) => entry.crossReference);
    const value = !answered && pointers.length > 0;
    return { value, evidence: value ? pointers.map((entry) => entry.item.sentence.span) : [] };
  },
});
