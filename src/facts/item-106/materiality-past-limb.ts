// How the draft answers the past limb of Item 106(b)(2): have cyber risks (incl. previous incidents) materially affected the company?
import { defineFact } from '../fact.js';
import { materialitySentences } from '../text/materiality-sentences.js';

export type PastLimb = 'affected' | 'not-affected' | 'none';

export const materialityPastLimb = defineFact<PastLimb>({
  id: 'materiality.pastLimb',
  description: 'The draft\'s answer to whether risks from cybersecurity threats, including previous incidents, have materially affected the company: `affected`, `not-affected` (e.g. "have not materially affected", "we have not experienced any material cybersecurity incidents"), or `none` (no answer; a pointer to Risk Factors or a "whether and how ... see Item 1A" sentence is not an answer).',
  type: "'affected' | 'not-affected' | 'none'",
  example: 'not-affected',
  compute({ model, lexicons }) {
    const sentences = materialitySentences(model, lexicons);
    const affected = sentences.filter((entry) => entry.statements.some((s) => s.limb === 'past' && s.stance === 'affirmed'));
    if (affected.length > 0) return { value: 'affected', evidence: affected.map((entry) => entry.item.sentence.span) };
    const denied = sentences.filter((entry) => entry.statements.some((s) => s.limb === 'past' && s.stance === 'denied'));
    if (denied.length > 0) return { value: 'not-affected', evidence: denied.map((entry) => entry.item.sentence.span) };
    return { value: 'none', evidence: [] };
  },
});
